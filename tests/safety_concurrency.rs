//! Shared annotation files under real concurrency: several `glosa` processes
//! writing one file at once, a sync client or colleague editing it while `glosa`
//! saves, and `glosa` killed in the middle of a save. Every trial spawns the real
//! binary on a copy of the bundled ITU brief.
//!
//! CI runs the trial counts of issue 7 (200 per race); the `#[ignore]`d `long_*`
//! tests run 1,000 or more (`cargo test --release --test safety_concurrency --
//! --ignored`); `GLOSA_STRESS_TRIALS=N` overrides either count.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use glosa::model::{Annotation, AnnotationId, CharOffset, Edit, Segment, TagId, Timestamp};
use glosa::persist::annotations::{self, AnnotationFile};
use glosa::workspace::Workspace;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

/// One stress run at a time: each calibrates its delays on how long a run takes,
/// which other runs in parallel would distort.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    ONE_AT_A_TIME.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The number of trials: `GLOSA_STRESS_TRIALS` if set, else `default`.
fn trials(default: usize) -> usize {
    std::env::var("GLOSA_STRESS_TRIALS").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// A small deterministic random number generator (xorshift64*), so that a failing
/// trial can be replayed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
}

/// A folder with `brief.txt` (the bundled sample); returns it with the paths of the
/// document and of `brief.glosa.ron` (not created).
fn folder() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    (dir, doc, file)
}

fn glosa() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_glosa"));
    cmd.env("GLOSA_AUTHOR", "stress").stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd
}

/// Starts `glosa annotate` adding a Governments highlight on "partes interesadas"
/// with `note`.
fn spawn_annotate(doc: &Path, file: &Path, quote: &str, note: &str) -> Child {
    glosa()
        .arg("annotate")
        .arg(doc)
        .arg("--annotations")
        .arg(file)
        .args(["--tag", "governments", "--quote", quote, "--note", note])
        .spawn()
        .unwrap()
}

/// Writes an annotation file on `doc` with `count` annotations spread over its
/// paragraphs, the first one's note being `first_note`.
fn seed_file(doc: &Path, file: &Path, count: usize, first_note: &str) {
    let mut workspace = Workspace::open(doc, file).unwrap();
    let paragraphs = workspace.document.paragraphs().len();
    let at = Timestamp::from_second(1_780_000_000).unwrap();
    for n in 0..count {
        // ¶1 for the first (so its stanza comes first in the file), then the others.
        let index = if n == 0 { 0 } else { 1 + n % (paragraphs - 2) };
        let start = (n / paragraphs) % 8;
        let segment = Segment::new(&workspace.document, index, CharOffset(start), CharOffset(start + 12)).unwrap();
        let annotation = Annotation {
            id: AnnotationId::from_parts(1_780_000_000_000 + n as u64, u128::from(n as u64) + 1),
            segments: vec![segment],
            tags: [TagId::new("civil-society").unwrap()].into(),
            note: if n == 0 { first_note.to_owned() } else { format!("seed {n}") },
            author: "seed".into(),
            created: at,
            modified: at,
        };
        workspace.set.apply(Edit::Create(Box::new(annotation))).unwrap();
    }
    workspace.save_overwriting().unwrap();
}

/// Whether the file at `path` parses completely as an annotation file.
fn parses(path: &Path) -> Option<AnnotationFile> {
    annotations::load(path).ok()
}

fn notes(file: &AnnotationFile) -> Vec<&str> {
    file.annotations.iter().map(|a| a.note.as_str()).collect()
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// What went wrong over a series of concurrent-writer trials.
#[derive(Debug, Default)]
#[allow(dead_code)] // `trials` and `writers` are read through `Debug`, in the report
struct WriterTally {
    trials: usize,
    writers: usize,
    /// A writer exited 0 but its annotation is not in the final file.
    lost_updates: usize,
    /// A writer failed (non-zero exit) although nothing was wrong with its input.
    spurious_failures: usize,
    /// The final file (or its `.bak`) was empty or did not parse.
    corrupt_files: usize,
    /// An annotation present before the race is gone.
    lost_seed: usize,
    first_failure: Option<String>,
}

/// `writers` processes add one annotation each to the same file at the same moment,
/// `count` times. Half the trials start without a file (all race to create it),
/// half from a file holding one annotation.
fn concurrent_writers(writers: usize, count: usize) -> WriterTally {
    let mut tally = WriterTally { trials: count, ..WriterTally::default() };
    let (_template_dir, template_doc, template) = folder();
    seed_file(&template_doc, &template, 1, "seed note");
    for trial in 0..count {
        let (_dir, doc, file) = folder();
        let seeded = trial % 2 == 1;
        if seeded {
            fs::copy(&template, &file).unwrap();
        }
        let notes_written: Vec<String> = (0..writers).map(|w| format!("writer {w} of trial {trial}")).collect();
        let children: Vec<Child> =
            notes_written.iter().map(|note| spawn_annotate(&doc, &file, "partes interesadas", note)).collect();
        let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
        tally.writers += writers;
        let saved = parses(&file);
        let backup = annotations::backup_path(&file);
        if saved.is_none() || (backup.exists() && parses(&backup).is_none()) {
            tally.corrupt_files += 1;
            tally.first_failure.get_or_insert_with(|| format!("trial {trial}: corrupt file or backup"));
        }
        let saved_notes: Vec<&str> = saved.as_ref().map(notes).unwrap_or_default();
        if seeded && !saved_notes.contains(&"seed note") {
            tally.lost_seed += 1;
        }
        for (output, note) in outputs.iter().zip(&notes_written) {
            if !output.status.success() {
                tally.spurious_failures += 1;
                tally
                    .first_failure
                    .get_or_insert_with(|| format!("trial {trial}: {note} failed: {}", stderr_of(output)));
            } else if !saved_notes.contains(&note.as_str()) {
                tally.lost_updates += 1;
                tally.first_failure.get_or_insert_with(|| format!("trial {trial}: {note} lost"));
            }
        }
    }
    tally
}

fn assert_no_writer_losses(tally: &WriterTally) {
    eprintln!("{tally:?}");
    assert_eq!(
        (tally.lost_updates, tally.spurious_failures, tally.corrupt_files, tally.lost_seed),
        (0, 0, 0, 0),
        "lost updates, spurious failures, corrupt files, lost seed annotations: {tally:?}"
    );
}

#[test]
fn two_concurrent_writers_lose_nothing_in_200_trials() {
    let _serial = one_at_a_time();
    assert_no_writer_losses(&concurrent_writers(2, trials(200)));
}

#[test]
fn three_concurrent_writers_lose_nothing_in_200_trials() {
    let _serial = one_at_a_time();
    assert_no_writer_losses(&concurrent_writers(3, trials(200)));
}

#[test]
#[ignore = "long stress run (minutes); run once and report"]
fn long_two_concurrent_writers_lose_nothing_in_1000_trials() {
    let _serial = one_at_a_time();
    assert_no_writer_losses(&concurrent_writers(2, trials(1000)));
}

#[test]
#[ignore = "long stress run (minutes); run once and report"]
fn long_three_concurrent_writers_lose_nothing_in_1000_trials() {
    let _serial = one_at_a_time();
    assert_no_writer_losses(&concurrent_writers(3, trials(1000)));
}

// --- different commands at once ----------------------------------------------------

/// `annotate`, `autocode` and `check --write` at once on one file whose document
/// was revised (a word inserted before an annotated quote, so `check --write` has
/// a position to update): each makes its own change on top of the others'.
fn mixed_commands(count: usize) -> WriterTally {
    let mut tally = WriterTally { trials: count, ..WriterTally::default() };
    let (template_dir, template_doc, template) = folder();
    spawn_annotate(&template_doc, &template, "cumplir en igualdad de condiciones", "seed note")
        .wait_with_output()
        .unwrap();
    let revised =
        fs::read_to_string(&template_doc).unwrap().replace("gobiernos cumplir", "gobiernos nacionales cumplir");
    let seeded = parses(&template).unwrap();
    let old_start = seeded.annotations[0].segments[0].start;
    for trial in 0..count {
        let (_dir, doc, file) = folder();
        fs::write(&doc, &revised).unwrap();
        fs::copy(&template, &file).unwrap();
        let note = format!("annotate in trial {trial}");
        let children = vec![
            spawn_annotate(&doc, &file, "partes interesadas", &note),
            glosa()
                .arg("autocode")
                .arg(&doc)
                .arg("--annotations")
                .arg(&file)
                .args(["--tag", "governments", "--pattern", "(?i)gobiernos"])
                .spawn()
                .unwrap(),
            glosa().args(["check", "--write"]).arg(&file).spawn().unwrap(),
        ];
        let outputs: Vec<Output> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
        tally.writers += 3;
        // check exits 1 when something moved; 2 is an error.
        for output in &outputs {
            if !matches!(output.status.code(), Some(0 | 1)) {
                tally.spurious_failures += 1;
                tally.first_failure.get_or_insert_with(|| format!("trial {trial}: {}", stderr_of(output)));
            }
        }
        let Some(saved) = parses(&file) else {
            tally.corrupt_files += 1;
            continue;
        };
        let has_note = saved.annotations.iter().any(|a| a.note == note);
        let coded = saved.annotations.iter().filter(|a| a.segments[0].quote == "gobiernos").count();
        let seed = saved.annotations.iter().find(|a| a.note == "seed note");
        let relocated = seed.is_some_and(|a| a.segments[0].start.0 == old_start.0 + "nacionales ".len());
        if seed.is_none() {
            tally.lost_seed += 1;
        }
        for lost in [!has_note, coded != 4, !relocated] {
            if lost {
                tally.lost_updates += 1;
                tally.first_failure.get_or_insert_with(|| {
                    format!("trial {trial}: annotate {has_note}, autocode {coded}/4, check relocated {relocated}")
                });
            }
        }
    }
    drop(template_dir);
    tally
}

#[test]
fn annotate_autocode_and_check_write_at_once_lose_nothing_in_100_trials() {
    let _serial = one_at_a_time();
    assert_no_writer_losses(&mixed_commands(trials(100)));
}

// --- edits by someone else while glosa saves ----------------------------------

/// What happened over a series of racing external edits.
#[derive(Debug, Default)]
struct EditTally {
    trials: usize,
    /// The external edit is missing from the final file: glosa overwrote it.
    overwritten: usize,
    /// `glosa annotate` failed.
    failures: usize,
    /// glosa exited 0 but its annotation is missing, and the external tool did not
    /// replace the whole file (an in-place edit cannot remove it).
    lost_updates: usize,
    /// The external tool replaced the whole file from a copy it read before glosa
    /// saved (its own lost update; counted, not a glosa failure).
    clobbered_by_external: usize,
    /// Edits made while glosa was running (between its start and its exit).
    during_run: usize,
    first_failure: Option<String>,
}

const THEIR_OLD_NOTE: &str = "their note AAAAAAAA";
const THEIR_NEW_NOTE: &str = "their note BBBBBBBB";

/// Edits the note of the first annotation from `THEIR_OLD_NOTE` to `THEIR_NEW_NOTE`
/// as a sync client or `cp -p` / `rsync -t` would: same size, and the modification
/// time put back. In place (`rename == false`: one write into the file) or by
/// replacing the file (`rename == true`: write a copy, rename it over). Returns
/// `false` if the old note was not found.
fn external_edit(file: &Path, rename: bool) -> bool {
    let Ok(bytes) = fs::read(file) else { return false };
    let Ok(metadata) = fs::metadata(file) else { return false };
    let Some(at) = memchr::memmem::find(&bytes, THEIR_OLD_NOTE.as_bytes()) else { return false };
    let mtime = metadata.modified().unwrap();
    if rename {
        let mut edited = bytes.clone();
        edited[at..at + THEIR_NEW_NOTE.len()].copy_from_slice(THEIR_NEW_NOTE.as_bytes());
        let temp = file.with_file_name(".sync-client-download.part");
        fs::write(&temp, &edited).unwrap();
        fs::File::options().write(true).open(&temp).unwrap().set_modified(mtime).unwrap();
        fs::rename(&temp, file).unwrap();
    } else {
        let mut handle = fs::File::options().read(true).write(true).open(file).unwrap();
        let mut check = vec![0; THEIR_OLD_NOTE.len()];
        handle.seek(SeekFrom::Start(at as u64)).unwrap();
        if handle.read_exact(&mut check).is_err() || check != THEIR_OLD_NOTE.as_bytes() {
            return false;
        }
        handle.seek(SeekFrom::Start(at as u64)).unwrap();
        handle.write_all(THEIR_NEW_NOTE.as_bytes()).unwrap();
        handle.set_modified(mtime).unwrap();
    }
    true
}

/// How long a glosa run takes on this machine, as the trials go: a delay aimed
/// at a run (an edit during it, a kill late in it) is drawn from this span, which
/// grows a little each time the run was still going at the moment aimed at and
/// shrinks when it was over. A calibration made once goes stale when the load on
/// the machine changes during the test (other tests, other builds), and then
/// most delays miss the run; this keeps about 4 in 5 inside it whatever the load.
struct Pace {
    span_micros: f64,
}

impl Pace {
    fn new(calibrated: Duration) -> Self {
        Self { span_micros: calibrated.as_secs_f64() * 1e6 }
    }

    /// The span to draw delays from, in microseconds (at least 1).
    fn span(&self) -> u64 {
        // Truncation is meant: microseconds, far below u64::MAX.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let micros = self.span_micros.max(1.0) as u64;
        micros
    }

    /// The run was still going at the moment aimed at (`true`) or over.
    /// Equilibrium: p·ln 1.03 = (1 − p)·ln(1/0.9), so p ≈ 0.78 of delays land in a run.
    fn landed(&mut self, during_run: bool) {
        self.span_micros *= if during_run { 1.03 } else { 0.9 };
    }
}

/// `glosa annotate` adds a highlight on the last paragraph while, after a random
/// delay, another program edits the note of the first annotation (same size, same
/// modification time). The edit must survive every time.
fn racing_external_edits(count: usize) -> EditTally {
    let mut tally = EditTally { trials: count, ..EditTally::default() };
    let (_template_dir, template_doc, template) = folder();
    seed_file(&template_doc, &template, 40, THEIR_OLD_NOTE);
    // How long one run takes here, to spread the edits over it.
    let mut typical = Duration::ZERO;
    for _ in 0..3 {
        let (_dir, doc, file) = folder();
        fs::copy(&template, &file).unwrap();
        let started = Instant::now();
        let output =
            spawn_annotate(&doc, &file, "DESCARGO DE RESPONSABILIDAD", "calibration").wait_with_output().unwrap();
        assert!(output.status.success(), "{}", stderr_of(&output));
        typical = typical.max(started.elapsed());
    }
    let mut pace = Pace::new(typical * 5 / 4);
    let mut rng = Rng::new(7);
    for trial in 0..count {
        let (_dir, doc, file) = folder();
        fs::copy(&template, &file).unwrap();
        let rename = trial % 2 == 1;
        let note = format!("glosa's note in trial {trial}");
        let delay = Duration::from_micros(rng.below(pace.span()));
        let started = Instant::now();
        let mut child = spawn_annotate(&doc, &file, "DESCARGO DE RESPONSABILIDAD", &note);
        std::thread::sleep(delay);
        let edited = external_edit(&file, rename);
        let running = child.try_wait().unwrap().is_none();
        let output = child.wait_with_output().unwrap();
        let _ = started;
        assert!(edited, "trial {trial}: the note to edit was not in the file");
        if running {
            tally.during_run += 1;
        }
        pace.landed(running);
        let saved = parses(&file);
        let saved_notes: Vec<&str> = saved.as_ref().map(notes).unwrap_or_default();
        if !saved_notes.contains(&THEIR_NEW_NOTE) {
            tally.overwritten += 1;
            tally.first_failure.get_or_insert_with(|| format!("trial {trial} (rename: {rename}): edit overwritten"));
        }
        if !output.status.success() {
            tally.failures += 1;
            tally.first_failure.get_or_insert_with(|| format!("trial {trial}: glosa failed: {}", stderr_of(&output)));
        } else if !saved_notes.contains(&note.as_str()) {
            if rename {
                tally.clobbered_by_external += 1;
            } else {
                tally.lost_updates += 1;
                tally.first_failure.get_or_insert_with(|| format!("trial {trial}: glosa's annotation lost"));
            }
        }
    }
    tally
}

fn assert_no_overwritten_edits(tally: &EditTally) {
    eprintln!("{tally:?}");
    assert_eq!(
        (tally.overwritten, tally.failures, tally.lost_updates),
        (0, 0, 0),
        "overwritten edits, failures, lost updates: {tally:?}"
    );
    assert!(tally.during_run * 4 >= tally.trials, "too few edits landed during a run to test anything: {tally:?}");
}

#[test]
fn racing_external_edits_are_never_overwritten_in_200_trials() {
    let _serial = one_at_a_time();
    assert_no_overwritten_edits(&racing_external_edits(trials(200)));
}

#[test]
#[ignore = "long stress run (minutes); run once and report"]
fn long_racing_external_edits_are_never_overwritten_in_1000_trials() {
    let _serial = one_at_a_time();
    assert_no_overwritten_edits(&racing_external_edits(trials(1000)));
}

// --- killed while saving ------------------------------------------------------------

/// What a series of SIGKILLs left behind.
#[derive(Debug, Default)]
struct KillTally {
    trials: usize,
    /// Kills that landed before glosa exited by itself.
    killed: usize,
    /// Kills that left a temporary file behind: they landed in the middle of a save.
    killed_mid_save: usize,
    /// The annotation file did not parse after a kill.
    corrupt_files: usize,
    /// An annotation saved before the trial is gone.
    lost_annotations: usize,
    /// After a kill there was no `.bak` although one had existed.
    missing_backups: usize,
    /// The `.bak` did not parse.
    corrupt_backups: usize,
    /// Times a watcher saw the `.bak` disappear.
    backup_gaps_seen: usize,
    /// The next run after a kill failed (a stale lock or temporary file blocked it).
    blocked_after_kill: usize,
    first_failure: Option<String>,
}

/// `glosa annotate` on a file of 400 annotations (about 300 KB, so that saving
/// takes a while), killed with SIGKILL after a random delay, `count` times in a
/// row on the same file. A watcher thread checks all the while that a `.bak`
/// exists.
fn kills_during_save(count: usize) -> KillTally {
    let mut tally = KillTally { trials: count, ..KillTally::default() };
    let (_dir, doc, file) = folder();
    seed_file(&doc, &file, 400, "first");
    // A first save through glosa creates the .bak.
    let output = spawn_annotate(&doc, &file, "DESCARGO", "before the kills").wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let backup = annotations::backup_path(&file);
    assert!(backup.exists());
    let stop = Arc::new(AtomicBool::new(false));
    let gaps = Arc::new(AtomicUsize::new(0));
    let watcher = {
        let (stop, gaps, backup) = (Arc::clone(&stop), Arc::clone(&gaps), backup.clone());
        std::thread::spawn(move || {
            let mut present = true;
            while !stop.load(Ordering::Relaxed) {
                let now_present = fs::symlink_metadata(&backup).is_ok();
                if present && !now_present {
                    gaps.fetch_add(1, Ordering::Relaxed);
                }
                present = now_present;
                std::thread::sleep(Duration::from_micros(200));
            }
        })
    };
    let mut typical = Duration::ZERO;
    for _ in 0..2 {
        let started = Instant::now();
        let output = spawn_annotate(&doc, &file, "DESCARGO", "calibration").wait_with_output().unwrap();
        assert!(output.status.success(), "{}", stderr_of(&output));
        typical = typical.max(started.elapsed());
    }
    let mut pace = Pace::new(typical);
    let mut rng = Rng::new(11);
    let mut expected = parses(&file).unwrap().annotations.iter().map(|a| a.id).collect::<Vec<_>>();
    let (mut verified_file, mut verified_backup) = (fs::read(&file).unwrap(), Vec::new());
    for trial in 0..count {
        let temps_before = temp_files(&file);
        let mut child = spawn_annotate(&doc, &file, "DESCARGO", &format!("kill trial {trial}"));
        // Late in the run, where the save is.
        let span = pace.span();
        std::thread::sleep(Duration::from_micros(span * 2 / 5 + rng.below((span * 7 / 10).max(1))));
        let running = child.try_wait().unwrap().is_none();
        if running {
            tally.killed += 1;
        }
        pace.landed(running);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        if temp_files(&file).difference(&temps_before).next().is_some() {
            tally.killed_mid_save += 1;
        }
        // Parsed again only when the bytes changed (most kills land before the
        // rename): keeps the debug-build CI run short.
        let file_bytes = fs::read(&file).unwrap_or_default();
        if file_bytes != verified_file {
            match parses(&file) {
                None => {
                    tally.corrupt_files += 1;
                    tally.first_failure.get_or_insert_with(|| format!("trial {trial}: corrupt file"));
                }
                Some(saved) => {
                    let ids: std::collections::BTreeSet<_> = saved.annotations.iter().map(|a| a.id).collect();
                    if expected.iter().any(|id| !ids.contains(id)) {
                        tally.lost_annotations += 1;
                    }
                    expected = saved.annotations.iter().map(|a| a.id).collect();
                }
            }
            verified_file = file_bytes;
        }
        match fs::read(&backup) {
            Err(_) => {
                tally.missing_backups += 1;
                tally.first_failure.get_or_insert_with(|| format!("trial {trial}: no .bak"));
            }
            Ok(bytes) if bytes != verified_backup => {
                if parses(&backup).is_none() {
                    tally.corrupt_backups += 1;
                }
                verified_backup = bytes;
            }
            Ok(_) => {}
        }
        // Every 50 kills, check that a normal run still goes through at once.
        if trial % 50 == 49 {
            let output = spawn_annotate(&doc, &file, "DESCARGO", "after kills").wait_with_output().unwrap();
            if !output.status.success() {
                tally.blocked_after_kill += 1;
                tally.first_failure.get_or_insert_with(|| format!("trial {trial}: {}", stderr_of(&output)));
            }
            expected = parses(&file).map(|f| f.annotations.iter().map(|a| a.id).collect()).unwrap_or_default();
        }
    }
    stop.store(true, Ordering::Relaxed);
    watcher.join().unwrap();
    tally.backup_gaps_seen = gaps.load(Ordering::Relaxed);
    tally
}

/// The temporary files glosa's saves leave beside `file` when interrupted.
fn temp_files(file: &Path) -> std::collections::BTreeSet<String> {
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    fs::read_dir(file.parent().unwrap())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!(".{name}.")) && Path::new(n).extension().is_some_and(|e| e == "tmp"))
        .collect()
}

fn assert_kills_harmless(tally: &KillTally) {
    eprintln!("{tally:?}");
    assert_eq!(
        (
            tally.corrupt_files,
            tally.lost_annotations,
            tally.missing_backups,
            tally.corrupt_backups,
            tally.backup_gaps_seen,
            tally.blocked_after_kill
        ),
        (0, 0, 0, 0, 0, 0),
        "{tally:?}"
    );
    assert!(tally.killed * 2 >= tally.trials, "most kills must land while glosa runs: {tally:?}");
    assert!(tally.killed_mid_save * 20 >= tally.trials, "too few kills landed in a save: {tally:?}");
}

#[test]
fn sigkill_during_save_leaves_a_valid_file_and_backup_in_200_trials() {
    let _serial = one_at_a_time();
    assert_kills_harmless(&kills_during_save(trials(200)));
}

#[test]
#[ignore = "long stress run (minutes); run once and report"]
fn long_sigkill_during_save_leaves_a_valid_file_and_backup_in_1000_trials() {
    let _serial = one_at_a_time();
    assert_kills_harmless(&kills_during_save(trials(1010)));
}
