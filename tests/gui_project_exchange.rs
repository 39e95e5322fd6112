//! A project exchanged from the app, driven headlessly through `egui_kittest`:
//! File ▸ Import REFI-QDA project… opens the QDPX as a Glosa project (Corpus tab,
//! each document's attributes from the QDPX variables, the report in a dialog),
//! and File ▸ Export with a project open writes the whole project with the same
//! code as `glosa export --project` (coded-segment rows with every attribute as a
//! column).
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;
mod gui_support;
mod project_support;

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

#[test]
fn importing_a_qdpx_opens_it_as_a_project_with_its_variables_as_attributes_and_shows_the_report() {
    let out = tempfile::tempdir().unwrap();
    let qdpx = project_qdpx(out.path(), "cooperacion.qdpx");
    // The app starts on a document in the same folder (the path dialog starts there).
    let document = out.path().join("notes.txt");
    std::fs::write(&document, "Notes on enhanced cooperation.\n").unwrap();
    let mut harness = app_on(&document);
    menu(&mut harness, "File", "Import REFI-QDA project or codebook…");
    type_path(&mut harness, "Import REFI-QDA project or codebook from", &qdpx);
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    wait_for_project(&mut harness);

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
