//! `glosa import FILE.json`: W3C Web Annotation JSON (Glosa's own exports,
//! Hypothesis API search results) placed on a document by quote and context.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use glosa::export::source_map::SourceText;
use glosa::import::web_annotation::{self, Placement};
use glosa::model::{AnnotationSet, Annotations, Document, TagId, TagSet, Timestamp};
use glosa::persist::annotations;

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const EXAMPLE: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";

fn glosa() -> Command {
    Command::cargo_bin("glosa").unwrap()
}

fn stdout(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_glosa_export_imports_back_into_the_same_annotations_and_twice_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("ejemplo.jsonld");
    stdout(glosa().args(["export", "--format", "json", "-o"]).arg(&json).arg(repo(EXAMPLE)));
    let copy = dir.path().join("copia.glosa.ron");
    let report = stdout(glosa().arg("import").arg(&json).arg("--annotations").arg(&copy).arg("--allow-outside-folder"));
    assert!(
        report.ends_with(&format!(
            "imported 10 annotations into {}: 10 placed, 0 moved (need review), 0 orphaned\n",
            copy.display()
        )),
        "{report}"
    );
    // The document comes from the export's file: IRI (outside the temp folder, so
    // only with --allow-outside-folder); everything else from the JSON.
    let original = annotations::load(&repo(EXAMPLE)).unwrap();
    let imported = annotations::load(&copy).unwrap();
    assert_eq!(imported.annotations, original.annotations);
    assert_eq!(imported.tags, original.tags);
    assert_eq!(imported.document.fingerprint, original.document.fingerprint);

    let again = stdout(glosa().arg("import").arg(&json).arg("--annotations").arg(&copy).arg("--allow-outside-folder"));
    assert!(again.trim_end().ends_with("0 orphaned; 10 already in the file, skipped"), "{again}");
    assert_eq!(annotations::load(&copy).unwrap().annotations, original.annotations);
}

/// A Hypothesis search result for the bundled brief annotated as a web page
/// (`tests/w3c/hypothesis/wtpf13-search.json`, in the shape of the Hypothesis API's
/// `/api/search` rows): quotes taken from the page's text (single spaces where
/// the file breaks lines), positions in UTF-16 code units of that page.
#[test]
fn hypothesis_search_results_are_placed_by_quote_and_context_with_quotes_intact() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("hypothesis.glosa.ron");
    let report = stdout(
        glosa()
            .arg("import")
            .arg(repo("tests/w3c/hypothesis/wtpf13-search.json"))
            .arg("--document")
            .arg(repo(SAMPLE))
            .arg("--annotations")
            .arg(&file),
    );
    let lines: Vec<&str> = report.lines().collect();
    assert!(
        lines
            .last()
            .unwrap()
            .ends_with(": 2 placed, 1 moved (need review), 2 orphaned; 1 reply added to notes; new tags: wsis-20"),
        "{report}"
    );
    let saved = annotations::load(&file).unwrap();
    let by_note = |needle: &str| saved.annotations.iter().find(|a| a.note.contains(needle)).unwrap();

    let governments = by_note("Tunis Agenda ¶69");
    assert_eq!(governments.author, "Ana Pérez");
    assert_eq!(governments.created, "2024-03-12T09:14:22.318412Z".parse::<Timestamp>().unwrap());
    assert_eq!(governments.segments[0].paragraph.as_str(), "p-e038927b0c1f", "¶2");
    assert_eq!(governments.quote(), "que permita a los gobiernos cumplir en igualdad de condiciones su papel");
    assert_eq!(governments.tags.iter().map(TagId::as_str).collect::<Vec<_>>(), ["governments"]);
    assert!(governments.note.ends_with("\n\n— Jean-Marc Lefèvre, 2024-03-12: Agreed: compare with ¶71."));

    let stakeholders = saved.annotations.iter().find(|a| a.tags.contains(&TagId::new("wsis-20").unwrap())).unwrap();
    assert_eq!(stakeholders.segments[0].paragraph.as_str(), "p-ab070365550e", "¶3, after “implicará a”");
    assert_eq!(stakeholders.segments[0].prefix, " trimestre de 2006, implicará a ");
    assert_eq!(
        stakeholders.tags.iter().map(TagId::as_str).collect::<Vec<_>>(),
        ["civil-society", "wsis-20"],
        "`civil society` is the codebook's Civil society; WSIS+20 is new"
    );
    let new_tag = saved.tags.get(&TagId::new("wsis-20").unwrap()).unwrap();
    assert_eq!(new_tag.label, "WSIS+20");

    let orphan = by_note("2012 draft");
    assert_eq!(orphan.quote(), "los Estados miembros examinarán el informe del Grupo de Trabajo");
    assert_eq!(orphan.segments[0].prefix, "En su próxima reunión, ");
    let page_note = by_note("Background brief");
    assert_eq!(page_note.quote(), "");
    assert_eq!(page_note.tags.iter().map(TagId::as_str).collect::<Vec<_>>(), ["intergovernmental-organizations"]);

    assert!(lines.iter().any(|l| l.starts_with("moved ") && l.contains("“cooperación mejorada”")), "{report}");
    assert_eq!(saved.annotations.len(), 5);

    // `glosa check` right after says what the import said: the ambiguous quote
    // (no context, several occurrences) was placed on a guess, in ¶1, and needs
    // review; the two placed ones are anchored.
    let output = glosa().arg("check").arg(&file).arg("--allow-outside-folder").output().unwrap();
    let check = String::from_utf8(output.stdout).unwrap();
    let line = |quote: &str| check.lines().find(|l| l.contains(quote)).unwrap_or_default().to_owned();
    assert!(line("“cooperación mejorada”").starts_with("moved     ¶1 "), "{check}");
    assert!(line("“cooperación mejorada”").ends_with("(context changed)"), "{check}");
    assert!(line("“todas las partes interesadas”").starts_with("anchored  ¶3 "), "{check}");
    assert!(line("“que permita a los gobiernos").starts_with("anchored  ¶2 "), "{check}");
    assert!(check.ends_with("2 anchored, 1 moved, 2 orphaned\n"), "{check}");
}

fn plan_on(text: &str, name: &str, json: &str) -> web_annotation::ImportPlan {
    let document = Document::parse(text.as_bytes().to_vec(), name).unwrap();
    let reading = SourceText::from_bytes(text.as_bytes().to_vec(), &document);
    let set = AnnotationSet { tags: TagSet::wsis_default(), annotations: Annotations::default() };
    let incoming = web_annotation::read(json.as_bytes()).unwrap();
    web_annotation::plan(&incoming, &document, reading.as_ref(), &set, "2026-01-01T00:00:00Z".parse().unwrap(), "Ana")
}

#[test]
fn a_position_in_utf16_code_units_is_used_only_where_the_quote_is() {
    // `firemen` twice with the same context; the position (UTF-16, after the
    // firefighter emoji's 7 code units) names the second.
    let text = "👨🏻‍🚒 firemen drive.\n\n👨🏻‍🚒 firemen drive.\n";
    let second_utf16 = "👨🏻‍🚒 firemen drive.\n\n👨🏻‍🚒 ".encode_utf16().count();
    let annotation = |start: usize| {
        format!(
            r#"{{"id": "h1", "created": "2024-01-01T00:00:00Z", "target": [{{"selector": [
                {{"type": "TextPositionSelector", "start": {start}, "end": {}}},
                {{"type": "TextQuoteSelector", "exact": "firemen", "prefix": "", "suffix": ""}}]}}]}}"#,
            start + 7
        )
    };
    let plan = plan_on(text, "x.txt", &annotation(second_utf16));
    assert_eq!(plan.annotations[0].1, Placement::Placed);
    assert_eq!(plan.annotations[0].0.segments[0].paragraph.as_str().len(), 16, "the second paragraph's ID has -2");
    // A position where the quote is not is not trusted: two equal candidates.
    let plan = plan_on(text, "x.txt", &annotation(3));
    assert_eq!(plan.annotations[0].1, Placement::Moved);
}

#[test]
fn markdown_positions_from_a_glosa_export_place_exactly() {
    let text = "# Enhanced *cooperation*\n\nThe **Tunis** [Agenda](https://example.org/s) ¶69 &amp; more.\n";
    let json = r#"{"type": "Annotation", "id": "urn:glosa:annotation:01M8KFV7G8G8ARKYP14MC9KWEY",
        "created": "2026-11-29T11:08:05Z",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Gobiernos", "glosa:tag": "governments"}],
        "target": [{"type": "SpecificResource", "source": {"id": "file:///x.md"}, "selector": [
            {"type": "TextQuoteSelector", "exact": "Tunis** [Agenda", "prefix": "Enhanced *cooperation*\n\nThe **", "suffix": "](https"},
            {"type": "TextPositionSelector", "start": 32, "end": 47}]}]}"#;
    let plan = plan_on(text, "x.md", json);
    let (annotation, placement) = &plan.annotations[0];
    assert_eq!(*placement, Placement::Placed);
    assert_eq!(annotation.quote(), "Tunis Agenda");
    assert_eq!(annotation.id.to_string(), "01M8KFV7G8G8ARKYP14MC9KWEY");
    assert_eq!(annotation.tags.iter().map(TagId::as_str).collect::<Vec<_>>(), ["governments"]);
    assert!(plan.new_tags.is_empty());
}

#[test]
fn bad_files_get_one_line_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.glosa.ron");
    let deep = "[".repeat(100_000);
    let cases: [(&str, &[u8], &str); 5] = [
        ("hondo.json", deep.as_bytes(), "not JSON (recursion limit exceeded"),
        ("roto.json", b"{\"rows\": [", "not JSON"),
        ("vacio.json", b"{\"hello\": 1}", "no Web Annotations in it"),
        (
            "paginas.json",
            br#"{"type": "AnnotationCollection", "first": "https://example.org/page1"}"#,
            "pages are not embedded",
        ),
        ("proyecto.qdpx", b"PK\x03\x04", "not a readable QDPX project"),
    ];
    for (name, bytes, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let output = glosa()
            .arg("import")
            .arg(&path)
            .arg("--document")
            .arg(repo(SAMPLE))
            .arg("--annotations")
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(message) && stderr.trim_end().ends_with(name), "{stderr}");
    }
    assert!(!out.exists(), "nothing written on error");
}
