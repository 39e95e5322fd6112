//! Annotation workloads on Don Quijote (Project Gutenberg #2000, 2.2 MB):
//!
//! - `persist/save_100k`, `persist/load_100k`: saving 100,000 annotations with
//!   `persist::annotations::save` (serialize, write, fsync, copy the previous file
//!   to `.bak`, rename, fsync the folder; a previous file always exists, so the
//!   backup copy is included) and loading them with `load` (read + parse). Target:
//!   each under 400 ms. The file is written in a temporary folder under Cargo's
//!   `target/tmp`, on the same disk as a user's files; the loaded file is dropped
//!   outside the measurement.
//! - `anchor/reanchor_10k_edited_quijote`: resolving 10,000 annotations made on
//!   the original text against an edited text (a word changed in ~5% of the
//!   paragraphs, half of them inside an annotated quote; ~1% of the paragraphs
//!   deleted; a few paragraphs inserted), `Anchorer` created inside the
//!   measurement. Target: under 1 s. How many come out anchored, moved and
//!   orphaned is printed once before measuring.
//! - `export/csv_2k_excerpts`: `export::excerpts` + `write_csv` into a `Vec<u8>`
//!   for 2,000 single-tag annotations, anchors resolved beforehand (as the CLI
//!   does). Target: under 100 ms.
//! - `add_annotation/{1000,10000,100000}`: `AnnotationSet::apply(Edit::Create)`
//!   of one new annotation, then undo (applying the returned inverse), on sets of
//!   1,000, 10,000 and 100,000 annotations. Should grow like log n, not n.
//!
//! Annotations are realistic and deterministic (a xorshift generator with fixed
//! seeds): quotes of 20–120 code points widened to whole words, spread uniformly
//! over the paragraphs of at least 40 code points; 2% span two paragraphs; one or
//! two WSIS tags; a note on every third (some multi-line, with accents); five
//! authors; whole-second timestamps a few seconds to minutes apart, ULIDs made from
//! them.
//!
//! Run: `cargo bench --bench annotations` (a few minutes).

#![allow(clippy::unwrap_used, reason = "a benchmark whose setup fails should stop loudly")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use glosa::export::{ExportSource, excerpts, write_csv};
use glosa::model::anchor::{AnchorStatus, Anchorer};
use glosa::model::{
    Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Edit, Segment, TagId, TagSet, Timestamp,
};
use glosa::persist::annotations::{AnnotationFile, DocumentRef, load, save};

const QUIJOTE: &str = "quijote_pg2000_es.txt";

/// 2026-01-05T09:00:00Z, when the first benchmark annotation is made.
const FIRST_SECOND: i64 = 1_767_603_600;

const AUTHORS: [&str; 5] = ["María José Fernández", "Kwame Mensah", "Ana Lúcia Souza", "Zhang Wei", "Jean-Luc Pérez"];

const NOTES: [&str; 8] = [
    "Compromiso explícito del sector privado.",
    "Papel de los gobiernos en la política pública: comparar con la Agenda de Túnez, párr. 35.",
    "Ambiguo: ¿sociedad civil o comunidad técnica?\nRevisar con el equipo antes de la reunión.",
    "Cooperación mejorada — cita útil para el informe.",
    "Mención de las organizaciones internacionales.\nVer también el capítulo anterior.\n— M. J.",
    "Participación de múltiples partes interesadas; señalar en la síntesis.",
    "Crítica implícita a la gobernanza centralizada.",
    "Ejemplo de «acceso abierto» avant la lettre; añadir a la tabla comparativa.",
];

/// Words that replace a word of the text in the edited Quijote.
const REPLACEMENTS: [&str; 6] = ["hidalgo", "escudero", "aventura", "camino", "señora", "pensamiento"];

/// Paragraphs inserted into the edited Quijote.
const NEW_PARAGRAPHS: [&str; 3] = [
    "Nota de la edición: este párrafo se añadió en la revisión de 2026 para aclarar el sentido del capítulo.",
    "Aquí el traductor advierte que el original dice otra cosa, pero que no la pone por no ser de importancia.",
    "Comentario del corrector: se unifica la ortografía de los nombres propios en todo el capítulo siguiente.",
];

fn quijote_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(QUIJOTE)
}

fn quijote() -> Document {
    Document::parse(std::fs::read(quijote_path()).unwrap(), QUIJOTE).unwrap()
}

/// How to make benchmark annotations.
struct Recipe {
    count: usize,
    seed: u64,
    /// Most tags per annotation (1 or 2).
    max_tags: usize,
}

/// `recipe.count` annotations on `doc`, in creation order; see the module docs.
fn make_annotations(doc: &Document, tags: &TagSet, recipe: &Recipe) -> Vec<Annotation> {
    let mut rng = support::Rng(recipe.seed);
    let paragraphs = doc.paragraphs();
    let texts: Vec<Vec<char>> = paragraphs.iter().map(|p| doc.text_of(p).chars().collect()).collect();
    let candidates: Vec<usize> = (0..paragraphs.len()).filter(|&i| texts[i].len() >= 40).collect();
    let tag_ids: Vec<&TagId> = tags.tags().iter().map(|t| &t.id).collect();
    let mut second = FIRST_SECOND;
    let mut out = Vec::with_capacity(recipe.count);
    for i in 0..recipe.count {
        let index = candidates[rng.below(candidates.len())];
        let chars = &texts[index];
        let two_paragraphs = i % 50 == 49 && texts.get(index + 1).is_some_and(|next| next.len() >= 40);
        let segments = if two_paragraphs {
            // A highlight from the end of one paragraph into the start of the next.
            let tail = rng.between(20, 60).min(chars.len());
            let head = rng.between(20, 40);
            let first = word_start(chars, chars.len() - tail);
            let second_end = word_end(&texts[index + 1], head, head + 20);
            vec![
                Segment::new(doc, index, CharOffset(first), CharOffset(chars.len())).unwrap(),
                Segment::new(doc, index + 1, CharOffset(0), CharOffset(second_end)).unwrap(),
            ]
        } else {
            let length = rng.between(20, 110).min(chars.len());
            let start = word_start(chars, rng.below(chars.len() - length + 1));
            let end = word_end(chars, start + length, start + 120);
            vec![Segment::new(doc, index, CharOffset(start), CharOffset(end)).unwrap()]
        };
        let mut annotation_tags = BTreeSet::new();
        let tag_count = if recipe.max_tags > 1 && rng.chance(30) { 2 } else { 1 };
        while annotation_tags.len() < tag_count {
            annotation_tags.insert(tag_ids[rng.below(tag_ids.len())].clone());
        }
        let note = if i % 3 == 0 { NOTES[rng.below(NOTES.len())].to_owned() } else { String::new() };
        second += i64::try_from(rng.between(5, 240)).unwrap();
        let created = Timestamp::from_second(second).unwrap();
        let modified = if rng.chance(20) { Timestamp::from_second(second + 3600).unwrap() } else { created };
        let millis = u64::try_from(second).unwrap() * 1000 + rng.below(1000) as u64;
        out.push(Annotation {
            id: AnnotationId::from_parts(millis, rng.ulid_random()),
            segments,
            tags: annotation_tags,
            note,
            author: AUTHORS[rng.below(AUTHORS.len())].to_owned(),
            created,
            modified,
        });
    }
    out
}

/// `at` moved back to the start of its word.
fn word_start(chars: &[char], mut at: usize) -> usize {
    while at > 0 && chars[at - 1].is_alphanumeric() {
        at -= 1;
    }
    at
}

/// `at` moved forward to the end of its word, but not past `limit` or the text.
fn word_end(chars: &[char], at: usize, limit: usize) -> usize {
    let limit = limit.min(chars.len());
    let mut at = at.min(limit);
    while at < limit && chars[at].is_alphanumeric() {
        at += 1;
    }
    at
}

/// The file `save` writes for `annotations` on `doc`.
fn annotation_file(doc: &Document, annotations: Vec<Annotation>, annotation_path: &Path) -> AnnotationFile {
    let set = AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::from_vec(annotations) };
    AnnotationFile::new(DocumentRef::new(doc, &quijote_path(), annotation_path), &set, Some(doc))
}

fn persist(c: &mut Criterion) {
    let doc = quijote();
    let tags = TagSet::wsis_default();
    let annotations = make_annotations(&doc, &tags, &Recipe { count: 100_000, seed: 0x5EED_0001, max_tags: 2 });
    let folder = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let path = folder.path().join("quijote_pg2000_es.glosa.ron");
    let file = annotation_file(&doc, annotations, &path);
    // A previous file exists from here on, so every measured save makes the backup.
    save(&path, &file).unwrap();
    let bytes = std::fs::metadata(&path).unwrap().len();
    eprintln!("persist: {} annotations, file {} KB", file.annotations.len(), bytes / 1000);
    assert_eq!(load(&path).unwrap(), file);

    let mut group = c.benchmark_group("persist");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));
    group.bench_function("save_100k", |b| b.iter(|| save(black_box(&path), black_box(&file)).unwrap()));
    group.bench_function("load_100k", |b| {
        b.iter_batched(|| (), |()| load(black_box(&path)).unwrap(), BatchSize::PerIteration);
    });
    group.finish();
}

/// The Quijote's decoded text, line ends unified to `\n`, split into lines: line
/// `n` (1-based, as in `Paragraph::lines`) is `lines[n - 1]`.
fn quijote_lines() -> Vec<String> {
    let raw = String::from_utf8(std::fs::read(quijote_path()).unwrap()).unwrap();
    let raw = raw.strip_prefix('\u{FEFF}').unwrap_or(&raw);
    raw.replace("\r\n", "\n").replace('\r', "\n").split('\n').map(str::to_owned).collect()
}

/// What [`edit_quijote`] did.
#[derive(Debug, Default)]
struct EditSummary {
    words_changed: usize,
    words_changed_in_quotes: usize,
    paragraphs_deleted: usize,
    paragraphs_inserted: usize,
}

/// The Quijote's text edited as a reviser would (see the module docs), in CRLF
/// lines as the original. `annotations` are the ones made on `doc`, the original.
fn edit_quijote(doc: &Document, annotations: &[Annotation], seed: u64) -> (String, EditSummary) {
    let mut rng = support::Rng(seed);
    let mut lines: Vec<Option<String>> = quijote_lines().into_iter().map(Some).collect();
    let mut inserted_after: BTreeMap<usize, &str> = BTreeMap::new();
    let mut summary = EditSummary::default();
    let mut quotes_by_paragraph: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for segment in annotations.iter().flat_map(|a| &a.segments) {
        let index = doc.index_of(&segment.paragraph).unwrap();
        quotes_by_paragraph.entry(index).or_default().push(&segment.quote);
    }
    for (index, paragraph) in doc.paragraphs().iter().enumerate() {
        // Lines are 1-based and inclusive; indices into `lines` 0-based.
        let (first, last) = (paragraph.lines.0 as usize - 1, paragraph.lines.1 as usize - 1);
        let roll = rng.below(1000);
        if roll < 10 {
            for line in &mut lines[first..=last] {
                *line = None;
            }
            summary.paragraphs_deleted += 1;
        } else if roll < 60 {
            let replacement = REPLACEMENTS[rng.below(REPLACEMENTS.len())];
            let in_quote = quotes_by_paragraph.get(&index).filter(|_| rng.chance(50)).and_then(|quotes| {
                let quote = quotes[rng.below(quotes.len())];
                change_word_of_quote(doc.text_of(paragraph), quote, &mut lines[first..=last], replacement)
            });
            if in_quote.is_some() {
                summary.words_changed_in_quotes += 1;
                summary.words_changed += 1;
            } else if change_random_word(&mut rng, &mut lines[first..=last], replacement) {
                summary.words_changed += 1;
            }
        } else if roll < 62 && inserted_after.len() < 12 {
            inserted_after.insert(last, NEW_PARAGRAPHS[inserted_after.len() % NEW_PARAGRAPHS.len()]);
            summary.paragraphs_inserted += 1;
        }
    }
    let mut text = String::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(line) = line {
            text.push_str(line);
            text.push_str("\r\n");
        }
        if let Some(new) = inserted_after.get(&i) {
            text.push_str("\r\n");
            text.push_str(new);
            text.push_str("\r\n");
        }
    }
    (text, summary)
}

/// Replaces a word of `quote` (4 letters or more) that occurs once in the
/// paragraph `text` and once in its source `lines` with `replacement`.
fn change_word_of_quote(text: &str, quote: &str, lines: &mut [Option<String>], replacement: &str) -> Option<()> {
    let word = quote.split(|c: char| !c.is_alphabetic()).find(|w| {
        w.chars().count() >= 4
            && *w != replacement
            && text.matches(*w).count() == 1
            && lines.iter().flatten().map(|l| l.matches(*w).count()).sum::<usize>() == 1
    })?;
    let line = lines.iter_mut().flatten().find(|l| l.contains(word))?;
    *line = line.replacen(word, replacement, 1);
    Some(())
}

/// Replaces a random word (4 letters or more) of a random line with `replacement`.
fn change_random_word(rng: &mut support::Rng, lines: &mut [Option<String>], replacement: &str) -> bool {
    let line = rng.below(lines.len());
    let Some(line) = lines[line].as_mut() else {
        return false;
    };
    let words: Vec<&str> =
        line.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 4 && *w != replacement).collect();
    if words.is_empty() {
        return false;
    }
    let word = words[rng.below(words.len())].to_owned();
    *line = line.replacen(&word, replacement, 1);
    true
}

fn reanchor(c: &mut Criterion) {
    let doc = quijote();
    let tags = TagSet::wsis_default();
    let annotations = make_annotations(&doc, &tags, &Recipe { count: 10_000, seed: 0x5EED_0002, max_tags: 2 });
    let (edited_text, summary) = edit_quijote(&doc, &annotations, 0x5EED_0003);
    let edited = Document::parse(edited_text.into_bytes(), QUIJOTE).unwrap();
    let anchorer = Anchorer::new(&edited);
    let mut counts: BTreeMap<AnchorStatus, usize> = BTreeMap::new();
    for annotation in &annotations {
        *counts.entry(anchorer.resolve(annotation).status).or_default() += 1;
    }
    let count = |status| counts.get(&status).copied().unwrap_or(0);
    eprintln!(
        "reanchor: {} → {} paragraphs; {} words changed ({} inside annotated quotes), {} paragraphs deleted, {} \
         inserted; of {} annotations: {} anchored, {} moved, {} orphaned",
        doc.paragraphs().len(),
        edited.paragraphs().len(),
        summary.words_changed,
        summary.words_changed_in_quotes,
        summary.paragraphs_deleted,
        summary.paragraphs_inserted,
        annotations.len(),
        count(AnchorStatus::Anchored),
        count(AnchorStatus::Moved),
        count(AnchorStatus::Orphaned),
    );

    let mut group = c.benchmark_group("anchor");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));
    group.bench_function("reanchor_10k_edited_quijote", |b| {
        b.iter(|| {
            let anchorer = Anchorer::new(black_box(&edited));
            annotations.iter().map(|a| anchorer.resolve(a)).collect::<Vec<_>>()
        });
    });
    group.finish();
}

fn export(c: &mut Criterion) {
    let doc = quijote();
    let tags = TagSet::wsis_default();
    let annotations = make_annotations(&doc, &tags, &Recipe { count: 2_000, seed: 0x5EED_0004, max_tags: 1 });
    let anchorer = Anchorer::new(&doc);
    let source = ExportSource {
        document_title: doc.title(),
        document_path: QUIJOTE,
        document: Some(&doc),
        tags: &tags,
        annotations: annotations.iter().map(|a| (a, Some(anchorer.resolve(a)))).collect(),
    };
    let sources = [source];
    let mut out = Vec::new();
    write_csv(&mut out, &excerpts(&sources, &[]), false).unwrap();
    eprintln!("export: {} excerpts, {} KB of CSV", excerpts(&sources, &[]).len(), out.len() / 1000);

    let mut group = c.benchmark_group("export");
    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    group.bench_function("csv_2k_excerpts", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            write_csv(&mut out, &excerpts(black_box(&sources), &[]), false).unwrap();
            out
        });
    });
    group.finish();
}

fn add_annotation(c: &mut Criterion) {
    let doc = quijote();
    let tags = TagSet::wsis_default();
    let mut all = make_annotations(&doc, &tags, &Recipe { count: 100_001, seed: 0x5EED_0005, max_tags: 2 });
    // The newest annotation is the one added, as when a user highlights a passage.
    let new = all.pop().unwrap();
    let mut group = c.benchmark_group("add_annotation");
    group.warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    for size in [1_000, 10_000, 100_000] {
        let mut set = AnnotationSet { tags: tags.clone(), annotations: Annotations::from_vec(all[..size].to_vec()) };
        // The inverse of the undo is the create again, with the same boxed annotation.
        let mut pending = Some(Edit::Create(Box::new(new.clone())));
        group.bench_with_input(BenchmarkId::from_parameter(size), &size, |b, _| {
            b.iter(|| {
                let undo = set.apply(pending.take().unwrap()).unwrap();
                pending = Some(set.apply(black_box(undo)).unwrap());
            });
        });
        assert_eq!(set.annotations.len(), size);
    }
    group.finish();
}

criterion_group!(benches, persist, reanchor, export, add_annotation);
criterion_main!(benches);
