//! Authors and author aliases in an editing session (issue 10): recording that
//! two author names are one person is one undoable edit, kept in the annotation
//! file and kept by merges; inter-coder agreement counts the aliased names as
//! one coder.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use glosa::model::authors::People;
use glosa::model::{CharOffset, Edit, Segment, TagId};
use glosa::persist::annotations;
use glosa::persist::document::read_document;
use glosa::session::agreement::{Inputs, compute};
use glosa::session::{Session, new_highlight};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const FIRST_CODER: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
const SECOND_CODER: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.second-coder.glosa.ron";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A temp folder with the sample and its example annotations (`brief.glosa.ron`).
fn example_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    let mut workspace = glosa::workspace::Workspace::open(&repo(SAMPLE), &repo(FIRST_CODER)).unwrap();
    workspace.document_path.clone_from(&doc);
    workspace.save_as(&file).unwrap();
    (dir, file)
}

fn highlight_by(session: &mut Session, author: &str, paragraph: usize) {
    let segment = Segment::new(session.document(), paragraph, CharOffset(0), CharOffset(12)).unwrap();
    let annotation =
        new_highlight(vec![segment], [TagId::new("civil-society").unwrap()].into(), author, glosa::workspace::now())
            .unwrap();
    session.apply(Edit::Create(Box::new(annotation))).unwrap();
}

fn pair(alias: &str, person: &str) -> BTreeSet<(String, String)> {
    [(alias.to_owned(), person.to_owned())].into()
}

#[test]
fn an_author_alias_is_one_undo_step_saved_in_the_file() {
    let (_dir, file) = example_copy();
    let mut session = Session::open_annotations(&file).unwrap();
    highlight_by(&mut session, "Ana K.", 3);
    highlight_by(&mut session, "ana.k@example.org", 5);
    session.save().unwrap();
    let counts = session.author_counts();
    assert_eq!(counts.get("Ana K."), Some(&1));
    assert_eq!(counts.get("ana.k@example.org"), Some(&1));
    assert_eq!(counts.get("Glosa example"), Some(&10));

    assert!(session.alias_author("Ana K.", "ana.k@example.org").unwrap());
    assert!(session.is_modified());
    assert_eq!(session.people().person_of("Ana K."), "ana.k@example.org");
    assert_eq!(session.people().person_of("Glosa example"), "Glosa example");
    assert!(!session.alias_author("ana.k@example.org", "Ana K.").unwrap(), "one person already");
    assert!(session.set().annotations.iter().any(|a| a.author == "Ana K."), "annotations keep their names");

    assert!(session.undo().unwrap());
    assert!(session.people().is_empty());
    assert!(!session.is_modified());
    assert!(session.redo().unwrap());
    session.save().unwrap();

    let saved = annotations::read(&file).unwrap().file.into_set().1;
    assert_eq!(*saved.annotations.author_aliases(), pair("Ana K.", "ana.k@example.org"));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("(\"Ana K.\", \"ana.k@example.org\")"), "recorded in the file");
    let reopened = Session::open_annotations(&file).unwrap();
    assert_eq!(reopened.people().person_of("Ana K."), "ana.k@example.org");
}

#[test]
fn merging_a_colleagues_file_keeps_both_sides_aliases() {
    let (dir, file) = example_copy();
    let theirs = dir.path().join("theirs.glosa.ron");
    std::fs::copy(&file, &theirs).unwrap();
    let mut colleague = Session::open_annotations(&theirs).unwrap();
    assert!(colleague.alias_author("K. Mensah", "Kwame Mensah").unwrap());
    colleague.save().unwrap();

    let mut session = Session::open_annotations(&file).unwrap();
    assert!(session.alias_author("Ana K.", "Ana Karimova").unwrap());
    session.apply_merge(annotations::read(&theirs).unwrap().file).unwrap();
    let people = session.people();
    assert_eq!(people.person_of("K. Mensah"), "Kwame Mensah");
    assert_eq!(people.person_of("Ana K."), "Ana Karimova");
}

/// The two coders' example files, with the second coder's annotations on the
/// first half of the document written under another name ("L. Fernández").
fn split_second_coder() -> Inputs {
    let first = annotations::load(&repo(FIRST_CODER)).unwrap().annotations;
    let mut second = annotations::load(&repo(SECOND_CODER)).unwrap().annotations;
    let renamed = second.len() / 2;
    for annotation in second.iter_mut().take(renamed) {
        assert_eq!(annotation.author, "Lucía Fernández");
        "L. Fernández".clone_into(&mut annotation.author);
    }
    Inputs {
        document: Arc::new(read_document(&repo(SAMPLE)).unwrap()),
        name: SAMPLE.to_owned(),
        sources: vec![(FIRST_CODER.to_owned(), Arc::new(first)), (SECOND_CODER.to_owned(), Arc::new(second))],
    }
}

#[test]
fn agreement_counts_aliased_names_as_one_coder() {
    let inputs = split_second_coder();
    let unaliased = inputs.prepare();
    assert_eq!(unaliased.coders(), ["Glosa example", "L. Fernández", "Lucía Fernández"]);

    let people = People::from_aliases(&pair("L. Fernández", "Lucía Fernández"));
    let options = glosa::model::agreement::Options { aliases: people.coder_aliases(), ..Default::default() };
    let prepared = inputs.prepare_with(&options.aliases);
    assert_eq!(prepared.coders(), ["Glosa example", "Lucía Fernández"]);
    let (report, marks) = compute(&inputs.document, &prepared, &options);
    let report = report.unwrap();
    // Exactly the figures of the two unsplit files (tests/agreement_view.rs).
    assert_eq!(format!("{:.3}", report.pooled.overall.alpha_u.get().unwrap()), "0.785");
    assert_eq!(format!("{:.3}", report.pooled.overall.cohen_kappa.get().unwrap()), "0.752");
    assert_eq!(report.disagreements.len(), 5);
    assert!(!marks.is_empty());
}
