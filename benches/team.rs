//! Team work at scale (issue 10), on Don Quijote (Project Gutenberg #2000, 2.2 MB):
//!
//! - `team/merge_50k_5k_concurrent`: `model::merge::merge_with_report` of two
//!   files of 50,000 annotations each that share a history: from a common base of
//!   50,000 annotations (made on installation A), A edits the notes of 7,500 and B
//!   edits 5,000 of the same ones concurrently (5,000 conflicts), retags 1,000 of
//!   its own, deletes 500 and adds 1,000 (so B holds 50,500). Target: under 1 s.
//! - `team/merge_files_50k_5k_concurrent`: the same through
//!   `workspace::merge::merge_files` (what `glosa merge` does once the files are
//!   read: the fold and the report), files parsed beforehand.
//! - `team/merge_driver_10k`: `glosa merge-driver %O %A %B %L %P` through
//!   `glosa::cli::run` (the function the binary calls) on 10,000-annotation files
//!   with 1,000 edits on each side (100 of them concurrent), the document beside
//!   them (found through %P, read, fingerprinted, the output put in its order).
//!   %A is copied afresh outside the measurement. Target: under 300 ms per file.
//!   After the measurement, ten runs of the real binary (`target/release/glosa`)
//!   on the same files are timed (wall clock, median printed). The files stay in
//!   `target/tmp/merge_driver_10k/` for timing the binary from the shell.
//! - `team/v2_save_100k`, `team/v2_load_100k`: saving (`persist::annotations::save`:
//!   serialize, write, fsync, `.bak`, rename, fsync the folder) and loading
//!   (`load`: read + parse + bounds) a format-version-2 file of 100,000 live
//!   annotations, every one with a version vector (a fifth of them with two
//!   installations), plus 2,000 tombstones and 200 conflicts. Target: under
//!   400 ms each.
//! - `team/journal_edit_100k_ui_thread`: what an edit costs the UI thread in a
//!   session of 100,000 annotations (the `v2` set) with autosave due: the edit
//!   (`Session::apply`) and `Session::autosave`, which hands the journal thread
//!   what changed since its last write (here one annotation; the whole set only
//!   on the session's first write). `team/journal_edit_100k_written` adds waiting
//!   for the journal to be written (`Session::flush_journal`): what the UI thread
//!   paid when the journal was printed and written on it.
//!
//! Annotations are deterministic (a xorshift generator with fixed seeds): quotes
//! of 20–110 code points spread over the paragraphs of at least 40 code points,
//! one or two WSIS tags, a note on every third, four authors. Nothing is written
//! outside a temporary folder under Cargo's `target/tmp`.
//!
//! Run: `cargo bench --bench team` (about two minutes).

#![allow(clippy::unwrap_used, reason = "a benchmark whose setup fails should stop loudly")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};
use glosa::model::merge::merge_with_report;
use glosa::model::{
    Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Edit, InstallationId, Local, Segment,
    TagId, TagSet, Timestamp, Version, VersionVector,
};
use glosa::persist::annotations::{AnnotationFile, DocumentRef, load, save, to_ron_string};
use glosa::workspace::merge::merge_files;

const QUIJOTE: &str = "quijote_pg2000_es.txt";

/// 2026-01-05T09:00:00Z, when the first benchmark annotation is made.
const FIRST_SECOND: i64 = 1_767_603_600;

const AUTHORS: [&str; 4] = ["María José Fernández", "Kwame Mensah", "Ana Lúcia Souza", "Zhang Wei"];

const NOTES: [&str; 4] = [
    "Compromiso explícito del sector privado.",
    "Papel de los gobiernos en la política pública: comparar con la Agenda de Túnez, párr. 35.",
    "Ambiguo: ¿sociedad civil o comunidad técnica?\nRevisar con el equipo antes de la reunión.",
    "Cooperación mejorada — cita útil para el informe.",
];

/// CPU time this process has used so far (user + system, all threads), from
/// `/proc/self/stat` in ticks of 10 ms; `None` where there is no such file.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // After the command name in parentheses: field 3 (state) first; utime and
    // stime are fields 14 and 15.
    let fields: Vec<&str> = stat.get(stat.rfind(')')? + 2..)?.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// Runs `f` `runs` times and prints the CPU time per run: on a busy machine
/// criterion's wall clock measures the other builds too.
fn cpu_per_run<T>(name: &str, runs: u32, mut f: impl FnMut() -> T) {
    let before = cpu_time();
    for _ in 0..runs {
        drop(black_box(f()));
    }
    if let (Some(before), Some(after)) = (before, cpu_time()) {
        eprintln!("{name}: {:?} of CPU per run (mean of {runs})", after.saturating_sub(before) / runs);
    }
}

fn installation(n: u8) -> InstallationId {
    format!("01KB{n:0>22}").parse().unwrap()
}

fn quijote() -> Document {
    Document::parse(support::quijote(), QUIJOTE).unwrap()
}

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).unwrap()
}

/// `count` annotations on `doc` from `seed`, each made on `made_by` (its version
/// vector `{made_by: 1}`).
fn base_set(doc: &Document, count: usize, seed: u64, made_by: InstallationId) -> AnnotationSet {
    let mut rng = support::Rng(seed);
    let tags = TagSet::wsis_default();
    let tag_ids: Vec<&TagId> = tags.tags().iter().map(|t| &t.id).collect();
    let texts: Vec<usize> = doc.paragraphs().iter().map(|p| doc.text_of(p).chars().count()).collect();
    let candidates: Vec<usize> = (0..texts.len()).filter(|&i| texts[i] >= 40).collect();
    let mut second = FIRST_SECOND;
    let mut items = Vec::with_capacity(count);
    for i in 0..count {
        let index = candidates[rng.below(candidates.len())];
        let length = rng.between(20, 110).min(texts[index]);
        let start = rng.below(texts[index] - length + 1);
        let segment = Segment::new(doc, index, CharOffset(start), CharOffset(start + length)).unwrap();
        let mut annotation_tags = BTreeSet::new();
        annotation_tags.insert(tag_ids[rng.below(tag_ids.len())].clone());
        if rng.chance(30) {
            annotation_tags.insert(tag_ids[rng.below(tag_ids.len())].clone());
        }
        second += i64::try_from(rng.between(1, 30)).unwrap();
        let millis = u64::try_from(second).unwrap() * 1000 + rng.below(1000) as u64;
        let id = AnnotationId::from_parts(millis, rng.ulid_random());
        let annotation = Annotation {
            id,
            segments: vec![segment],
            tags: annotation_tags,
            note: if i % 3 == 0 { NOTES[rng.below(NOTES.len())].to_owned() } else { String::new() },
            author: AUTHORS[rng.below(AUTHORS.len())].to_owned(),
            created: at(second),
            modified: at(second),
        };
        let rev = VersionVector::default().bumped(made_by);
        items.push((id, vec![Version { value: annotation, rev, deleted: None }]));
    }
    AnnotationSet { tags, annotations: Annotations::from_versions(items) }
}

/// Applies `edits` to `set` as installation `who` at `second`.
fn edit(set: &mut AnnotationSet, who: InstallationId, second: i64, edits: Vec<Edit>) {
    set.set_local(Local { installation: who, now: Some(at(second)) });
    for e in edits {
        set.apply(e).unwrap();
    }
}

fn note(id: AnnotationId, text: &str, second: i64) -> Edit {
    Edit::SetNote { id, note: text.to_owned(), modified: at(second) }
}

/// Two colleagues' sets grown from one base (see the module docs for the recipe),
/// scaled by `n` (the base size) with `concurrent` concurrent edits.
fn two_sides(doc: &Document, n: usize, concurrent: usize) -> (AnnotationSet, AnnotationSet) {
    let (a_id, b_id) = (installation(1), installation(2));
    let base = base_set(doc, n, 0x7EA4_0001, a_id);
    let ids: Vec<AnnotationId> = base.annotations.iter().map(|a| a.id).collect();
    let later = FIRST_SECOND + 40_000_000;
    let mut a = base.clone();
    let a_edits = ids[..concurrent + concurrent / 2].iter().map(|id| note(*id, "Nota de Ana.", later)).collect();
    edit(&mut a, a_id, later, a_edits);
    let mut b = base;
    let mut b_edits: Vec<Edit> = ids[..concurrent].iter().map(|id| note(*id, "Nota de Ben.", later + 5)).collect();
    let tag = TagId::new("civil-society").unwrap();
    let own = &ids[concurrent * 2..];
    b_edits.extend(own[..concurrent / 5].iter().map(|id| Edit::SetTags {
        id: *id,
        tags: std::iter::once(tag.clone()).collect(),
        modified: at(later + 6),
    }));
    b_edits.extend(own[concurrent / 5..concurrent / 5 + concurrent / 10].iter().map(|id| Edit::Delete(*id)));
    let extra = base_set(doc, concurrent / 5, 0x7EA4_0002, b_id);
    b_edits.extend(extra.annotations.iter().map(|x| Edit::Create(Box::new(x.clone()))));
    edit(&mut b, b_id, later + 6, b_edits);
    (a, b)
}

fn file_of(doc: &Document, doc_path: &Path, set: &AnnotationSet, at_path: &Path) -> AnnotationFile {
    AnnotationFile::new(DocumentRef::new(doc, doc_path, at_path), set, Some(doc))
}

fn merging(c: &mut Criterion) {
    let doc = quijote();
    let (a, b) = two_sides(&doc, 50_000, 5_000);
    let (merged, report) = merge_with_report(&a, &b);
    eprintln!(
        "merge: {} + {} annotations → {} live; {}",
        a.annotations.len(),
        b.annotations.len(),
        merged.annotations.len(),
        report.summary()
    );
    assert_eq!(report.conflicts.len(), 5_000);
    let path = support::corpus_path(QUIJOTE);
    let here = Path::new(env!("CARGO_TARGET_TMPDIR")).join("a.glosa.ron");
    let (fa, fb) = (file_of(&doc, &path, &a, &here), file_of(&doc, &path, &b, &here));

    let mut group = c.benchmark_group("team");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));
    group.bench_function("merge_50k_5k_concurrent", |bench| {
        bench.iter(|| merge_with_report(black_box(&a), black_box(&b)));
    });
    group.bench_function("merge_files_50k_5k_concurrent", |bench| {
        bench.iter_batched(
            || vec![fa.clone(), fb.clone()],
            |files| merge_files(files, Some(&doc)),
            BatchSize::PerIteration,
        );
    });
    group.finish();
    cpu_per_run("team/merge_50k_5k_concurrent", 5, || merge_with_report(&a, &b));
}

fn merge_driver(c: &mut Criterion) {
    let doc = quijote();
    let (a, b) = two_sides(&doc, 10_000, 1_000);
    // A fixed folder, left in place, so that the real binary can also be timed
    // from the shell (`.merge_file_ours.orig` is %A before the merge).
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("merge_driver_10k");
    std::fs::create_dir_all(&folder).unwrap();
    let doc_path = folder.join(QUIJOTE);
    std::fs::copy(support::corpus_path(QUIJOTE), &doc_path).unwrap();
    let real = folder.join("quijote.glosa.ron");
    let ours = folder.join(".merge_file_ours");
    let theirs = folder.join(".merge_file_theirs");
    let ancestor = folder.join(".merge_file_base");
    let ours_text = to_ron_string(&file_of(&doc, &doc_path, &a, &real)).unwrap();
    std::fs::write(&theirs, to_ron_string(&file_of(&doc, &doc_path, &b, &real)).unwrap()).unwrap();
    std::fs::write(&ancestor, &ours_text).unwrap();
    std::fs::write(folder.join(".merge_file_ours.orig"), &ours_text).unwrap();
    let args = |ours: &Path| -> Vec<PathBuf> {
        vec![
            "glosa".into(),
            "merge-driver".into(),
            ancestor.clone(),
            ours.to_owned(),
            theirs.clone(),
            "7".into(),
            real.clone(),
        ]
    };
    std::fs::write(&ours, &ours_text).unwrap();
    let mut out = Vec::new();
    let code = glosa::cli::run(args(&ours), &mut out);
    eprintln!(
        "merge-driver: {} and {} annotations, {} KB each; {code:?}: {}",
        a.annotations.len(),
        b.annotations.len(),
        ours_text.len() / 1000,
        String::from_utf8_lossy(&out).trim()
    );

    let mut group = c.benchmark_group("team");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));
    group.bench_function("merge_driver_10k", |bench| {
        bench.iter_batched(
            || std::fs::write(&ours, &ours_text).unwrap(),
            |()| glosa::cli::run(args(&ours), &mut std::io::sink()),
            BatchSize::PerIteration,
        );
    });
    group.finish();
    cpu_per_run("team/merge_driver_10k", 5, || {
        std::fs::write(&ours, &ours_text).unwrap();
        glosa::cli::run(args(&ours), &mut std::io::sink())
    });

    // The real binary, as git runs it: 10 runs, %A written afresh before each.
    let mut times: Vec<Duration> = (0..10)
        .map(|_| {
            std::fs::write(&ours, &ours_text).unwrap();
            let started = Instant::now();
            let status = std::process::Command::new(env!("CARGO_BIN_EXE_glosa"))
                .args(&args(&ours)[1..])
                .stdout(std::process::Stdio::null())
                .status()
                .unwrap();
            let took = started.elapsed();
            assert!(status.code() == Some(1), "the driver reports its conflicts (exit 1): {status}");
            took
        })
        .collect();
    times.sort_unstable();
    eprintln!(
        "merge-driver: the real binary took {:?} (median of 10; fastest {:?}, slowest {:?})",
        times[5], times[0], times[9]
    );
}

/// 100,000 live annotations with version vectors, 2,000 tombstones, 200 conflicts.
fn v2_set(doc: &Document) -> AnnotationSet {
    let (a_id, b_id) = (installation(1), installation(2));
    let mut set = base_set(doc, 102_000, 0x7EA4_0003, a_id);
    let ids: Vec<AnnotationId> = set.annotations.iter().map(|a| a.id).collect();
    let later = FIRST_SECOND + 40_000_000;
    // A fifth edited on a second installation: two-entry version vectors.
    let edits = ids.iter().step_by(5).map(|id| note(*id, "Revisado.", later)).collect();
    edit(&mut set, b_id, later, edits);
    let deletions = ids[ids.len() - 2_000..].iter().map(|id| Edit::Delete(*id)).collect();
    edit(&mut set, a_id, later + 1, deletions);
    // 200 conflicts: the same 200 annotations edited on both installations.
    let mut other = set.clone();
    edit(&mut set, a_id, later + 2, ids[1..201].iter().map(|id| note(*id, "Ana.", later + 2)).collect());
    edit(&mut other, b_id, later + 3, ids[1..201].iter().map(|id| note(*id, "Ben.", later + 3)).collect());
    glosa::model::merge::merge(&set, &other)
}

fn persist_v2(c: &mut Criterion) {
    let doc = quijote();
    let set = v2_set(&doc);
    let folder = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let path = folder.path().join("quijote.glosa.ron");
    let file = file_of(&doc, &support::corpus_path(QUIJOTE), &set, &path);
    save(&path, &file).unwrap();
    let bytes = std::fs::metadata(&path).unwrap().len();
    let loaded = load(&path).unwrap();
    eprintln!(
        "persist v2: {} live, {} tombstones, {} conflicts; file {} KB",
        loaded.annotations.len(),
        loaded.versions.deleted.len(),
        loaded.versions.conflicts.len(),
        bytes / 1000
    );
    assert_eq!(loaded, file);

    let mut group = c.benchmark_group("team");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));
    group.bench_function("v2_save_100k", |b| b.iter(|| save(black_box(&path), black_box(&file)).unwrap()));
    group.bench_function("v2_load_100k", |b| {
        b.iter_batched(|| (), |()| load(black_box(&path)).unwrap(), BatchSize::PerIteration);
    });
    group.finish();
    cpu_per_run("team/v2_save_100k", 3, || save(&path, &file).unwrap());
    cpu_per_run("team/v2_load_100k", 3, || load(&path).unwrap());
}

fn journal(c: &mut Criterion) {
    let doc = quijote();
    let set = v2_set(&doc);
    let folder = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let doc_path = folder.path().join(QUIJOTE);
    std::fs::copy(support::corpus_path(QUIJOTE), &doc_path).unwrap();
    let path = folder.path().join("quijote.glosa.ron");
    save(&path, &file_of(&doc, &doc_path, &set, &path)).unwrap();
    let mut session = glosa::session::Session::open_document(&doc_path, Some(path), None).unwrap();
    let ids: Vec<AnnotationId> = session.set().annotations.iter().map(|a| a.id).take(1_000).collect();
    let later = FIRST_SECOND + 50_000_000;
    let started = Instant::now();
    let mut n = 0usize;
    let mut edit_and_autosave = |session: &mut glosa::session::Session| {
        n += 1;
        session.apply(note(ids[n % ids.len()], &format!("Nota {n}."), later)).unwrap();
        // Always due: two seconds later than the last write, on the session's clock.
        session.autosave(started + glosa::session::recovery::JOURNAL_INTERVAL * u32::try_from(n).unwrap()).unwrap();
    };
    eprintln!("journal: session of {} annotations", session.set().annotations.len());

    let mut group = c.benchmark_group("team");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));
    group.bench_function("journal_edit_100k_ui_thread", |b| b.iter(|| edit_and_autosave(&mut session)));
    session.flush_journal().unwrap();
    group.bench_function("journal_edit_100k_written", |b| {
        b.iter(|| {
            edit_and_autosave(&mut session);
            session.flush_journal().unwrap()
        });
    });
    group.finish();
}

criterion_group!(benches, merging, merge_driver, persist_v2, journal);
criterion_main!(benches);
