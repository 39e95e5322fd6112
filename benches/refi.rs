//! REFI-QDA exchange: a project of 100 documents with 20,000 codings (issue 12's
//! target: export and import each ≤ 1 s).
//!
//! The documents are the Quijote's paragraphs cut into 100 consecutive parts of
//! about 57 paragraphs (22 KB) each, each with 200 annotations of about eight
//! words, by five coders, each with one WSIS tag, a fifth with a note.
//!
//! - `refi/export_100_docs_20k_codings`: anchoring every annotation in its
//!   document and writing the QDPX (XML + sources, deflated) into memory.
//! - `refi/import_100_docs_20k_codings`: reading that QDPX, then per source
//!   parsing its text into a document, aligning the reading text, detecting the
//!   offset unit, and planning every annotation (placed by position, verified).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmarks stop loudly")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use glosa::export::ExportSource;
use glosa::export::refi::qdpx_bytes;
use glosa::export::source_map::SourceText;
use glosa::import::refi;
use glosa::model::{
    Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Segment, TagSet, Timestamp,
};

const DOCUMENTS: usize = 100;
const PER_DOCUMENT: usize = 200;

struct Doc {
    name: String,
    document: Document,
    annotations: Vec<Annotation>,
}

fn project() -> Vec<Doc> {
    let quijote = Document::parse(support::quijote(), "quijote.txt").unwrap();
    let texts: Vec<&str> = quijote.paragraphs().iter().map(|p| quijote.text_of(p)).collect();
    let per = texts.len() / DOCUMENTS;
    let tags = TagSet::wsis_default();
    let authors = ["Ana", "Jean-Marc", "李华", "سمير", "Olga"];
    (0..DOCUMENTS)
        .map(|d| {
            let text = texts[d * per..(d + 1) * per].join("\n");
            let name = format!("quijote-{d:03}.txt");
            let document = Document::parse(text.into_bytes(), &name).unwrap();
            let paragraphs = document.paragraphs().len();
            let annotations = (0..PER_DOCUMENT)
                .filter_map(|i| {
                    let index = (i * 7919) % paragraphs;
                    let len = document.text_of(&document.paragraphs()[index]).chars().count();
                    let start = (i * 31) % len.saturating_sub(40).max(1);
                    let segment = Segment::new(&document, index, CharOffset(start), CharOffset((start + 40).min(len)))?;
                    let created =
                        Timestamp::from_second(1_764_000_000 + i64::try_from(d * PER_DOCUMENT + i).unwrap()).unwrap();
                    Some(Annotation {
                        id: AnnotationId::from_parts(
                            u64::try_from(created.as_millisecond()).unwrap(),
                            (d * PER_DOCUMENT + i) as u128,
                        ),
                        segments: vec![segment],
                        tags: [tags.tags()[i % tags.tags().len()].id.clone()].into(),
                        note: if i % 5 == 0 { format!("nota {i}") } else { String::new() },
                        author: authors[i % authors.len()].to_owned(),
                        created,
                        modified: created,
                    })
                })
                .collect();
            Doc { name, document, annotations }
        })
        .collect()
}

fn export(docs: &[Doc], tags: &TagSet) -> Vec<u8> {
    let sources: Vec<ExportSource<'_>> = docs
        .iter()
        .map(|d| ExportSource::resolve(d.document.title(), &d.name, Some(&d.document), tags, &d.annotations))
        .collect();
    qdpx_bytes("bench", &sources, &[]).unwrap().0
}

fn import(bytes: &[u8]) -> usize {
    let project = refi::read(bytes).unwrap();
    let now = Timestamp::from_second(1_800_000_000).unwrap();
    let mut placed = 0;
    for source in &project.sources {
        let text = source.bytes.clone().unwrap();
        let document = Document::parse(text.clone(), &source.name).unwrap();
        let reading = SourceText::from_bytes(text, &document).unwrap();
        let set = AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::default() };
        let plan = refi::plan_source(&project, source, &document, &reading, &set, now, "bench");
        placed += plan.plan.counts().0;
    }
    placed
}

fn bench(c: &mut Criterion) {
    let docs = project();
    let tags = TagSet::wsis_default();
    let codings: usize = docs.iter().map(|d| d.annotations.len()).sum();
    assert_eq!(codings, DOCUMENTS * PER_DOCUMENT);
    let bytes = export(&docs, &tags);
    assert_eq!(import(&bytes), codings, "every coding placed");
    let mut group = c.benchmark_group("refi");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8));
    group.bench_function("export_100_docs_20k_codings", |b| b.iter(|| export(black_box(&docs), &tags)));
    group.bench_function("import_100_docs_20k_codings", |b| b.iter(|| import(black_box(&bytes))));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
