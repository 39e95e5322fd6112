//! Errors and reports of the layers below the interface, in the interface language,
//! driven headlessly through `egui_kittest`: a corrupt annotation file and a
//! REFI-QDA project with an orphaned selection and a missing Word file, shown in
//! Spanish and in Arabic with the file's name (the lower layers keep typed errors
//! whose English `Display` the CLI prints; `glosa::ui::errors` words them).
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use egui::vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use glosa::ui::app::Settings;
use glosa::ui::bidi::without_isolates;
use glosa::ui::command::Command;
use glosa::ui::command::Modal;
use glosa::ui::fonts::GlosaFonts;
use glosa::ui::i18n::Language;
use glosa::ui::project::command::ProjectModal;
use glosa::ui::{GlosaApp, StartArgs};

fn app_in(language: Language, file: Option<&Path>, annotations: Option<&Path>) -> Harness<'static, GlosaApp> {
    let args =
        StartArgs { file: file.map(Path::to_owned), annotations: annotations.map(Path::to_owned), data_dir: None };
    let settings = Settings { language: Some(language), ..Settings::default() };
    let mut app = GlosaApp::with_settings(settings, args);
    app.fonts = GlosaFonts::bundled_only();
    let mut harness =
        Harness::builder().with_size(vec2(1280.0, 800.0)).build_ui_state(|ui, app: &mut GlosaApp| app.ui(ui), app);
    harness.run();
    harness
}

/// The Spanish UDHR and, beside it, an annotation file with `bytes`.
fn corrupt_pair(bytes: &[u8]) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let document = dir.path().join("udhr_spa.txt");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/udhr_spa.txt"), &document).unwrap();
    let annotations = dir.path().join("udhr_spa.glosa.ron");
    std::fs::write(&annotations, bytes).unwrap();
    (dir, document, annotations)
}

/// The message of the "cannot be read" dialog as screen readers get it (in
/// logical order, without the isolate marks an Arabic message keeps around its
/// placeables), after asserting it is the one shown.
fn unreadable_message(harness: &Harness<'_, GlosaApp>) -> String {
    let Some(Modal::Unreadable(unreadable)) = &harness.state().state.modal else {
        panic!("the unreadable-file dialog is shown: {:?}", harness.state().errors());
    };
    let spoken = without_isolates(&unreadable.error);
    assert!(harness.query_by_label(&spoken).is_some(), "{spoken}");
    spoken
}

#[test]
fn a_corrupt_annotation_file_is_explained_in_spanish_and_in_arabic_with_its_name() {
    // UTF-16 text, as a Windows editor may save it: not UTF-8.
    let utf16: Vec<u8> = "\u{FEFF}(format: \"glosa-annotations\")".encode_utf16().flat_map(u16::to_le_bytes).collect();
    let (_dir, document, annotations) = corrupt_pair(&utf16);
    let file = annotations.display();

    let harness = app_in(Language::Spanish, Some(&document), Some(&annotations));
    assert_eq!(
        unreadable_message(&harness),
        format!("No se puede leer (no es un archivo de anotaciones de Glosa (no es texto UTF-8)): {file}")
    );
    let harness = app_in(Language::Arabic, Some(&document), Some(&annotations));
    assert_eq!(
        unreadable_message(&harness),
        format!("تتعذر قراءته (ليس ملف تعليقات من Glosa \u{200F}(ليس نصًا بترميز UTF-8)): {file}")
    );
}

#[test]
fn a_file_from_a_newer_glosa_says_so_in_spanish_and_in_arabic() {
    let newer = b"(\n    format: \"glosa-annotations\",\n    version: 99,\n)\n";
    let (_dir, document, annotations) = corrupt_pair(newer);
    let file = annotations.display();
    let current = glosa::persist::annotations::VERSION;

    let harness = app_in(Language::Spanish, Some(&document), Some(&annotations));
    assert_eq!(
        unreadable_message(&harness),
        format!(
            "No se puede leer (creado por un Glosa más reciente (versión de formato 99; este Glosa lee la \
             versión {current}): actualice Glosa para abrirlo): {file}"
        )
    );
    let harness = app_in(Language::Arabic, Some(&document), Some(&annotations));
    assert_eq!(
        unreadable_message(&harness),
        format!(
            "تتعذر قراءته (أنشأه إصدار أحدث من Glosa (إصدار التنسيق 99؛ وهذا الإصدار يقرأ الإصدار {current}): \
             حدّث Glosa لفتحه): {file}"
        )
    );
}

#[test]
fn an_empty_document_is_reported_in_the_error_dialog_in_spanish_and_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let document = dir.path().join("vacío.txt");
    std::fs::write(&document, b"").unwrap();
    let cases = [
        (Language::Spanish, format!("No se puede abrir el documento (el archivo está vacío): {}", document.display())),
        (Language::Arabic, format!("تعذّر فتح المستند (الملف فارغ): {}", document.display())),
    ];
    for (language, expected) in cases {
        let harness = app_in(language, Some(&document), None);
        let errors: Vec<String> = harness.state().errors().iter().map(|e| without_isolates(e)).collect();
        assert_eq!(errors, std::slice::from_ref(&expected));
        assert!(harness.query_by_label(&expected).is_some(), "the error dialog shows it: {expected}");
    }
}

/// A ZIP with these entries.
fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        writer.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

const TEXT: &str = "La cooperación reforzada debe incluir a la sociedad civil.\n\nLos gobiernos desempeñan un papel.";

/// A MAXQDA-like project: one text source with a coding on its text and one whose
/// position is past its end (an orphan kept with its name), and a Word source whose
/// file is not in the archive.
fn qdpx(dir: &Path) -> PathBuf {
    let source = "11111111-1111-1111-1111-111111111111";
    let qde = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Cooperación" origin="MAXQDA 2022">
<CodeBook><Codes><Code guid="C0000000-0000-0000-0000-000000000001" name="sociedad civil" isCodable="true"/></Codes></CodeBook>
<Sources>
<TextSource guid="{source}" name="cooperacion.txt" plainTextPath="internal://{source}.txt">
<PlainTextSelection guid="5E000000-0000-0000-0000-000000000001" name="" startPosition="45" endPosition="57"><Coding guid="CD000000-0000-0000-0000-000000000001"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000001"/></Coding></PlainTextSelection>
<PlainTextSelection guid="5E000000-0000-0000-0000-000000000002" name="texto perdido" startPosition="500" endPosition="513"><Coding guid="CD000000-0000-0000-0000-000000000002"><CodeRef targetGUID="C0000000-0000-0000-0000-000000000001"/></Coding></PlainTextSelection>
</TextSource>
<TextSource guid="22222222-2222-2222-2222-222222222222" name="informe.docx" richTextPath="internal://informe.docx"/>
</Sources>
</Project>"#
    );
    let path = dir.join("cooperacion.qdpx");
    std::fs::write(&path, zip(&[("project.qde", qde.as_bytes()), (&format!("sources/{source}.txt"), TEXT.as_bytes())]))
        .unwrap();
    path
}

fn import_report(language: Language) -> (tempfile::TempDir, Harness<'static, GlosaApp>) {
    let dir = tempfile::tempdir().unwrap();
    let path = qdpx(dir.path());
    let mut harness = app_in(language, None, None);
    harness.state_mut().command(Command::ImportRefi(path));
    for _ in 0..50 {
        harness.run();
        if matches!(harness.state().state.modal, Some(Modal::Project(ProjectModal::ImportReport(_)))) {
            break;
        }
    }
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    assert!(
        matches!(harness.state().state.modal, Some(Modal::Project(ProjectModal::ImportReport(_)))),
        "the report is shown"
    );
    (dir, harness)
}

#[test]
fn the_refi_import_report_says_why_in_spanish_and_in_arabic() {
    let length = TEXT.chars().count();
    assert_eq!(length, 94);

    let (_dir, harness) = import_report(Language::Spanish);
    let misfit = "cooperacion.txt: «texto perdido»: la posición 500..513 no cabe en el texto (94 caracteres, contados en \
                  puntos de código)";
    assert!(harness.query_by_label(misfit).is_some(), "{misfit}");
    let problem = "no importada (su archivo DOCX no está en el archivo comprimido)";
    assert!(harness.query_by_label(problem).is_some(), "{problem}");

    let (_dir, harness) = import_report(Language::Arabic);
    let misfit = "cooperacion.txt: «texto perdido»: الموضع 500..513 لا يناسب النص (94 حرفًا، بعدّ نقاط الترميز)";
    assert!(harness.query_by_label(misfit).is_some(), "{misfit}");
    let problem = "لم يُستورد (ملف DOCX الخاص به ليس في الأرشيف)";
    assert!(harness.query_by_label(problem).is_some(), "{problem}");
}

#[test]
fn a_refi_qda_project_opened_as_a_document_says_so_and_offers_to_import_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = qdpx(dir.path());
    let mut harness = app_in(Language::Spanish, Some(&path), None);
    let Some(Modal::RefiNotDocument(file, message)) = harness.state().state.modal.clone() else {
        panic!("the REFI-QDA dialog is shown: {:?} {:?}", harness.state().state.modal, harness.state().errors());
    };
    assert_eq!(file, path);
    assert_eq!(
        message,
        format!(
            "No se puede abrir el documento (un proyecto REFI-QDA (.qdpx), no un documento: impórtelo con \
             «Importar proyecto o libro de códigos REFI-QDA…» en el menú Archivo): {}",
            path.display()
        )
    );
    assert!(harness.query_by_label(&message).is_some(), "the dialog shows it: {message}");
    assert!(harness.state().errors().is_empty(), "{:?}", harness.state().errors());
    harness.get_by_label("Importar").click();
    for _ in 0..50 {
        harness.run();
        if matches!(harness.state().state.modal, Some(Modal::Project(ProjectModal::ImportReport(_)))) {
            break;
        }
    }
    assert!(
        matches!(harness.state().state.modal, Some(Modal::Project(ProjectModal::ImportReport(_)))),
        "Import imports it as File ▸ Import REFI-QDA… would: {:?}",
        harness.state().errors()
    );
}
