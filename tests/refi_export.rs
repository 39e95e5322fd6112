//! REFI-QDA exports: QDPX projects and QDC codebooks, validated against the
//! REFI-QDA 1.5 schemas (`tests/refi-qda/*.xsd`) with `xmllint --schema`, and
//! every selection's text in `sources/` checked against the annotation's quote.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use std::path::{Path, PathBuf};

use common::{assert_valid, unzip};
use glosa::export::ExportSource;
use glosa::export::refi::{self, annotation_guid, code_guid, user_guid};
use glosa::model::{Annotation, AnnotationId, CharOffset, Document, Segment, TagId, TagSet, Timestamp};

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

fn read_corpus(name: &str) -> Document {
    Document::parse(std::fs::read(corpus(name)).unwrap(), name).unwrap()
}

fn annotation(
    created: &str,
    random: u128,
    author: &str,
    segments: Vec<Segment>,
    tags: &[&str],
    note: &str,
) -> Annotation {
    let created: Timestamp = created.parse().unwrap();
    Annotation {
        id: AnnotationId::from_parts(u64::try_from(created.as_millisecond()).unwrap(), random),
        segments,
        tags: tags.iter().map(|t| TagId::new(t).unwrap()).collect(),
        note: note.to_owned(),
        author: author.to_owned(),
        created,
        modified: created,
    }
}

/// (guid, start, end, source guid) of every `PlainTextSelection`.
fn selections(qde: &str) -> Vec<(String, usize, usize, String)> {
    let source = regex::Regex::new(r#"<TextSource guid="([^"]+)""#).unwrap();
    let selection = regex::Regex::new(
        r#"<PlainTextSelection guid="([^"]+)" name="[^"]*" startPosition="(\d+)" endPosition="(\d+)""#,
    )
    .unwrap();
    let mut out = Vec::new();
    let mut current = String::new();
    for line in qde.lines() {
        if let Some(c) = source.captures(line) {
            c[1].clone_into(&mut current);
        }
        if let Some(c) = selection.captures(line) {
            out.push((c[1].to_owned(), c[2].parse().unwrap(), c[3].parse().unwrap(), current.clone()));
        }
    }
    out
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

struct Fixture {
    fra: Document,
    arb: Document,
    cmn: Document,
    tags: TagSet,
}

fn fixture() -> Fixture {
    Fixture {
        fra: read_corpus("udhr_fra.txt"),
        arb: read_corpus("udhr_arb.txt"),
        cmn: read_corpus("udhr_cmn_hans.txt"),
        tags: TagSet::wsis_default(),
    }
}

/// Ana on the French UDHR: a phrase tagged governments and civil society with a
/// note; Article premier's heading and the start of its text as one highlight
/// across two paragraphs; Li on the Chinese, Samir on the Arabic text.
fn annotations(f: &Fixture) -> (Vec<Annotation>, Vec<Annotation>, Vec<Annotation>) {
    let d = &f.fra;
    let heading = d.paragraphs().iter().position(|p| d.text_of(p) == "Article premier").unwrap();
    let len = d.text_of(&d.paragraphs()[heading]).chars().count();
    let across = vec![
        Segment::new(d, heading, CharOffset(0), CharOffset(len)).unwrap(),
        Segment::new(d, heading + 1, CharOffset(0), CharOffset(31)).unwrap(),
    ];
    let fra = vec![
        annotation(
            "2026-11-29T10:39:54Z",
            1,
            "Ana Pérez",
            vec![common::segment_on(d, "les États Membres se sont engagés")],
            &["governments", "civil-society"],
            "Engagement des États.\nVoir l’article 56 de la Charte & <ONU>.",
        ),
        annotation("2026-11-29T11:00:00Z", 2, "Ana Pérez", across, &["international-organizations"], ""),
    ];
    let cmn = vec![annotation(
        "2026-11-30T08:00:00Z",
        3,
        "李华",
        vec![common::segment_on(&f.cmn, "人类家庭所有成员的固有尊严")],
        &["private-sector"],
        "尊严",
    )];
    let arb = vec![annotation(
        "2026-11-30T09:00:00Z",
        4,
        "سمير",
        vec![common::segment_on(&f.arb, "يولد جميع الناس أحرارًا")],
        &["technical-academic-community"],
        "",
    )];
    (fra, cmn, arb)
}

#[test]
fn the_wsis_tags_are_what_the_fixture_uses() {
    let tags = TagSet::wsis_default();
    for id in [
        "governments",
        "civil-society",
        "international-organizations",
        "private-sector",
        "technical-academic-community",
    ] {
        assert!(tags.get(&TagId::new(id).unwrap()).is_some(), "{id}");
    }
}

#[test]
fn a_qdpx_project_is_valid_and_every_selection_is_its_quote() {
    let f = fixture();
    let (fra, cmn, arb) = annotations(&f);
    let sources = vec![
        ExportSource::resolve(f.fra.title(), "udhr_fra.txt", Some(&f.fra), &f.tags, &fra),
        ExportSource::resolve(f.cmn.title(), "udhr_cmn_hans.txt", Some(&f.cmn), &f.tags, &cmn),
        ExportSource::resolve(f.arb.title(), "udhr_arb.txt", Some(&f.arb), &f.tags, &arb),
    ];
    let (bytes, summary) = refi::qdpx_bytes("UDHR", &sources, &[]).unwrap();
    assert_eq!((summary.sources, summary.selections, summary.codings), (3, 4, 5));
    assert!(summary.left_out.is_empty());
    let entries = unzip(&bytes);
    let qde = &entries["project.qde"];
    assert_valid(qde, "Project.xsd");
    let qde = String::from_utf8(qde.clone()).unwrap();
    let all: Vec<&Annotation> = fra.iter().chain(&cmn).chain(&arb).collect();
    let found = selections(&qde);
    assert_eq!(found.len(), 4);
    for annotation in &all {
        let (_, start, end, source) = found.iter().find(|s| s.0 == annotation_guid(annotation.id)).unwrap();
        let text = String::from_utf8(entries[&format!("sources/{source}.txt")].clone()).unwrap();
        assert_eq!(chars(&text, *start, *end), annotation.quote(), "{}", annotation.id);
    }
    // The highlight across two paragraphs is one selection over the line feed.
    assert_eq!(all[1].quote(), "Article premier\nTous les êtres humains naissent");
    // Users, codes with colours and descriptions, the note with its markup escaped.
    for author in ["Ana Pérez", "李华", "سمير"] {
        assert!(qde.contains(&format!("<User guid=\"{}\" name=\"{author}\"/>", user_guid(author))), "{author}");
    }
    let governments = f.tags.get(&TagId::new("governments").unwrap()).unwrap();
    assert!(qde.contains(&format!(
        "<Code guid=\"{}\" name=\"{}\" isCodable=\"true\" color=\"{}\"",
        code_guid(&governments.id),
        governments.label,
        governments.color.to_hex()
    )));
    assert!(qde.contains(
        "<PlainTextContent>Engagement des États.\nVoir l’article 56 de la Charte &amp; &lt;ONU&gt;.</PlainTextContent>"
    ));
    assert_eq!(qde.matches("<NoteRef ").count(), 2);
    assert_eq!(qde.matches("<Note ").count(), 2);
    // The plain text rule: paragraphs joined by one line feed.
    let fra_text = entries
        .iter()
        .find(|(_, v)| v.starts_with(refi::plain_text(&f.fra).as_bytes()))
        .map(|(k, _)| k.clone())
        .unwrap();
    assert_eq!(entries[&fra_text], refi::plain_text(&f.fra).into_bytes());
    assert_eq!(refi::plain_text(&f.fra).matches('\n').count(), f.fra.paragraphs().len() - 1);
}

#[test]
fn the_same_input_gives_the_same_bytes_and_two_coders_share_one_source() {
    let f = fixture();
    let (fra, _, _) = annotations(&f);
    let mut other = fra.clone();
    for (i, a) in other.iter_mut().enumerate() {
        a.id = AnnotationId::from_parts(1_800_000_000_000 + i as u64, 9);
        a.author = "Jean-Marc Lefèvre".to_owned();
    }
    let sources = vec![
        ExportSource::resolve(f.fra.title(), "udhr_fra.txt", Some(&f.fra), &f.tags, &fra),
        ExportSource::resolve(f.fra.title(), "udhr_fra.txt", Some(&f.fra), &f.tags, &other),
    ];
    let (a, summary) = refi::qdpx_bytes("UDHR", &sources, &[]).unwrap();
    let (b, _) = refi::qdpx_bytes("UDHR", &sources, &[]).unwrap();
    assert_eq!(a, b);
    assert_eq!((summary.sources, summary.selections), (1, 4));
    let qde = String::from_utf8(unzip(&a)["project.qde"].clone()).unwrap();
    assert_eq!(qde.matches("<User ").count(), 2);
    assert_valid(qde.as_bytes(), "Project.xsd");
}

#[test]
fn a_tag_filter_keeps_only_its_codings_and_orphans_are_listed() {
    let f = fixture();
    let (mut fra, _, _) = annotations(&f);
    // An orphan: a quote that is nowhere in the document.
    let mut lost = fra[0].clone();
    lost.id = AnnotationId::from_parts(1_800_000_000_000, 7);
    lost.segments[0].quote = "texte disparu du document".to_owned();
    lost.segments[0].prefix = "rien".to_owned();
    lost.segments[0].suffix = "nulle part".to_owned();
    lost.segments[0].paragraph = glosa::model::ParagraphId::new("p-000000000000");
    fra.push(lost.clone());
    let sources = vec![ExportSource::resolve(f.fra.title(), "udhr_fra.txt", Some(&f.fra), &f.tags, &fra)];
    let (bytes, summary) = refi::qdpx_bytes("UDHR", &sources, &[TagId::new("governments").unwrap()]).unwrap();
    assert_eq!((summary.selections, summary.codings, summary.codes), (1, 1, 1));
    assert_eq!(summary.left_out, vec![(lost.id, "texte disparu du document".to_owned())]);
    assert_valid(&unzip(&bytes)["project.qde"], "Project.xsd");
}

#[test]
fn a_qdc_codebook_is_valid_with_accented_arabic_and_chinese_names() {
    let mut tags = TagSet::wsis_default();
    for (id, label, description) in [
        ("societe-civile", "Société civile & ONG", "Acteurs « non étatiques »"),
        ("hukuma", "الحكومات", "الدول الأعضاء"),
        ("zhengfu", "政府", ""),
    ] {
        let tag = glosa::model::Tag {
            id: TagId::new(id).unwrap(),
            label: label.to_owned(),
            description: description.to_owned(),
            color: glosa::model::Color::from_hex("#1f77b4").unwrap(),
            shortcut: None,
        };
        tags.insert(tags.tags().len(), tag);
    }
    let mut out = Vec::new();
    refi::write_qdc(&mut out, &tags).unwrap();
    assert_valid(&out, "Codebook.xsd");
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("name=\"Société civile &amp; ONG\""));
    assert!(text.contains("name=\"الحكومات\""));
    assert!(text.contains("name=\"政府\" isCodable=\"true\" color=\"#1f77b4\"/>"));
    assert_eq!(text.matches("<Code ").count(), tags.tags().len());
    let mut empty = Vec::new();
    assert!(matches!(refi::write_qdc(&mut empty, &TagSet::from_tags(Vec::new())), Err(refi::RefiExportError::NoCodes)));
}

#[test]
fn the_schema_check_can_fail() {
    // A selection without its required endPosition is refused by the validator.
    let bad = br#"<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="00000000-0000-0000-0000-000000000001" plainTextPath="internal://a.txt"><PlainTextSelection guid="00000000-0000-0000-0000-000000000002" startPosition="0"/></TextSource></Sources></Project>"#;
    let result = std::panic::catch_unwind(|| assert_valid(bad, "Project.xsd"));
    assert!(result.is_err());
}

#[test]
fn glosa_export_writes_a_qdpx_and_a_qdc_from_annotation_files() {
    let dir = tempfile::tempdir().unwrap();
    let document = dir.path().join("udhr_fra.txt");
    std::fs::copy(corpus("udhr_fra.txt"), &document).unwrap();
    let annotations = dir.path().join("udhr_fra.glosa.ron");
    let glosa = || assert_cmd::Command::cargo_bin("glosa").unwrap();
    glosa()
        .args(["annotate"])
        .arg(&document)
        .arg("--annotations")
        .arg(&annotations)
        .args([
            "--tag",
            "governments",
            "--quote",
            "les États Membres se sont engagés",
            "--note",
            "Engagement",
            "--author",
            "Ana",
        ])
        .assert()
        .success();
    let qdpx = dir.path().join("udhr.qdpx");
    glosa().arg("export").arg(&annotations).args(["--format", "qdpx", "-o"]).arg(&qdpx).assert().success();
    let entries = unzip(&std::fs::read(&qdpx).unwrap());
    assert_valid(&entries["project.qde"], "Project.xsd");
    let qde = String::from_utf8(entries["project.qde"].clone()).unwrap();
    let found = selections(&qde);
    assert_eq!(found.len(), 1);
    let (_, start, end, source) = &found[0];
    let text = String::from_utf8(entries[&format!("sources/{source}.txt")].clone()).unwrap();
    assert_eq!(chars(&text, *start, *end), "les États Membres se sont engagés");
    assert!(qde.contains("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"udhr\""));
    // Standard output is refused for a ZIP; a codebook goes there fine.
    glosa().arg("export").arg(&annotations).args(["--format", "qdpx"]).assert().failure().code(2);
    let qdc = glosa().arg("export").arg(&annotations).args(["--format", "qdc"]).assert().success();
    assert_valid(&qdc.get_output().stdout, "Codebook.xsd");
}

#[test]
fn the_apps_export_writes_qdpx_and_qdc_through_the_session() {
    use glosa::export::Format;
    let dir = tempfile::tempdir().unwrap();
    let document = dir.path().join("udhr_fra.txt");
    std::fs::copy(corpus("udhr_fra.txt"), &document).unwrap();
    let annotations = dir.path().join("udhr_fra.glosa.ron");
    assert_cmd::Command::cargo_bin("glosa")
        .unwrap()
        .arg("annotate")
        .arg(&document)
        .arg("--annotations")
        .arg(&annotations)
        .args(["--tag", "civil-society", "--quote", "Tous les êtres humains naissent libres", "--author", "Ana"])
        .assert()
        .success();
    let session = glosa::session::Session::open_annotations(&annotations).unwrap();
    assert!(Format::ALL.contains(&Format::Qdpx) && Format::ALL.contains(&Format::Qdc));
    assert_eq!((Format::Qdpx.extension(), Format::Qdc.extension()), ("qdpx", "qdc"));
    let qdpx = dir.path().join("out.qdpx");
    assert_eq!(session.export_to(&qdpx, Format::Qdpx, None, &[]).unwrap(), 1);
    let entries = unzip(&std::fs::read(&qdpx).unwrap());
    assert_valid(&entries["project.qde"], "Project.xsd");
    let qde = String::from_utf8(entries["project.qde"].clone()).unwrap();
    let (_, start, end, source) = &selections(&qde)[0];
    let text = String::from_utf8(entries[&format!("sources/{source}.txt")].clone()).unwrap();
    assert_eq!(chars(&text, *start, *end), "Tous les êtres humains naissent libres");
    let qdc = dir.path().join("out.qdc");
    session.export_to(&qdc, Format::Qdc, None, &[]).unwrap();
    assert_valid(&std::fs::read(&qdc).unwrap(), "Codebook.xsd");
}
