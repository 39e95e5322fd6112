//! Saves under the lock merge what changed on disk meanwhile (issue 10): two or
//! three people saving the same file at the same moment all keep their work.
//! Stress test: 200 trials with 2 writers and 200 with 3, each writer a separate
//! workspace (its own file handles and lock) on its own thread.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::Path;
use std::sync::{Arc, Barrier};

use glosa::model::{Annotation, CharOffset, Edit, InstallationId, Local, Segment, TagId};
use glosa::persist::annotations;
use glosa::workspace::{Workspace, new_annotation_id, now};

const SAMPLE: &str = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";

fn writer_installation(n: usize) -> InstallationId {
    InstallationId(ulid::Ulid::from_parts(1_780_000_000_000, 1 + n as u128))
}

/// Opens the file, highlights paragraph `n`, waits for the others, saves merging.
fn write(doc: &Path, file: &Path, n: usize, barrier: &Barrier) -> usize {
    let mut workspace = Workspace::open(doc, file).unwrap();
    workspace.set.set_local(Local { installation: writer_installation(n), now: Some(now()) });
    let at = now();
    let segment = Segment::new(&workspace.document, n, CharOffset(0), CharOffset(8)).unwrap();
    workspace
        .set
        .apply(Edit::Create(Box::new(Annotation {
            id: new_annotation_id(at),
            segments: vec![segment],
            tags: [TagId::new("governments").unwrap()].into(),
            note: format!("writer {n}"),
            author: format!("writer {n}"),
            created: at,
            modified: at,
        })))
        .unwrap();
    barrier.wait();
    workspace.save_merging().unwrap();
    workspace.set.annotations.len()
}

fn trials(writers: usize, count: usize) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
    let mut lost = 0;
    for trial in 0..count {
        let file = dir.path().join(format!("t{trial}.glosa.ron"));
        let barrier = Arc::new(Barrier::new(writers));
        let handles: Vec<_> = (0..writers)
            .map(|n| {
                let (doc, file, barrier) = (doc.clone(), file.clone(), Arc::clone(&barrier));
                std::thread::spawn(move || write(&doc, &file, n, &barrier))
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }
        let saved = annotations::load(&file).unwrap();
        let mut notes: Vec<&str> = saved.annotations.iter().map(|a| a.note.as_str()).collect();
        notes.sort_unstable();
        let expected: Vec<String> = (0..writers).map(|n| format!("writer {n}")).collect();
        if notes != expected.iter().map(String::as_str).collect::<Vec<_>>() {
            lost += 1;
        }
    }
    assert_eq!(lost, 0, "{lost} of {count} trials lost a writer's annotation");
}

#[test]
fn two_writers_saving_at_once_both_keep_their_annotation_in_200_trials() {
    trials(2, 200);
}

#[test]
fn three_writers_saving_at_once_all_keep_their_annotation_in_200_trials() {
    trials(3, 200);
}

#[test]
fn two_people_editing_the_same_note_and_saving_get_a_conflict_with_both_notes() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &doc).unwrap();
    let file = dir.path().join("brief.glosa.ron");
    let mut base = Workspace::open(&doc, &file).unwrap();
    base.set.set_local(Local { installation: writer_installation(9), now: Some(now()) });
    let at = now();
    let id = new_annotation_id(at);
    let segment = Segment::new(&base.document, 1, CharOffset(0), CharOffset(8)).unwrap();
    let annotation = Annotation {
        id,
        segments: vec![segment],
        tags: [TagId::new("governments").unwrap()].into(),
        note: String::new(),
        author: "Ana".into(),
        created: at,
        modified: at,
    };
    base.set.apply(Edit::Create(Box::new(annotation))).unwrap();
    base.save().unwrap();
    let mut ana = Workspace::open(&doc, &file).unwrap();
    let mut ben = Workspace::open(&doc, &file).unwrap();
    for (n, (workspace, note)) in [(&mut ana, "nota de Ana"), (&mut ben, "nota de Ben")].into_iter().enumerate() {
        workspace.set.set_local(Local { installation: writer_installation(n), now: Some(now()) });
        workspace.set.apply(Edit::SetNote { id, note: note.to_owned(), modified: now() }).unwrap();
    }
    assert!(ana.save_merging().unwrap().is_clean());
    let report = ben.save_merging().unwrap();
    assert_eq!(report.conflicts, [id]);
    let text = fs::read_to_string(&file).unwrap();
    assert!(text.contains("nota de Ana") && text.contains("nota de Ben"));
    assert_eq!(ben.set.annotations.versions_of(&id).len(), 2);
}
