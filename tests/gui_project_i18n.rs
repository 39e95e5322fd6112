//! The project views in French and Chinese, driven headlessly through
//! `egui_kittest` and read through AccessKit: the Corpus tab's column headers
//! (the WSIS default attributes translated, an attribute the user typed kept as
//! typed) and the Coded segments tab's heading, count and filters come from the
//! catalogues (`assets/i18n/LANG/project.ftl`).
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;
mod project_support;

use gui_support::common;
use std::path::Path;

use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::model::attributes::{Attribute, AttributeKind};
use glosa::model::project::ProjectEdit;
use glosa::session::project::Project;
use glosa::ui::GlosaApp;
use glosa::ui::command::Command;
use glosa::ui::i18n::Language;
use glosa::ui::project::ProjectView;
use glosa::ui::project::command::ProjectCommand;
use project_support::{attribute, coded_project};

/// The app in `language` on the project folder `path`, its files read.
fn app_in(language: Language, path: &Path) -> Harness<'static, GlosaApp> {
    gui_support::app_in_language(language, path, vec2(1600.0, 900.0))
}

/// The coded project with one more attribute the user typed: "País (ISO)".
fn project_with_typed_attribute() -> tempfile::TempDir {
    let (dir, _) = coded_project();
    let mut project = Project::open(dir.path()).unwrap();
    let country = Attribute {
        id: attribute("pais"),
        label: "País (ISO)".to_owned(),
        description: String::new(),
        kind: AttributeKind::Text,
    };
    project.apply_project_edit(ProjectEdit::InsertAttribute { index: usize::MAX, attribute: country }).unwrap();
    project.save_project().unwrap();
    dir
}

fn has(harness: &Harness<'_, GlosaApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn show_segments(harness: &mut Harness<'_, GlosaApp>) {
    harness.state_mut().command(Command::Project(ProjectCommand::ShowView(Some(ProjectView::Segments))));
    harness.run();
    harness.run();
}

#[test]
fn the_corpus_and_coded_segments_tabs_in_french() {
    let dir = project_with_typed_attribute();
    let mut harness = app_in(Language::French, dir.path());
    for header in
        ["Document, tri croissant", "Titre", "Groupe de parties prenantes", "Région", "Langue", "Date", "Fichiers"]
    {
        assert!(has(&harness, header), "the corpus header “{header}”");
    }
    assert!(has(&harness, "País (ISO)"), "an attribute the user typed stays as typed");
    assert!(!has(&harness, "Stakeholder group") && !has(&harness, "Title"), "no English header is left");
    assert!(has(&harness, "6 documents · 5 fichiers d’annotations · 9 codages"));
    for tab in ["Corpus", "Livre de codes", "Segments codés", "Tableaux", "Recherche"] {
        assert!(has(&harness, tab), "the tab “{tab}”");
    }

    show_segments(&mut harness);
    assert!(has(&harness, "9 segments codés dans 4 documents"));
    for label in ["Codes", "avec les sous-codes", "Documents où", "Auteurs : tous", "État", "Effacer les filtres"] {
        assert!(has(&harness, label), "the filter “{label}”");
    }
}

#[test]
fn the_corpus_and_coded_segments_tabs_in_chinese() {
    let dir = project_with_typed_attribute();
    let mut harness = app_in(Language::Chinese, dir.path());
    for header in ["文档，升序", "标题", "利益相关方群体", "地区", "语言", "日期", "文件"] {
        assert!(has(&harness, header), "the corpus header “{header}”");
    }
    assert!(has(&harness, "País (ISO)"), "an attribute the user typed stays as typed");
    assert!(has(&harness, "6 个文档 · 5 个注释文件 · 9 个编码"));
    for tab in ["语料库", "代码本", "编码片段", "表格", "搜索"] {
        assert!(has(&harness, tab), "the tab “{tab}”");
    }

    show_segments(&mut harness);
    assert!(has(&harness, "4 个文档中的 9 个编码片段"));
    for label in ["代码", "包括子代码", "文档条件", "作者：全部", "状态", "清除筛选"] {
        assert!(has(&harness, label), "the filter “{label}”");
    }
}

fn count(harness: &Harness<'_, GlosaApp>, label: &str) -> usize {
    harness.query_all_by_label(label).count()
}

/// The stakeholder-group values (WSIS tag IDs) show as the tags' French labels
/// in the Corpus tab (one header per code plus one cell per document with that
/// value) and as the Tables tab's column heads, never as IDs or English labels.
#[test]
fn stakeholder_group_values_and_table_heads_in_french() {
    let (dir, _) = coded_project();
    let mut harness = app_in(Language::French, dir.path());
    // Header + Spain's value; header + Aspen's and WGEC's values.
    assert_eq!(count(&harness, "Gouvernements"), 2);
    assert_eq!(count(&harness, "Société civile"), 3);
    assert_eq!(count(&harness, "Organisations intergouvernementales"), 2);
    assert_eq!(count(&harness, "Communautés universitaire et technique"), 2);
    for english in ["Governments", "Civil society", "governments", "civil-society"] {
        assert_eq!(count(&harness, english), 0, "“{english}” left in the Corpus tab");
    }

    harness.state_mut().command(Command::Project(ProjectCommand::ShowView(Some(ProjectView::Tables))));
    harness.run();
    harness.run();
    for head in ["Gouvernements", "Secteur privé", "Société civile", "Organisations intergouvernementales"] {
        assert!(count(&harness, head) >= 2, "the row and column head “{head}”");
    }
    assert!(has(&harness, "Gouvernements × Gouvernements: 2"));
    assert!(has(&harness, "Gouvernements × Société civile: 1"));
    for raw in ["governments", "private-sector", "civil-society", "(no value)", "Governments"] {
        assert_eq!(count(&harness, raw), 0, "“{raw}” left in the Tables tab");
    }
}

/// In Russian the wider "Открыть" buttons fit their column: every row's cells
/// start exactly under their headers (document, title, stakeholder group).
#[test]
fn the_corpus_cells_line_up_with_their_headers_in_russian() {
    let (dir, _) = coded_project();
    let harness = app_in(Language::Russian, dir.path());
    let left = |label: &str| harness.get_by_label(label).rect().left();
    let document_header = left("Документ, по возрастанию");
    let title_header = left("Заголовок");
    let open = harness.get_by_label("Открыть submissions/netmundial_070B_gov_spain.txt").rect();
    assert!(open.right() <= document_header, "the Open button ({open:?}) runs into the Document column");
    // The key is a framed (selectable) button: its text starts one button
    // padding in, and so does the header's.
    let padding = harness.ctx.global_style().spacing.button_padding.x;
    assert!(padding > 0.0);
    for key in ["submissions/netmundial_070B_gov_spain.txt", "wgec_cis_inputs_2016.md"] {
        let cell = left(key) + padding;
        assert!((cell - document_header).abs() < 0.5, "{key}'s text at {cell}, its header at {document_header}");
    }
    let title = harness.query_all(egui_kittest::kittest::by().label_contains("SPANISH GOVERNMENT")).next().unwrap();
    let title = title.rect().left();
    assert!((title - title_header).abs() < 0.5, "title at {title}, its header at {title_header}");
}
