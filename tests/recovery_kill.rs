//! Crash recovery under SIGKILL (issue 10): a child process (this test binary,
//! run again in child mode) edits an annotation session continuously — a new
//! highlight every 10 ms, autosave after each, a save every 250 edits — and is
//! killed with SIGKILL at a random moment, 0.2 to 4 s after its first edit. Then
//! the annotation file and its recovery journal are read back: neither may be
//! corrupt, the recovered work must be a prefix of the edits made (no holes), and
//! the edits lost must all have been made in the last 5 s before the kill.
//!
//! `cargo test --test recovery_kill` runs 50 trials (CI);
//! `cargo test --test recovery_kill -- --ignored` runs 1,000. Trials run four
//! (eight for the long run) at a time; each prints nothing unless it fails, and
//! the run ends with one summary line.
//!
//! A custom test harness (`harness = false`): the child mode is this same binary
//! with `GLOSA_KILL_CHILD` set to the trial's folder.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)] // test helpers fail loudly on purpose

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use glosa::model::{CharOffset, Edit, Segment, TagId};
use glosa::persist::annotations;
use glosa::persist::journal::journal_path;
use glosa::session::{Session, new_highlight};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const CHILD_ENV: &str = "GLOSA_KILL_CHILD";
const NAME: &str = "recovery_after_sigkill_loses_at_most_5_s_and_corrupts_nothing";
/// The most work a kill may lose.
const MAX_LOSS: Duration = Duration::from_secs(5);
const SAVE_EVERY: usize = 250;

fn main() {
    if let Some(folder) = std::env::var_os(CHILD_ENV) {
        child(Path::new(&folder));
        return;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if args.iter().any(|a| a == "--list") {
        println!("{NAME}: test");
        return;
    }
    if !filters.is_empty() && !filters.iter().any(|f| NAME.contains(f.as_str())) {
        println!("running 0 tests");
        return;
    }
    let long = args.iter().any(|a| a == "--ignored" || a == "--include-ignored");
    let (trials, parallel) = if long { (1_000, 8) } else { (50, 4) };
    let started = Instant::now();
    let results: Vec<Trial> = std::thread::scope(|scope| {
        let next = Arc::new(Mutex::new(0usize));
        let handles: Vec<_> = (0..parallel)
            .map(|_| {
                let next = Arc::clone(&next);
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    loop {
                        let n = {
                            let mut next = next.lock().unwrap();
                            *next += 1;
                            *next
                        };
                        if n > trials {
                            return mine;
                        }
                        mine.push(trial(n as u64));
                    }
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let worst = results.iter().map(|t| t.lost_span).max().unwrap_or_default();
    let from_journal = results.iter().filter(|t| t.recovered_from_journal).count();
    let lost_edits: usize = results.iter().map(|t| t.lost_edits).sum();
    let edits: usize = results.iter().map(|t| t.edits).sum();
    println!(
        "{NAME}: {} trials in {:.0?}; {edits} edits made, {lost_edits} lost; journal recovered in {from_journal} \
         trials; worst loss {worst:?} (limit {MAX_LOSS:?}); 0 corrupt files",
        results.len(),
        started.elapsed()
    );
    assert_eq!(results.len(), trials);
}

/// What one trial found.
struct Trial {
    edits: usize,
    lost_edits: usize,
    /// From the first lost edit to the kill (zero when nothing was lost).
    lost_span: Duration,
    recovered_from_journal: bool,
}

/// A small deterministic generator (xorshift64*).
fn random(seed: u64) -> u64 {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    x.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

fn trial(n: u64) -> Trial {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .env(CHILD_ENV, dir.path())
        .env("GLOSA_INSTALLATION", "01KBK111000000000000000000")
        .env("GLOSA_AUTHOR", "Kill Trial")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let made: Arc<Mutex<Vec<(usize, Instant)>>> = Arc::default();
    let reader = {
        let made = Arc::clone(&made);
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(n) = line.strip_prefix("edit ").and_then(|n| n.parse().ok()) {
                    made.lock().unwrap().push((n, Instant::now()));
                }
            }
        })
    };
    let waiting = Instant::now();
    while made.lock().unwrap().is_empty() {
        assert!(waiting.elapsed() < Duration::from_secs(30), "trial {n}: the child made no edit");
        std::thread::sleep(Duration::from_millis(5));
    }
    let delay = Duration::from_millis(200 + random(n) % 3_800);
    std::thread::sleep(delay);
    child.kill().unwrap();
    let killed = Instant::now();
    child.wait().unwrap();
    reader.join().unwrap();
    let made = made.lock().unwrap().clone();

    // Nothing corrupt: the file and the journal, where present, read.
    if file.exists() {
        annotations::read(&file).unwrap_or_else(|e| panic!("trial {n}: corrupt annotation file: {e}"));
    }
    let journal = journal_path(&file);
    let had_journal = journal.exists();
    if had_journal {
        annotations::read(&journal).unwrap_or_else(|e| panic!("trial {n}: corrupt journal: {e}"));
    }
    // Recover as the app does on open.
    let mut session = Session::open_document(&doc, Some(file.clone()), None).unwrap();
    let saved = edit_numbers(&session);
    let recovery = session.recovery().unwrap_or_else(|e| panic!("trial {n}: {e}"));
    let recovered_from_journal = recovery.is_some();
    if recovery.is_some() {
        session.recover().unwrap();
    }
    let kept = edit_numbers(&session);
    assert!(kept.len() >= saved.len(), "trial {n}: recovery lost saved work");
    // A prefix of the edits: 1..=k, no holes.
    assert!(kept.iter().copied().eq(1..=kept.len()), "trial {n}: recovered edits have holes: {kept:?}");
    let last_kept = kept.len();
    let first_lost = made.iter().find(|(e, _)| *e > last_kept);
    let lost_span = first_lost.map_or(Duration::ZERO, |(_, at)| killed.saturating_duration_since(*at));
    assert!(
        lost_span <= MAX_LOSS,
        "trial {n}: lost the work of {lost_span:?} (edits {}..={}); kept {last_kept}",
        last_kept + 1,
        made.last().map_or(0, |m| m.0)
    );
    Trial {
        edits: made.last().map_or(0, |m| m.0),
        lost_edits: made.last().map_or(0, |m| m.0).saturating_sub(last_kept),
        lost_span,
        recovered_from_journal: recovered_from_journal && had_journal,
    }
}

/// The numbers of the edits a session holds (notes `edit N`), sorted.
fn edit_numbers(session: &Session) -> Vec<usize> {
    let mut numbers: Vec<usize> =
        session.set().annotations.iter().filter_map(|a| a.note.strip_prefix("edit ")?.parse().ok()).collect();
    numbers.sort_unstable();
    numbers
}

/// Child mode: edits `folder/brief.txt`'s annotations until killed (at most 60 s):
/// highlight N gets the note `edit N`; after each, autosave, then `edit N` on
/// stdout; a save every [`SAVE_EVERY`] edits.
fn child(folder: &Path) {
    let doc: PathBuf = folder.join("brief.txt");
    let file = folder.join("brief.glosa.ron");
    let mut session = Session::open_document(&doc, Some(file), None).unwrap();
    let paragraphs: Vec<usize> = (0..session.document().paragraphs().len())
        .filter(|&i| session.document().text_of(&session.document().paragraphs()[i]).chars().count() >= 30)
        .collect();
    let tag = TagId::new("civil-society").unwrap();
    let started = Instant::now();
    let mut out = std::io::stdout().lock();
    for n in 1usize.. {
        if started.elapsed() > Duration::from_mins(1) {
            break;
        }
        let paragraph = paragraphs[n % paragraphs.len()];
        let start = n % 17;
        let segment = Segment::new(session.document(), paragraph, CharOffset(start), CharOffset(start + 12)).unwrap();
        let mut annotation =
            new_highlight(vec![segment], [tag.clone()].into(), "Kill Trial", glosa::workspace::now()).unwrap();
        annotation.note = format!("edit {n}");
        session.apply(Edit::Create(Box::new(annotation))).unwrap();
        session.autosave(Instant::now()).unwrap();
        if n % SAVE_EVERY == 0 {
            session.save().unwrap();
        }
        writeln!(out, "edit {n}").unwrap();
        out.flush().unwrap();
        std::thread::sleep(Duration::from_millis(10));
    }
}
