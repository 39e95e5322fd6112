//! A project exchanged from the app, driven headlessly through `egui_kittest`:
//! File ▸ Import REFI-QDA project… opens the QDPX as a Glosa project (Corpus tab,
//! each document's attributes from the QDPX variables, the report in a dialog),
//! and File ▸ Export with a project open writes the whole project with the same
//! code as `glosa export --project` (coded-segment rows with every attribute as a
//! column).
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;
mod project_support;

use gui_support::common;
use std::path::Path;

use egui::accesskit::Role;
use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::session::project::export::ProjectFormat;
use glosa::ui::project::ProjectView;
use glosa::ui::{GlosaApp, StartArgs};
use gui_support::{harness, menu, type_path, wait_for_project};
use project_support::{VALUES, attribute, coded_project};

/// The app opened on `path` (a project folder or a document), its project's
/// files read.
fn app_on(path: &Path) -> Harness<'static, GlosaApp> {
    let app = GlosaApp::new(None, StartArgs { file: Some(path.to_owned()), annotations: None, data_dir: None });
    let mut harness = harness(app, vec2(1280.0, 800.0));
    wait_for_project(&mut harness);
    harness
}

/// The six-document coded project exported as a QDPX at `dir/name`, as
/// `glosa export --project` writes it.
fn project_qdpx(out: &Path, name: &str) -> std::path::PathBuf {
    let (_dir, project) = coded_project();
    let export = project.export_whole(ProjectFormat::Qdpx, &[], None).unwrap();
    assert!(export.warnings.is_empty(), "{:?}", export.warnings);
    assert_eq!(export.count, 8, "the eight annotations of three analysts");
    let path = out.join(name);
    std::fs::write(&path, export.bytes).unwrap();
    path
}

/// The app on a document in the folder of `qdpx` (the path dialog starts
/// there), after File ▸ Import REFI-QDA project… of `qdpx` without an error,
/// the project's files read.
fn import_in_app(qdpx: &Path) -> Harness<'static, GlosaApp> {
    let document = qdpx.with_file_name("notes.txt");
    std::fs::write(&document, "Notes on enhanced cooperation.\n").unwrap();
    let mut harness = app_on(&document);
    menu(&mut harness, "File", "Import REFI-QDA project or codebook…");
    type_path(&mut harness, "Import REFI-QDA project or codebook from", qdpx);
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    wait_for_project(&mut harness);
    harness
}

#[test]
fn importing_a_qdpx_opens_it_as_a_project_with_its_variables_as_attributes_and_shows_the_report() {
    let out = tempfile::tempdir().unwrap();
    let qdpx = project_qdpx(out.path(), "cooperacion.qdpx");
    let mut harness = import_in_app(&qdpx);

    // The project beside the QDPX, named after it, open on the Corpus tab.
    let state = &harness.state().state;
    let corpus = state.project.corpus().expect("a project is open");
    assert_eq!(corpus.root(), out.path().join("cooperacion"));
    assert_eq!(corpus.name(), "Enhanced cooperation");
    assert_eq!(state.projects.view, Some(ProjectView::Corpus));
    assert_eq!(corpus.documents().len(), 6);
    // Each document with the four values its variables had.
    for (key, values) in VALUES {
        let name = key.rsplit('/').next().unwrap();
        // Sources are plain text: `NAME.md` comes back as `NAME.md.txt`.
        let name = if name == "wgec_cis_inputs_2016.md" { "wgec_cis_inputs_2016.md.txt" } else { name };
        let document = corpus.document_index(name).unwrap_or_else(|| panic!("{name} is in the project"));
        let got = ["stakeholder_group", "region", "language", "date"].map(|id| corpus.value(document, &attribute(id)));
        assert_eq!(got, values.map(Some), "{name}");
    }
    // Every coding came back: nine coded segments (one annotation has two codes).
    let rows = state.project.retrieve(&glosa::session::project::SegmentQuery::default()).unwrap();
    assert_eq!(rows.len(), 9);

    // The report, in a dialog: documents, codes, codings.
    assert!(harness.query_by_label("Imported the REFI-QDA project cooperacion.qdpx").is_some());
    assert!(harness.query_by_label_contains("6 documents, in the project ").is_some());
    assert!(
        harness
            .query_by_label(
                "Coded selections: 8 placed on their text, 0 moved (review them), 0 orphaned (kept with their text)"
            )
            .is_some()
    );
    // The Corpus tab lists the documents with their attribute values.
    assert!(harness.query_by_label("Latin America and Caribbean").is_some());
    harness.get_by_role_and_label(Role::Button, "Close").click();
    harness.run();
    assert!(harness.state().state.modal.is_none(), "Close closes the report");
}

#[test]
fn the_export_dialog_in_a_project_writes_every_coded_segment_with_the_attributes_as_columns() {
    let (dir, _) = coded_project();
    let mut harness = app_on(dir.path());
    menu(&mut harness, "File", "Export…");
    // On the Corpus tab the dialog offers the whole project first.
    assert!(harness.query_by_label("The whole project").is_some());
    harness.get_by_label("Coded segments, CSV").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Export…").click();
    harness.run();
    let csv = dir.path().join("whole-project.csv");
    type_path(&mut harness, "Export the project to", &csv);
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    assert_eq!(harness.state().state.message, format!("Exported 9 coded segments to {}", csv.display()));
    let written = std::fs::read_to_string(&csv).unwrap();
    let mut lines = written.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "document,document_title,stakeholder_group,region,language,date,paragraph_id,paragraph,tag,tag_label,\
         quote,note,author,created,status,annotation_id,annotation_file"
    );
    assert_eq!(written.split("\r\n").filter(|l| !l.is_empty()).count(), 10, "a header and nine rows");
    assert!(
        written.contains("submissions/netmundial_070B_gov_spain.txt,")
            && written.contains(",governments,Europe,en,2014-03-08,"),
        "{written}"
    );
}

#[test]
fn a_qdpx_in_a_foreign_namespace_is_imported_and_the_report_says_so_in_one_line() {
    use std::io::Write as _;
    let out = tempfile::tempdir().unwrap();
    let source = "11111111-1111-1111-1111-111111111111";
    let qde = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://www.example.org/qda/export/2" name="Consulta">
<CodeBook><Codes><Code guid="C0000000-0000-0000-0000-000000000001" name="Civil society" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="{source}" name="consulta.txt" plainTextPath="internal://{source}.txt">
<PlainTextSelection guid="5E000000-0000-0000-0000-000000000001" name="cooperación reforzada" startPosition="3" endPosition="24"><Coding guid="CD000000-0000-0000-0000-000000000001"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000001"/></Coding></PlainTextSelection>
</TextSource></Sources>
</Project>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("project.qde", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(qde.as_bytes()).unwrap();
    zip.start_file(format!("sources/{source}.txt"), zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all("La cooperación reforzada debe incluir a la sociedad civil.".as_bytes()).unwrap();
    let qdpx = out.path().join("foreign.qdpx");
    std::fs::write(&qdpx, zip.finish().unwrap().into_inner()).unwrap();
    let harness = import_in_app(&qdpx);

    // Imported all the same, and the report says what was read anyway.
    let rows = harness.state().state.project.retrieve(&glosa::session::project::SegmentQuery::default()).unwrap();
    assert_eq!(rows.len(), 1);
    assert!(harness.query_by_label("Imported the REFI-QDA project foreign.qdpx").is_some());
    assert!(
        harness
            .query_by_label(
                "foreign.qdpx (project.qde) is in the XML namespace “http://www.example.org/qda/export/2”, not \
                 urn:QDA-XML:project:1.0 (REFI-QDA 1.5); read anyway."
            )
            .is_some()
    );
}
