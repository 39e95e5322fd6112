//! A paragraph ID changed in the annotation file (a hand edit, another tool) while
//! the document kept the text the file was saved on: the quote is still found, but
//! the segment is *moved*, not *anchored*, so a reviewer sees that the file was
//! edited; `check --write` records the right ID and says so.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use common::run_in;
use std::fs;
use std::path::Path;

use glosa::model::anchor::{AnchorStatus, MoveReason};
use glosa::session::Session;

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
const SAVED: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
/// The first example annotation, on ¶2 (`p-e038927b0c1f`).
const ID: &str = "01M8KFV7G8G8ARKYP14MC9KWEY";

/// `brief.txt` and `brief.glosa.ron` (the bundled example) with the first
/// annotation's paragraph ID replaced by one no paragraph has.
fn with_bad_paragraph_id() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::copy(root.join(SAMPLE), dir.path().join("brief.txt")).unwrap();
    let text = fs::read_to_string(root.join(SAVED))
        .unwrap()
        .replace("../assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt", "brief.txt")
        .replacen("paragraph: \"p-e038927b0c1f\"", "paragraph: \"p-000000000000\"", 1);
    fs::write(dir.path().join("brief.glosa.ron"), text).unwrap();
    dir
}

#[test]
fn a_paragraph_id_missing_from_the_unchanged_document_is_moved() {
    let dir = with_bad_paragraph_id();
    let session = Session::open_annotations(&dir.path().join("brief.glosa.ron")).unwrap();
    assert!(!session.document_changed());
    let id = ID.parse().unwrap();
    assert_eq!(session.status(id), Some(AnchorStatus::Moved));
    assert_eq!(session.anchors()[&id].reason(), Some(MoveReason::ContextChanged));
    assert_eq!(session.location(id).map(|l| (l.paragraph, l.start.0, l.end.0)), Some((1, 100, 264)));
    assert_eq!(session.review_count(), 1);
}

#[test]
fn check_reports_it_moved_and_write_records_the_id() {
    let dir = with_bad_paragraph_id();
    let output = run_in(dir.path(), &["check", "brief.glosa.ron"]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text.lines().find(|l| l.contains(ID)).unwrap();
    assert!(line.starts_with("moved     ¶2     p-000000000000  01M8KFV7G8G8ARKYP14MC9KWEY  “que permita"), "{line}");
    assert!(line.ends_with("(context changed)"), "{line}");
    assert!(text.ends_with("9 anchored, 1 moved, 0 orphaned\n"), "{text}");

    let output = run_in(dir.path(), &["check", "brief.glosa.ron", "--write"]);
    assert_eq!(output.status.code(), Some(1), "it reports what it updated");
    assert!(String::from_utf8_lossy(&output.stdout).contains("9 anchored, 1 moved, 0 orphaned\n"));
    let file = glosa::persist::annotations::load(&dir.path().join("brief.glosa.ron")).unwrap();
    let annotation = file.annotations.iter().find(|a| a.id.to_string() == ID).unwrap();
    assert_eq!(annotation.segments[0].paragraph.as_str(), "p-e038927b0c1f");

    let output = run_in(dir.path(), &["check", "brief.glosa.ron"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).ends_with("10 anchored, 0 moved, 0 orphaned\n"));
}
