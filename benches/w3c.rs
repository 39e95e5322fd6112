//! W3C Web Annotation export and import.
//!
//! - `align/*`: mapping every paragraph's normalized text to the file's text
//!   (`SourceText::from_bytes`: decode + align), the work the JSON export adds per
//!   document: Quijote (2.2 MB, UTF-8 with BOM, CRLF, hard-wrapped), the WGEC
//!   Markdown page with raw HTML, the windows-1252 Aspen report.
//! - `export/json_2k_quijote`: 2,000 annotations on the Quijote written as a W3C
//!   collection with positions in the file (alignment included).
//! - `import/json_2k_quijote`: that JSON read back and placed (by position).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benchmarks stop loudly")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use glosa::export::source_map::SourceText;
use glosa::export::{ExportSource, Resource, write_w3c_json_with};
use glosa::import::web_annotation;
use glosa::model::anchor::Anchorer;
use glosa::model::{
    Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Segment, TagId, TagSet, Timestamp,
};

fn align(c: &mut Criterion) {
    let mut group = c.benchmark_group("align");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    for (name, file) in [
        ("quijote", "quijote_pg2000_es.txt"),
        ("wgec_markdown", "wgec_cis_inputs_2016.md"),
        ("aspen_1252", "netmundial_076B_civil_aspen.txt"),
    ] {
        let bytes = support::corpus(file);
        let doc = Document::parse(bytes.clone(), file).unwrap();
        group.throughput(criterion::Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name, |b| b.iter(|| SourceText::from_bytes(black_box(bytes.clone()), &doc).unwrap()));
    }
    group.finish();
}

/// 2,000 annotations spread over the Quijote, one per paragraph from the start.
fn annotations(doc: &Document) -> Vec<Annotation> {
    let created: Timestamp = "2026-11-29T10:00:00Z".parse().unwrap();
    let tag = TagId::new("civil-society").unwrap();
    (0..doc.paragraphs().len())
        .filter_map(|i| {
            let len = doc.text_of(&doc.paragraphs()[i]).chars().count();
            Segment::new(doc, i, CharOffset(len / 3), CharOffset(2 * len / 3))
        })
        .take(2_000)
        .enumerate()
        .map(|(n, segment)| Annotation {
            id: AnnotationId::from_parts(1_795_000_000_000 + n as u64, 1),
            segments: vec![segment],
            tags: [tag.clone()].into_iter().collect(),
            note: String::new(),
            author: "Ana".to_owned(),
            created,
            modified: created,
        })
        .collect()
}

fn export_and_import(c: &mut Criterion) {
    let bytes = support::quijote();
    let doc = Document::parse(bytes.clone(), "quijote_pg2000_es.txt").unwrap();
    let tags = TagSet::wsis_default();
    let list = annotations(&doc);
    let anchorer = Anchorer::new(&doc);
    let source = ExportSource {
        document_title: doc.title(),
        document_path: "quijote_pg2000_es.txt",
        document: Some(&doc),
        tags: &tags,
        annotations: list.iter().map(|a| (a, Some(anchorer.resolve(a)))).collect(),
    };
    let sources = [source];
    let export = |bytes: Vec<u8>| {
        let resource = Resource {
            iri: "file:///corpus/quijote_pg2000_es.txt".to_owned(),
            language: None,
            text: SourceText::from_bytes(bytes, &doc),
        };
        let mut out = Vec::new();
        write_w3c_json_with(&mut out, &sources, &[resource], &[]).unwrap();
        out
    };
    let json = export(bytes.clone());
    eprintln!("export: {} annotations, {} KB of JSON-LD", list.len(), json.len() / 1000);
    let mut group = c.benchmark_group("w3c");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    group.bench_function("export_json_2k_quijote", |b| b.iter(|| export(black_box(bytes.clone()))));
    let reading = SourceText::from_bytes(bytes.clone(), &doc).unwrap();
    let set = AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::default() };
    let now: Timestamp = "2026-12-01T00:00:00Z".parse().unwrap();
    group.bench_function("import_json_2k_quijote", |b| {
        b.iter(|| {
            let incoming = web_annotation::read(black_box(&json)).unwrap();
            let plan = web_annotation::plan(&incoming, &doc, Some(&reading), &set, now, "Ana");
            assert_eq!(plan.counts(), (2_000, 0, 0));
            plan
        });
    });
    group.finish();
}

criterion_group!(benches, align, export_and_import);
criterion_main!(benches);
