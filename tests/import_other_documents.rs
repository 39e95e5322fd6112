//! Importing a W3C export of several documents into one document takes only that
//! document's annotations: the others are left out and counted, not placed on
//! whatever words match nor added as orphans.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use common::{ok, run_in};
use std::fs;
use std::path::Path;

use glosa::import::web_annotation::{self, Incoming, TargetIn};

const WGEC: &str = "wgec_cis_inputs_2016.md";
const NRO: &str = "netmundial_143B_tech_nro.txt";

/// Two corpus documents that both say “multistakeholder”, one annotation on each,
/// exported together as `both.json`.
fn two_documents_exported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for (name, tag) in [(WGEC, "civil-society"), (NRO, "technical-academic-community")] {
        fs::copy(corpus.join(name), dir.path().join(name)).unwrap();
        let annotations = format!("{name}.glosa.ron");
        ok(&run_in(
            dir.path(),
            &["annotate", name, "--annotations", &annotations, "--tag", tag, "--quote", "multistakeholder"],
        ));
    }
    let exported = ok(&run_in(
        dir.path(),
        &["export", &format!("{WGEC}.glosa.ron"), &format!("{NRO}.glosa.ron"), "--format", "json"],
    ));
    fs::write(dir.path().join("both.json"), exported).unwrap();
    dir
}

#[test]
fn only_the_named_documents_annotations_are_imported_and_the_rest_counted() {
    let dir = two_documents_exported();
    let report =
        ok(&run_in(dir.path(), &["import", "both.json", "--document", WGEC, "--annotations", "new.glosa.ron"]));
    assert!(
        report.ends_with(
            "imported 1 annotation into new.glosa.ron: 1 placed, 0 moved (need review), 0 orphaned; \
             1 annotation of other documents left out\n"
        ),
        "{report}"
    );
    let file = glosa::persist::annotations::load(&dir.path().join("new.glosa.ron")).unwrap();
    assert_eq!(file.annotations.len(), 1);
    let tags: Vec<&str> = file.annotations[0].tags.iter().map(glosa::model::TagId::as_str).collect();
    assert_eq!(tags, ["civil-society"], "the NRO's technical-community annotation stayed out");
    assert_eq!(file.annotations[0].quote(), "multistakeholder");
}

fn annotation(id: &str, sources: &[&str]) -> Incoming {
    Incoming {
        id: id.to_owned(),
        created: None,
        modified: None,
        author: None,
        note: String::new(),
        tags: Vec::new(),
        targets: sources.iter().map(|s| TargetIn { source: Some((*s).to_owned()), ..TargetIn::default() }).collect(),
        references: Vec::new(),
    }
}

#[test]
fn sources_are_matched_by_file_name_and_one_source_or_none_keeps_everything() {
    let document = Path::new("/copies/Informe final.txt");
    let incoming = vec![
        annotation("a", &["file:///elsewhere/informe%20FINAL.txt"]),
        annotation("b", &["https://example.org/docs/brief.pdf?page=2#p4"]),
        annotation("c", &[]),
        annotation("d", &["https://example.org/docs/brief.pdf", "https://example.org/docs/informe%20final.txt"]),
    ];
    let (kept, left_out) = web_annotation::of_this_document(incoming, document);
    let ids: Vec<&str> = kept.iter().map(|a| a.id.as_str()).collect();
    assert_eq!((ids, left_out), (vec!["a", "c", "d"], 1));

    // A Hypothesis search on one web page, imported into a saved copy: all kept.
    let page = vec![annotation("h1", &["https://www.itu.int/brief"]), annotation("h2", &["https://www.itu.int/brief"])];
    let (kept, left_out) = web_annotation::of_this_document(page, document);
    assert_eq!((kept.len(), left_out), (2, 0));
}
