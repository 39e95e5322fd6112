//! A project folder made from `tests/corpus/` for the project tests (library and
//! GUI): six documents with their attributes, and three analysts' coding.
#![allow(dead_code, reason = "each test file uses some of the helpers")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use glosa::model::attributes::AttributeId;
use glosa::model::project::ProjectEdit;
use glosa::model::{Annotation, Edit, TagId, Timestamp};
use glosa::session::new_highlight;
use glosa::session::project::{Corpus, Progress, Project};
use tempfile::TempDir;

use super::common::segment_on;

/// The corpus documents of the test project and where they go in its folder.
pub const DOCUMENTS: [(&str, &str); 6] = [
    ("netmundial_070B_gov_spain.txt", "submissions/netmundial_070B_gov_spain.txt"),
    ("netmundial_076B_civil_aspen.txt", "submissions/netmundial_076B_civil_aspen.txt"),
    ("netmundial_130B_private_brasscom_pt.txt", "submissions/netmundial_130B_private_brasscom_pt.txt"),
    ("netmundial_143B_tech_nro.txt", "submissions/netmundial_143B_tech_nro.txt"),
    ("wgec_cis_inputs_2016.md", "wgec_cis_inputs_2016.md"),
    ("wtpf13-cooperacion-mejorada.es.txt", "wtpf13-cooperacion-mejorada.es.txt"),
];

pub const SPAIN: &str = "submissions/netmundial_070B_gov_spain.txt";
pub const ASPEN: &str = "submissions/netmundial_076B_civil_aspen.txt";
pub const NRO: &str = "submissions/netmundial_143B_tech_nro.txt";
pub const WGEC: &str = "wgec_cis_inputs_2016.md";
pub const WTPF: &str = "wtpf13-cooperacion-mejorada.es.txt";

/// Stakeholder group, region, language and date of each document.
pub const VALUES: [(&str, [&str; 4]); 6] = [
    (SPAIN, ["governments", "Europe", "en", "2014-03-08"]),
    (ASPEN, ["civil-society", "North America", "en", "2014-03-08"]),
    (
        "submissions/netmundial_130B_private_brasscom_pt.txt",
        ["private-sector", "Latin America and Caribbean", "pt-BR", "2014-03-08"],
    ),
    (NRO, ["technical-academic-community", "Global", "en", "2014-03-07"]),
    (WGEC, ["civil-society", "Asia-Pacific", "en", "2016-12-15"]),
    (WTPF, ["intergovernmental-organizations", "Global", "es", "2013-05-14"]),
];

pub fn corpus_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

pub fn tag(id: &str) -> TagId {
    TagId::new(id).unwrap()
}

pub fn attribute(id: &str) -> AttributeId {
    AttributeId::new(id).unwrap()
}

pub fn at(second: i64) -> Timestamp {
    Timestamp::from_second(1_764_000_000 + second).unwrap()
}

/// A folder with the six documents, made a project, with every document's
/// attributes set and saved.
pub fn corpus_project() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, key) in DOCUMENTS {
        let path = dir.path().join(key);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::copy(corpus_file(name), path).unwrap();
    }
    Corpus::init(dir.path(), Some("Enhanced cooperation")).unwrap();
    let mut project = Project::open(dir.path()).unwrap();
    let ids = ["stakeholder_group", "region", "language", "date"];
    let edits = VALUES
        .iter()
        .flat_map(|(key, values)| {
            ids.iter().zip(values).map(|(id, value)| ProjectEdit::SetValue {
                document: (*key).to_owned(),
                attribute: attribute(id),
                value: Some((*value).to_owned()),
            })
        })
        .collect();
    project.apply_project_edit(ProjectEdit::Batch(edits)).unwrap();
    project.save_project().unwrap();
    dir
}

/// Highlights `quote` in `author`'s file of document `key` with `tags` and `note`,
/// made at `at(second)` (so IDs sort in the order made). Returns the annotation.
pub fn code(
    project: &mut Project,
    key: &str,
    author: &str,
    quote: &str,
    tags: &[&str],
    note: &str,
    second: i64,
) -> Annotation {
    let document = project.corpus().unwrap().document_index(key).unwrap();
    let id = project.open_document(document, author).unwrap().unwrap();
    let session = project.get_mut(id).unwrap();
    let segment = segment_on(session.document(), quote);
    let mut annotation =
        new_highlight(vec![segment], tags.iter().map(|t| tag(t)).collect(), author, at(second)).unwrap();
    note.clone_into(&mut annotation.note);
    session.apply(Edit::Create(Box::new(annotation.clone()))).unwrap();
    annotation
}

/// The project with three analysts' coding, saved, opened afresh and read.
pub fn coded_project() -> (TempDir, Project) {
    let dir = corpus_project();
    let mut project = Project::open(dir.path()).unwrap();
    project.build_index(&Progress::default());
    let spain = "The Government of Spain appreciates the opportunity";
    code(&mut project, SPAIN, "ana", spain, &["governments"], "Spain welcomes NETmundial", 1);
    code(
        &mut project,
        WGEC,
        "ana",
        "enhanced cooperation should be conceptualised",
        &["civil-society", "governments"],
        "WGEC framing",
        2,
    );
    code(&mut project, SPAIN, "luis", "The Government of Spain appreciates", &["governments"], "", 3);
    code(&mut project, SPAIN, "luis", "Spain appreciates the opportunity", &["private-sector"], "", 4);
    code(
        &mut project,
        SPAIN,
        "luis",
        "private-sector led, bottom-up, multistakeholder model",
        &["private-sector"],
        "",
        5,
    );
    let nro = "The Number Resource Organization (NRO), on behalf of the five Regional Internet Registries";
    code(&mut project, NRO, "mei", nro, &["technical-academic-community"], "", 6);
    code(&mut project, WTPF, "mei", "cooperación mejorada", &["intergovernmental-organizations"], "ITU framing", 7);
    code(&mut project, SPAIN, "ana", "kindly hosted by Brazil", &["private-sector"], "", 8);
    let ids: Vec<_> = project.iter().map(|(id, _)| id).collect();
    for id in ids {
        project.get_mut(id).unwrap().save().unwrap();
    }
    let mut project = Project::open(dir.path()).unwrap();
    project.build_index(&Progress::default());
    (dir, project)
}
