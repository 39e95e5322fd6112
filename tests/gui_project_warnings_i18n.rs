//! A project's warnings and errors in the interface language, driven headlessly
//! through `egui_kittest` on the project made from `tests/corpus/`: the Corpus
//! toolbar's scan and index warnings (a listed document gone, an annotation file
//! that is UTF-16, one for a document outside the project), a QDPX export that
//! leaves out an unreadable document and an orphaned annotation (and a single
//! document's QDPX export its orphan), and an attribute CSV that names a
//! document twice, in Spanish and in Arabic, each
//! with its file. The lower layers keep typed problems whose English `Display`
//! the CLI prints; `glosa::ui::errors` words them.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod gui_support;
mod project_support;

use gui_support::common;
use std::path::{Path, PathBuf};

use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::model::Edit;
use glosa::session::project::Project;
use glosa::session::project::export::ProjectFormat;
use glosa::session::{Session, new_highlight};
use glosa::ui::app::Settings;
use glosa::ui::command::{Command, ExportChoice};
use glosa::ui::fonts::GlosaFonts;
use glosa::ui::i18n::Language;
use glosa::ui::project::command::ProjectCommand;
use glosa::ui::{GlosaApp, StartArgs};
use project_support::{NRO, WTPF, at, coded_project, corpus_file, tag};

/// The app in `language` on the project folder `path`, its files read.
fn app_in(language: Language, path: &Path) -> Harness<'static, GlosaApp> {
    gui_support::app_in_language(language, path, vec2(1600.0, 900.0))
}

fn shown(harness: &Harness<'_, GlosaApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

/// The errors shown, as screen readers get them: without the isolate marks an
/// Arabic message keeps around its placeables.
fn spoken_errors(harness: &Harness<'_, GlosaApp>) -> Vec<String> {
    harness.state().errors().iter().map(|e| glosa::ui::bidi::without_isolates(e)).collect()
}

/// What the Corpus toolbar warns about in the project of [`troubled_project`].
struct Troubles {
    /// The document the project file lists, deleted since.
    gone: PathBuf,
    /// An annotation file saved as UTF-16, in the project folder.
    utf16: PathBuf,
    /// An annotation file of `udhr_spa.txt`, which is not in the project.
    stranger: PathBuf,
}

/// The coded project with three troubles (see [`Troubles`]); the second folder
/// is outside the project.
fn troubled_project() -> (tempfile::TempDir, tempfile::TempDir, Troubles) {
    let (dir, project) = coded_project();
    drop(project);
    let outside = tempfile::tempdir().unwrap();

    // The Tunis-era UDHR, listed by the project from outside its folder, then deleted.
    let gone = outside.path().join("udhr_spa_listed.txt");
    std::fs::copy(corpus_file("udhr_spa.txt"), &gone).unwrap();
    let mut project = Project::open(dir.path()).unwrap();
    let edit = project.corpus().unwrap().add_documents_edit(std::slice::from_ref(&gone)).unwrap().unwrap();
    project.apply_project_edit(edit).unwrap();
    project.save_project().unwrap();
    drop(project);
    std::fs::remove_file(&gone).unwrap();
    let key = glosa::persist::project::key_of(dir.path(), &gone);
    let gone = glosa::persist::project::resolve_key(dir.path(), &key);

    // As a Windows editor may save an annotation file: UTF-16, not UTF-8.
    let utf16 = dir.path().join("submissions/revisado.glosa.ron");
    let bytes: Vec<u8> = "\u{FEFF}(format: \"glosa-annotations\")".encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::write(&utf16, bytes).unwrap();

    // A colleague's coding of a document the project does not have, dropped in its
    // folder: nothing is where it says its document is, so the document is missing.
    let document = outside.path().join("udhr_spa.txt");
    std::fs::copy(corpus_file("udhr_spa.txt"), &document).unwrap();
    let mine = outside.path().join("udhr_spa.glosa.ron");
    let mut session = Session::open_document(&document, Some(mine.clone()), None).unwrap();
    let segment = common::segment_on(session.document(), "Todos los seres humanos nacen libres");
    let annotation =
        new_highlight(vec![segment], std::collections::BTreeSet::from([tag("civil-society")]), "ana", at(8)).unwrap();
    session.apply(Edit::Create(Box::new(annotation))).unwrap();
    session.save().unwrap();
    let stranger = dir.path().join("udhr_spa.glosa.ron");
    std::fs::copy(&mine, &stranger).unwrap();
    (dir, outside, Troubles { gone, utf16, stranger })
}

#[test]
fn the_corpus_toolbar_warns_in_spanish_and_in_arabic_naming_each_file() {
    let (dir, _outside, troubles) = troubled_project();
    let Troubles { gone, utf16, stranger } = &troubles;
    let resolved = dir.path().join("udhr_spa.txt");
    let cases = [
        (
            Language::Spanish,
            [
                format!("Falta un documento que el proyecto incluye: {}", gone.display()),
                format!("No es un archivo de anotaciones de Glosa (no es texto UTF-8): {}", utf16.display()),
                format!(
                    "Falta el documento de un archivo de anotaciones (borrado o movido) ({}): {}",
                    resolved.display(),
                    stranger.display()
                ),
            ],
        ),
        (
            Language::Arabic,
            [
                format!("مستند يدرجه المشروع مفقود: {}", gone.display()),
                format!("ليس ملف تعليقات من Glosa \u{200F}(ليس نصًا بترميز UTF-8): {}", utf16.display()),
                format!("مستند ملف التعليقات مفقود (حُذف أو نُقل) ({}): {}", resolved.display(), stranger.display()),
            ],
        ),
    ];
    for (language, warnings) in cases {
        let harness = app_in(language, dir.path());
        for warning in &warnings {
            assert!(shown(&harness, warning), "{language:?}: the toolbar shows “{warning}”");
        }
        // The CLI still prints the English lines.
        let corpus = harness.state().state.project.corpus().unwrap();
        assert_eq!(
            corpus.problems().iter().map(ToString::to_string).collect::<Vec<_>>(),
            [format!("a document the project lists is missing: {}", gone.display())]
        );
    }
}

#[test]
fn a_qdpx_export_lists_what_it_left_out_in_spanish_and_in_arabic() {
    let (dir, project) = coded_project();
    drop(project);
    // The NRO submission emptied (an unfinished download) and the WTPF opinion
    // replaced by another text: mei's “cooperación mejorada” has no place left.
    let nro = dir.path().join(NRO);
    std::fs::write(&nro, b"").unwrap();
    std::fs::copy(corpus_file("udhr_spa.txt"), dir.path().join(WTPF)).unwrap();

    for language in [Language::Spanish, Language::Arabic] {
        let mut harness = app_in(language, dir.path());
        let orphan = harness
            .state()
            .state
            .project
            .index()
            .unwrap()
            .files
            .iter()
            .flat_map(|f| f.set.annotations.iter())
            .find(|a| a.quote() == "cooperación mejorada")
            .unwrap()
            .id;
        let out = dir.path().join(format!("export-{}.qdpx", language.code()));
        harness.state_mut().command(Command::Project(ProjectCommand::ExportProject(out.clone(), ProjectFormat::Qdpx)));
        gui_support::settle(&mut harness);
        assert!(out.is_file(), "the QDPX is written");
        let expected = match language {
            Language::Spanish => [
                format!("No se puede leer el documento; no está en el QDPX: {}", nro.display()),
                format!(
                    "Anotación huérfana, no está en el QDPX (no tiene lugar en el texto): {orphan} «cooperación mejorada»"
                ),
            ],
            _ => [
                format!("تتعذر قراءة المستند، فهو ليس في QDPX: {}", nro.display()),
                format!("تعليق يتيم ليس في QDPX \u{200F}(لا مكان له في النص): {orphan} «cooperación mejorada»"),
            ],
        };
        assert_eq!(spoken_errors(&harness), expected, "{language:?}");
        // The unreadable document is in the toolbar too, with its reason.
        let toolbar = match language {
            Language::Spanish => format!("No se puede abrir el documento (el archivo está vacío): {}", nro.display()),
            _ => format!("تعذّر فتح المستند (الملف فارغ): {}", nro.display()),
        };
        assert!(shown(&harness, &toolbar), "{language:?}: {toolbar}");
    }
}

#[test]
fn an_attribute_csv_naming_a_document_twice_is_refused_in_spanish_and_in_arabic() {
    let (dir, project) = coded_project();
    drop(project);
    let csv = dir.path().join("valores.csv");
    std::fs::write(&csv, "document,region\nwgec_cis_inputs_2016.md,Asia\nwgec_cis_inputs_2016.md,Asia-Pacific\n")
        .unwrap();
    let cases = [
        (
            Language::Spanish,
            format!(
                "Línea 3: el documento «wgec_cis_inputs_2016.md» aparece dos veces (también en la línea 2): {}",
                csv.display()
            ),
        ),
        (
            Language::Arabic,
            format!("السطر 3: المستند «wgec_cis_inputs_2016.md» يظهر مرتين (وفي السطر 2 أيضًا): {}", csv.display()),
        ),
    ];
    for (language, expected) in cases {
        let mut harness = app_in(language, dir.path());
        harness.state_mut().command(Command::Project(ProjectCommand::ImportAttributes(csv.clone())));
        gui_support::settle(&mut harness);
        assert_eq!(spoken_errors(&harness), std::slice::from_ref(&expected));
        assert!(shown(&harness, &expected), "the error dialog shows it: {expected}");
        let corpus = harness.state().state.project.corpus().unwrap();
        assert!(!corpus.is_modified(), "nothing changed");
    }
}

#[test]
fn a_single_document_qdpx_export_names_the_orphan_it_left_out_in_spanish_and_in_arabic() {
    // The WTPF opinion coded, then replaced by another text: the highlight on
    // “cooperación mejorada” is an orphan, which a QDPX has no place for.
    let dir = tempfile::tempdir().unwrap();
    let document = dir.path().join("opinion.txt");
    std::fs::copy(corpus_file("wtpf13-cooperacion-mejorada.es.txt"), &document).unwrap();
    let annotations = dir.path().join("opinion.glosa.ron");
    let mut session = Session::open_document(&document, Some(annotations.clone()), None).unwrap();
    let segment = common::segment_on(session.document(), "cooperación mejorada");
    let highlight = new_highlight(
        vec![segment],
        std::collections::BTreeSet::from([tag("intergovernmental-organizations")]),
        "mei",
        at(7),
    )
    .unwrap();
    let orphan = highlight.id;
    session.apply(Edit::Create(Box::new(highlight))).unwrap();
    session.save().unwrap();
    drop(session);
    std::fs::copy(corpus_file("udhr_spa.txt"), &document).unwrap();

    for language in [Language::Spanish, Language::Arabic] {
        let args = StartArgs { file: Some(document.clone()), annotations: Some(annotations.clone()), data_dir: None };
        let settings = Settings { language: Some(language), ..Settings::default() };
        let mut app = GlosaApp::with_settings(settings, args);
        app.fonts = GlosaFonts::bundled_only();
        let mut harness = gui_support::harness(app, vec2(1280.0, 800.0));
        let session = harness.state().state.active.expect("the document is open");
        let out = dir.path().join(format!("opinion-{}.qdpx", language.code()));
        let choice = ExportChoice { format: glosa::export::Format::Qdpx, filtered: false };
        harness.state_mut().command(Command::Export(session, out.clone(), choice));
        gui_support::settle(&mut harness);
        assert!(out.is_file(), "the QDPX is written");
        let expected = match language {
            Language::Spanish => {
                format!(
                    "Anotación huérfana, no está en el QDPX (no tiene lugar en el texto): {orphan} «cooperación mejorada»"
                )
            }
            _ => format!("تعليق يتيم ليس في QDPX \u{200F}(لا مكان له في النص): {orphan} «cooperación mejorada»"),
        };
        assert_eq!(spoken_errors(&harness), std::slice::from_ref(&expected), "{language:?}");
    }
}

/// A project that lists a document outside its folder, deleted since, whose
/// annotation file remains beside it: the Corpus view says the document is
/// missing (the project's and the index's warnings), not "No documents: put
/// .txt or .md files in the project folder".
#[test]
fn a_listed_document_deleted_since_is_reported_missing_not_as_no_documents() {
    let outside = tempfile::tempdir().unwrap();
    let listed = outside.path().join("udhr.txt");
    std::fs::copy(corpus_file("udhr_spa.txt"), &listed).unwrap();
    let args = [
        "annotate",
        "udhr.txt",
        "--annotations",
        "udhr.glosa.ron",
        "--tag",
        "governments",
        "--quote",
        "la Asamblea General",
    ];
    common::ok(&common::run_in(outside.path(), &args));
    let folder = tempfile::tempdir().unwrap();
    let corpus = glosa::session::project::Corpus::init(folder.path(), Some("Listed")).unwrap();
    let edit = corpus.add_documents_edit(std::slice::from_ref(&listed)).unwrap().unwrap();
    let mut project = Project::open(folder.path()).unwrap();
    project.apply_project_edit(edit).unwrap();
    project.save_project().unwrap();
    drop(project);
    std::fs::remove_file(&listed).unwrap();
    let harness = app_in(Language::English, folder.path());
    let key = glosa::persist::project::key_of(folder.path(), &listed);
    let gone = glosa::persist::project::resolve_key(folder.path(), &key);
    // The paths as the project reaches them: from its folder, through the listing.
    let annotations = gone.with_file_name("udhr.glosa.ron");
    for label in [
        format!("A document the project lists is missing: {}", gone.display()),
        format!(
            "The document of an annotation file is missing (deleted or moved) ({}): {}",
            gone.display(),
            annotations.display()
        ),
        "No document can be shown: the project's documents are missing (see the warnings above).".to_owned(),
    ] {
        assert!(shown(&harness, &label), "the Corpus view shows “{label}”");
    }
    assert!(!shown(&harness, "No documents: put .txt or .md files in the project folder."));
}
