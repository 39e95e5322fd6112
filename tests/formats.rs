//! Documents nobody tuned for: the segmentation classes of issue 8 §2 on small
//! documents written for them, the same corpus texts in HTML, Word, `OpenDocument`
//! and PDF (converted with pandoc and `LibreOffice`, see `tests/fixtures/README.md`),
//! encodings, and hostile containers. Exact expectations throughout.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;

use ParagraphKind::{Body, Footnote, Heading, ListItem, Quote};
use glosa::model::{Document, ParagraphKind, ReadWarning};
use glosa::persist::document::read_document;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn corpus(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

fn load(path: impl AsRef<std::path::Path>) -> Document {
    let path = path.as_ref();
    read_document(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn parse(bytes: &[u8], name: &str) -> Result<Document, String> {
    glosa::import::parse(bytes.to_vec(), name).map_err(|e| e.to_string())
}

/// Each paragraph's kind and full text.
fn paragraphs(doc: &Document) -> Vec<(ParagraphKind, &str)> {
    doc.paragraphs().iter().map(|p| (p.kind, doc.text_of(p))).collect()
}

fn ids(doc: &Document) -> Vec<&str> {
    doc.paragraphs().iter().map(|p| p.id.as_str()).collect()
}

fn furniture(doc: &Document) -> Vec<(&str, u32, Option<u32>)> {
    doc.furniture().iter().map(|f| (f.text.as_str(), f.line, f.page)).collect()
}

// ---------------------------------------------------------------------------
// Page furniture
// ---------------------------------------------------------------------------

#[test]
fn running_headers_and_page_numbers_between_sentence_halves_are_set_aside() {
    let doc = load(fixture("report_running_headers.txt"));
    assert_eq!(
        furniture(&doc),
        [
            ("2", 13, None),
            ("Digital Cooperation in Practice", 14, None),
            ("Digital Cooperation in Practice 3", 26, None),
            ("4", 36, None),
            ("Digital Cooperation in Practice", 37, None),
        ]
    );
    let texts = paragraphs(&doc);
    assert_eq!(texts.len(), 9);
    assert_eq!(texts[1], (Heading, "Summary"));
    // The header in the middle of a sentence no longer splits it.
    assert_eq!(
        texts[5],
        (
            Body,
            "Each process was studied through its published documents, its mailing lists and interviews with \
             twenty-four participants from all stakeholder groups. The interviews followed a common guide, which is \
             reproduced in the annex to this report, and each lasted about one hour. The documents were read by two \
             researchers working separately, who then compared their notes and resolved their differences by \
             discussion."
        )
    );
    assert_eq!(doc.paragraphs()[5].lines, (21, 27));
    // At a page break between paragraphs the paragraphs stay apart.
    assert!(texts[7].1.ends_with("three times higher than where they were not."));
    assert!(texts[8].1.starts_with("Inclusiveness. Participants from the technical community"));
    assert!(texts.iter().all(|(_, t)| !t.contains("Digital Cooperation in Practice ")));
}

#[test]
fn headers_and_footers_on_known_pages_are_furniture_and_sentences_run_across_pages() {
    let doc = load(fixture("outcome_summary_pages.txt"));
    assert_eq!(
        furniture(&doc),
        [
            ("WSIS Forum 2025 - Outcome Summary", 1, Some(1)),
            ("Page 1 of 3", 9, Some(1)),
            ("WSIS Forum 2025 - Outcome Summary", 10, Some(2)),
            ("Page 2 of 3", 18, Some(2)),
            ("WSIS Forum 2025 - Outcome Summary", 19, Some(3)),
            ("Page 3 of 3", 22, Some(3)),
        ]
    );
    assert_eq!(
        paragraphs(&doc),
        [
            (Body, "Action Line C3: Access to information and knowledge"),
            (
                Body,
                "The session on access to information discussed how public libraries, archives and community \
                 networks can support the goals of the World Summit on the Information Society. Speakers from four \
                 regions described projects that combine connectivity with training in the use of online public \
                 services, and stressed that such training must be offered in local languages if it is to reach the \
                 people who need it most. Participants agreed that open licences for public information lower the \
                 cost of adapting materials to local needs."
            ),
            (Heading, "Action Line C7: E-government"),
            (
                Body,
                "The second session reviewed national strategies for digital public services. Several delegations \
                 noted that services designed for mobile telephones reach more citizens than those designed for \
                 computers."
            ),
        ]
    );
    assert_eq!(doc.paragraphs()[1].lines, (4, 13));
}

#[test]
fn page_furniture_is_listed_in_the_json_of_glosa_paragraphs() {
    let mut out = Vec::new();
    let path = fixture("outcome_summary_pages.txt");
    let code = glosa::cli::run(["glosa", "paragraphs", path.to_str().unwrap(), "--format", "json"], &mut out);
    assert_eq!(code, std::process::ExitCode::SUCCESS);
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json["furniture"].as_array().unwrap().len(), 6);
    assert_eq!(
        json["furniture"][1],
        serde_json::json!({"kind": "page-furniture", "text": "Page 1 of 3", "line": 9, "page": 1})
    );
    assert_eq!(json["document"]["format"], "plain-text");
    assert_eq!(json["document"]["paragraph_count"], 4);
}

// ---------------------------------------------------------------------------
// Hard-wrapped preambles, capitals titles, markers and footnotes
// ---------------------------------------------------------------------------

#[test]
fn un_resolution_preamble_clauses_ending_in_commas_are_paragraphs_and_the_capitals_title_is_one() {
    let doc = load(fixture("ga_resolution_preamble.txt"));
    assert_eq!(
        paragraphs(&doc),
        [
            (Heading, "INFORMATION AND COMMUNICATIONS TECHNOLOGIES FOR SUSTAINABLE DEVELOPMENT"),
            (Body, "The General Assembly,"),
            (Body, "Recalling its resolutions 57/295 of 20 December 2002 and 70/125 of 16 December 2015,"),
            (Body, "Reaffirming the commitment to the outcomes of the World Summit on the Information Society,"),
            (Body, "Noting with satisfaction the work of the Internet Governance Forum,"),
            (
                Body,
                "Recognizing that information and communications technologies can accelerate progress towards all \
                 the Sustainable Development Goals,"
            ),
            (
                ListItem,
                "1. Invites all stakeholders to continue to work towards an inclusive, people-centred and \
                 development-oriented information society;"
            ),
            (
                ListItem,
                "2. Requests the Secretary-General to submit to the General Assembly at its eightieth session a \
                 report on the implementation of the present resolution."
            ),
        ]
    );
    assert_eq!(doc.title(), "INFORMATION AND COMMUNICATIONS TECHNOLOGIES FOR SUSTAINABLE DEVELOPMENT");
}

#[test]
fn bracketed_and_single_space_footnotes_and_extracted_bullets_are_recognised() {
    let doc = load(fixture("markers_and_footnotes.txt"));
    assert_eq!(
        paragraphs(&doc),
        [
            (Body, "Principles for the Governance of the Internet"),
            (
                Body,
                "The principles below were adopted by consensus[1] at the regional meeting and are offered as a \
                 contribution to the global discussion.[*] They build on the working definition of Internet \
                 governance1."
            ),
            (ListItem, "· Human rights apply online as they do offline."),
            (ListItem, "· Governance should be multistakeholder, open and transparent."),
            (ListItem, "Ø The technical management of the Internet should remain decentralised."),
            (ListItem, "» Capacity building is a shared responsibility."),
            (ListItem, "a.Access to the Internet should be affordable."),
            (ListItem, "b.Content should be available in all languages."),
            (Footnote, "[1] Meeting of 12 March 2014, attended by 83 participants."),
            (Footnote, "[*] This contribution does not commit the organisations named above."),
            (Footnote, "1 See the report of the Working Group on Internet Governance (2005)."),
        ]
    );
    assert_eq!(doc.title(), "Principles for the Governance of the Internet");
}

#[test]
fn a_heading_is_short_and_never_ends_like_a_sentence() {
    let long_caps = "THE PARTIES AGREE THAT THE PRINCIPLES SHALL APPLY TO ALL STAKEHOLDERS. ".repeat(4);
    let text = format!("Contents\n\n{long_caps}\n\nSUMMARY OF FINDINGS\n");
    let doc = parse(text.as_bytes(), "x.txt").unwrap();
    let kinds: Vec<ParagraphKind> = doc.paragraphs().iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [Heading, Body, Heading]);
}

#[test]
fn a_metadata_label_is_not_the_title() {
    let doc =
        parse(b"Document\n\nPrinc\xEDpios de Governan\xE7a da Internet\n\nTexto do documento.\n", "x.txt").unwrap();
    assert_eq!(doc.title(), "Princípios de Governança da Internet");
    let labelled = parse(b"Region: Europe\n\nSubmission on enhanced cooperation\n\nText.\n", "x.txt").unwrap();
    assert_eq!(labelled.title(), "Submission on enhanced cooperation");
    let corpus_doc = load(corpus("netmundial_130B_private_brasscom_pt.txt"));
    assert_eq!(corpus_doc.title(), "Princípios de Governança da Internet");
}

#[test]
fn cr_cr_lf_is_one_line_end() {
    let doc = parse(b"The first paragraph runs\r\r\nover two lines.\r\r\n\r\r\nThe second.\r\r\n", "x.txt").unwrap();
    assert_eq!(paragraphs(&doc), [(Body, "The first paragraph runs over two lines."), (Body, "The second.")]);
    let lines: Vec<_> = doc.paragraphs().iter().map(|p| p.lines).collect();
    assert_eq!(lines, [(1, 2), (4, 4)]);
    let unix = parse(b"The first paragraph runs\nover two lines.\n\nThe second.\n", "x.txt").unwrap();
    assert_eq!(ids(&doc), ids(&unix));
}

// ---------------------------------------------------------------------------
// Encodings
// ---------------------------------------------------------------------------

#[test]
fn udhr_in_utf16_without_bom_reads_like_the_utf8_file() {
    for file in ["udhr_rus.txt", "udhr_arb.txt", "udhr_cmn_hans.txt"] {
        let utf8 = std::fs::read(corpus(file)).unwrap();
        let text = String::from_utf8(utf8.clone()).unwrap();
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let reference = parse(&utf8, file).unwrap();
        for (bytes, encoding) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            let doc = parse(&bytes, file).unwrap_or_else(|e| panic!("{file} {encoding}: {e}"));
            assert_eq!(doc.encoding(), encoding, "{file}");
            assert_eq!(ids(&doc), ids(&reference), "{file} {encoding}");
        }
    }
}

#[test]
fn one_stray_byte_in_utf8_is_replaced_reported_and_leaves_every_other_paragraph_alone() {
    let mut bytes = std::fs::read(corpus("udhr_spa.txt")).unwrap();
    let reference = parse(&bytes, "udhr_spa.txt").unwrap();
    let needle = "Artículo 3\n".as_bytes();
    let at = bytes.windows(needle.len()).position(|w| w == needle).unwrap();
    bytes.insert(at, 0xE9);
    let doc = parse(&bytes, "udhr_spa.txt").unwrap();
    assert_eq!(doc.encoding(), "UTF-8");
    assert_eq!(doc.warnings(), [ReadWarning::InvalidUtf8 { count: 1, first_at: at }]);
    let changed: Vec<&str> = ids(&doc).into_iter().filter(|id| !ids(&reference).contains(id)).collect::<Vec<_>>();
    assert_eq!(changed.len(), 1);
    assert!(doc.paragraphs().iter().any(|p| doc.text_of(p) == "\u{FFFD}Artículo 3"));
    assert_eq!(
        doc.warnings()[0].to_string(),
        format!(
            "1 byte sequence(s) that are not UTF-8 replaced by U+FFFD (first at byte {at}); the rest of the file is UTF-8"
        )
    );
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

#[test]
fn udhr_as_html_shares_every_paragraph_id_with_the_text_file() {
    let html = load(fixture("udhr_spa.html"));
    let text = load(corpus("udhr_spa.txt"));
    assert_eq!(html.format(), glosa::model::SourceFormat::Html);
    assert_eq!((html.title(), html.language()), ("Declaración Universal de Derechos Humanos", Some("es")));
    let html_ids: HashSet<&str> = ids(&html).into_iter().collect();
    let shared = ids(&text).into_iter().filter(|id| html_ids.contains(id)).count();
    assert_eq!((shared, text.paragraphs().len(), html.paragraphs().len()), (96, 96, 96));
    assert_eq!(html.fingerprint(), text.fingerprint());
}

#[test]
fn arabic_html_notes_its_language_and_direction() {
    let doc = load(fixture("udhr_arb.html"));
    assert_eq!((doc.language(), doc.direction()), (Some("ar"), Some("rtl")));
    assert_eq!(doc.title(), "الإعلان العالمي لحقوق الإنسان");
    assert_eq!(doc.paragraphs().len(), 96);
    assert_eq!(doc.text_of(&doc.paragraphs()[6]), "الديباجة");
}

#[test]
fn html_blocks_kinds_entities_and_what_is_not_text() {
    let html = "<!DOCTYPE html><html lang=\"fr\"><head><title>Note &amp; avis</title>\
        <style>p { color: red }</style><script>var x = '<p>no</p>';</script></head>\
        <body><nav><a href=\"/\">Accueil</a></nav><h1>La coop&eacute;ration</h1>\
        <p>Premier&nbsp;paragraphe avec <em>emphase</em><br>et saut.</p>\
        <ul><li>Un<li>Deux</ul><ol start=\"3\"><li><p>Trois</p></li></ol>\
        <blockquote><p>Une citation.</p></blockquote><div>Texte<br><br>après deux sauts</div>\
        <section role=\"doc-endnotes\"><ol><li id=\"fn1\"><p>Une note.<a href=\"#r1\" role=\"doc-backlink\">↩</a></p></li></ol></section>\
        </body></html>";
    let doc = parse(html.as_bytes(), "page.txt").unwrap();
    assert_eq!(doc.title(), "Note & avis");
    assert_eq!(doc.language(), Some("fr"));
    assert_eq!(
        paragraphs(&doc),
        [
            (Heading, "La coopération"),
            (Body, "Premier\u{a0}paragraphe avec emphase et saut."),
            (ListItem, "Un"),
            (ListItem, "Deux"),
            (ListItem, "3. Trois"),
            (Quote, "Une citation."),
            (Body, "Texte"),
            (Body, "après deux sauts"),
            (Footnote, "1 Une note."),
        ]
    );
}

#[test]
fn the_brief_as_html_shares_its_ids_with_the_bundled_text_except_the_numbered_items() {
    let html = load(fixture("wtpf13_brief.es.html"));
    let sample = load(corpus("wtpf13-cooperacion-mejorada.es.txt"));
    let html_ids: HashSet<&str> = ids(&html).into_iter().collect();
    let missing: Vec<&str> = sample
        .paragraphs()
        .iter()
        .filter(|p| !html_ids.contains(p.id.as_str()))
        .map(|p| sample.text_of(p).split(' ').take(3).collect::<Vec<_>>().join(" "))
        .map(|s| Box::leak(s.into_boxed_str()) as &str)
        .collect();
    // pandoc numbers the `a.`/`b.` items as an ordered list: `1.`, `2.`.
    assert_eq!(missing, ["a. El papel", "b. La situación"]);
}

// ---------------------------------------------------------------------------
// Word and OpenDocument
// ---------------------------------------------------------------------------

const BRIEF_IDS: [&str; 12] = [
    "p-0f0a22b00f68",
    "p-9dcd9b70bfc3",
    "p-7ee2e50091ce",
    "p-e038927b0c1f",
    "p-ab070365550e",
    "p-96366d6345b0",
    "p-6862bdbc5505",
    "p-6f0c848e12c9",
    "p-15343945701f",
    "p-5dc9a60f03f9",
    "p-2d12fc8c90cc",
    "p-496b473f41a3",
];

#[test]
fn the_brief_as_docx_and_odt_has_the_ids_of_the_bundled_text() {
    let sample = load(corpus("wtpf13-cooperacion-mejorada.es.txt"));
    for name in ["wtpf13_brief.es.docx", "wtpf13_brief.es.odt"] {
        let doc = load(fixture(name));
        assert_eq!(ids(&doc), BRIEF_IDS, "{name}");
        assert_eq!(doc.title(), "Cooperación mejorada: nota informativa del FMPT-13");
        assert_eq!(doc.language(), Some("es"));
        let kinds: Vec<ParagraphKind> = doc.paragraphs().iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [Heading, Body, Footnote, Body, Body, Body, Footnote, ListItem, ListItem, Body, Heading, Body],
            "{name}"
        );
        // The footnote reference is glued to the word, the note follows its paragraph.
        assert!(doc.text_of(&doc.paragraphs()[1]).ends_with("dos procesos diferentes1."));
        assert!(doc.text_of(&doc.paragraphs()[2]).starts_with("1 En la Resolución 102 de la Conferencia"));
        // Nine of the sample's eleven paragraphs (all but the lettered items, whose
        // letters Word generates) have the same ID.
        let shared = sample.paragraphs().iter().filter(|p| BRIEF_IDS.contains(&p.id.as_str())).count();
        assert_eq!(shared, 9, "{name}");
    }
    assert_eq!(load(fixture("wtpf13_brief.es.docx")).fingerprint(), load(fixture("wtpf13_brief.es.odt")).fingerprint());
}

#[test]
fn tracked_deletions_and_hidden_text_are_not_text() {
    for name in ["tracked_changes.docx", "tracked_changes.odt"] {
        let doc = load(fixture(name));
        assert_eq!(
            paragraphs(&doc),
            [
                (Heading, "Comments on the draft outcome document"),
                (Heading, "Comments on the draft outcome document"),
                (Body, "The delegation supports the text of paragraph 12 as it stands."),
                (
                    Body,
                    "The delegation proposes that paragraph 14 read: Governments have a role to play in public policy \
                     issues pertaining to the Internet."
                ),
                (Quote, "All stakeholders should participate in their respective roles."),
                (ListItem, "Capacity building"),
                (ListItem, "Multilingualism"),
            ],
            "{name}"
        );
    }
}

#[test]
fn odt_headings_come_from_outline_styles() {
    let doc = load(fixture("digital_cooperation_report.odt"));
    assert_eq!(doc.paragraphs().len(), 27);
    let headings: Vec<&str> = doc.paragraphs().iter().filter(|p| p.kind == Heading).map(|p| doc.text_of(p)).collect();
    assert_eq!(headings.len(), 10);
    assert_eq!(
        headings[..3],
        ["Digital Cooperation in Practice: A Review of Multistakeholder Processes", "Summary", "The case of IGF"]
    );
    // The page header of the ODT is not body text.
    assert!(doc.paragraphs().iter().all(|p| doc.text_of(p) != "Digital Cooperation in Practice"));
}

// ---------------------------------------------------------------------------
// Hostile containers
// ---------------------------------------------------------------------------

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_expanded() {
    let error = read_document(&fixture("zip_bomb.docx")).unwrap_err().to_string();
    assert_eq!(error, "not a readable DOCX document: word/document.xml expands to more than 256 MiB (a ZIP bomb?)");
}

#[test]
fn malformed_xml_is_a_one_line_error_naming_the_part() {
    let bytes = zip_of(&[(
        "word/document.xml",
        b"<w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>Text</w:r></w:p></w:body></w:document>",
    )]);
    let error = parse(&bytes, "broken.docx").unwrap_err();
    assert!(
        error.starts_with("not a readable DOCX document: malformed XML in word/document.xml near byte "),
        "{error}"
    );
    assert!(!error.contains('\n'));
    let odt = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", b"<office:document-content><office:body><office:text><text:p>Text</text:h>"),
    ]);
    let error = parse(&odt, "broken.odt").unwrap_err();
    assert!(error.starts_with("not a readable ODT document: malformed XML in content.xml near byte "), "{error}");
}

#[test]
fn an_archive_with_too_many_entries_is_refused() {
    let names: Vec<String> = (0..20_001).map(|i| format!("media/{i}.bin")).collect();
    let mut entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    entries.push(("word/document.xml", b"<w:document/>"));
    let error = parse(&zip_of(&entries), "many.docx").unwrap_err();
    assert_eq!(error, "not a readable DOCX document: the archive lists 20002 entries, over the limit of 20000");
}

#[test]
fn an_encrypted_odt_is_refused() {
    let odt = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        (
            "META-INF/manifest.xml",
            b"<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">\
              <manifest:encryption-data/></manifest:file-entry></manifest:manifest>",
        ),
        ("content.xml", b"\x8f\x00\x13garbage"),
    ]);
    assert_eq!(
        parse(&odt, "secret.odt").unwrap_err(),
        "not a readable ODT document: the document is encrypted; save it without a password"
    );
}

#[test]
fn a_docx_without_text_is_no_text_and_an_old_word_file_is_named() {
    let empty = zip_of(&[("word/document.xml", b"<w:document xmlns:w=\"x\"><w:body><w:p/></w:body></w:document>")]);
    assert_eq!(parse(&empty, "empty.docx").unwrap_err(), "the file has no text (only white space or separators)");
    let doc_file = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest of an OLE file";
    assert_eq!(
        parse(doc_file, "old.doc").unwrap_err(),
        "not a text file (an old Microsoft Office .doc/.xls file; save it as .docx first)"
    );
}

// ---------------------------------------------------------------------------
// Markdown that used to take minutes or gigabytes
// ---------------------------------------------------------------------------

#[test]
fn markdown_of_unclosed_divs_liquid_tags_and_brackets_loads_with_its_text() {
    let divs = "<div\n".repeat(20_000) + "\nAfter the divs.\n";
    let doc = parse(divs.as_bytes(), "divs.md").unwrap();
    assert_eq!(doc.paragraphs().last().map(|p| doc.text_of(p)), Some("After the divs."));
    let liquid = "{{x}}".repeat(50_000) + " text";
    let doc = parse(liquid.as_bytes(), "liquid.md").unwrap();
    assert_eq!(paragraphs(&doc), [(Body, "text")]);
    let brackets = "[a".repeat(400_000);
    let doc = parse(brackets.as_bytes(), "brackets.md").unwrap();
    assert_eq!(doc.paragraphs().len(), 1);
    assert_eq!(doc.text_of(&doc.paragraphs()[0]).replace(' ', ""), brackets);
}

// ---------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------

#[test]
fn the_brief_as_pdf_reads_like_the_bundled_text() {
    let pdf = load(fixture("wtpf13_brief.es.pdf"));
    let sample = load(corpus("wtpf13-cooperacion-mejorada.es.txt"));
    assert_eq!(pdf.format(), glosa::model::SourceFormat::Pdf);
    assert_eq!(pdf.title(), "Cooperación mejorada: nota informativa del FMPT-13");
    let pdf_ids: HashSet<&str> = ids(&pdf).into_iter().collect();
    let missing: Vec<u32> =
        sample.paragraphs().iter().filter(|p| !pdf_ids.contains(p.id.as_str())).map(|p| p.ordinal).collect();
    // Every paragraph of the text has its ID in the PDF, item a. included: it runs
    // across the page break, below which LibreOffice set the two footnotes, and
    // goes on after them; the footnotes follow it.
    assert!(missing.is_empty(), "{missing:?}");
    let kinds: Vec<ParagraphKind> = pdf.paragraphs().iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [Body, Body, Body, Body, Body, ListItem, Footnote, Footnote, ListItem, Body, Heading, Body]);
    assert_eq!(pdf.paragraphs()[5].lines, (37, 57));
    // The title wrapped over two lines in the PDF is one paragraph, with the ID
    // the title has in the DOCX.
    assert_eq!(pdf.paragraphs()[0].id.as_str(), "p-0f0a22b00f68");
}

#[test]
fn running_headers_and_page_numbers_of_a_pdf_are_furniture_on_their_pages() {
    let pdf = load(fixture("digital_cooperation_report.pdf"));
    let mut expected = Vec::new();
    for (page, (header, number)) in [(3, 47), (49, 95), (97, 143), (145, 156)].into_iter().enumerate() {
        let page = page as u32 + 1;
        expected.push(("Digital Cooperation in Practice", header, Some(page)));
        expected.push((["1", "2", "3", "4"][page as usize - 1], number, Some(page)));
    }
    assert_eq!(furniture(&pdf), expected);
    // Apart from the title, which the PDF wraps in two lines, every paragraph has
    // the ID it has in the ODT the PDF was made from.
    let odt = load(fixture("digital_cooperation_report.odt"));
    let odt_ids: HashSet<&str> = ids(&odt).into_iter().collect();
    let not_in_odt: Vec<&str> =
        pdf.paragraphs().iter().filter(|p| !odt_ids.contains(p.id.as_str())).map(|p| pdf.text_of(p)).collect();
    assert_eq!(not_in_odt, ["Digital Cooperation in Practice: A Review of Multistakeholder", "Processes"]);
    assert_eq!(pdf.paragraphs().len(), 28);
}

#[test]
fn an_encrypted_pdf_is_refused_with_one_line() {
    let error = read_document(&fixture("wtpf13_brief.es.encrypted.pdf")).unwrap_err().to_string();
    assert_eq!(error, "not a readable PDF document: it is encrypted with a password; save an unprotected copy first");
}

#[test]
fn a_damaged_pdf_is_an_error_not_a_crash() {
    let mut bytes = std::fs::read(fixture("wtpf13_brief.es.pdf")).unwrap();
    bytes.truncate(bytes.len() / 3);
    let error = parse(&bytes, "cut.pdf").unwrap_err();
    assert!(error.starts_with("not a readable PDF document: "), "{error}");
    assert!(!error.contains('\n'));
    let error = parse(b"%PDF-1.7\n%garbage only", "garbage.pdf").unwrap_err();
    assert!(error.starts_with("not a readable PDF document: "), "{error}");
}
