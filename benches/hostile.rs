//! Loading hostile annotation files (issue 7 §4): no input may take more than
//! 1 s per MB to load. Each input is about 1 MB, crafted against one step:
//!
//! - `huge_prefix`, `huge_suffix`: one annotation whose context is 1 MB (the
//!   22 KB file that took 80 s: context compared by edit distance, quadratic).
//! - `tiny_orphans_common_quote`: annotations (~80 per 20 KB) on a paragraph the document
//!   lacks, each quoting a two-letter word found everywhere (`de`): every one is
//!   searched in the whole document.
//! - `tiny_anchored`: ~3,000 ordinary annotations (the baseline).
//! - `long_quote_orphan`: one annotation quoting 1 MB that is nowhere.
//! - `fuzzy_quotes`: annotations of 4,000-code-point quotes (the longest
//!   searched approximately) near-matching nothing, placed between two existing
//!   paragraphs so the approximate search runs over them.
//! - `long_note_one_line`, `one_line_file`: a 1 MB note; the whole file on one
//!   line (no layout to parse in parallel).
//! - `deep_nesting`: 1 MB of `[` (refused by RON's recursion limit).
//! - `many_tags`: 1,000 tags and annotations carrying 900 tags each.
//! - `no_annotations`: the baseline, a file without annotations: `open_anchor`
//!   of it is what reading the document costs (about 75 ms for the Quijote), to
//!   subtract from the others' for the cost of their annotations per MB.
//!
//! Two measurements per input, on Don Quijote (2.2 MB, `tests/corpus/`):
//! `parse` (`annotations::read`: read, hash, parse, bounds) and `open_anchor`
//! (`Workspace::open_annotations_checked` with the document chosen, then
//! `anchors()`: what opening a file in the app or `glosa check` does). The
//! throughput criterion prints (MiB/s) gives s/MB as its inverse.
//!
//! Run: `cargo bench --bench hostile` (minutes; some inputs take seconds each).

#![allow(clippy::unwrap_used, reason = "a benchmark whose setup fails should stop loudly")]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use glosa::model::annotation::Neighbors;
use glosa::model::{Annotation, AnnotationId, CharOffset, Document, ParagraphId, Segment, TagId, TagSet, Timestamp};
use glosa::persist::annotations::{self, AnnotationFile, DocumentRef, FORMAT, VERSION};
use glosa::workspace::{DocumentAccess, Workspace};

const MB: usize = 1_000_000;

/// Size of the inputs that once took seconds per kilobyte to anchor
/// (`tiny_orphans_common_quote`, `fuzzy_quotes`; 20 KB until the search for a
/// short quote was bounded): now 1 MB like the others, so that the cost of
/// reading the document (`no_annotations`) is a small part of the figure.
const SLOW_INPUT_BYTES: usize = MB;

fn quijote_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/quijote_pg2000_es.txt")
}

fn at() -> Timestamp {
    Timestamp::from_second(1_780_000_000).unwrap()
}

fn annotation(n: usize, segments: Vec<Segment>, tags: &[&str], note: String) -> Annotation {
    Annotation {
        id: AnnotationId::from_parts(1_780_000_000_000 + n as u64, n as u128 + 1),
        segments,
        tags: tags.iter().map(|t| TagId::new(t).unwrap()).collect(),
        note,
        author: "hostile".to_owned(),
        created: at(),
        modified: at(),
    }
}

/// A segment on paragraph `index` of `doc`, code points `start..end`.
fn on(doc: &Document, index: usize, start: usize, end: usize) -> Segment {
    Segment::new(doc, index, CharOffset(start), CharOffset(end)).unwrap()
}

/// A segment the document cannot place: a paragraph ID it lacks, neighbours it
/// lacks, this quote.
fn orphan(quote: String) -> Segment {
    Segment {
        paragraph: ParagraphId::new("p-000000000000"),
        start: CharOffset(0),
        end: CharOffset(quote.chars().count()),
        quote,
        prefix: "en un lugar de la mancha de cuyo".to_owned(),
        suffix: " nombre no quiero acordarme, no ".to_owned(),
        neighbors: Neighbors::default(),
    }
}

fn file(doc: &Document, tags: TagSet, annotations: Vec<Annotation>) -> AnnotationFile {
    AnnotationFile {
        format: FORMAT.to_owned(),
        version: VERSION,
        document: DocumentRef {
            path: "quijote.txt".to_owned(),
            fingerprint: doc.fingerprint().clone(),
            title: doc.title().to_owned(),
            paragraph_count: doc.paragraphs().len(),
        },
        tags,
        annotations,
        versions: glosa::persist::annotations::FileVersions::default(),
    }
}

/// Index of the first paragraph of at least `chars` code points.
fn long_paragraph(doc: &Document, chars: usize) -> usize {
    doc.paragraphs().iter().position(|p| doc.text_of(p).chars().count() >= chars).unwrap()
}

/// Text like the Quijote's, `len` bytes or a little more.
fn prose(doc: &Document, len: usize) -> String {
    let mut text = String::new();
    for p in doc.paragraphs().iter().cycle() {
        text.push_str(doc.text_of(p));
        text.push(' ');
        if text.len() >= len {
            break;
        }
    }
    text
}

/// The hostile inputs, as (name, file text).
fn inputs(doc: &Document) -> Vec<(&'static str, String)> {
    let ron = |f: &AnnotationFile| annotations::to_ron_string(f).unwrap();
    let wsis = TagSet::wsis_default();
    let index = long_paragraph(doc, 200);
    let mut cases = Vec::new();

    // The baseline: what opening any file of this document costs (reading and
    // segmenting the Quijote, the anchoring indexes) before its annotations.
    cases.push(("no_annotations", ron(&file(doc, wsis.clone(), Vec::new()))));

    let mut segment = on(doc, index, 100, 140);
    segment.prefix = prose(doc, MB);
    cases.push((
        "huge_prefix",
        ron(&file(doc, wsis.clone(), vec![annotation(0, vec![segment], &["governments"], String::new())])),
    ));
    let mut segment = on(doc, index, 100, 140);
    segment.suffix = prose(doc, MB);
    "no está en ninguna parte del texto".clone_into(&mut segment.quote);
    cases.push((
        "huge_suffix",
        ron(&file(doc, wsis.clone(), vec![annotation(0, vec![segment], &["governments"], String::new())])),
    ));

    let mut list = Vec::new();
    while ron(&file(doc, wsis.clone(), list.clone())).len() < SLOW_INPUT_BYTES {
        for _ in 0..10 {
            list.push(annotation(list.len(), vec![orphan("de".to_owned())], &["governments"], String::new()));
        }
    }
    cases.push(("tiny_orphans_common_quote", ron(&file(doc, wsis.clone(), list))));

    let mut list = Vec::new();
    let paragraphs: Vec<usize> =
        (0..doc.paragraphs().len()).filter(|&i| doc.text_of(&doc.paragraphs()[i]).chars().count() > 60).collect();
    while ron(&file(doc, wsis.clone(), list.clone())).len() < MB {
        for _ in 0..200 {
            let n = list.len();
            let p = paragraphs[(n * 7919) % paragraphs.len()];
            list.push(annotation(n, vec![on(doc, p, 10, 40)], &["civil-society"], String::new()));
        }
    }
    cases.push(("tiny_anchored", ron(&file(doc, wsis.clone(), list))));

    cases.push((
        "long_quote_orphan",
        ron(&file(doc, wsis.clone(), vec![annotation(0, vec![orphan("zq".repeat(MB / 2))], &[], String::new())])),
    ));

    // 4,000 code points of Quijote-like words that match nothing closely, placed
    // (by their neighbours) where the approximate search looks.
    let mut list = Vec::new();
    let text = prose(doc, 20_000);
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    while ron(&file(doc, wsis.clone(), list.clone())).len() < SLOW_INPUT_BYTES {
        let n = list.len();
        let mut quote = String::new();
        let mut k = n * 31;
        while quote.chars().count() < 4_000 {
            quote.push_str(words[k % words.len()]);
            quote.push(' ');
            k = k * 17 + 5;
        }
        let quote: String = quote.chars().take(4_000).collect();
        let mut segment = orphan(quote);
        segment.neighbors = Neighbors {
            before: Some(doc.paragraphs()[index].id.clone()),
            after: doc.paragraphs().get(index + 9).map(|p| p.id.clone()),
        };
        list.push(annotation(n, vec![segment], &[], String::new()));
    }
    cases.push(("fuzzy_quotes", ron(&file(doc, wsis.clone(), list))));

    let note = prose(doc, MB).replace('\n', " ");
    cases.push((
        "long_note_one_line",
        ron(&file(doc, wsis.clone(), vec![annotation(0, vec![on(doc, index, 0, 20)], &["governments"], note)])),
    ));

    let mut list = Vec::new();
    while list.len() < 3_000 {
        let n = list.len();
        list.push(annotation(
            n,
            vec![on(doc, paragraphs[n % paragraphs.len()], 5, 25)],
            &["governments"],
            String::new(),
        ));
    }
    let one_line: String = ron(&file(doc, wsis.clone(), list)).replace('\n', " ");
    cases.push(("one_line_file", one_line));

    cases.push(("deep_nesting", format!("(format: \"glosa-annotations\", version: 1, x: {})", "[".repeat(MB))));

    let tags = TagSet::from_tags((0..1_000).map(|n| glosa::model::Tag {
        id: TagId::new(&format!("code-{n}")).unwrap(),
        label: format!("Código {n}"),
        description: String::new(),
        color: glosa::model::Color { r: 1, g: 2, b: 3 },
        shortcut: None,
    }));
    let names: Vec<String> = (0..900).map(|n| format!("code-{}", n * 7 % 1_000 + 1_000)).collect();
    let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut list = Vec::new();
    while ron(&file(doc, tags.clone(), list.clone())).len() < MB {
        let n = list.len();
        list.push(annotation(n, vec![on(doc, paragraphs[n % paragraphs.len()], 5, 25)], &name_refs, String::new()));
    }
    cases.push(("many_tags", ron(&file(doc, tags, list))));
    cases
}

fn hostile(c: &mut Criterion) {
    let doc_path = quijote_path();
    let doc = glosa::persist::document::read_document(&doc_path).unwrap();
    let dir = tempfile::Builder::new().prefix("glosa-hostile").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let mut group = c.benchmark_group("hostile_load");
    group.sampling_mode(SamplingMode::Flat).sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, text) in inputs(&doc) {
        let path = dir.path().join(format!("{name}.glosa.ron"));
        std::fs::write(&path, &text).unwrap();
        group.throughput(Throughput::Bytes(text.len() as u64));
        // What loading says, once.
        match annotations::read(&path) {
            Ok(loaded) => eprintln!("{name}: {} bytes, loads ({:?})", text.len(), loaded.report.messages()),
            Err(e) => eprintln!("{name}: {} bytes, refused: {e}", text.len()),
        }
        group.bench_function(BenchmarkId::new("parse", name), |b| b.iter(|| black_box(annotations::read(&path).ok())));
        group.bench_function(BenchmarkId::new("open_anchor", name), |b| {
            b.iter(|| {
                let workspace = Workspace::open_annotations_checked(&path, DocumentAccess::Chosen(&doc_path)).ok();
                black_box(workspace.map(|w| w.anchors().len()))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, hostile);
criterion_main!(benches);
