//! Loading each format Glosa reads: `glosa::import::parse` = container + XML or
//! HTML parsing + segmentation + normalization + IDs.
//!
//! Cases (throughput in bytes of *extracted text*, i.e. of the document's
//! paragraph texts, as the targets are stated: HTML, DOCX, ODT ≥ 50 MB/s):
//! - `html_quijote`, `docx_quijote`, `odt_quijote`: the Quijote's 5,700 paragraphs
//!   (2.1 MB of text) as an HTML page, a Word document and an ODT text,
//!   built in memory the way pandoc writes them (one `<p>`/`w:p`/`text:p` each);
//! - `pdf_100_pages`: `tests/fixtures/quijote_100_pages.pdf`, 100 pages made by
//!   `soffice`: the time to a `Document` is the time to the app's first paint
//!   of it (the view lays out only the visible paragraphs); target ≤ 1 s;
//! - `markdown_brackets_8mib`, `markdown_div_lines`, `markdown_liquid`: the
//!   Markdown inputs that took minutes or gigabytes before (8 MiB of `[`, 625 KB
//!   of `<div` lines, 1.6 MB of `{{x}}`), throughput in input bytes.
//!
//! Run: `cargo bench --bench formats` (about two minutes).

#![allow(clippy::expect_used, reason = "a benchmark whose input is missing should stop loudly")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::hint::black_box;
use std::io::Write;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{BatchSize, BenchmarkGroup, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

/// The Quijote's paragraphs, as the plain-text reader finds them.
fn quijote_paragraphs() -> Vec<String> {
    let doc = glosa::import::parse(support::quijote(), "quijote_pg2000_es.txt").expect("the Quijote loads");
    doc.paragraphs().iter().map(|p| doc.text_of(p).to_owned()).collect()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn html(paragraphs: &[String]) -> Vec<u8> {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n<title>Don Quijote</title>\n\
         <style>p { margin: 0 }</style>\n</head>\n<body>\n",
    );
    for p in paragraphs {
        out.push_str("<p>");
        out.push_str(&escape(p));
        out.push_str("</p>\n");
    }
    out.push_str("</body>\n</html>\n");
    out.into_bytes()
}

fn zip(entries: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).expect("zip entry");
        zip.write_all(content.as_bytes()).expect("zip write");
    }
    zip.finish().expect("zip").into_inner()
}

fn docx(paragraphs: &[String]) -> Vec<u8> {
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>",
    );
    for p in paragraphs {
        body.push_str("<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">");
        body.push_str(&escape(p));
        body.push_str("</w:t></w:r></w:p>");
    }
    body.push_str("</w:body></w:document>");
    let styles =
        "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
        <w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/></w:style></w:styles>"
            .to_owned();
    zip(&[("word/document.xml", body), ("word/styles.xml", styles)])
}

fn odt(paragraphs: &[String]) -> Vec<u8> {
    let mut body = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>",
    );
    for p in paragraphs {
        body.push_str("<text:p text:style-name=\"Text_20_body\">");
        body.push_str(&escape(p));
        body.push_str("</text:p>");
    }
    body.push_str("</office:text></office:body></office:document-content>");
    zip(&[("mimetype", "application/vnd.oasis.opendocument.text".to_owned()), ("content.xml", body)])
}

/// Benchmarks `glosa::import::parse` on `bytes` named `name`; throughput is the
/// extracted text when `per_text`, else the input.
fn load(group: &mut BenchmarkGroup<'_, WallTime>, id: &str, name: &str, bytes: &[u8], per_text: bool) {
    let doc = glosa::import::parse(bytes.to_vec(), name).expect("benchmark input loads");
    let text = doc.full_text().len();
    eprintln!("{id}: {} bytes in, {text} bytes of text, {} paragraphs", bytes.len(), doc.paragraphs().len());
    drop(doc);
    group.throughput(Throughput::Bytes(if per_text { text } else { bytes.len() } as u64));
    group.bench_function(id, |b| {
        b.iter_batched(
            || bytes.to_vec(),
            |input| glosa::import::parse(black_box(input), black_box(name)),
            BatchSize::PerIteration,
        );
    });
}

fn formats(c: &mut Criterion) {
    let paragraphs = quijote_paragraphs();
    let mut group = c.benchmark_group("formats");
    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
    load(&mut group, "html_quijote", "quijote.html", &html(&paragraphs), true);
    load(&mut group, "docx_quijote", "quijote.docx", &docx(&paragraphs), true);
    load(&mut group, "odt_quijote", "quijote.odt", &odt(&paragraphs), true);
    group.sample_size(10).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(10));
    let pdf = std::fs::read(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quijote_100_pages.pdf"),
    )
    .expect("the 100-page PDF");
    load(&mut group, "pdf_100_pages", "quijote_100_pages.pdf", &pdf, true);
    group.finish();

    let mut group = c.benchmark_group("markdown_hostile");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(10));
    let brackets = vec![b'['; 8 * 1024 * 1024];
    // Only brackets: no paragraph has text, so load `[a`.
    let brackets: Vec<u8> = brackets.chunks(2).flat_map(|_| *b"[a").collect();
    load(&mut group, "markdown_brackets_8mib", "brackets.md", &brackets, false);
    load(
        &mut group,
        "markdown_div_lines",
        "divs.md",
        format!("{}\ntext\n", "<div\n".repeat(125_000)).as_bytes(),
        false,
    );
    load(&mut group, "markdown_liquid", "liquid.md", format!("{} text", "{{x}}".repeat(330_000)).as_bytes(), false);
    group.finish();
}

criterion_group!(benches, formats);
criterion_main!(benches);
