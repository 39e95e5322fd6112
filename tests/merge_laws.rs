//! The merge laws of issue 10, as properties over random multi-device histories:
//! several colleagues' installations create, tag, annotate, delete, undo and
//! rename tags on the bundled sample, and exchange files at random moments.
//! 15,000 cases in all (2,500 per property).
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::path::Path;

use glosa::model::merge::{merge, merge_into, merge_with_report};
use glosa::model::version::{InstallationId, Local};
use glosa::model::{
    Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Edit, History, Segment, TagSet,
    Timestamp,
};
use glosa::persist::annotations::{AnnotationFile, DocumentRef, from_ron_str, to_ron_string};
use proptest::prelude::*;

const CASES: u32 = 2_500;

fn document() -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/wtpf13-cooperacion-mejorada.es.txt");
    Document::parse(std::fs::read(path).unwrap(), "wtpf13-cooperacion-mejorada.es.txt").unwrap()
}

/// One step of a history.
#[derive(Clone, Debug)]
enum Step {
    /// Device `d` highlights paragraph `p`, code points `s..s+len`, tag `t`.
    Create { d: usize, p: usize, s: usize, tag: usize },
    /// Device `d` writes note `n` on its `k`-th live annotation.
    Note { d: usize, k: usize, n: u8 },
    /// Device `d` toggles tag `t` on its `k`-th live annotation.
    Tag { d: usize, k: usize, tag: usize },
    /// Device `d` deletes its `k`-th live annotation.
    Delete { d: usize, k: usize },
    /// Device `d` undoes its last step.
    Undo { d: usize },
    /// Device `d` relabels tag `t`.
    Relabel { d: usize, tag: usize, n: u8 },
    /// Device `d` merges device `e`'s file into its own.
    Sync { d: usize, e: usize },
}

fn step(devices: usize) -> impl Strategy<Value = Step> {
    let d = 0..devices;
    prop_oneof![
        3 => (d.clone(), 0..11usize, 0..40usize, 0..6usize).prop_map(|(d, p, s, tag)| Step::Create { d, p, s, tag }),
        3 => (d.clone(), 0..8usize, 0..4u8).prop_map(|(d, k, n)| Step::Note { d, k, n }),
        2 => (d.clone(), 0..8usize, 0..6usize).prop_map(|(d, k, tag)| Step::Tag { d, k, tag }),
        1 => (d.clone(), 0..8usize).prop_map(|(d, k)| Step::Delete { d, k }),
        1 => d.clone().prop_map(|d| Step::Undo { d }),
        1 => (d.clone(), 0..6usize, 0..3u8).prop_map(|(d, tag, n)| Step::Relabel { d, tag, n }),
        3 => (d.clone(), 0..devices).prop_map(|(d, e)| Step::Sync { d, e }),
    ]
}

struct Device {
    set: AnnotationSet,
    history: History,
    installation: InstallationId,
}

/// Runs `steps` on `devices` devices; returns their final annotation sets.
fn run(doc: &Document, devices: usize, steps: &[Step]) -> Vec<AnnotationSet> {
    let tags = TagSet::wsis_default();
    let mut all: Vec<Device> = (0..devices)
        .map(|i| Device {
            set: AnnotationSet { tags: tags.clone(), annotations: Annotations::default() },
            history: History::default(),
            installation: InstallationId(ulid::Ulid::from_parts(1_780_000_000_000 + i as u64, 7 + i as u128)),
        })
        .collect();
    for (clock, step) in steps.iter().enumerate() {
        let at = Timestamp::from_second(1_780_000_000 + i64::try_from(clock).unwrap()).unwrap();
        let tag_id = |t: usize| tags.tags()[t % tags.tags().len()].id.clone();
        let d = match step {
            Step::Create { d, .. }
            | Step::Note { d, .. }
            | Step::Tag { d, .. }
            | Step::Delete { d, .. }
            | Step::Undo { d }
            | Step::Relabel { d, .. }
            | Step::Sync { d, .. } => *d,
        };
        if let Step::Sync { d, e } = step {
            if d != e {
                let merged = merge(&all[*d].set, &all[*e].set);
                all[*d].set = merged;
                all[*d].history.clear();
            }
            continue;
        }
        let device = &mut all[d];
        device.set.set_local(Local { installation: device.installation, now: Some(at) });
        let live: Vec<AnnotationId> = device.set.annotations.iter().map(|a| a.id).collect();
        let pick = |k: usize| (!live.is_empty()).then(|| live[k % live.len()]);
        let edit = match step {
            Step::Create { p, s, tag, .. } => {
                let segment = Segment::new(doc, *p, CharOffset(*s), CharOffset(*s + 12));
                segment.map(|segment| {
                    Edit::Create(Box::new(Annotation {
                        id: AnnotationId::from_parts(1_780_000_000_000 + clock as u64, (d * 1_000 + clock) as u128),
                        segments: vec![segment],
                        tags: [tag_id(*tag)].into(),
                        note: String::new(),
                        author: format!("coder {d}"),
                        created: at,
                        modified: at,
                    }))
                })
            }
            Step::Note { k, n, .. } => pick(*k).map(|id| Edit::SetNote { id, note: format!("nota {n}"), modified: at }),
            Step::Tag { k, tag, .. } => {
                pick(*k).and_then(|id| glosa::model::edit::toggle_tag(&device.set, id, &tag_id(*tag), at))
            }
            Step::Delete { k, .. } => pick(*k).map(Edit::Delete),
            Step::Relabel { tag, n, .. } => device.set.tags.tags().get(*tag).map(|t| {
                let mut t = t.clone();
                t.label = format!("{} {n}", t.label);
                Edit::UpdateTag(t)
            }),
            Step::Undo { .. } => {
                let _ = device.history.undo(&mut device.set);
                None
            }
            Step::Sync { .. } => None,
        };
        if let Some(edit) = edit {
            let _ = device.history.apply(&mut device.set, edit);
        }
    }
    all.into_iter().map(|d| d.set).collect()
}

fn bytes(doc: &Document, set: &AnnotationSet) -> String {
    let reference = DocumentRef::new(doc, Path::new("/corpus/doc.txt"), Path::new("/corpus/doc.glosa.ron"));
    to_ron_string(&AnnotationFile::new(reference, set, Some(doc))).unwrap()
}

fn histories() -> impl Strategy<Value = (usize, Vec<Step>)> {
    (2..=4usize).prop_flat_map(|devices| (Just(devices), prop::collection::vec(step(devices), 1..30)))
}

/// Every version of `input` is in `merged` or dominated by a version there.
fn nothing_lost(input: &AnnotationSet, merged: &AnnotationSet) -> Result<(), TestCaseError> {
    for id in input.annotations.all_ids() {
        let kept = merged.annotations.versions_of(&id);
        for version in input.annotations.versions_of(&id) {
            let ok = kept.contains(&version) || kept.iter().any(|k| version.rev.dominated_by(&k.rev));
            prop_assert!(ok, "annotation {id}: a version vanished undominated: {version:?}");
        }
    }
    for id in input.tags.all_ids() {
        let kept = merged.tags.versions_of(&id);
        for version in input.tags.versions_of(&id) {
            let ok = kept.contains(&version) || kept.iter().any(|k| version.rev.dominated_by(&k.rev));
            prop_assert!(ok, "tag {id}: a version vanished undominated");
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn merging_is_commutative_byte_for_byte_and_loses_nothing((devices, steps) in histories()) {
        let doc = document();
        let sets = run(&doc, devices, &steps);
        let (a, b) = (&sets[0], &sets[1]);
        let ab = merge(a, b);
        let ba = merge(b, a);
        prop_assert_eq!(bytes(&doc, &ab), bytes(&doc, &ba));
        nothing_lost(a, &ab)?;
        nothing_lost(b, &ab)?;
    }

    #[test]
    fn merging_is_associative_byte_for_byte((devices, steps) in histories()) {
        let doc = document();
        let sets = run(&doc, devices, &steps);
        let (a, b, c) = (&sets[0], &sets[1], &sets[sets.len() - 1]);
        let left = merge(&merge(a, b), c);
        let right = merge(a, &merge(b, c));
        let other = merge(&merge(c, a), b);
        prop_assert_eq!(bytes(&doc, &left), bytes(&doc, &right));
        prop_assert_eq!(bytes(&doc, &left), bytes(&doc, &other));
    }

    #[test]
    fn merging_a_file_with_itself_changes_nothing((devices, steps) in histories()) {
        let doc = document();
        let sets = run(&doc, devices, &steps);
        for set in &sets {
            prop_assert_eq!(bytes(&doc, &merge(set, set)), bytes(&doc, set));
        }
    }

    #[test]
    fn merging_in_place_gives_the_merge_and_report_of_merging_copies((devices, steps) in histories()) {
        let doc = document();
        let sets = run(&doc, devices, &steps);
        let (a, b, c) = (&sets[0], &sets[1], &sets[sets.len() - 1]);
        let ab = merge(a, b);
        for (local, incoming) in [(a, b), (b, a), (a, c), (&ab, a), (a, &ab), (&ab, &ab)] {
            let (copied, copied_report) = merge_with_report(local, incoming);
            let (in_place, report) = merge_into(local.clone(), incoming);
            prop_assert_eq!(bytes(&doc, &in_place), bytes(&doc, &copied));
            prop_assert_eq!(report, copied_report);
            prop_assert_eq!(in_place.annotations.local(), copied.annotations.local());
        }
    }

    #[test]
    fn the_ids_whose_versions_differ_are_found_in_one_pass((devices, steps) in histories()) {
        let doc = document();
        let sets = run(&doc, devices, &steps);
        let ab = merge(&sets[0], &sets[1]);
        for (x, y) in [(&sets[0], &sets[1]), (&sets[1], &sets[0]), (&sets[0], &ab), (&ab, &ab)] {
            let (x, y) = (&x.annotations, &y.annotations);
            let mut known: Vec<AnnotationId> = x.all_ids().into_iter().chain(y.all_ids()).collect();
            known.sort_unstable();
            known.dedup();
            let asked: Vec<AnnotationId> = known.into_iter().filter(|id| !x.same_versions(y, id)).collect();
            prop_assert_eq!(x.differing_ids(y), asked);
        }
    }

    #[test]
    fn re_merging_an_old_file_changes_nothing_and_files_round_trip((devices, steps) in histories()) {
        let doc = document();
        let sets = run(&doc, devices, &steps);
        let (a, b) = (&sets[0], &sets[1]);
        let ab = merge(a, b);
        let text = bytes(&doc, &ab);
        prop_assert_eq!(bytes(&doc, &merge(a, &ab)), text.clone());
        prop_assert_eq!(bytes(&doc, &merge(&ab, b)), text.clone());
        // What is written reads back to the same state, conflicts and tombstones included.
        let read = from_ron_str(&text).unwrap().to_set();
        prop_assert_eq!(bytes(&doc, &read), text);
    }
}
