//! The Agreement view, driven as a user would through AccessKit: opened from the
//! View menu (and Ctrl+Shift+K) on the bundled sample's example annotations, with
//! the second coder's file added; the table shows the values `glosa agreement`
//! gives for the two files, the document shows the agreement colours, a click on a
//! disagreement selects its passage, unchecking a tag recomputes, and the exports
//! write the table and the report.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use glosa::ui::command::{AgreementExport, Command};
use glosa::ui::project::command::ProjectCommand;
use glosa::ui::selection::{Selection, TextPos};
use glosa::ui::{GlosaApp, StartArgs};
use gui_support::{EXAMPLE, SAMPLE, app_at, example_copy, harness, menu, press_with, repo, wait_for_project};

const SECOND_CODER: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.second-coder.glosa.ron";

/// Frames until the background computation is done (at most 10 s).
fn settle(harness: &mut Harness<'_, GlosaApp>) {
    for _ in 0..1000 {
        gui_support::settle(harness);
        if !harness.state().state.agreement.is_computing() {
            gui_support::settle(harness);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the agreement was not computed in 10 s");
}

/// The example annotations open, the Agreement view on, the second coder added.
fn two_coders() -> (tempfile::TempDir, Harness<'static, GlosaApp>) {
    let (dir, _doc, file) = example_copy();
    // A tall window, so the whole disagreement list is in view.
    let mut harness = app_at(&file, None, egui::vec2(1280.0, 1200.0));
    menu(&mut harness, "View", "Agreement view");
    settle(&mut harness);
    harness.state_mut().command(Command::AddCoderFile(repo(SECOND_CODER)));
    settle(&mut harness);
    (dir, harness)
}

#[test]
fn the_view_shows_the_measures_the_cli_gives_for_the_two_coders() {
    let (_dir, harness) = two_coders();
    assert!(harness.query_by_role_and_label(Role::CheckBox, "Glosa example").is_some(), "the first coder's box");
    assert!(harness.query_by_role_and_label(Role::CheckBox, "Lucía Fernández").is_some(), "the second coder's box");
    // `glosa agreement` on the two files: overall percent 0.982, Cohen κ 0.752,
    // α 0.752, α_u 0.785, segments 0.696.
    for cell in [
        "All tags Percent: 0.982",
        "All tags Cohen κ: 0.752",
        "All tags α: 0.752",
        "All tags α_u: 0.785",
        "All tags Segments: 0.696",
        "Governments α_u: 0.885",
        "Civil society Cohen κ: 1.000",
    ] {
        assert!(harness.query_by_label(cell).is_some(), "no cell {cell}");
    }
    // Fleiss' κ needs three coders: "—", with the reason.
    assert!(
        harness
            .query_by_label(
                "All tags Fleiss κ: — (Fleiss' kappa is reported for three or more coders: see Cohen's kappa)"
            )
            .is_some()
    );
    assert!(harness.query_by_label("Disagreements (5)").is_some());
    // The document shows the agreement colours instead of the highlights.
    assert!(harness.query_all_by_label_contains("Only Lucía Fernández: ").next().is_some());
    assert!(harness.query_all_by_label_contains("Both Glosa example and Lucía Fernández: ").next().is_some());
    assert!(
        harness
            .query_by_label_contains(
                "Glosa example and Lucía Fernández with different tags: Las organizaciones relevantes"
            )
            .is_some()
    );
}

#[test]
fn clicking_a_disagreement_selects_its_passage_in_the_document() {
    let (_dir, mut harness) = two_coders();
    harness.get_by_label_contains("¶3 515..606  different tags").click_accesskit();
    harness.run();
    let selection = harness.state().state.selection.expect("the passage is selected");
    assert_eq!(selection, Selection { anchor: TextPos::new(2, 515), head: TextPos::new(2, 606) });
    let session = harness.state().session().unwrap();
    let text = selection.text(session.document());
    assert!(text.starts_with("Las organizaciones relevantes deben comenzar un proceso"), "{text}");
    assert_eq!(text.chars().count(), 91);
    assert!(harness.state().view().unwrap().visible_paragraphs().contains(&2), "¶3 is scrolled into view");
}

#[test]
fn unchecking_a_tag_or_a_coder_recomputes_in_the_background() {
    let (_dir, mut harness) = two_coders();
    harness.get_by_role_and_label(Role::CheckBox, "Private sector").click();
    settle(&mut harness);
    // Without the private sector, one disagreement fewer (¶3 307..376).
    assert!(harness.query_by_label("Disagreements (4)").is_some());
    assert!(harness.query_by_label("Private sector α_u: 0.424").is_none());
    assert!(harness.query_by_label("Governments α_u: 0.885").is_some(), "the other tags keep their values");
    harness.get_by_role_and_label(Role::CheckBox, "Lucía Fernández").click();
    settle(&mut harness);
    assert!(harness.query_by_label("All tags α_u: — (fewer than two coders)").is_some());
    assert!(harness.query_by_label("Disagreements (0)").is_some());
}

#[test]
fn ctrl_shift_k_closes_the_view_and_the_highlights_come_back() {
    let (_dir, mut harness) = two_coders();
    press_with(&mut harness, Modifiers { shift: true, ..Modifiers::COMMAND }, Key::K);
    assert!(harness.query_by_label("Disagreements (5)").is_none(), "the view is closed");
    assert!(harness.query_by_label_contains("Only Lucía Fernández").is_none(), "no agreement colours");
    assert!(harness.query_all_by_role(Role::Mark).next().is_some(), "the highlights are back");
}

#[test]
fn the_table_and_the_report_are_exported() {
    let (dir, mut harness) = two_coders();
    let table = dir.path().join("agreement.csv");
    let report = dir.path().join("agreement.md");
    harness.state_mut().command(Command::ExportAgreement(table.clone(), AgreementExport::TableCsv));
    harness.state_mut().command(Command::ExportAgreement(report.clone(), AgreementExport::ReportMarkdown));
    settle(&mut harness);
    let table = std::fs::read_to_string(table).unwrap();
    assert!(table.contains("(overall),All tags,Glosa example;Lucía Fernández,,0.98"), "{table}");
    let report = std::fs::read_to_string(report).unwrap();
    assert!(report.contains("| **All tags** |  | 0.982 | 0.752 | — | 0.752 | 0.785 | 0.696 |"), "{report}");
    assert!(report.contains("## Disagreements (5)"));
}

#[test]
fn a_file_for_another_document_is_refused_with_a_one_line_error() {
    let (_dir, mut harness) = two_coders();
    harness.state_mut().command(Command::AddCoderFile(repo("tests/fixtures/none.glosa.ron")));
    harness.run();
    let error = harness.state().errors().first().cloned().expect("an error");
    assert!(error.starts_with("Cannot read the coder's annotations (no such file)"), "{error}");
    assert!(!error.contains('\n'));
}

#[test]
fn in_the_default_window_every_disagreement_row_can_be_clicked_and_the_p8_one_jumps_there() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = gui_support::app_on(&file, None);
    menu(&mut harness, "View", "Agreement view");
    settle(&mut harness);
    harness.state_mut().command(Command::AddCoderFile(repo(SECOND_CODER)));
    settle(&mut harness);
    let rows: Vec<String> = harness
        .query_all_by_label_contains(" — “")
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.starts_with('¶'))
        .collect();
    assert_eq!(rows.len(), 5, "every row is laid out: {rows:?}");
    // The list is as high as the panel leaves it (here a little more than three
    // rows): each row is scrolled to, as a user would with the wheel, and then a
    // real pointer click on it (it lands only if the row is on screen, not under
    // the status bar or clipped).
    for (index, row) in rows.iter().enumerate() {
        harness.get_by_label(row).scroll_to_me();
        harness.run();
        let rect = harness.get_by_label(row).rect();
        assert!(rect.bottom() < 770.0, "row {index} is above the status bar once scrolled to: {rect:?}");
        // The pointer moves there first (as a hand does), so the last row's tooltip is gone.
        harness.get_by_label(row).hover();
        harness.run();
        harness.get_by_label(row).click();
        harness.run();
        assert_eq!(harness.state().state.agreement.current, Some(index), "row {row} took the click");
    }
    let row = rows.iter().find(|r| r.starts_with("¶8 ")).expect("a disagreement in ¶8");
    harness.get_by_label(row).click();
    harness.run();
    let selection = harness.state().state.selection.expect("the passage is selected");
    assert_eq!(selection, Selection { anchor: TextPos::new(7, 242), head: TextPos::new(7, 328) }, "¶8 242..328");
    let text = selection.text(harness.state().session().unwrap().document());
    assert!(text.starts_with("que los gobiernos elaboren una política pública internacional"), "{text}");
    assert!(harness.state().view().unwrap().visible_paragraphs().contains(&7), "¶8 is scrolled into view");
}

#[test]
fn with_three_coders_the_document_is_coloured_by_how_many_coded_each_passage() {
    let (dir, mut harness) = two_coders();
    // A third coder who coded exactly what the second did.
    let third = dir.path().join("tercero.glosa.ron");
    let text = std::fs::read_to_string(repo(SECOND_CODER)).unwrap().replace("Lucía Fernández", "Ana Torres");
    std::fs::write(&third, text).unwrap();
    harness.state_mut().command(Command::AddCoderFile(third));
    settle(&mut harness);
    assert!(harness.query_by_role_and_label(Role::CheckBox, "Ana Torres").is_some(), "the third coder's box");
    for legend in ["Legend: All coders", "Legend: Some coders, not all", "Legend: One coder only"] {
        assert!(harness.query_by_label(legend).is_some(), "no {legend}");
    }
    assert!(harness.query_by_label("In the document, of the 3 coders:").is_some());
    assert!(harness.query_by_label_contains("Legend: Only").is_none(), "no two-coder legend");
    assert!(harness.query_all_by_label_contains("Only Lucía Fernández: ").next().is_none(), "no two-coder colours");
    assert!(harness.query_all_by_label_contains("All coders: ").next().is_some(), "coded by all three");
    assert!(
        harness.query_all_by_label_contains("Some coders, not all: ").next().is_some(),
        "coded by the second and third only"
    );
    assert!(harness.query_by_label_contains("All tags Fleiss κ: 0.").is_some(), "Fleiss' κ for three coders");

    // Unchecking the third coder brings back the two coders' colours.
    harness.get_by_role_and_label(Role::CheckBox, "Ana Torres").click();
    settle(&mut harness);
    assert!(harness.query_all_by_label_contains("Only Lucía Fernández: ").next().is_some());
    assert!(harness.query_by_label("Legend: All coders").is_none());
}

#[test]
fn with_one_coder_the_view_asks_for_a_second_instead_of_saying_all_agree() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_at(&file, None, egui::vec2(1280.0, 1200.0));
    menu(&mut harness, "View", "Agreement view");
    settle(&mut harness);
    let ask = "Only one coder: add a second coder’s file (or check a second coder) to compare.";
    assert!(harness.query_by_label(ask).is_some(), "one coder: a second is asked for");
    assert!(harness.query_by_label("None: the coders agree on every passage.").is_none());
    harness.state_mut().command(Command::AddCoderFile(repo(SECOND_CODER)));
    settle(&mut harness);
    assert!(harness.query_by_label(ask).is_none(), "two coders: the request is gone");
}

/// At 800×600 the view's exports are in its top bar and every column of the
/// table can be scrolled into the window (the tag column stays in place).
#[test]
fn in_a_small_window_the_exports_and_every_column_can_be_reached() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = app_at(&file, None, egui::vec2(800.0, 600.0));
    menu(&mut harness, "View", "Agreement view");
    settle(&mut harness);
    harness.state_mut().command(Command::AddCoderFile(repo(SECOND_CODER)));
    settle(&mut harness);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(800.0, 600.0));
    for export in ["Table (CSV)…", "Disagreements (CSV)…", "Report (Markdown)…"] {
        let rect = harness.get_by_label(export).rect();
        assert!(window.contains_rect(rect), "{export} at {rect:?} is outside the window");
    }
    // The table has the left half of the panel: the last columns start out of sight.
    let segments = harness.get_by_label("Segments").rect();
    assert!(segments.right() > 400.0, "Segments at {segments:?} fits without scrolling");
    let tag_column = harness.get_by_label("Tag").rect();
    for header in ["Units", "Percent", "Cohen κ", "Fleiss κ", "α", "α_u", "Segments"] {
        harness.get_by_label(header).scroll_to_me();
        harness.run();
        harness.run();
        let rect = harness.get_by_label(header).rect();
        assert!(window.contains_rect(rect), "{header} at {rect:?} cannot be brought into the window");
        assert_eq!(harness.get_by_label("Tag").rect(), tag_column, "the tag column stays in place");
    }
    assert!(harness.get_by_label("Segments").rect().right() < segments.right(), "the measures scrolled sideways");
}

/// A project folder in a temp dir: a copy of the bundled sample (`brief.txt`) and
/// the two example coders' files for it, each in its analyst's folder
/// (`annotations/glosa-example/brief.glosa.ron`, `annotations/lucia/brief.glosa.ron`).
fn sample_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    for (name, file) in [("glosa-example", EXAMPLE), ("lucia", SECOND_CODER)] {
        let folder = dir.path().join("annotations").join(name);
        std::fs::create_dir_all(&folder).unwrap();
        let mut workspace = glosa::workspace::Workspace::open(&repo(SAMPLE), &repo(file)).unwrap();
        workspace.document_path.clone_from(&doc);
        workspace.save_as(&folder.join("brief.glosa.ron")).unwrap();
    }
    dir
}

/// What `glosa agreement --project DIR --format json` prints: the value at
/// `pointer` (a JSON pointer) to three decimals.
fn cli_value(json: &serde_json::Value, pointer: &str) -> String {
    let value = json.pointer(pointer).and_then(serde_json::Value::as_f64).unwrap_or_else(|| panic!("no {pointer}"));
    format!("{value:.3}")
}

#[test]
fn in_a_project_the_view_compares_the_coders_files_the_project_has_for_the_document() {
    let dir = sample_project();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_glosa"))
        .args(["agreement", "--project"])
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let cli: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(cli["coders"], serde_json::json!(["Glosa example", "Lucía Fernández"]));

    let app = GlosaApp::new(None, StartArgs { file: Some(dir.path().to_owned()), annotations: None, data_dir: None });
    let mut harness = harness(app, egui::vec2(1280.0, 1200.0));
    wait_for_project(&mut harness);
    // The user opens the document of the project (their own file for it is new
    // and empty) and the Agreement view: the project's two coders' files are
    // found and compared without adding anything.
    harness.state_mut().command(Command::Project(ProjectCommand::OpenDocument(0)));
    harness.run();
    menu(&mut harness, "View", "Agreement view");
    settle(&mut harness);
    let files: Vec<_> = harness.state().state.agreement.project_files.iter().map(|f| f.authors.clone()).collect();
    assert_eq!(files, [vec!["Glosa example".to_owned()], vec!["Lucía Fernández".to_owned()]]);
    // Each file is a box named by its coder (beside the coder's own box), checked.
    for coder in ["Glosa example", "Lucía Fernández"] {
        let boxes: Vec<_> = harness.query_all_by_role_and_label(Role::CheckBox, coder).collect();
        assert_eq!(boxes.len(), 2, "a box for the coder and one for their file: {coder}");
        assert!(boxes.iter().all(|b| b.accesskit_node().toggled() == Some(egui::accesskit::Toggled::True)));
    }
    // The figures are the CLI's for the same files (per document and pooled are
    // the same with one document): α_u 0.785, Cohen κ 0.752, percent 0.982.
    let overall = [
        ("All tags Percent", "/overall/percent"),
        ("All tags Cohen κ", "/overall/cohen_kappa"),
        ("All tags α_u", "/overall/alpha_u"),
        ("All tags Segments", "/overall/segments_matched"),
        ("Governments α_u", "/tags/governments/alpha_u"),
        ("Civil society Cohen κ", "/tags/civil-society/cohen_kappa"),
    ];
    for (cell, pointer) in overall {
        let value = cli_value(&cli, pointer);
        assert!(harness.query_by_label(&format!("{cell}: {value}")).is_some(), "no cell {cell}: {value}");
    }
    assert_eq!(cli_value(&cli, "/overall/alpha_u"), "0.785");
    assert_eq!(cli_value(&cli, "/overall/cohen_kappa"), "0.752");
    let disagreements = cli["disagreements"].as_array().unwrap().len();
    assert_eq!(disagreements, 5);
    assert!(harness.query_by_label(&format!("Disagreements ({disagreements})")).is_some());

    // Unchecking the second coder's file leaves one coder: nothing to compare.
    // The coders' boxes come first, then the project's files.
    harness.get_all_by_role_and_label(Role::CheckBox, "Lucía Fernández").last().unwrap().click();
    settle(&mut harness);
    assert!(harness.query_all_by_role_and_label(Role::CheckBox, "Lucía Fernández").count() == 1, "only the file's box");
    assert!(harness.query_by_label("All tags α_u: — (fewer than two coders)").is_some());
}

#[test]
fn pooled_over_the_project_the_view_gives_the_cli_figures_and_a_disagreement_opens_its_document() {
    let dir = gui_support::common::two_document_project();
    let cli = gui_support::common::agreement_json(dir.path());
    assert_eq!(cli["coders"], serde_json::json!(["Glosa example", "Lucía Fernández"]));
    let app = GlosaApp::new(None, StartArgs { file: Some(dir.path().to_owned()), annotations: None, data_dir: None });
    let mut harness = harness(app, egui::vec2(1280.0, 1200.0));
    wait_for_project(&mut harness);
    // The user opens the sample (document 0) and the Agreement view, then
    // chooses all the project's documents.
    harness.state_mut().command(Command::Project(ProjectCommand::OpenDocument(0)));
    harness.run();
    menu(&mut harness, "View", "Agreement view");
    settle(&mut harness);
    assert!(harness.query_by_label("Disagreements (5)").is_some(), "this document first");
    harness.get_by_role_and_label(Role::RadioButton, "All documents of the project").click();
    settle(&mut harness);
    assert!(harness.state().state.agreement.is_pooled());
    // Exactly the figures of `glosa agreement --project` (pooled), to 3 decimals.
    let cells = [
        ("All tags Percent", "/overall/percent"),
        ("All tags Cohen κ", "/overall/cohen_kappa"),
        ("All tags α", "/overall/krippendorff_alpha"),
        ("All tags α_u", "/overall/alpha_u"),
        ("All tags Segments", "/overall/segments_matched"),
        ("Governments α_u", "/tags/governments/alpha_u"),
        ("Governments Cohen κ", "/tags/governments/cohen_kappa"),
        ("International organizations α_u", "/tags/international-organizations/alpha_u"),
        ("Civil society Percent", "/tags/civil-society/percent"),
    ];
    for (cell, pointer) in cells {
        let value = cli_value(&cli, pointer);
        assert!(harness.query_by_label(&format!("{cell}: {value}")).is_some(), "no cell {cell}: {value}");
    }
    // Not the sample's own figures (α_u 0.785 there).
    assert_ne!(cli_value(&cli, "/overall/alpha_u"), "0.785");
    assert!(harness.query_by_label("Pooled over 2 of 2 documents: those every coder coded.").is_some());
    let count = cli["disagreements"].as_array().unwrap().len();
    assert!(harness.query_by_label(&format!("Disagreements ({count})")).is_some(), "{count} disagreements");

    // A disagreement in the declaration names it; a click opens it and selects the passage.
    let title = cli["documents"][1]["title"].as_str().unwrap().to_owned();
    let row = format!("{title}  ¶");
    // The list shows the rows in view: scrolled, row by row, as a user would.
    let rows = |harness: &Harness<'_, GlosaApp>| -> Vec<String> {
        harness.query_all_by_label_contains(" — “").filter_map(|n| n.accesskit_node().label()).collect()
    };
    let mut label = None;
    for _ in 0..count {
        label = rows(&harness).into_iter().find(|l| l.starts_with(&row) && l.contains("different tags"));
        if label.is_some() {
            break;
        }
        let last = rows(&harness).pop().expect("rows in the list");
        harness.get_by_label(&last).scroll_to_me();
        settle(&mut harness);
    }
    let label =
        label.unwrap_or_else(|| panic!("the declaration's different tags are not in the list: {:#?}", rows(&harness)));
    harness.get_by_label(&label).click_accesskit();
    settle(&mut harness);
    let app = harness.state();
    let active = app.state.active.unwrap();
    assert_eq!(app.state.project.document_of(active), Some(1), "the declaration is open");
    let selection = app.state.selection.expect("the passage is selected");
    let session = app.session().unwrap();
    assert_eq!(selection.text(session.document()), "la familia humana");
    assert!(app.state.agreement.is_pooled(), "still the whole project");
    // The colours are the declaration's now: its human family coded with different tags.
    assert!(harness.query_by_label_contains("with different tags: la familia humana").is_some());
    // Back to this document (the declaration alone): its own two coders' figures.
    harness.get_by_role_and_label(Role::RadioButton, "This document").click();
    settle(&mut harness);
    assert!(!harness.state().state.agreement.is_pooled());
    let udhr_disagreements = cli["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["document"] == cli["documents"][1]["path"])
        .count();
    assert!(harness.query_by_label(&format!("Disagreements ({udhr_disagreements})")).is_some());
}

/// The path field of the in-app path dialog (no native dialog in the tests).
fn path_field(harness: &Harness<'_, GlosaApp>) -> String {
    harness
        .query_all_by_role(Role::TextInput)
        .find(|n| n.accesskit_node().label().is_some_and(|l| l.contains("Type the path")))
        .and_then(|n| n.value())
        .expect("the path dialog's field")
}

#[test]
fn the_threshold_takes_what_the_cli_takes_such_as_40_percent() {
    let (_dir, mut harness) = two_coders();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_glosa"))
        .args(["agreement", "--allow-outside-folder", "--threshold", "0.4", "--format", "json"])
        .arg(repo(EXAMPLE))
        .arg(repo(SECOND_CODER))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let cli: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // The user types 40 into the threshold's field (a click on it edits it).
    harness.get_by_role(Role::SpinButton).click();
    settle(&mut harness);
    press_with(&mut harness, Modifiers::COMMAND, Key::A);
    harness.get_by_role(Role::TextInput).type_text("40");
    settle(&mut harness);
    gui_support::press(&mut harness, Key::Enter);
    settle(&mut harness);
    let threshold = harness.state().state.agreement.choice.threshold;
    assert_eq!(Some(threshold), glosa::model::agreement::Threshold::new(0.4), "40 %, not 50 %");
    assert!(harness.query_by_label_contains("segments match at 40% overlap").is_some());
    let segments = cli_value(&cli, "/overall/segments_matched");
    assert!(harness.query_by_label(&format!("All tags Segments: {segments}")).is_some(), "the CLI's {segments}");
}

#[test]
fn an_agreement_export_prompt_suggests_a_whole_file_name_beside_the_document() {
    let (dir, mut harness) = two_coders();
    harness.get_by_role_and_label(Role::Button, "Table (CSV)…").click();
    settle(&mut harness);
    let suggested = dir.path().join("brief-agreement.csv");
    assert_eq!(path_field(&harness), suggested.display().to_string());
    harness.get_by_role_and_label(Role::Button, "OK").click();
    settle(&mut harness);
    let table = std::fs::read_to_string(&suggested).expect("the table is written where suggested");
    assert!(table.contains("(overall),All tags"), "{table}");
    // File ▸ Export (Ctrl+E) suggests the excerpts' file the same way.
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    harness.get_by_role_and_label(Role::Button, "Export…").click();
    settle(&mut harness);
    let field = path_field(&harness);
    assert!(field.starts_with(&dir.path().join("brief-excerpts.").display().to_string()), "{field}");
}

/// The Agreement panel's resize handle (its top edge): the horizontal splitter.
fn panel_edge(harness: &Harness<'_, GlosaApp>) -> egui::Rect {
    harness
        .query_all_by_role(Role::Splitter)
        .find(|n| n.accesskit_node().orientation() == Some(egui::accesskit::Orientation::Horizontal))
        .expect("the Agreement panel's resize handle")
        .rect()
}

#[test]
fn at_1280_by_800_the_whole_table_shows_and_the_panel_grows_by_its_top_edge() {
    let (_dir, _doc, file) = example_copy();
    let mut harness = gui_support::app_on(&file, None);
    assert_eq!(harness.ctx.content_rect().size(), egui::vec2(1280.0, 800.0), "the default window");
    menu(&mut harness, "View", "Agreement view");
    settle(&mut harness);
    harness.state_mut().command(Command::AddCoderFile(repo(SECOND_CODER)));
    settle(&mut harness);
    let edge = panel_edge(&harness);
    let status = harness.get_by_label("11 paragraphs").rect();
    // Every group's row and the "All tags" row, in the panel, above the status bar.
    for cell in ["Governments α_u: 0.885", "Technical and academic community α_u: 0.769", "All tags α_u: 0.785"] {
        let rect = harness.get_by_label(cell).rect();
        assert!(rect.top() > edge.bottom() && rect.bottom() < status.top(), "{cell} at {rect:?}, edge {edge:?}");
    }
    // The top edge is dragged up by 80 points: the panel grows, no text is selected.
    let (x, y) = (edge.center().x, edge.center().y);
    gui_support::drag(&mut harness, egui::pos2(x, y), egui::pos2(x, y - 80.0));
    let moved = panel_edge(&harness);
    assert!((edge.center().y - moved.center().y - 80.0).abs() < 2.0, "{edge:?} → {moved:?}");
    assert_eq!(harness.state().state.selection, None, "no text was selected");
}
