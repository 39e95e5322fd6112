//! Editing sessions without the GUI: undo and redo keep every index exact, "modified"
//! follows the saved revision, and tagging many spans is one operation for the app
//! and the command line. Runs with `--no-default-features`.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use glosa::model::edit::{delete_tag, toggle_tag};
use glosa::model::{CharOffset, Edit, Segment, TagId, Timestamp};
use glosa::session::{ListFilter, Project, Session, TextSpan, find_text, new_highlight};
use glosa::workspace::Workspace;

const EXAMPLE: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn example() -> Session {
    Session::open_annotations(&repo(EXAMPLE)).unwrap()
}

/// A temp folder with a copy of the bundled sample, and a session on it with a new
/// annotation file (`mine.glosa.ron`).
fn sample_copy() -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    let session = Session::open_document(&doc, Some(dir.path().join("mine.glosa.ron")), None).unwrap();
    (dir, session)
}

fn at() -> Timestamp {
    Timestamp::from_second(1_764_000_000).unwrap()
}

fn tag(id: &str) -> TagId {
    TagId::new(id).unwrap()
}

/// A session built from scratch on the same document and annotations: what every
/// index must equal after in-place updates.
fn rebuilt(session: &Session) -> Session {
    let mut workspace = Workspace::open_annotations(&repo(EXAMPLE), None).unwrap();
    workspace.set = session.set().clone();
    Session::new(workspace, true)
}

fn assert_indexes_exact(session: &Session) {
    let fresh = rebuilt(session);
    assert_eq!(session.highlights(), fresh.highlights());
    assert_eq!(session.order(), fresh.order());
    assert_eq!(session.anchors(), fresh.anchors());
    assert_eq!(session.tag_counts(), fresh.tag_counts());
    assert_eq!(session.review_count(), fresh.review_count());
}

#[test]
fn edits_undo_and_redo_keep_every_index_as_a_rebuild_gives_it() {
    let mut session = example();
    let count = session.set().annotations.len();
    assert_eq!(count, 10);
    let first = session.order()[0];
    let fourth = session.order()[3];
    let segment = Segment::new(session.document(), 4, CharOffset(0), CharOffset(12)).unwrap();
    let created = new_highlight(vec![segment], BTreeSet::from([tag("civil-society")]), "test", at()).unwrap();
    let created_id = created.id;
    let edits = [
        Edit::Create(Box::new(created)),
        toggle_tag(session.set(), first, &tag("private-sector"), at()).unwrap(),
        Edit::Delete(fourth),
    ];
    for edit in edits {
        session.apply(edit).unwrap();
        assert_indexes_exact(&session);
    }
    assert!(session.order().contains(&created_id));
    assert!(!session.order().contains(&fourth));
    // Deleting a tag: a batch over several annotations, then undone and redone.
    let civil = session.tag_count(&tag("civil-society"));
    assert!(civil >= 2);
    session.apply(delete_tag(session.set(), &tag("civil-society"), at()).unwrap()).unwrap();
    assert_eq!(session.tag_count(&tag("civil-society")), 0);
    assert_indexes_exact(&session);
    assert!(session.undo().unwrap());
    assert_eq!(session.tag_count(&tag("civil-society")), civil);
    assert_indexes_exact(&session);
    while session.undo().unwrap() {
        assert_indexes_exact(&session);
    }
    assert_eq!(session.set().annotations.len(), count);
    assert!(!session.is_modified(), "undoing everything returns to the state opened");
    while session.redo().unwrap() {
        assert_indexes_exact(&session);
    }
    assert_eq!(session.tag_count(&tag("civil-society")), 0);
}

#[test]
fn undoing_back_to_the_saved_state_is_unmodified_and_saving_resets_the_mark() {
    let (_dir, mut session) = sample_copy();
    assert!(!session.is_modified());
    let segment = Segment::new(session.document(), 0, CharOffset(0), CharOffset(26)).unwrap();
    let annotation = new_highlight(vec![segment], BTreeSet::from([tag("governments")]), "ana", at()).unwrap();
    let id = annotation.id;
    session.apply(Edit::Create(Box::new(annotation))).unwrap();
    assert!(session.is_modified());
    session.undo().unwrap();
    assert!(!session.is_modified(), "back where it was opened");
    session.redo().unwrap();
    assert!(session.is_modified());

    session.save().unwrap();
    assert!(!session.is_modified());
    assert!(session.has_file());
    // Typing a note (merged into one step), then undoing it: saved state again.
    for note in ["N", "No", "Nota"] {
        let edit = Edit::SetNote { id, note: note.into(), modified: at() };
        session.apply_merging(edit, Some(format!("note:{id}"))).unwrap();
        assert!(session.is_modified());
    }
    assert!(session.undo().unwrap());
    assert!(!session.is_modified());
    assert_eq!(session.annotation(id).unwrap().note, "");
    // Undoing past the save is a change again.
    session.undo().unwrap();
    assert!(session.is_modified());
    assert!(session.set().annotations.is_empty());
}

#[test]
fn a_new_annotation_file_is_not_a_chosen_one_until_saved() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    std::fs::copy(repo(SAMPLE), &doc).unwrap();
    let mut session = Session::open_document(&doc, None, None).unwrap();
    assert!(!session.has_file(), "Save asks where");
    assert_eq!(session.workspace().annotations_path, dir.path().join("brief.glosa.ron"));
    let written = session.save_as(dir.path()).unwrap();
    assert_eq!(written, dir.path().join("brief.glosa.ron"), "a folder gets DOC-NAME.glosa.ron");
    assert!(session.has_file());
    // The same file is found next to the document next time.
    let again = Session::open_document(&doc, None, None).unwrap();
    assert!(again.has_file());
    // Save As on the document's own name writes beside it, never over it.
    let original = std::fs::read(&doc).unwrap();
    let beside = session.save_as(&doc).unwrap();
    assert_eq!(beside, dir.path().join("brief.txt.glosa.ron"));
    assert_eq!(std::fs::read(&doc).unwrap(), original);
}

#[test]
fn tagging_find_hits_adds_the_tag_to_an_exact_highlight_and_is_one_undo_step() {
    let mut session = example();
    let before = session.set().clone();
    let hits = find_text(session.document(), "gobiernos");
    let paragraphs: Vec<usize> = hits.iter().map(|h| h.paragraph + 1).collect();
    assert_eq!(paragraphs, [2, 6, 6, 8], "¶ numbers of the hits");
    let tagging = session.tag_spans(&hits, &tag("civil-society"), "luis", at()).unwrap();
    assert_eq!((tagging.added, tagging.tagged, tagging.already), (4, 0, 0));
    assert_eq!(session.tag_count(&tag("civil-society")), before.count_tagged(&tag("civil-society")) + 4);
    assert_indexes_exact(&session);
    let again = session.tag_spans(&hits, &tag("civil-society"), "luis", at()).unwrap();
    assert_eq!((again.added, again.tagged, again.already), (0, 0, 4), "a second run adds nothing");
    // Tagging the same hits with another group adds it to those highlights.
    let other = session.tag_spans(&hits, &tag("governments"), "luis", at()).unwrap();
    assert_eq!((other.added, other.tagged, other.already), (0, 4, 0));
    session.undo().unwrap();
    session.undo().unwrap();
    assert_eq!(session.set(), &before, "each tagging is one undo step");
    assert!(!session.is_modified());
}

#[test]
fn list_filters_by_tag_status_and_text_in_document_order() {
    let session = example();
    let all = session.filtered(&ListFilter::default());
    assert_eq!(all, session.order());
    let governments = ListFilter { tag: Some(tag("governments")), ..ListFilter::default() };
    let kept = session.filtered(&governments);
    assert_eq!(kept.len(), 2);
    assert!(kept.iter().all(|id| session.annotation(*id).unwrap().tags.contains(&tag("governments"))));
    let text = ListFilter { text: "CUMPLIR".into(), ..ListFilter::default() };
    let found: Vec<String> =
        session.filtered(&text).iter().map(|id| session.annotation(*id).unwrap().quote()).collect();
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("que permita a los gobiernos cumplir"), "{found:?}");
}

#[test]
fn find_counts_hits_in_code_points_per_paragraph() {
    let session = example();
    let hits = find_text(session.document(), "GOBIERNOS");
    let text = session.document().text_of(&session.document().paragraphs()[1]);
    let first = hits[0];
    let quote: String = text.chars().skip(first.start.0).take(first.end.0 - first.start.0).collect();
    assert_eq!(quote, "gobiernos");
    assert_eq!(first, TextSpan::new(1, first.start.0, first.start.0 + 9));
}

#[test]
fn a_project_holds_sessions_by_ids_never_reused() {
    let mut project = Project::default();
    let first = project.insert(example());
    let (_dir, copy) = sample_copy();
    let second = project.insert(copy);
    assert_ne!(first, second);
    assert_eq!(project.len(), 2);
    assert!(!project.is_modified());
    let removed = project.remove(first).unwrap();
    assert_eq!(removed.set().annotations.len(), 10);
    let third = project.insert(removed);
    assert!(third != first && third != second, "a closed session's ID finds nothing");
    assert!(project.get(first).is_none());
    let session = project.get_mut(second).unwrap();
    let segment = Segment::new(session.document(), 0, CharOffset(0), CharOffset(5)).unwrap();
    let annotation = new_highlight(vec![segment], BTreeSet::new(), "ana", at()).unwrap();
    session.apply(Edit::Create(Box::new(annotation))).unwrap();
    assert!(project.is_modified());
    assert_eq!(project.iter().map(|(id, _)| id).collect::<Vec<_>>(), [second, third]);
}

#[test]
fn exports_name_what_they_refuse_and_count_what_they_write() {
    let (dir, session) = sample_copy();
    let refused = session.export_to(&session.workspace().document_path, glosa::export::Format::Csv, None, &[]);
    assert!(refused.unwrap_err().to_string().starts_with("not exporting over the open document"));
    let out = dir.path().join("excerpts.csv");
    let example = example();
    let count = example.export_to(&out, glosa::export::Format::Csv, None, &[]).unwrap();
    assert_eq!(count, 10);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("document,document_file,paragraph_id,"), "{csv}");
}

#[test]
fn a_read_only_example_saves_to_its_copy_or_asks_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let bundled = std::fs::read(repo(EXAMPLE)).unwrap();
    let mut session = example();
    session.set_read_only(None);
    assert!(!session.has_file(), "without a copy, Save asks where");
    let segment = Segment::new(session.document(), 0, CharOffset(0), CharOffset(5)).unwrap();
    let annotation = new_highlight(vec![segment], BTreeSet::new(), "ana", at()).unwrap();
    session.apply(Edit::Create(Box::new(annotation))).unwrap();
    let refused = session.save().unwrap_err().to_string();
    assert!(refused.starts_with("the bundled example is read-only; save your work with Save As: "), "{refused}");
    let copy = dir.path().join("mine").join("example.glosa.ron");
    session.set_read_only(Some(copy.clone()));
    assert!(session.has_file());
    session.save().unwrap();
    assert!(!session.is_modified() && !session.is_read_only());
    assert_eq!(session.workspace().annotations_path, copy);
    assert_eq!(glosa::persist::annotations::load(&copy).unwrap().annotations.len(), 11);
    assert_eq!(std::fs::read(repo(EXAMPLE)).unwrap(), bundled, "the example is untouched");
}

#[test]
fn the_apps_json_export_names_the_document_by_an_absolute_file_iri_and_positions_select_the_quote_in_it() {
    let session = example();
    let mut out = Vec::new();
    let count = session.export(&mut out, glosa::export::Format::Json, None, &[]).unwrap();
    assert_eq!(count, 10);
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let file = std::fs::read_to_string(repo(SAMPLE)).unwrap();
    let chars: Vec<char> = file.chars().collect();
    let items = json["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), 10);
    for item in items {
        let target = &item["target"];
        let target = if target.is_array() { &target[0] } else { target };
        let source = target["source"]["id"].as_str().or_else(|| target["source"].as_str()).unwrap();
        assert!(source.starts_with("file:///"), "{source}");
        assert!(source.ends_with("itu-wtpf13-enhanced-cooperation-brief.es.txt"), "{source}");
        let selectors = target["selector"].as_array().unwrap();
        let exact = selectors.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap()["exact"].as_str().unwrap();
        let position = selectors.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
        let (start, end) = (position["start"].as_u64().unwrap() as usize, position["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[start..end].iter().collect::<String>(), exact);
    }
}
