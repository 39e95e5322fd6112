//! Positions that work outside Glosa: every `TextPositionSelector` of a W3C export
//! selects exactly its `TextQuoteSelector.exact` in the file the target's `source`
//! names, decoded the way any other tool decodes it (here: `encoding_rs` with the
//! encoding the file was written in, the byte-order mark removed). Real corpus
//! documents, re-encoded (UTF-8, UTF-8 with BOM and CRLF, UTF-16 LE/BE, windows-1252,
//! windows-1251), hard-wrapped and hyphenated text, and Markdown with raw HTML.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "w3c/harness.rs"]
mod harness;

use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use glosa::export::source_map::SourceText;
use glosa::export::{ExportSource, Resource, file_iri, write_w3c_json_with};
use glosa::model::{Annotation, AnnotationId, CharOffset, Document, Segment, TagId, TagSet, Timestamp};
use serde_json::Value;

fn corpus(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)).unwrap()
}

/// Up to `limit` paragraphs each get a highlight over their middle half, and each
/// pair of neighbours one across their break (end of the first, start of the
/// second).
fn highlights(doc: &Document, limit: usize) -> Vec<Annotation> {
    let created: Timestamp = "2026-11-29T10:00:00Z".parse().unwrap();
    let make = |n: usize, segments: Vec<Segment>| Annotation {
        id: AnnotationId::from_parts(1_795_000_000_000, n as u128),
        segments,
        tags: [TagId::new("civil-society").unwrap()].into_iter().collect(),
        note: String::new(),
        author: "Ana".to_owned(),
        created,
        modified: created,
    };
    let len = |i: usize| doc.text_of(&doc.paragraphs()[i]).chars().count();
    let count = doc.paragraphs().len().min(limit);
    let mut out = Vec::new();
    for i in 0..count {
        let l = len(i);
        if let Some(s) = Segment::new(doc, i, CharOffset(l / 4), CharOffset((3 * l / 4).max(l / 4 + 1))) {
            out.push(make(out.len(), vec![s]));
        }
        if i + 1 < count {
            let first = Segment::new(doc, i, CharOffset(3 * l / 4), CharOffset(l));
            let second = Segment::new(doc, i + 1, CharOffset(0), CharOffset((len(i + 1) / 4).max(1)));
            if let (Some(a), Some(b)) = (first, second)
                && a.end.0 == l
            {
                out.push(make(out.len(), vec![a, b]));
            }
        }
    }
    out
}

/// Writes `text` in `encoding` (with a byte-order mark when asked) as `name` in
/// `dir`, exports highlights on it as Glosa reads it, and checks every position
/// against the file decoded with `encoding`. Returns (positions checked, targets).
fn check(dir: &Path, name: &str, text: &str, encoding: &'static Encoding, bom: bool, limit: usize) -> (usize, usize) {
    check_bytes(dir, name, encode(name, text, encoding, bom), encoding, limit)
}

fn encode(name: &str, text: &str, encoding: &'static Encoding, bom: bool) -> Vec<u8> {
    let mut bytes: Vec<u8> = Vec::new();
    if bom {
        bytes.extend_from_slice(match encoding.name() {
            "UTF-16LE" => b"\xFF\xFE",
            "UTF-16BE" => b"\xFE\xFF",
            _ => b"\xEF\xBB\xBF",
        });
    }
    match encoding.name() {
        "UTF-16LE" => bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes)),
        "UTF-16BE" => bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes)),
        _ => {
            let (encoded, _, unmappable) = encoding.encode(text);
            assert!(!unmappable, "{name}: text not representable in {}", encoding.name());
            bytes.extend_from_slice(&encoded);
        }
    }
    bytes
}

/// As [`check`], for a file's bytes as they are.
fn check_bytes(dir: &Path, name: &str, bytes: Vec<u8>, encoding: &'static Encoding, limit: usize) -> (usize, usize) {
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, &bytes).unwrap();
    let doc = Document::parse(bytes.clone(), name).unwrap();
    let annotations = highlights(&doc, limit);
    let tags = TagSet::wsis_default();
    let sources = [ExportSource::resolve(doc.title(), name, Some(&doc), &tags, &annotations)];
    let resources =
        [Resource { iri: file_iri(&path).unwrap(), language: None, text: SourceText::from_bytes(bytes, &doc) }];
    let mut out = Vec::new();
    write_w3c_json_with(&mut out, &sources, &resources, &[]).unwrap();
    let collection: Value = serde_json::from_slice(&out).unwrap();
    let targets: usize =
        collection["first"]["items"].as_array().unwrap().iter().map(|a| a["target"].as_array().unwrap().len()).sum();
    assert_eq!(targets, annotations.len(), "{name}: one target per highlight, across breaks too");
    let checked = harness::positions_select_quotes(&collection, |bytes| {
        let (decoded, _, _) = encoding.decode(bytes); // removes a BOM of its own encoding
        decoded.into_owned()
    });
    (checked, targets)
}

#[test]
fn positions_select_the_quote_in_plain_text_files_of_every_encoding() {
    let dir = tempfile::tempdir().unwrap();
    let spanish = corpus("udhr_spa.txt");
    let crlf = spanish.replace('\n', "\r\n");
    let cases: [(&str, &str, &'static Encoding, bool); 6] = [
        ("udhr-spa-utf8.txt", &spanish, encoding_rs::UTF_8, false),
        ("udhr-spa-utf8-bom-crlf.txt", &crlf, encoding_rs::UTF_8, true),
        ("udhr-spa-utf16le.txt", &spanish, encoding_rs::UTF_16LE, true),
        ("udhr-spa-utf16be.txt", &crlf, encoding_rs::UTF_16BE, true),
        ("udhr-spa-windows-1252.txt", &crlf, encoding_rs::WINDOWS_1252, false),
        ("udhr-rus-windows-1251.txt", &corpus("udhr_rus.txt"), encoding_rs::WINDOWS_1251, false),
    ];
    for (name, text, encoding, bom) in cases {
        let (checked, targets) = check(dir.path(), name, text, encoding, bom, 40);
        assert_eq!(checked, targets, "{name}: every highlight has a position in the file");
        assert_eq!(targets, 79, "{name}");
    }
}

/// The corpus files as published: windows-1252 with CRLF (hard-wrapped PDF
/// extraction without blank lines; one word per line with soft hyphens), UTF-8 with
/// BOM and CRLF (Quijote), right-to-left Arabic with harakat, Chinese.
#[test]
fn positions_select_the_quote_in_hard_wrapped_hyphenated_and_right_to_left_text() {
    let dir = tempfile::tempdir().unwrap();
    // (file, encoding, highlight length limit, positions checked, targets): in the
    // NRO submission 3 highlights fall in the one paragraph that is not mapped
    // (see `every_paragraph_of_the_corpus_maps_to_its_file`).
    let expected: [(&str, &'static Encoding, usize, usize, usize); 9] = [
        ("netmundial_076B_civil_aspen.txt", encoding_rs::WINDOWS_1252, 200, 399, 399),
        ("netmundial_070B_gov_spain.txt", encoding_rs::WINDOWS_1252, 200, 45, 45),
        ("netmundial_143B_tech_nro.txt", encoding_rs::WINDOWS_1252, 200, 66, 69),
        ("netmundial_130B_private_brasscom_pt.txt", encoding_rs::WINDOWS_1252, 200, 25, 25),
        ("quijote_pg2000_es.txt", encoding_rs::UTF_8, 150, 299, 299),
        ("wtpf13-cooperacion-mejorada.es.txt", encoding_rs::UTF_8, 200, 21, 21),
        ("udhr_arb.txt", encoding_rs::UTF_8, 30, 59, 59),
        ("udhr_cmn_hans.txt", encoding_rs::UTF_8, 30, 59, 59),
        ("brat_conll2002_esp-46.txt", encoding_rs::UTF_8, 200, 61, 61),
    ];
    for (name, encoding, limit, positions, count) in expected {
        let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)).unwrap();
        let (checked, targets) = check_bytes(dir.path(), name, bytes, encoding, limit);
        assert_eq!((checked, targets), (positions, count), "{name}");
    }
}

#[test]
fn positions_select_the_quote_in_markdown_source() {
    let dir = tempfile::tempdir().unwrap();
    let (checked, targets) = check(
        dir.path(),
        "wgec_cis_inputs_2016.md",
        &corpus("wgec_cis_inputs_2016.md"),
        encoding_rs::UTF_8,
        false,
        200,
    );
    assert_eq!((checked, targets), (99, 99));
}

/// Every paragraph of every corpus document but one maps to its file exactly.
#[test]
fn every_paragraph_of_the_corpus_maps_to_its_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            let extension = Path::new(n).extension().and_then(|e| e.to_str()).unwrap_or_default();
            matches!(extension, "txt" | "md") && n != "README.md"
        })
        .collect();
    names.sort();
    let mut total = 0;
    for name in &names {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let doc = Document::parse(bytes.clone(), name).unwrap();
        let text = SourceText::from_bytes(bytes, &doc).unwrap();
        // The one exception: a list item of the NRO submission whose lines are
        // interrupted by page-bottom footnotes, which the reader sets after it as
        // paragraphs of their own; its passages are exported without positions.
        let unmapped = usize::from(name == "netmundial_143B_tech_nro.txt");
        assert_eq!(text.mapped_count() + unmapped, doc.paragraphs().len(), "{name}");
        total += doc.paragraphs().len();
    }
    assert_eq!((names.len(), total), (13, 6602));
}

/// The text content of an HTML file's `<body>` (DOM `textContent`: the data of
/// every text node under it, in tree order), computed here by walking an
/// `html5ever` DOM, independently of Glosa's reader and maps.
fn body_text_content(bytes: &[u8]) -> String {
    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::{Handle, NodeData, RcDom};
    fn child(node: &Handle, local: &str) -> Option<Handle> {
        node.children
            .borrow()
            .iter()
            .find(|n| matches!(&n.data, NodeData::Element { name, .. } if &*name.local == local))
            .cloned()
    }
    fn collect(node: &Handle, out: &mut String) {
        if let NodeData::Text { contents } = &node.data {
            out.push_str(&contents.borrow());
        }
        for c in node.children.borrow().iter() {
            collect(c, out);
        }
    }
    let source = String::from_utf8(bytes.to_vec()).unwrap();
    let dom = html5ever::parse_document(RcDom::default(), html5ever::ParseOpts::default()).one(source);
    let body = child(&dom.document, "html").and_then(|h| child(&h, "body")).unwrap();
    let mut out = String::new();
    collect(&body, &mut out);
    out
}

/// Exports highlights on the HTML `bytes` (as `name` in `dir`) and checks every
/// position against the body's text content. Returns (positions, targets,
/// paragraphs mapped, paragraphs).
fn check_html(dir: &Path, name: &str, bytes: Vec<u8>, limit: usize) -> (usize, usize, usize, usize) {
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, &bytes).unwrap();
    let doc = Document::parse(bytes.clone(), name).unwrap();
    let text = SourceText::from_bytes(bytes, &doc).unwrap();
    let mapped = text.mapped_count();
    assert_eq!(text.media_type(), "text/html");
    let annotations = highlights(&doc, limit);
    let tags = TagSet::wsis_default();
    let sources = [ExportSource::resolve(doc.title(), name, Some(&doc), &tags, &annotations)];
    let resources = [Resource { iri: file_iri(&path).unwrap(), language: None, text: Some(text) }];
    let mut out = Vec::new();
    write_w3c_json_with(&mut out, &sources, &resources, &[]).unwrap();
    let collection: Value = serde_json::from_slice(&out).unwrap();
    let targets: usize =
        collection["first"]["items"].as_array().unwrap().iter().map(|a| a["target"].as_array().unwrap().len()).sum();
    let checked = harness::positions_select_quotes(&collection, body_text_content);
    (checked, targets, mapped, doc.paragraphs().len())
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

#[test]
fn positions_in_html_select_the_quote_in_the_body_text_content() {
    let dir = tempfile::tempdir().unwrap();
    let mut results = Vec::new();
    for name in ["wtpf13_brief.es.html", "udhr_spa.html", "udhr_arb.html"] {
        results.push((name, check_html(dir.path(), name, fixture(name), 400)));
    }
    assert_eq!(
        results,
        [
            // (positions checked, targets, paragraphs mapped, paragraphs): every
            // paragraph maps, the two list items and two footnotes whose numbers
            // (`1. `, `1 `) are Glosa's and not in the page included.
            ("wtpf13_brief.es.html", (23, 23, 12, 12)),
            ("udhr_spa.html", (191, 191, 96, 96)),
            ("udhr_arb.html", (191, 191, 96, 96)),
        ]
    );
}

#[test]
fn html_markup_between_and_inside_paragraphs_is_text_content_or_left_unmapped() {
    let html = "<!DOCTYPE html><html lang=\"es\"><head><title>Informe</title><style>p{}</style></head><body>\n\
        <nav>Inicio · Documentos</nav>\n\
        <h1>Cooperaci&oacute;n   reforzada</h1>\n\
        <p>Los <b>gobiernos</b>,&nbsp;el sector <i>privado</i> y la sociedad civil.<script>var x = 1;</script></p>\n\
        <table><tr><td>Celda &amp; tabla</td></tr></table>\n\
        <p>Primera línea<br>segunda línea</p>\n\
        <p>Emoji 🌍 antes del texto final.</p>\n\
        </body></html>";
    let doc = Document::parse(html.as_bytes().to_vec(), "informe.html").unwrap();
    let texts: Vec<&str> = doc.paragraphs().iter().map(|p| doc.text_of(p)).collect();
    assert_eq!(
        texts,
        [
            "Cooperación reforzada",
            "Los gobiernos,\u{a0}el sector privado y la sociedad civil.",
            "Celda & tabla",
            "Primera línea segunda línea",
            "Emoji 🌍 antes del texto final."
        ]
    );
    let text = SourceText::from_bytes(html.as_bytes().to_vec(), &doc).unwrap();
    assert_eq!(text.text(), body_text_content(html.as_bytes()));
    let mapped: Vec<bool> = (0..texts.len()).map(|i| text.paragraph(i).is_some()).collect();
    // `<br>` puts no character in the text content, where Glosa reads a space:
    // that paragraph has no exact position, so it gets none.
    assert_eq!(mapped, [true, true, true, false, true]);
    let quote = |p: usize, a: usize, b: usize| {
        let span = text.span(p, CharOffset(a), p, CharOffset(b)).unwrap();
        (text.quote(&span).0.to_owned(), span.start.0, span.end.0)
    };
    let content: Vec<char> = text.text().chars().collect();
    for (p, a, b, exact) in [
        (0, 0, 21, "Cooperación   reforzada"),
        (1, 4, 24, "gobiernos,\u{a0}el sector"),
        (1, 0, 53, "Los gobiernos,\u{a0}el sector privado y la sociedad civil."),
        (2, 6, 13, "& tabla"),
        (4, 8, 30, "antes del texto final."),
    ] {
        let (quoted, start, end) = quote(p, a, b);
        assert_eq!(quoted, exact);
        assert_eq!(content[start..end].iter().collect::<String>(), exact, "code points {start}..{end}");
    }
}

/// Nesting deeper than the HTML parser can build in linear time gets no
/// positions (quotes and fragments only), and quickly; ordinary nesting does.
#[test]
fn html_nested_past_the_limit_gets_no_positions_and_ordinary_nesting_does() {
    use glosa::export::source_map::MAX_HTML_DEPTH;
    let nested = |depth: usize| {
        format!("<html><body>{}<p>Texto al fondo.</p>{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth))
    };
    let shallow = nested(200);
    let doc = Document::parse(shallow.clone().into_bytes(), "poco.html").unwrap();
    let text = SourceText::from_bytes(shallow.into_bytes(), &doc).unwrap();
    assert_eq!((text.text(), text.mapped_count()), ("Texto al fondo.", 1));
    let deep = nested(200_000);
    const { assert!(200_000 > MAX_HTML_DEPTH) };
    let doc = Document::parse(deep.clone().into_bytes(), "hondo.html").unwrap();
    assert_eq!(doc.paragraphs().len(), 1, "Glosa still reads it");
    let text = SourceText::from_bytes(deep.into_bytes(), &doc).unwrap();
    assert_eq!((text.text(), text.mapped_count()), ("", 0));
}
