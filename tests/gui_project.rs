//! The app on a project folder, driven headlessly through `egui_kittest` (no GPU)
//! and read through AccessKit: the corpus panel (sort, filter, open; each
//! document's unsaved work kept; one question for all of it on close), attribute
//! editing, the codebook, the coded segments view, the tables and the corpus
//! search with auto-coding.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;
mod project_support;

use gui_support::common;

use egui::accesskit::Role;
use egui::{Key, Modifiers, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::model::attributes::Condition;
use glosa::session::project::SegmentQuery;
use glosa::ui::command::Command;
use glosa::ui::project::ProjectView;
use glosa::ui::project::command::ProjectCommand;
use glosa::ui::project::corpus::visible_documents;
use glosa::ui::{GlosaApp, StartArgs};
use gui_support::harness;
use project_support::{ASPEN, SPAIN, WGEC, attribute, coded_project, corpus_project, tag};

/// The app opened on the project folder at `path`, its files read.
fn app_on_project(path: &std::path::Path) -> Harness<'static, GlosaApp> {
    let app = GlosaApp::new(None, StartArgs { file: Some(path.to_owned()), annotations: None, data_dir: None });
    let mut harness = harness(app, vec2(1280.0, 800.0));
    gui_support::wait_for_project(&mut harness);
    harness
}

fn command(harness: &mut Harness<'_, GlosaApp>, command: ProjectCommand) {
    harness.state_mut().command(Command::Project(command));
    harness.run();
}

/// The keys of the documents the corpus panel lists, in order.
fn listed(harness: &Harness<'_, GlosaApp>) -> Vec<String> {
    let state = &harness.state().state;
    let corpus = state.project.corpus().unwrap();
    visible_documents(state).into_iter().map(|d| corpus.documents()[d].key.clone()).collect()
}

#[test]
fn the_corpus_panel_lists_documents_with_attributes_and_counts_sorts_filters_and_opens() {
    let (dir, _) = coded_project();
    let mut harness = app_on_project(dir.path());
    let state = &harness.state().state;
    assert_eq!(state.projects.view, Some(ProjectView::Corpus));
    // Rows with attribute values and counts, as a screen reader sees them.
    assert!(harness.query_by_label(SPAIN).is_some());
    assert!(harness.query_by_label("SPANISH GOVERNMENT Contribution to the Global Multistakeholder").is_some());
    assert!(harness.query_by_label("Asia-Pacific").is_some());
    assert!(harness.query_by_label("6 documents · 5 annotation files · 9 codings").is_some());

    // Sort by date (newest first on the second click), then filter.
    harness.get_by_role_and_label(Role::Button, "Date").click();
    harness.run();
    assert_eq!(listed(&harness)[0], "wtpf13-cooperacion-mejorada.es.txt", "2013 first");
    harness.get_by_role_and_label(Role::Button, "Date, sorted ascending").click();
    harness.run();
    assert_eq!(listed(&harness)[0], WGEC, "2016 first");
    harness.get_by_label("Filter documents").click();
    harness.run();
    harness.get_by_label("Filter documents").type_text("global");
    harness.run();
    // Two documents whose region is Global, and Spain's, whose title has "Global Multistakeholder".
    assert_eq!(
        listed(&harness),
        [SPAIN, "submissions/netmundial_143B_tech_nro.txt", "wtpf13-cooperacion-mejorada.es.txt"]
    );

    // Open a document: it becomes a tab, in the user's own annotation file.
    harness.get_by_label("Open wtpf13-cooperacion-mejorada.es.txt").click();
    harness.run();
    let state = &harness.state().state;
    assert_eq!(state.projects.view, None);
    let session = state.session().unwrap().1;
    assert!(session.workspace().annotations_path.ends_with("wtpf13-cooperacion-mejorada.es.glosa.ron"));
    assert!(harness.query_by_label_contains("ENTRE LOS RESULTADOS CLAVE").is_some(), "the document is shown");
}

#[test]
fn each_open_document_keeps_its_unsaved_work_and_closing_asks_about_all_of_it() {
    let dir = corpus_project();
    let mut harness = app_on_project(dir.path());
    let spain = harness.state().state.project.corpus().unwrap().document_index(SPAIN).unwrap();
    let aspen = harness.state().state.project.corpus().unwrap().document_index(ASPEN).unwrap();
    command(&mut harness, ProjectCommand::OpenDocument(spain));
    gui_support::select(&mut harness, 4, 4, 14);
    harness.key_press(Key::Num1);
    harness.run();
    let first = harness.state().session_id().unwrap();
    assert!(harness.state().state.project.get(first).unwrap().is_modified());

    command(&mut harness, ProjectCommand::OpenDocument(aspen));
    let second = harness.state().session_id().unwrap();
    assert_ne!(first, second);
    let project = &harness.state().state.project;
    assert_eq!(project.len(), 2, "opening another document keeps the first");
    assert!(project.get(first).unwrap().is_modified(), "with its unsaved highlight");
    assert_eq!(project.get(first).unwrap().set().annotations.len(), 1);
    let title = glosa::ui::project::tabs::project_title(&harness.state().state).unwrap();
    assert!(title.starts_with("Enhanced cooperation — netmundial_076B_civil_aspen •"), "{title}");
    assert!(title.ends_with(" • 1 unsaved — Glosa"), "the title counts the other document's unsaved work: {title}");

    // Quitting asks once, naming every unsaved file; Save all saves them.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert!(harness.query_by_label("Save changes before closing?").is_some());
    assert!(
        harness.query_by_label_contains("• SPANISH GOVERNMENT Contribution").is_some(),
        "the unsaved document is named"
    );
    harness.get_by_label("Save all").click();
    gui_support::settle(&mut harness);
    let saved = dir.path().join("annotations");
    let file = std::fs::read_dir(&saved)
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path()
        .join("submissions/netmundial_070B_gov_spain.glosa.ron");
    assert_eq!(glosa::persist::annotations::load(&file).unwrap().annotations.len(), 1);
    assert!(!harness.state().is_modified());
}

#[test]
fn attributes_are_edited_in_the_corpus_panel_and_undone() {
    let dir = corpus_project();
    let mut harness = app_on_project(dir.path());
    harness.get_by_label(WGEC).click();
    harness.run();
    assert!(harness.query_by_label(&format!("Attributes of {WGEC}")).is_some());
    let date = harness.get_by_role_and_label(Role::TextInput, "Date");
    date.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "Date").type_text("15/12/2016");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(
        harness.query_by_label("“15/12/2016” is not a date (write YYYY-MM-DD, e.g. 2014-04-23)").is_some(),
        "a bad date is refused, with the reason"
    );
    let wgec = harness.state().state.project.corpus().unwrap().document_index(WGEC).unwrap();
    let value = |h: &Harness<'_, GlosaApp>| {
        h.state().state.project.corpus().unwrap().value(wgec, &attribute("date")).map(str::to_owned)
    };
    assert_eq!(value(&harness).as_deref(), Some("2016-12-15"));
    harness.get_by_role_and_label(Role::TextInput, "Date").click();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "Date").type_text("2016-12-16");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(value(&harness).as_deref(), Some("2016-12-16"));
    // A one-of attribute is a list of choices.
    harness.get_by_role_and_label(Role::ComboBox, "Stakeholder group").click();
    harness.run();
    // The choice in the open list (the first button of that name is the column
    // header of the code's counts).
    harness.query_all_by_role_and_label(Role::Button, "Technical and academic community").last().unwrap().click();
    harness.run();
    let corpus = harness.state().state.project.corpus().unwrap();
    assert_eq!(corpus.value(wgec, &attribute("stakeholder_group")), Some("technical-academic-community"));
    assert!(corpus.is_modified());
    assert!(glosa::ui::project::tabs::project_title(&harness.state().state).unwrap().ends_with("• 1 unsaved — Glosa"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let corpus = harness.state().state.project.corpus().unwrap();
    assert_eq!(corpus.value(wgec, &attribute("stakeholder_group")), Some("civil-society"), "Ctrl+Z undoes it");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let reopened = glosa::session::project::Corpus::open(dir.path()).unwrap();
    assert_eq!(reopened.value(wgec, &attribute("date")), Some("2016-12-16"), "Ctrl+S saved the project");
}

#[test]
fn the_codebook_is_edited_for_the_whole_project() {
    let (dir, _) = coded_project();
    let mut harness = app_on_project(dir.path());
    let spain = harness.state().state.project.corpus().unwrap().document_index(SPAIN).unwrap();
    command(&mut harness, ProjectCommand::OpenDocument(spain));
    let session = harness.state().session_id().unwrap();
    command(&mut harness, ProjectCommand::ShowView(Some(ProjectView::Codebook)));
    harness.get_by_label("Add a sub-code to Governments").click();
    harness.run();
    assert!(harness.query_by_label("New code").is_some());
    harness.get_by_role_and_label(Role::TextInput, "Label").type_text("Regulators");
    harness.get_by_role_and_label(Role::MultilineTextInput, "Description").click();
    harness.get_by_role_and_label(Role::MultilineTextInput, "Description").type_text("National regulatory authorities");
    harness.get_by_label("OK").click();
    gui_support::settle(&mut harness);
    let codebook = harness.state().state.project.corpus().unwrap().codebook();
    assert_eq!(codebook.path_label(&tag("regulators")), "Governments › Regulators");
    assert_eq!(codebook.get(&tag("regulators")).unwrap().description, "National regulatory authorities");
    let tags = &harness.state().state.project.get(session).unwrap().set().tags;
    assert!(tags.get(&tag("regulators")).is_some(), "the open document has the new code at once");
    // Rename a code: every open document shows the new name.
    harness.get_by_label("Edit Civil society").click();
    harness.run();
    let label = harness.get_by_role_and_label(Role::TextInput, "Label");
    label.click();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "Label").type_text("Civil society organisations");
    harness.get_by_label("OK").click();
    gui_support::settle(&mut harness);
    assert_eq!(
        harness.state().state.project.get(session).unwrap().tag_label(&tag("civil-society")),
        "Civil society organisations"
    );
    assert!(harness.query_by_label("Civil society organisations").is_some());
    // Escape closes the editor without a change.
    harness.get_by_label("Edit Governments").click();
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Edit code").is_none());
}

#[test]
fn coded_segments_are_filtered_by_tag_and_attribute_and_open_at_the_passage() {
    let (dir, _) = coded_project();
    let mut harness = app_on_project(dir.path());
    harness.get_by_label("Coded segments").click();
    harness.run();
    assert!(harness.query_by_label("9 coded segments in 4 documents").is_some());
    let query = SegmentQuery {
        any_tags: vec![tag("governments")],
        conditions: vec![Condition::parse("region=Europe").unwrap()],
        ..SegmentQuery::default()
    };
    command(&mut harness, ProjectCommand::Query(query));
    assert!(harness.query_by_label("2 coded segments in 1 document").is_some());
    let label = format!("Segment {SPAIN} ¶5 Governments: The Government of Spain appreciates");
    harness.get_by_label(&label).click();
    harness.run();
    let state = &harness.state().state;
    assert_eq!(state.projects.view, None, "the document is shown");
    let (_, session) = state.session().unwrap();
    let selected = session.annotation(state.selected.unwrap()).unwrap();
    assert_eq!(selected.quote(), "The Government of Spain appreciates");
    assert_eq!(selected.author, "luis");
    assert!(
        harness.query_by_label_contains("The Government of Spain appreciates the opportunity").is_some(),
        "¶5 is on screen"
    );
}

#[test]
fn tables_count_by_attribute_and_open_a_cells_segments() {
    let (dir, _) = coded_project();
    let mut harness = app_on_project(dir.path());
    harness.get_by_label("Tables").click();
    harness.run();
    assert!(harness.query_by_label("Governments × Governments: 2").is_some());
    assert!(harness.query_by_label("Private sector × Governments: 3").is_some());
    harness.get_by_label("Governments × Civil society: 1").click();
    harness.run();
    assert!(harness.query_by_label("Governments × Civil society: 1 segment").is_some());
    assert!(harness.query_by_label_contains(&format!("Segment {WGEC} ¶2 Governments: enhanced cooperation")).is_some());
    // Co-occurrence by overlap.
    harness.get_by_label("Tag co-occurrence").click();
    harness.run();
    assert!(harness.query_by_label("Governments × Private sector: 1").is_some());
    harness.get_by_label("same paragraph").click();
    harness.run();
    assert!(harness.query_by_label("Governments × Private sector: 2").is_some());
}

#[test]
fn corpus_search_lists_hits_in_context_and_codes_them_in_one_step_per_document() {
    let (dir, _) = coded_project();
    let mut harness = app_on_project(dir.path());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    assert_eq!(
        harness.state().state.projects.view,
        Some(ProjectView::Search),
        "Ctrl+F in a project view searches the corpus"
    );
    harness.get_by_label("Search the corpus for").click();
    harness.get_by_label("Search the corpus for").type_text("cooperacion mejorada");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label("6 hits in 1 document").is_some());
    assert!(harness
        .query_by_label("Hit in wtpf13-cooperacion-mejorada.es.txt ¶1: de Internet (IGF) y un proceso para una cooperación mejorada sobre cuestiones de gobernanza. Estos h")
        .is_some());
    harness.get_by_label("Tag all hits with…").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Intergovernmental organizations").click();
    harness.run();
    let state = &harness.state().state;
    assert!(
        state.message.starts_with(
            "Tagged 6 hits with “Intergovernmental organizations” in 1 document: 6 new highlights, 0 existing."
        ),
        "{}",
        state.message
    );
    assert!(state.project.is_modified());
    harness.get_by_label("Undo auto-code").click();
    harness.run();
    assert!(!harness.state().state.project.is_modified());
}
