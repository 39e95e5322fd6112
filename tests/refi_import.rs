//! REFI-QDA import: projects as NVivo, ATLAS.ti and MAXQDA write them (each
//! fixture built here to match the exporter's observed behaviour: see
//! `tests/refi-qda/README.md`), codebooks, round trips and hostile archives.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use glosa::persist::annotations::{self, AnnotationFile};

fn glosa() -> Command {
    Command::cargo_bin("glosa").unwrap()
}

/// A ZIP with these entries, stored as given.
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        writer.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// Runs `glosa import FILE --into DIR`; returns stdout, asserting success.
fn import_into(file: &Path, dir: &Path) -> String {
    let output = glosa().arg("import").arg(file).arg("--into").arg(dir).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn load(path: &Path) -> AnnotationFile {
    annotations::load(path).unwrap()
}

/// (quote, tag labels, author, note) of every annotation, sorted by quote.
fn summary(file: &AnnotationFile) -> Vec<(String, Vec<String>, String, String)> {
    let mut out: Vec<_> = file
        .annotations
        .iter()
        .map(|a| {
            let labels =
                a.tags.iter().map(|t| file.tags.get(t).map_or(t.as_str(), |t| t.label.as_str()).to_owned()).collect();
            (a.quote(), labels, a.author.clone(), a.note.clone())
        })
        .collect();
    out.sort();
    out
}

const G_SOURCE: &str = "11111111-1111-1111-1111-111111111111";
const G_ANA: &str = "A0000000-0000-0000-0000-00000000000A";
const G_LI: &str = "B0000000-0000-0000-0000-00000000000B";

/// NVivo 12: `Sources/`, a BOM, CRLF, positions in UTF-16 code units (an astral
/// emoji 🤝 and a flag before the coded spans), a nested codebook, a note, and an
/// element the standard does not have.
fn nvivo() -> Vec<u8> {
    let text = "\u{FEFF}Contribución del Gobierno de España 🇪🇸\r\n\r\nLa cooperación reforzada 🤝 debe incluir a la sociedad civil.\r\n\r\nLos gobiernos 🏛️ desempeñan un papel central.";
    let qde = format!(
        r##"<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<Project name="Consulta" origin="NVivo 12" xmlns="urn:QDA-XML:project:1.0">
  <Users><User guid="{G_ANA}" name="Ana Pérez"/><User guid="{G_LI}" name="Li Hua"/></Users>
  <CodeBook><Codes>
    <Code guid="C0000000-0000-0000-0000-000000000001" name="Actores" isCodable="false">
      <Code guid="C0000000-0000-0000-0000-000000000002" name="Sociedad civil organizada" isCodable="true" color="#1f77b4"><Description>ONG y asociaciones</Description></Code>
      <Code guid="C0000000-0000-0000-0000-000000000003" name="Gobiernos nacionales" isCodable="true" color="#D62"/>
    </Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{G_SOURCE}" name="espana.docx" plainTextPath="internal://{G_SOURCE}.txt">
      <PlainTextSelection guid="5E000000-0000-0000-0000-000000000001" name="la sociedad civil" startPosition="87" endPosition="104" creatingUser="{G_ANA}" creationDateTime="2026-11-20T10:00:00Z">
        <Coding guid="CD000000-0000-0000-0000-000000000001" creatingUser="{G_ANA}"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000002"/></Coding>
        <NoteRef targetGUID="40000000-0000-0000-0000-000000000001"/>
      </PlainTextSelection>
      <PlainTextSelection guid="5E000000-0000-0000-0000-000000000002" name="papel central" startPosition="141" endPosition="154" creatingUser="{G_LI}" creationDateTime="2026-11-21T10:00:00Z">
        <Coding guid="CD000000-0000-0000-0000-000000000002" creatingUser="{G_LI}"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000003"/></Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="5E000000-0000-0000-0000-000000000003" name="" startPosition="0" endPosition="12" creatingUser="{G_ANA}" creationDateTime="2026-11-22T10:00:00Z">
        <Coding guid="CD000000-0000-0000-0000-000000000003"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000003"/></Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
  <Notes><Note guid="40000000-0000-0000-0000-000000000001" name="nota"><PlainTextContent>Ver el ¶35 &amp; el ¶36 de Túnez.</PlainTextContent></Note></Notes>
  <NVivoExtra foo="bar"><Inner/></NVivoExtra>
</Project>"##
    );
    let source = format!("Sources/{G_SOURCE}.txt");
    zip(&[("project.qde", qde.as_bytes()), (&source, text.as_bytes())])
}

/// ATLAS.ti: the `.qde` named after the project, the namespace bound to a prefix,
/// a CRLF source whose line breaks the positions count as one.
fn atlas() -> Vec<u8> {
    let text = "Consulta pública\r\n\r\nEl sector privado invierte en infraestructura.\r\n\r\nLa comunidad técnica y académica mantiene los protocolos.\r\n\r\nLos gobiernos fijan las políticas públicas.";
    let selection = |n: u32, start: u32, end: u32, code: u32| {
        format!(
            r#"<qda:PlainTextSelection guid="5E000000-0000-0000-0000-00000000000{n}" name="" startPosition="{start}" endPosition="{end}" creatingUser="{G_ANA}"><qda:Coding guid="CD000000-0000-0000-0000-00000000000{n}"><qda:CodeRef targetGUID="C0000000-0000-0000-0000-00000000000{code}"/></qda:Coding></qda:PlainTextSelection>"#
        )
    };
    let qde = format!(
        r##"<?xml version="1.0" encoding="utf-8"?>
<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" name="Consulta WSIS" origin="ATLAS.ti 23">
<qda:Users><qda:User guid="{G_ANA}" name="Ana Pérez"/></qda:Users>
<qda:CodeBook><qda:Codes>
<qda:Code guid="C0000000-0000-0000-0000-000000000001" name="Sector privado" isCodable="true" color="#ff7f0e"/>
<qda:Code guid="C0000000-0000-0000-0000-000000000002" name="Comunidad técnica" isCodable="true"/>
<qda:Code guid="C0000000-0000-0000-0000-000000000003" name="Políticas" isCodable="true"/>
</qda:Codes></qda:CodeBook>
<qda:Sources><qda:TextSource guid="{G_SOURCE}" name="consulta.txt" plainTextPath="internal://{G_SOURCE}.txt">
{}
{}
{}
</qda:TextSource></qda:Sources>
</qda:Project>"##,
        selection(1, 21, 35, 1),
        selection(2, 69, 98, 2),
        selection(3, 149, 167, 3),
    );
    let source = format!("sources/{G_SOURCE}.txt");
    zip(&[("Consulta WSIS.qde", qde.as_bytes()), (&source, text.as_bytes())])
}

/// MAXQDA: lowercase `sources/`, CRLF, code points; Chinese and Arabic code
/// names in a hierarchy, a code that is an existing tag's name in other case,
/// and a selection past the end of the text.
fn maxqda() -> Vec<u8> {
    let text = "政府的作用\r\n\r\n各国政府在互联网治理中发挥作用。\r\n\r\nالمجتمع المدني يشارك في الحوار.\r\n\r\nLe secteur privé investit.";
    let selection = |n: u32, name: &str, start: u32, end: u32, code: u32| {
        format!(
            r#"<PlainTextSelection guid="5E000000-0000-0000-0000-00000000000{n}" name="{name}" startPosition="{start}" endPosition="{end}" creatingUser="{G_LI}"><Coding guid="CD000000-0000-0000-0000-00000000000{n}"><CodeRef targetGUID="C0000000-0000-0000-0000-00000000000{code}"/></Coding></PlainTextSelection>"#
        )
    };
    let qde = format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Gobernanza" origin="MAXQDA 2022">
<Users><User guid="{G_LI}" name="李华"/></Users>
<CodeBook><Codes>
<Code guid="C0000000-0000-0000-0000-000000000001" name="治理" isCodable="true" color="#2ca02c">
<Code guid="C0000000-0000-0000-0000-000000000002" name="互联网治理" isCodable="true"/>
</Code>
<Code guid="C0000000-0000-0000-0000-000000000003" name="المجتمع المدني" isCodable="true"/>
<Code guid="C0000000-0000-0000-0000-000000000004" name="PRIVATE SECTOR" isCodable="true"/>
</Codes></CodeBook>
<Sources><TextSource guid="{G_SOURCE}" name="gobernanza.txt" plainTextPath="internal://{G_SOURCE}.txt">
{}
{}
{}
{}
</TextSource></Sources>
</Project>"##,
        selection(1, "", 14, 19, 2),
        selection(2, "", 29, 43, 3),
        selection(3, "", 67, 80, 4),
        selection(4, "texto perdido", 500, 513, 1),
    );
    let source = format!("sources/{G_SOURCE}.txt");
    zip(&[("project.qde", qde.as_bytes()), (&source, text.as_bytes())])
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn an_nvivo_project_comes_in_on_the_exact_text_counted_in_utf16() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "consulta.qdpx", &nvivo());
    let into = dir.path().join("proyecto");
    let report = import_into(&file, &into);
    assert!(
        report.contains("positions in UTF-16 code units; 3 codings: 3 placed, 0 moved (need review), 0 orphaned"),
        "{report}"
    );
    assert!(report.contains("not imported: 1 <NVivoExtra> (not part of REFI-QDA 1.5)"), "{report}");
    // The text is written as it came (BOM, CRLF), as `espana.txt`.
    assert!(std::fs::read(into.join("espana.txt")).unwrap().starts_with("\u{FEFF}Contribución".as_bytes()));
    let file = load(&into.join("espana.glosa.ron"));
    assert_eq!(
        summary(&file),
        vec![
            ("Contribución".to_owned(), vec!["Gobiernos nacionales".to_owned()], "Ana Pérez".to_owned(), String::new()),
            (
                "la sociedad civil".to_owned(),
                vec!["Sociedad civil organizada".to_owned()],
                "Ana Pérez".to_owned(),
                "Ver el ¶35 & el ¶36 de Túnez.".to_owned()
            ),
            ("papel central".to_owned(), vec!["Gobiernos nacionales".to_owned()], "Li Hua".to_owned(), String::new()),
        ]
    );
    let civil = file.tags.tags().iter().find(|t| t.label == "Sociedad civil organizada").unwrap();
    assert_eq!(civil.color.to_hex().to_ascii_lowercase(), "#1f77b4");
    assert_eq!(civil.description, "ONG y asociaciones\n(under Actores)");
    let governments = file.tags.tags().iter().find(|t| t.label == "Gobiernos nacionales").unwrap();
    assert_eq!(governments.color.to_hex().to_ascii_lowercase(), "#dd6622");
    // Importing again adds nothing.
    let again = import_into(dir.path().join("consulta.qdpx").as_path(), &into);
    assert!(again.contains("3 already in the file, skipped"), "{again}");
    assert_eq!(load(&into.join("espana.glosa.ron")).annotations.len(), 3);
}

#[test]
fn an_atlas_ti_project_counts_a_line_break_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "consulta.qdpx", &atlas());
    let report = import_into(&file, dir.path());
    assert!(report.contains("positions in code points, line break = 1; 3 codings: 3 placed"), "{report}");
    let quotes: Vec<String> = summary(&load(&dir.path().join("consulta.glosa.ron"))).into_iter().map(|s| s.0).collect();
    assert_eq!(quotes, ["comunidad técnica y académica", "políticas públicas", "sector privado"]);
}

#[test]
fn a_maxqda_project_keeps_chinese_and_arabic_codes_links_a_known_tag_and_lists_a_misfit() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "gobernanza.qdpx", &maxqda());
    let report = import_into(&file, dir.path());
    assert!(
        report.contains("positions in code points; 4 codings: 3 placed, 0 moved (need review), 1 orphaned"),
        "{report}"
    );
    assert!(report.contains("code “PRIVATE SECTOR” linked to the existing tag private-sector"), "{report}");
    assert!(
        report.contains("misfit    5E000000-0000-0000-0000-000000000004  position 500..513 does not fit the text"),
        "{report}"
    );
    let file = load(&dir.path().join("gobernanza.glosa.ron"));
    let rows = summary(&file);
    assert_eq!(
        rows.iter().map(|r| (r.0.as_str(), r.1[0].as_str())).collect::<Vec<_>>(),
        [
            ("secteur privé", "Private sector"),
            ("texto perdido", "治理"),
            ("المجتمع المدني", "المجتمع المدني"),
            ("互联网治理", "互联网治理"),
        ]
    );
    assert!(rows.iter().all(|r| r.2 == "李华"));
    // Two codes whose slugs are both `tag` stay two tags.
    let labels: Vec<&str> = file.tags.tags().iter().map(|t| t.label.as_str()).collect();
    for name in ["治理", "互联网治理", "المجتمع المدني"] {
        assert_eq!(labels.iter().filter(|l| **l == name).count(), 1, "{name}");
    }
    assert!(!labels.contains(&"PRIVATE SECTOR"));
}

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

/// An annotation file on a copy of `udhr_fra.txt` in `dir`: Ana's highlight with
/// two tags and a note, Jean-Marc's across two paragraphs, and one with no tag.
fn glosa_file(dir: &Path) -> PathBuf {
    use glosa::model::{
        Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Segment, TagId, TagSet,
    };
    let document = dir.join("udhr_fra.txt");
    std::fs::copy(corpus("udhr_fra.txt"), &document).unwrap();
    let doc = Document::parse(std::fs::read(&document).unwrap(), "udhr_fra.txt").unwrap();
    let on = |quote: &str| {
        let (index, p) = doc.paragraphs().iter().enumerate().find(|(_, p)| doc.text_of(p).contains(quote)).unwrap();
        let text = doc.text_of(p);
        let start = text[..text.find(quote).unwrap()].chars().count();
        Segment::new(&doc, index, CharOffset(start), CharOffset(start + quote.chars().count())).unwrap()
    };
    let heading = doc.paragraphs().iter().position(|p| doc.text_of(p) == "Article premier").unwrap();
    let make = |ms: u64, author: &str, segments: Vec<Segment>, tags: &[&str], note: &str| {
        let created = glosa::model::Timestamp::from_millisecond(i64::try_from(ms).unwrap()).unwrap();
        Annotation {
            id: AnnotationId::from_parts(ms, 0x1234_5678_9abc_def0_1234),
            segments,
            tags: tags.iter().map(|t| TagId::new(t).unwrap()).collect(),
            note: note.to_owned(),
            author: author.to_owned(),
            created,
            modified: created,
        }
    };
    let annotations = vec![
        make(
            1_764_000_000_000,
            "Ana Pérez",
            vec![on("les États Membres se sont engagés")],
            &["governments", "civil-society"],
            "Engagement.\nVoir l’article 56 & <55>.",
        ),
        make(
            1_764_000_100_000,
            "Jean-Marc Lefèvre",
            vec![
                Segment::new(&doc, heading, CharOffset(0), CharOffset(15)).unwrap(),
                Segment::new(&doc, heading + 1, CharOffset(0), CharOffset(31)).unwrap(),
            ],
            &["international-organizations"],
            "",
        ),
        make(1_764_000_200_000, "Ana Pérez", vec![on("dignité")], &[], "sans étiquette"),
    ];
    let set = AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::from_vec(annotations) };
    let path = dir.join("udhr_fra.glosa.ron");
    let reference = annotations::DocumentRef::new(&doc, &document, &path);
    annotations::save(&path, &AnnotationFile::new(reference, &set, Some(&doc))).unwrap();
    path
}

#[test]
fn glosa_to_qdpx_to_glosa_gives_the_same_annotations() {
    let dir = tempfile::tempdir().unwrap();
    let original_path = glosa_file(dir.path());
    let original = load(&original_path);
    let qdpx = dir.path().join("udhr.qdpx");
    glosa().arg("export").arg(&original_path).args(["--format", "qdpx", "-o"]).arg(&qdpx).assert().success();
    let into = dir.path().join("back");
    let report = import_into(&qdpx, &into);
    assert!(
        report.contains("positions in code points; 3 codings: 3 placed, 0 moved (need review), 0 orphaned"),
        "{report}"
    );
    let back = load(&into.join("udhr_fra.glosa.ron"));
    assert_eq!(back.document.fingerprint, original.document.fingerprint, "the same text, the same paragraphs");
    let key = |f: &AnnotationFile| {
        let mut v: Vec<_> = f
            .annotations
            .iter()
            .map(|a| {
                (a.id, a.segments.clone(), a.tags.clone(), a.note.clone(), a.author.clone(), a.created, a.modified)
            })
            .collect();
        v.sort_by_key(|t| t.0);
        v
    };
    assert_eq!(key(&back), key(&original));
    let across = back.annotations.iter().find(|a| a.author == "Jean-Marc Lefèvre").unwrap();
    assert_eq!(across.segments.len(), 2, "the highlight across paragraphs is two segments again");
    // The tags came back as the same tags, not duplicates.
    assert_eq!(back.tags, original.tags);
}

#[test]
fn another_tools_qdpx_to_glosa_to_qdpx_keeps_every_codings_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "consulta.qdpx", &nvivo());
    let into = dir.path().join("p");
    import_into(&file, &into);
    let out = dir.path().join("again.qdpx");
    glosa()
        .arg("export")
        .arg(into.join("espana.glosa.ron"))
        .args(["--format", "qdpx", "-o"])
        .arg(&out)
        .assert()
        .success();
    let mut archive = zip::ZipArchive::new(Cursor::new(std::fs::read(&out).unwrap())).unwrap();
    let mut qde = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("project.qde").unwrap(), &mut qde).unwrap();
    let project = glosa::import::refi::read(&std::fs::read(&out).unwrap()).unwrap();
    let source = &project.sources[0];
    let text = String::from_utf8(source.bytes.clone().unwrap()).unwrap();
    let mut texts: Vec<String> = source
        .selections
        .iter()
        .map(|s| text.chars().skip(s.start as usize).take((s.end - s.start) as usize).collect())
        .collect();
    texts.sort();
    assert_eq!(texts, ["Contribución", "la sociedad civil", "papel central"]);
    assert!(qde.contains("name=\"Sociedad civil organizada\""));
}

#[test]
fn a_qdc_codebook_becomes_tags_linking_a_known_name() {
    let dir = tempfile::tempdir().unwrap();
    let annotations_path = glosa_file(dir.path());
    let qdc = r##"<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder 3.6"><Codes>
<Code guid="C0000000-0000-0000-0000-000000000001" name="Société civile organisée" isCodable="true" color="#123456"><Description>ONG</Description></Code>
<Code guid="C0000000-0000-0000-0000-000000000002" name="CIVIL society" isCodable="true"/>
<Code guid="C0000000-0000-0000-0000-000000000003" name="الحكومات" isCodable="true"/>
<Code guid="C0000000-0000-0000-0000-000000000004" name="政府" isCodable="true"/>
</Codes></CodeBook>"##;
    let book = write(dir.path(), "book.qdc", format!("\u{FEFF}{qdc}").as_bytes());
    let output = glosa().arg("import").arg(&book).arg("--annotations").arg(&annotations_path).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(report.contains("code “CIVIL society” linked to the existing tag civil-society"), "{report}");
    assert!(report.contains("imported 4 codes into"), "{report}");
    let file = load(&annotations_path);
    let labels: Vec<&str> = file.tags.tags().iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels[labels.len() - 3..], ["Société civile organisée", "الحكومات", "政府"]);
    assert_eq!(file.tags.tags().len(), TagSetLen::wsis() + 3);
    assert_eq!(file.annotations.len(), 3, "the annotations are untouched");
}

struct TagSetLen;
impl TagSetLen {
    fn wsis() -> usize {
        glosa::model::TagSet::wsis_default().tags().len()
    }
}

/// Runs `glosa import` on `bytes` and returns (exit code, stderr).
fn refused(bytes: &[u8]) -> (i32, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "hostile.qdpx", bytes);
    let output = glosa().arg("import").arg(&file).arg("--into").arg(dir.path().join("out")).output().unwrap();
    (output.status.code().unwrap(), String::from_utf8(output.stderr).unwrap(), dir)
}

#[test]
fn zip_entries_leading_outside_are_refused_and_nothing_is_written() {
    for name in ["../evil.txt", "sources/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "\\evil.txt"] {
        let bytes = zip(&[("project.qde", br#"<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>"#), (name, b"x")]);
        let (code, stderr, dir) = refused(&bytes);
        assert_eq!(code, 2, "{name}");
        assert!(stderr.contains("leads outside its folder (absolute or ..); refused"), "{name}: {stderr}");
        assert!(stderr.ends_with("hostile.qdpx\n"), "{stderr}");
        assert_eq!(stderr.lines().count(), 1);
        assert!(!dir.path().join("out").exists());
        assert!(!dir.path().join("evil.txt").exists());
    }
}

#[test]
fn a_source_name_with_a_path_is_written_inside_the_folder() {
    let qde = format!(
        r#"<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="{G_SOURCE}" name="../../escaped.txt" plainTextPath="internal://{G_SOURCE}.txt"/></Sources></Project>"#
    );
    let source = format!("sources/{G_SOURCE}.txt");
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "p.qdpx", &zip(&[("project.qde", qde.as_bytes()), (&source, b"Texto de prueba.")]));
    let into = dir.path().join("a").join("b");
    import_into(&file, &into);
    assert!(into.join("escaped.txt").is_file());
    assert!(!dir.path().join("escaped.txt").exists());
}

#[test]
fn a_zip_bomb_is_refused_with_one_line() {
    // `tests/refi-qda/bomb.qdpx`: 256 KiB holding a project.qde of 257 MiB of spaces.
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/refi-qda/bomb.qdpx")).unwrap();
    assert!(bytes.len() < 300 * 1024);
    let (code, stderr, _dir) = refused(&bytes);
    assert_eq!(code, 2);
    assert!(stderr.contains("project.qde expands to more than 256 MiB (a ZIP bomb?)"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn a_bomb_like_entry_is_refused_from_its_declared_ratio_before_it_is_inflated() {
    // 8 MiB of spaces deflate to about 8 KiB: a ratio of about 1000, over 200.
    let spaces = vec![b' '; 8 * 1024 * 1024];
    let bytes =
        zip(&[("project.qde", br#"<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>"#), ("sources/a.txt", &spaces)]);
    assert!(bytes.len() < 64 * 1024, "{}", bytes.len());
    let error = glosa::import::refi::read(&bytes).unwrap_err().to_string();
    assert!(error.contains(": sources/a.txt would expand 1028 times (8388608 bytes from 8158)"), "{error}");
    assert!(error.contains("times (8388608 bytes from "), "{error}");
    assert!(error.contains("over the limit of 200 (a ZIP bomb?)"), "{error}");
    let (code, stderr, dir) = refused(&bytes);
    assert_eq!(code, 2);
    assert!(stderr.contains("over the limit of 200 (a ZIP bomb?)") && stderr.ends_with("hostile.qdpx\n"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
    assert!(!dir.path().join("out").exists(), "nothing is written");
    // Under 1 MiB the ratio does not matter: 512 KiB of spaces are read.
    let small = vec![b' '; 512 * 1024];
    let bytes =
        zip(&[("project.qde", br#"<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>"#), ("sources/a.txt", &small)]);
    assert!(glosa::import::refi::read(&bytes).is_ok());
}

#[test]
fn too_many_entries_damaged_zips_and_bad_xml_are_one_line_errors() {
    let many: Vec<(String, Vec<u8>)> = (0..20_001).map(|i| (format!("sources/{i}.txt"), Vec::new())).collect();
    let refs: Vec<(&str, &[u8])> = many.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    let (code, stderr, _d) = refused(&zip(&refs));
    assert_eq!(code, 2);
    assert!(stderr.contains("over the limit of 20000"), "{stderr}");
    let (code, stderr, _d) = refused(b"PK\x03\x04 not really a zip");
    assert_eq!(code, 2);
    assert!(stderr.contains("the ZIP archive is damaged"), "{stderr}");
    let (code, stderr, _d) = refused(&zip(&[(
        "project.qde",
        b"<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Users></Sources></Project>",
    )]));
    assert_eq!(code, 2);
    assert!(stderr.contains("malformed XML in project.qde"), "{stderr}");
    let (code, stderr, _d) = refused(&zip(&[("notes.txt", b"hola")]));
    assert_eq!(code, 2);
    assert!(stderr.contains("no project.qde"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
}

/// A QDPX as NVivo writes one for a Word file (a `TextSource` with only a
/// `richTextPath`) and for two PDFs: one with a plain-text `Representation`
/// holding its codings, one coded by page area only (`PDFSelection`).
fn rich_sources_qdpx() -> Vec<u8> {
    let fixture =
        |name: &str| std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap();
    let docx = fixture("wtpf13_brief.es.docx");
    let pdf = fixture("wtpf13_brief.es.pdf");
    // Positions in the Word file's text as Glosa reads it (paragraphs joined by LF).
    let text = glosa::export::refi::plain_text(&glosa::import::docx::read_docx(&docx, "brief.docx").unwrap());
    let quote = "Agenda de Túnez (2005)";
    let start = text[..text.find(quote).unwrap()].chars().count();
    let end = start + quote.chars().count();
    let representation = "Informe del Foro.\nLos gobiernos cooperan.";
    let qde = format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Fuentes ricas" origin="NVivo 14">
  <Users><User guid="0A000000-0000-0000-0000-000000000001" name="ana"/></Users>
  <CodeBook><Codes><Code guid="0C000000-0000-0000-0000-000000000001" name="Gobiernos" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="05000000-0000-0000-0000-000000000001" name="wtpf13_brief.es.docx" richTextPath="internal://05000000-0000-0000-0000-000000000001.docx">
      <PlainTextSelection guid="5E000000-0000-0000-0000-000000000001" startPosition="{start}" endPosition="{end}" creatingUser="0A000000-0000-0000-0000-000000000001">
        <Coding guid="C0000000-0000-0000-0000-000000000001"><CodeRef targetGUID="0C000000-0000-0000-0000-000000000001"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PDFSource guid="05000000-0000-0000-0000-000000000002" name="wtpf13_brief.es.pdf" path="internal://05000000-0000-0000-0000-000000000002.pdf">
      <PDFSelection guid="5E000000-0000-0000-0000-000000000002" page="1" firstX="72" firstY="700" secondX="300" secondY="680" creatingUser="0A000000-0000-0000-0000-000000000001">
        <Coding guid="C0000000-0000-0000-0000-000000000002"><CodeRef targetGUID="0C000000-0000-0000-0000-000000000001"/></Coding>
      </PDFSelection>
    </PDFSource>
    <PDFSource guid="05000000-0000-0000-0000-000000000003" name="informe.pdf" path="internal://05000000-0000-0000-0000-000000000003.pdf">
      <Representation guid="05000000-0000-0000-0000-000000000004" name="informe" plainTextPath="internal://05000000-0000-0000-0000-000000000004.txt">
        <PlainTextSelection guid="5E000000-0000-0000-0000-000000000003" startPosition="22" endPosition="31" creatingUser="0A000000-0000-0000-0000-000000000001">
          <Coding guid="C0000000-0000-0000-0000-000000000003"><CodeRef targetGUID="0C000000-0000-0000-0000-000000000001"/></Coding>
        </PlainTextSelection>
      </Representation>
    </PDFSource>
  </Sources>
</Project>"#
    );
    zip(&[
        ("project.qde", qde.as_bytes()),
        ("sources/05000000-0000-0000-0000-000000000001.docx", &docx),
        ("sources/05000000-0000-0000-0000-000000000002.pdf", &pdf),
        ("sources/05000000-0000-0000-0000-000000000003.pdf", b"%PDF-1.4 not read: the representation is used"),
        ("sources/05000000-0000-0000-0000-000000000004.txt", representation.as_bytes()),
    ])
}

#[test]
fn word_and_pdf_sources_are_read_with_glosas_readers_and_pdf_areas_are_orphans_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let qdpx = write(dir.path(), "fuentes.qdpx", &rich_sources_qdpx());
    let project = glosa::session::refi::read_refi(&qdpx).unwrap();
    assert!(project.skipped.is_empty(), "{:?}", project.skipped);
    assert_eq!(project.sources.iter().map(|s| s.converted_from).collect::<Vec<_>>(), [Some("DOCX"), Some("PDF"), None]);
    let into = dir.path().join("out");
    let import =
        glosa::session::refi::import_project(&qdpx, &into, "ana", glosa::model::Timestamp::UNIX_EPOCH).unwrap();
    let counts: Vec<_> = import.sources.iter().map(|s| (s.name.as_str(), s.placed, s.moved, s.orphaned)).collect();
    assert_eq!(counts, [("wtpf13_brief.es.docx", 1, 0, 0), ("wtpf13_brief.es.pdf", 0, 0, 1), ("informe.pdf", 1, 0, 0)]);
    // The Word coding on its exact text, in ¶4 of the document as Glosa reads the Word file.
    let word = glosa::session::Session::open_annotations(import.sources[0].annotations.as_ref().unwrap()).unwrap();
    let coded: Vec<_> = word.set().annotations.iter().map(glosa::model::Annotation::quote).collect();
    assert_eq!(coded, ["Agenda de Túnez (2005)"]);
    assert_eq!(import.sources[0].document.as_ref().unwrap().file_name().unwrap(), "wtpf13_brief.es.txt");
    // The PDF's area selection: an orphan, with the reason and the area in its note.
    let misfit = &import.sources[1].misfits[0];
    assert_eq!(misfit.reason, "a PDF area selection (page 1, (72, 700)–(300, 680)) has no place in the text");
    let pdf = glosa::session::Session::open_annotations(import.sources[1].annotations.as_ref().unwrap()).unwrap();
    assert_eq!(pdf.set().annotations.iter().next().unwrap().note, "PDF area selection, page 1, (72, 700)–(300, 680)");
    assert!(
        std::fs::read_to_string(import.sources[1].document.as_ref().unwrap())
            .unwrap()
            .contains("ENTRE LOS RESULTADOS CLAVE")
    );
    // The PDF with a plain-text representation: its selection on that text.
    let informe = glosa::session::Session::open_annotations(import.sources[2].annotations.as_ref().unwrap()).unwrap();
    assert_eq!(informe.set().annotations.iter().next().unwrap().quote(), "gobiernos");
    // The CLI reports the orphan with its reason.
    let report = import_into(&qdpx, &dir.path().join("cli"));
    assert!(
        report.contains("a PDF area selection (page 1, (72, 700)–(300, 680)) has no place in the text"),
        "{report}"
    );
    assert!(report.contains("source “wtpf13_brief.es.pdf” → "), "{report}");
}

#[test]
fn a_word_source_that_cannot_be_read_is_named_with_why() {
    let qde = br#"<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>
<TextSource guid="05000000-0000-0000-0000-000000000001" name="roto.docx" richTextPath="internal://roto.docx"/>
<TextSource guid="05000000-0000-0000-0000-000000000002" name="falta.docx" richTextPath="internal://falta.docx"/>
</Sources></Project>"#;
    let bytes = zip(&[("project.qde", qde), ("sources/roto.docx", b"PK\x03\x04 not a docx")]);
    let project = glosa::import::refi::read(&bytes).unwrap();
    assert!(
        project.sources[0]
            .problem
            .as_deref()
            .unwrap()
            .starts_with("its DOCX file cannot be read (not a readable DOCX document")
    );
    assert_eq!(project.sources[1].problem.as_deref(), Some("its DOCX file is not in the archive"));
    let dir = tempfile::tempdir().unwrap();
    let report = import_into(&write(dir.path(), "x.qdpx", &bytes), &dir.path().join("out"));
    assert!(report.contains("source “falta.docx”: its DOCX file is not in the archive, not imported"), "{report}");
}
