//! The project views mirror in a right-to-left interface language, as the main
//! window's panels do, driven headlessly through `egui_kittest` and read through
//! AccessKit: in Arabic the project's tabs start on the right and the Corpus
//! table's first column is on the right; in English both run left to right.
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
use glosa::ui::GlosaApp;
use glosa::ui::command::Command;
use glosa::ui::i18n::{self, Language};
use glosa::ui::project::ProjectView;
use glosa::ui::project::command::ProjectCommand;
use project_support::coded_project;

/// The app in `language` on the project folder `path`, its files read.
fn app_in(language: Language, path: &Path) -> Harness<'static, GlosaApp> {
    gui_support::app_in_language(language, path, vec2(1280.0, 800.0))
}

/// The horizontal centre of the widget screen readers know as `label` (the
/// catalogue's text for `key` in the harness's language, in logical order,
/// without the isolate marks around its placeables).
fn x_of(harness: &Harness<'_, GlosaApp>, key: &str, args: &[(&str, i18n::FluentValue<'_>)]) -> f32 {
    let label = glosa::ui::bidi::without_isolates(&i18n::tr_args_logical(key, args));
    harness.get_by_label(&label).rect().center().x
}

/// Tabs (Corpus before Codebook), the Corpus table's columns (Title before Files)
/// and a row's cells (its Open button before its document): where the first one
/// is, compared with the second, in `language`.
fn first_is_right_of_second(language: Language) -> [bool; 3] {
    let (dir, _) = coded_project();
    let mut harness = app_in(language, dir.path());
    harness.state_mut().command(Command::Project(ProjectCommand::ShowView(Some(ProjectView::Corpus))));
    harness.run();
    let tabs = x_of(&harness, "project-view-corpus", &[]) > x_of(&harness, "project-view-codebook", &[]);
    let columns = x_of(&harness, "corpus-column-title", &[]) > x_of(&harness, "corpus-column-files", &[]);
    let corpus = harness.state().state.project.corpus().unwrap();
    let key = corpus.documents()[0].key.clone();
    let open = x_of(&harness, "corpus-open-name", &[("key", key.as_str().into())]);
    let document = harness.get_by_role_and_label(Role::Button, &key).rect().center().x;
    [tabs, columns, open > document]
}

#[test]
fn in_arabic_the_project_tabs_and_the_corpus_columns_start_on_the_right() {
    assert_eq!(first_is_right_of_second(Language::Arabic), [true, true, true]);
}

#[test]
fn in_english_the_project_tabs_and_the_corpus_columns_start_on_the_left() {
    assert_eq!(first_is_right_of_second(Language::English), [false, false, false]);
}
