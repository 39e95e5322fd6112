//! A Glosa project exchanged as a whole: `glosa export --project DIR --format
//! qdpx|qdc|json` and `glosa import FILE.qdpx --project DIR`, run as the real
//! binary on the project made from `tests/corpus/` (six documents with their
//! attributes, three analysts' coding, a sub-code). The QDPX and QDC are validated
//! against the vendored REFI-QDA 1.5 schemas with `xmllint`; the documents'
//! attributes travel as `Variable`s and `VariableValue`s and come back as
//! attributes; a document's `url` attribute names it in the W3C export.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;
mod project_support;

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;
use std::process::Output;

use assert_cmd::Command;
use common::{assert_valid, unzip};
use glosa::model::attributes::{Attribute, AttributeKind};
use glosa::model::codebook::CodebookEdit;
use glosa::model::project::ProjectEdit;
use glosa::model::{Color, Tag};
use glosa::session::project::Project;
use project_support::{SPAIN, VALUES, WTPF, attribute, code, coded_project, tag};
use serde_json::Value;
use tempfile::TempDir;

fn glosa() -> Command {
    let mut command = Command::cargo_bin("glosa").unwrap();
    command.env_remove("GLOSA_AUTHOR");
    command
}

fn run(args: &[&str]) -> Output {
    glosa().args(args).output().unwrap()
}

fn success(output: &Output) -> String {
    assert!(output.status.success(), "failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// The attribute `name` of the element starting at `element` (an `<X …` slice).
fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let end = element.find('>').unwrap_or(element.len());
    let head = &element[..end];
    let at = head.find(&format!(" {name}=\""))? + name.len() + 3;
    head[at..].split('"').next()
}

/// The coded project with a sub-code "Regulators" under Governments, used once
/// (so the codebook has a hierarchy), saved.
fn project_with_sub_code() -> TempDir {
    let (dir, mut project) = coded_project();
    let regulators = Tag {
        id: tag("regulators"),
        label: "Regulators".to_owned(),
        description: "National regulatory authorities".to_owned(),
        color: Color { r: 0x1f, g: 0x4e, b: 0x9d },
        shortcut: None,
    };
    project
        .apply_project_edit(ProjectEdit::Codebook(CodebookEdit::Insert {
            index: 1,
            tag: regulators,
            parent: Some(tag("governments")),
        }))
        .unwrap();
    project.save_project().unwrap();
    code(&mut project, SPAIN, "luis", "Spain shares the view", &["regulators"], "", 30);
    let ids: Vec<_> = project.iter().map(|(id, _)| id).collect();
    for id in ids {
        project.get_mut(id).unwrap().save().unwrap();
    }
    dir
}

/// Exports the project at `dir` as QDPX into `out` and returns the archive's entries.
fn export_qdpx(dir: &Path, out: &Path) -> BTreeMap<String, Vec<u8>> {
    let output = run(&["export", "--project", dir.to_str().unwrap(), "--format", "qdpx", "-o", out.to_str().unwrap()]);
    success(&output);
    unzip(&std::fs::read(out).unwrap())
}

#[test]
fn a_project_exports_as_a_valid_qdpx_with_every_document_its_attributes_and_the_code_hierarchy() {
    let dir = project_with_sub_code();
    let out = tempfile::tempdir().unwrap();
    let entries = export_qdpx(dir.path(), &out.path().join("enhanced-cooperation.qdpx"));
    let qde = String::from_utf8(entries["project.qde"].clone()).unwrap();
    assert_valid(qde.as_bytes(), "Project.xsd");
    assert!(qde.contains("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Enhanced cooperation\""));

    // Every document of the project, coded or not, is a text source.
    let sources: Vec<&str> = qde.match_indices("<TextSource ").map(|(i, _)| attr(&qde[i..], "name").unwrap()).collect();
    assert_eq!(
        sources,
        [
            "netmundial_070B_gov_spain.txt",
            "netmundial_076B_civil_aspen.txt",
            "netmundial_130B_private_brasscom_pt.txt",
            "netmundial_143B_tech_nro.txt",
            "wgec_cis_inputs_2016.md",
            "wtpf13-cooperacion-mejorada.es.txt",
        ]
    );
    assert_eq!(entries.keys().filter(|k| k.starts_with("sources/")).count(), 6);
    // Nine annotations by three analysts, ten codings (one annotation has two codes).
    assert_eq!(qde.matches("<PlainTextSelection ").count(), 9);
    assert_eq!(qde.matches("<Coding ").count(), 10);
    assert_eq!(qde.matches("<User ").count(), 3);

    // The attributes are variables, in the project's order and kinds.
    let variables: Vec<(&str, &str)> = qde
        .match_indices("<Variable ")
        .map(|(i, _)| (attr(&qde[i..], "name").unwrap(), attr(&qde[i..], "typeOfVariable").unwrap()))
        .collect();
    assert_eq!(variables, [("Stakeholder group", "Text"), ("Region", "Text"), ("Language", "Text"), ("Date", "Date")]);
    // Each source holds its document's four values.
    assert_eq!(qde.matches("<VariableValue>").count(), 24);
    let spain_at = qde.find("name=\"netmundial_070B_gov_spain.txt\"").unwrap();
    let spain = &qde[spain_at..spain_at + qde[spain_at..].find("</TextSource>").unwrap()];
    for value in
        ["<TextValue>governments</TextValue>", "<TextValue>Europe</TextValue>", "<DateValue>2014-03-08</DateValue>"]
    {
        assert!(spain.contains(value), "{value} missing in Spain's source:\n{spain}");
    }

    // Regulators is nested inside Governments.
    let governments = qde.find("name=\"Governments\"").unwrap();
    let closing = governments + qde[governments..].find("</Code>").unwrap();
    let regulators = qde.find("name=\"Regulators\"").unwrap();
    assert!(governments < regulators && regulators < closing, "Regulators is not inside Governments:\n{qde}");

    // Every selection's text in its source is the quote it names.
    for (i, _) in qde.match_indices("<PlainTextSelection ") {
        let element = &qde[i..];
        let source_at = qde[..i].rfind("<TextSource ").unwrap();
        let guid = attr(&qde[source_at..], "guid").unwrap();
        let text = String::from_utf8(entries[&format!("sources/{guid}.txt")].clone()).unwrap();
        let start: usize = attr(element, "startPosition").unwrap().parse().unwrap();
        let end: usize = attr(element, "endPosition").unwrap().parse().unwrap();
        let selected: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(selected, attr(element, "name").unwrap());
    }
}

#[test]
fn the_project_codebook_exports_as_a_valid_qdc_with_its_hierarchy() {
    let dir = project_with_sub_code();
    let output = run(&["export", "--project", dir.path().to_str().unwrap(), "--format", "qdc"]);
    let qdc = success(&output);
    assert_valid(qdc.as_bytes(), "Codebook.xsd");
    let names: Vec<&str> = qdc.match_indices("<Code ").map(|(i, _)| attr(&qdc[i..], "name").unwrap()).collect();
    assert_eq!(
        names,
        [
            "Governments",
            "Regulators",
            "Private sector",
            "Civil society",
            "Intergovernmental organizations",
            "International organizations",
            "Technical and academic community"
        ]
    );
    let governments = qdc.find("name=\"Governments\"").unwrap();
    assert!(qdc[governments..].find("name=\"Regulators\"").unwrap() < qdc[governments..].find("</Code>").unwrap());
}

#[test]
fn a_qdpx_imported_as_a_project_brings_back_documents_codes_hierarchy_and_attributes() {
    let dir = project_with_sub_code();
    let out = tempfile::tempdir().unwrap();
    let qdpx = out.path().join("enhanced-cooperation.qdpx");
    export_qdpx(dir.path(), &qdpx);
    let target = out.path().join("imported");
    let report = success(&run(&["import", qdpx.to_str().unwrap(), "--project", target.to_str().unwrap()]));
    assert!(report.contains("24 document values"), "{report}");
    assert!(!report.contains("not imported:"), "{report}");

    let listed = success(&run(&["project", "list", target.to_str().unwrap(), "--format", "json"]));
    let json: Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(json["name"], "Enhanced cooperation");
    // Every document with the four values it had.
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 6);
    for (key, values) in VALUES {
        // Sources are plain text: `NAME.md` comes back as `NAME.md.txt`.
        let name = key.rsplit('/').next().unwrap();
        let name = if name == "wgec_cis_inputs_2016.md" { "wgec_cis_inputs_2016.md.txt" } else { name };
        let document = documents.iter().find(|d| d["key"] == name).unwrap();
        let attributes = &document["attributes"];
        assert_eq!(
            [&attributes["stakeholder_group"], &attributes["region"], &attributes["language"], &attributes["date"]],
            values.map(Value::from).each_ref(),
            "{name}"
        );
    }
    // The sub-code keeps its parent.
    let codes = json["codebook"].as_array().unwrap();
    let regulators = codes.iter().find(|c| c["label"] == "Regulators").unwrap();
    assert_eq!(regulators["path"], "Governments › Regulators");
    assert_eq!(json["tags_outside_codebook"].as_array().unwrap().len(), 0);
    // The same coded segments, by the same analysts.
    let rows = success(&run(&["retrieve", target.to_str().unwrap(), "--format", "json"]));
    let rows: Value = serde_json::from_str(&rows).unwrap();
    assert_eq!(rows["count"], 10);
    let mut found: Vec<(String, String)> = rows["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["author"].as_str().unwrap().to_owned(), r["quote"].as_str().unwrap().to_owned()))
        .collect();
    found.sort();
    assert_eq!(found.len(), 10);
    assert_eq!(found.iter().filter(|(author, _)| author == "luis").count(), 4);
    assert!(found.contains(&("mei".to_owned(), "cooperación mejorada".to_owned())));

    // Importing again adds nothing, and does not rewrite the project file (its
    // `.bak` stays the one the first import left).
    let state = || {
        let mut files: Vec<(String, Vec<u8>, std::time::SystemTime)> = std::fs::read_dir(&target)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains(".glosa-project.ron"))
            .map(|e| {
                let path = e.path();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(&path).unwrap(),
                    e.metadata().unwrap().modified().unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    };
    // Times long past, so that a rewrite shows whatever the file system's
    // granularity (a rewrite a few milliseconds later may keep the same time).
    let long_ago = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    for (name, _, _) in state() {
        std::fs::File::options().write(true).open(target.join(name)).unwrap().set_modified(long_ago).unwrap();
    }
    let before = state();
    assert!(
        before.iter().any(|(name, _, _)| name == "imported.glosa-project.ron"),
        "{:?}",
        before.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert!(before.iter().all(|(_, _, modified)| *modified == long_ago));
    let again = success(&run(&["import", qdpx.to_str().unwrap(), "--project", target.to_str().unwrap()]));
    assert!(again.contains("0 codebook changes, 0 new attributes, 0 document values"), "{again}");
    assert_eq!(state(), before, "the project file or its backup was rewritten");
}

/// A `.qdpx` that is not a ZIP archive gets a message that says so, naming the file.
#[test]
fn a_qdpx_that_is_not_a_zip_archive_is_refused_as_such() {
    let out = tempfile::tempdir().unwrap();
    let qdpx = out.path().join("notzip.qdpx");
    std::fs::write(&qdpx, "hello, this is not a zip\n").unwrap();
    let target = out.path().join("project");
    let output = run(&["import", qdpx.to_str().unwrap(), "--project", target.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        stderr.trim_end(),
        format!("glosa: not a ZIP archive (REFI-QDA projects are .qdpx ZIP files): {}", qdpx.display())
    );
    assert!(!target.exists(), "nothing made for a refused file");
}

#[test]
fn a_value_the_attribute_refuses_is_listed_and_left_out() {
    let dir = project_with_sub_code();
    let out = tempfile::tempdir().unwrap();
    let qdpx = out.path().join("p.qdpx");
    let entries = export_qdpx(dir.path(), &qdpx);
    // Another tool wrote a date that is not one.
    let qde = String::from_utf8(entries["project.qde"].clone()).unwrap().replacen(
        "<DateValue>2014-03-08</DateValue>",
        "<TextValue>spring 2014</TextValue>",
        1,
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in &entries {
        zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut zip, if name == "project.qde" { qde.as_bytes() } else { bytes }).unwrap();
    }
    std::fs::write(&qdpx, zip.finish().unwrap().into_inner()).unwrap();
    let target = out.path().join("imported");
    let report = success(&run(&["import", qdpx.to_str().unwrap(), "--project", target.to_str().unwrap()]));
    assert!(
        report.contains(
            "not imported: Date of netmundial_070B_gov_spain.txt: `spring 2014` is not a date (write YYYY-MM-DD, e.g. 2014-04-23)"
        ),
        "{report}"
    );
    assert!(report.contains("23 document values"), "{report}");
}

#[test]
fn the_url_attribute_names_the_document_in_the_w3c_export_before_the_base_uri() {
    let dir = project_with_sub_code();
    let mut project = Project::open(dir.path()).unwrap();
    let url = Attribute {
        id: attribute("url"),
        label: "URL".to_owned(),
        description: "Where the document is published".to_owned(),
        kind: AttributeKind::Text,
    };
    let published = "https://www.netmundial.br/wp-content/uploads/2014/03/070B-Spain.pdf";
    project
        .apply_project_edit(ProjectEdit::Batch(vec![
            ProjectEdit::InsertAttribute { index: usize::MAX, attribute: url },
            ProjectEdit::SetValue {
                document: SPAIN.to_owned(),
                attribute: attribute("url"),
                value: Some(published.to_owned()),
            },
            ProjectEdit::SetValue {
                document: WTPF.to_owned(),
                attribute: attribute("url"),
                value: Some("not a url".to_owned()),
            },
        ]))
        .unwrap();
    project.save_project().unwrap();
    let output = run(&[
        "export",
        "--project",
        dir.path().to_str().unwrap(),
        "--format",
        "json",
        "--base-uri",
        "https://example.org/wsis/",
    ]);
    let json: Value = serde_json::from_str(&success(&output)).unwrap();
    let mut sources: BTreeMap<String, usize> = BTreeMap::new();
    for item in json["first"]["items"].as_array().unwrap() {
        *sources.entry(item["target"][0]["source"]["id"].as_str().unwrap().to_owned()).or_default() += 1;
    }
    assert_eq!(
        sources,
        BTreeMap::from([
            (published.to_owned(), 6),
            ("https://example.org/wsis/netmundial_143B_tech_nro.txt".to_owned(), 1),
            ("https://example.org/wsis/wgec_cis_inputs_2016.md".to_owned(), 1),
            ("https://example.org/wsis/wtpf13-cooperacion-mejorada.es.txt".to_owned(), 1),
        ])
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("the url attribute is not an absolute IRI (https://…), not used: not a url"), "{stderr}");
}
