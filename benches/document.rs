//! Loading a document: `Document::parse` = decode + segment + normalize + IDs.
//!
//! Cases (throughput in input bytes, so criterion reports MB/s):
//! - `quijote_utf8_bom_crlf`: Don Quijote, 2.2 MB, UTF-8 with BOM, CRLF;
//! - `synthetic_64mib`: 64 MiB built from it (see `support::large_synthetic`);
//! - `quijote_windows_1252`: the same 2.2 MB as Windows-1252 (encoding guess + legacy decode);
//! - `wgec_markdown`: a 15 KB Jekyll Markdown file with front matter and raw HTML.
//!
//! The input `Vec<u8>` is moved into `parse`, so each iteration gets a fresh clone,
//! made outside the timed part; the resulting `Document` is dropped outside it too.
//! Reading the file from disk is not part of the measurement.
//!
//! Run: `cargo bench --bench document` (about a minute).

#![allow(clippy::expect_used, reason = "a benchmark whose input is missing should stop loudly")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use glosa::model::Document;

/// Benchmarks parsing `bytes` as a file called `name`.
fn load(group: &mut BenchmarkGroup<'_, WallTime>, id: &str, name: &str, bytes: &[u8]) {
    // Fail before measuring if the input does not load.
    let doc = Document::parse(bytes.to_vec(), name).expect("benchmark input loads");
    eprintln!("{id}: {} bytes, {} paragraphs, encoding {}", bytes.len(), doc.paragraphs().len(), doc.encoding());
    drop(doc);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function(id, |b| {
        b.iter_batched(
            || bytes.to_vec(),
            |input| Document::parse(black_box(input), black_box(name)),
            BatchSize::PerIteration,
        );
    });
}

fn document_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");

    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    load(&mut group, "quijote_utf8_bom_crlf", "quijote_pg2000_es.txt", &support::quijote());
    load(&mut group, "quijote_windows_1252", "quijote_pg2000_es.txt", &support::quijote_windows_1252());
    let markdown = support::corpus("wgec_cis_inputs_2016.md");
    load(&mut group, "wgec_markdown", "wgec_cis_inputs_2016.md", &markdown);

    // One iteration takes most of a second: 10 samples of one iteration each.
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    load(&mut group, "synthetic_64mib", "quijote_x30.txt", &support::large_synthetic());

    group.finish();
}

criterion_group!(benches, document_load);
criterion_main!(benches);
