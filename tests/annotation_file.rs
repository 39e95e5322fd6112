//! The `*.glosa.ron` annotation file: round trips, determinism, tolerance, and no
//! panics on any input.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

use std::path::PathBuf;

use glosa::persist::annotations::{AnnotationFile, LoadError, from_ron_str, to_ron_string};
use proptest::prelude::*;

fn example_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron")
}

fn example_text() -> String {
    std::fs::read_to_string(example_path()).unwrap()
}

#[test]
fn the_shipped_example_covers_all_six_stakeholder_groups_with_notes() {
    let file = from_ron_str(&example_text()).unwrap();
    assert_eq!(file.document.path, "../assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt");
    assert_eq!(file.document.paragraph_count, 11);
    assert!(file.annotations.len() >= 8);
    assert!(file.annotations.iter().all(|a| !a.note.is_empty()));
    let used: std::collections::BTreeSet<&str> =
        file.annotations.iter().flat_map(|a| a.tags.iter().map(glosa::model::TagId::as_str)).collect();
    let all: std::collections::BTreeSet<&str> = file.tags.tags().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(used, all);
    let paragraphs: std::collections::BTreeSet<&str> =
        file.annotations.iter().map(|a| a.segments[0].paragraph.as_str()).collect();
    assert!(paragraphs.len() >= 6, "spread over the brief: {paragraphs:?}");
}

#[test]
fn writing_what_was_read_gives_the_same_bytes() {
    let text = example_text();
    let file = from_ron_str(&text).unwrap();
    assert_eq!(to_ron_string(&file).unwrap(), text);
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let text = format!("\u{FEFF}{}", example_text());
    assert!(from_ron_str(&text).is_ok());
}

#[test]
fn tags_missing_from_the_tag_set_are_kept() {
    let text = example_text().replacen(
        "\"governments\",\n            ]",
        "\"governments\",\n                \"media\",\n            ]",
        1,
    );
    assert_ne!(text, example_text(), "the edit applies");
    let file: AnnotationFile = from_ron_str(&text).unwrap();
    assert!(file.annotations.iter().any(|a| a.tags.iter().any(|t| t.as_str() == "media")));
    assert!(to_ron_string(&file).unwrap().contains("\"media\""));
}

#[test]
fn syntax_errors_report_line_and_column() {
    let text = example_text().replacen("start: 128,", "start: 128,,", 1);
    match from_ron_str(&text) {
        Err(LoadError::Syntax { line, column, .. }) => {
            let bad_line = text.lines().position(|l| l.contains("128,,")).unwrap() + 1;
            assert_eq!((line, column), (bad_line, 32));
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn truncated_annotation_files_never_panic(cut in 0usize..100_000) {
        let text = example_text();
        let mut end = cut % (text.len() + 1);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let result = from_ron_str(&text[..end]);
        prop_assert!(end == text.len() || result.is_err());
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let _ = from_ron_str(&text);
    }

    #[test]
    fn arbitrary_ron_like_text_never_panics(text in r#"[(),:\[\]" a-z0-9_.\-\n]{0,300}"#) {
        let _ = from_ron_str(&format!("(format: \"glosa-annotations\", version: 1, {text}"));
    }
}

#[test]
fn a_format_version_1_file_is_read_and_upgraded_to_version_2_on_writing() {
    let v1 =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-v1.glosa.ron"))
            .unwrap();
    let file = from_ron_str(&v1).unwrap();
    assert_eq!((file.version, file.annotations.len()), (1, 10));
    assert!(file.versions.revs.is_empty(), "a version 1 item has an empty version vector");
    // The shipped example is this very file, upgraded: same annotations, new fields.
    assert_eq!(to_ron_string(&file).unwrap(), example_text());
    assert_eq!(to_ron_string(&from_ron_str(&example_text()).unwrap()).unwrap(), example_text());
}

#[test]
fn a_file_of_a_newer_format_names_its_version() {
    let newer = example_text().replacen("version: 2,", "version: 3,", 1);
    let error = from_ron_str(&newer).unwrap_err();
    assert!(matches!(error, LoadError::NewerVersion(3)));
    assert!(error.to_string().contains("made by a newer Glosa (format version 3; this Glosa reads version 2)"));
}
