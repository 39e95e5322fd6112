//! `glosa project|attributes|retrieve|table|search`, run as the real binary on a
//! project folder made from `tests/corpus/`.
#![allow(clippy::unwrap_used)] // test helpers fail loudly on purpose

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

const DOCUMENTS: [(&str, &str); 6] = [
    ("netmundial_070B_gov_spain.txt", "submissions/netmundial_070B_gov_spain.txt"),
    ("netmundial_076B_civil_aspen.txt", "submissions/netmundial_076B_civil_aspen.txt"),
    ("netmundial_130B_private_brasscom_pt.txt", "submissions/netmundial_130B_private_brasscom_pt.txt"),
    ("netmundial_143B_tech_nro.txt", "submissions/netmundial_143B_tech_nro.txt"),
    ("wgec_cis_inputs_2016.md", "wgec_cis_inputs_2016.md"),
    ("wtpf13-cooperacion-mejorada.es.txt", "wtpf13-cooperacion-mejorada.es.txt"),
];

/// The attributes CSV of the project (as Excel in Europe saves it: semicolons,
/// labels and file names).
const ATTRIBUTES: &str = "document;Stakeholder group;Region;Language;Date\n\
    netmundial_070B_gov_spain.txt;Governments;Europe;en;2014-03-08\n\
    netmundial_076B_civil_aspen.txt;civil-society;North America;en;2014-03-08\n\
    netmundial_130B_private_brasscom_pt.txt;private-sector;Latin America and Caribbean;pt-BR;2014-03-08\n\
    netmundial_143B_tech_nro.txt;technical-academic-community;Global;en;2014-03-07\n\
    wgec_cis_inputs_2016.md;civil-society;Asia-Pacific;en;2016-12-15\n\
    wtpf13-cooperacion-mejorada.es.txt;intergovernmental-organizations;Global;es;2013-05-14\n";

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

fn glosa() -> Command {
    let mut command = Command::cargo_bin("glosa").unwrap();
    command.env_remove("GLOSA_AUTHOR");
    command
}

fn run(args: &[&str]) -> Output {
    glosa().args(args).output().unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// The six documents in a temp folder (not a project yet).
fn folder() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, key) in DOCUMENTS {
        let path = dir.path().join(key);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::copy(corpus(name), path).unwrap();
    }
    dir
}

/// The folder made a project with its attributes imported.
fn project() -> (TempDir, String) {
    let dir = folder();
    let root = dir.path().to_str().unwrap().to_owned();
    stdout(&run(&["project", "init", &root, "--name", "Enhanced cooperation"]));
    let csv = dir.path().join("attributes.csv");
    std::fs::write(&csv, ATTRIBUTES).unwrap();
    stdout(&run(&["attributes", "import", csv.to_str().unwrap(), "--project", &root]));
    (dir, root)
}

/// `glosa annotate` into `author`'s file of document `key` in the project.
fn annotate(root: &str, key: &str, author: &str, tag: &str, quote: &str) {
    let stem = Path::new(key).file_stem().unwrap().to_str().unwrap();
    let folder = Path::new(key).parent().unwrap();
    let file = Path::new(root).join("annotations").join(author).join(folder).join(format!("{stem}.glosa.ron"));
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let document = Path::new(root).join(key);
    stdout(&run(&[
        "annotate",
        document.to_str().unwrap(),
        "--annotations",
        file.to_str().unwrap(),
        "--tag",
        tag,
        "--quote",
        quote,
        "--author",
        author,
    ]));
}

fn coded_project() -> (TempDir, String) {
    let (dir, root) = project();
    let spain = "submissions/netmundial_070B_gov_spain.txt";
    annotate(&root, spain, "ana", "governments", "The Government of Spain appreciates the opportunity");
    annotate(&root, spain, "luis", "governments", "The Government of Spain appreciates");
    annotate(&root, spain, "luis", "private-sector", "Spain appreciates the opportunity");
    annotate(&root, "wgec_cis_inputs_2016.md", "ana", "civil-society", "enhanced cooperation should be conceptualised");
    annotate(&root, "wgec_cis_inputs_2016.md", "ana", "governments", "international organisations, technical bodies");
    (dir, root)
}

#[test]
fn init_add_and_list_a_project() {
    let dir = folder();
    let root = dir.path().to_str().unwrap();
    let created = stdout(&run(&["project", "init", root, "--name", "Enhanced cooperation"]));
    let file = dir.path().join(format!("{}.glosa-project.ron", dir.path().file_name().unwrap().to_str().unwrap()));
    assert_eq!(
        created,
        format!("Created {}: 6 documents, 0 annotation files, 6 codes, 4 attributes\n", file.display())
    );
    let again = run(&["project", "init", root]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(stderr(&again), format!("glosa: the folder is a project already: {}\n", file.display()));

    // A document outside the folder is listed by its relative path.
    let outside = tempfile::tempdir().unwrap();
    let udhr = outside.path().join("udhr_spa.txt");
    std::fs::copy(corpus("udhr_spa.txt"), &udhr).unwrap();
    let added = stdout(&run(&[
        "project",
        "add",
        "--project",
        root,
        udhr.to_str().unwrap(),
        &format!("{root}/wgec_cis_inputs_2016.md"),
    ]));
    let key = glosa::persist::project::key_of(dir.path(), &udhr);
    assert!(key.starts_with("../"), "{key}");
    assert_eq!(added, format!("{key}: added\nwgec_cis_inputs_2016.md: already in the project\n"));
    let png = dir.path().join("scan.png");
    std::fs::write(&png, b"\x89PNG\r\n").unwrap();
    let refused = run(&["project", "add", "--project", root, png.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    assert_eq!(
        stderr(&refused),
        format!(
            "glosa: not a document Glosa reads (Glosa reads .txt, .text, .md, .markdown, .html, .htm, .xhtml, .docx, \
             .odt, .pdf): {}\n",
            png.display()
        )
    );

    let json: Value = serde_json::from_str(&stdout(&run(&["project", "list", root, "--format", "json"]))).unwrap();
    assert_eq!(json["name"], "Enhanced cooperation");
    let keys: Vec<&str> = json["documents"].as_array().unwrap().iter().map(|d| d["key"].as_str().unwrap()).collect();
    assert_eq!(keys.len(), 7);
    assert_eq!(keys[0], key);
    assert!(json["documents"][0]["title"].is_string());
    assert_eq!(json["codebook"][0]["path"], "Governments");
    assert_eq!(json["attributes"][0]["choices"][2], "civil-society");
}

#[test]
fn attributes_import_export_and_set() {
    let (dir, root) = project();
    let exported = stdout(&run(&["attributes", "export", "-", "--project", &root]));
    assert_eq!(
        exported,
        "document,stakeholder_group,region,language,date\r\n\
         submissions/netmundial_070B_gov_spain.txt,governments,Europe,en,2014-03-08\r\n\
         submissions/netmundial_076B_civil_aspen.txt,civil-society,North America,en,2014-03-08\r\n\
         submissions/netmundial_130B_private_brasscom_pt.txt,private-sector,Latin America and Caribbean,pt-BR,2014-03-08\r\n\
         submissions/netmundial_143B_tech_nro.txt,technical-academic-community,Global,en,2014-03-07\r\n\
         wgec_cis_inputs_2016.md,civil-society,Asia-Pacific,en,2016-12-15\r\n\
         wtpf13-cooperacion-mejorada.es.txt,intergovernmental-organizations,Global,es,2013-05-14\r\n"
    );
    let csv = dir.path().join("again.csv");
    std::fs::write(&csv, &exported).unwrap();
    assert_eq!(
        stdout(&run(&["attributes", "import", csv.to_str().unwrap(), "--project", &root])),
        "6 rows, 0 values changed\n"
    );
    let set = stdout(&run(&[
        "attributes",
        "set",
        "wgec_cis_inputs_2016.md",
        "date=2016-12-16",
        "region=",
        "--project",
        &root,
    ]));
    assert_eq!(set, "wgec_cis_inputs_2016.md: stakeholder_group=civil-society language=en date=2016-12-16\n");
    let project_file = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().ends_with(".glosa-project.ron"))
        .unwrap();
    let before = std::fs::read(&project_file).unwrap();
    let bad = run(&["attributes", "set", "wgec_cis_inputs_2016.md", "date=Dec 2016", "--project", &root]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        stderr(&bad),
        "glosa: cannot change the project (date: `Dec 2016` is not a date (write YYYY-MM-DD, e.g. 2014-04-23))\n"
    );
    std::fs::write(
        &csv,
        "document,date\nwgec_cis_inputs_2016.md,2016-12-17\nwtpf13-cooperacion-mejorada.es.txt,May 2013\n",
    )
    .unwrap();
    let bad = run(&["attributes", "import", csv.to_str().unwrap(), "--project", &root]);
    assert_eq!(
        stderr(&bad),
        format!(
            "glosa: line 3, column date: `May 2013` is not a date (write YYYY-MM-DD, e.g. 2014-04-23): {}\n",
            csv.display()
        )
    );
    assert_eq!(std::fs::read(&project_file).unwrap(), before, "nothing changed");
}

#[test]
fn retrieve_segments_by_tag_and_attribute_in_every_format() {
    let (dir, root) = coded_project();
    let csv = stdout(&run(&["retrieve", &root, "--tag", "governments", "--where", "stakeholder_group=governments"]));
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(
        header[..7],
        ["document", "document_title", "stakeholder_group", "region", "language", "date", "paragraph_id"]
    );
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
    let mut picked: Vec<[&str; 5]> = rows.iter().map(|r| [&*r[0], &*r[3], &*r[7], &*r[10], &*r[12]]).collect();
    // Same place: by annotation ID, random within the second both were made in.
    picked.sort_by_key(|r| r[4]);
    assert_eq!(
        picked,
        [
            [
                "submissions/netmundial_070B_gov_spain.txt",
                "Europe",
                "¶5",
                "The Government of Spain appreciates the opportunity",
                "ana"
            ],
            [
                "submissions/netmundial_070B_gov_spain.txt",
                "Europe",
                "¶5",
                "The Government of Spain appreciates",
                "luis"
            ],
        ]
    );
    let both = stdout(&run(&[
        "retrieve",
        &root,
        "--tag",
        "governments",
        "--not",
        "private-sector",
        "--author",
        "ana",
        "--format",
        "json",
    ]));
    let json: Value = serde_json::from_str(&both).unwrap();
    assert_eq!(json["count"], 2);
    assert_eq!(json["query"], "tag governments; not tag private-sector; author ana");
    assert_eq!(json["segments"][1]["quote"], "international organisations, technical bodies");

    let markdown = stdout(&run(&["retrieve", &root, "--format", "markdown"]));
    assert!(
        markdown.starts_with(
            "# Coded segments\n\nProject: Enhanced cooperation  \nQuery: all coded segments  \nSegments: 5\n"
        ),
        "{markdown}"
    );

    let no_file = run(&["retrieve", &root, "--format", "xlsx"]);
    assert_eq!(stderr(&no_file), "glosa: an Excel workbook needs a file: add -o FILE.xlsx\n");
    let xlsx = dir.path().join("segments.xlsx");
    stdout(&run(&["retrieve", &root, "--format", "xlsx", "-o", xlsx.to_str().unwrap()]));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK\x03\x04"));

    let victim = dir.path().join("annotations/ana/wgec_cis_inputs_2016.glosa.ron");
    let before = std::fs::read(&victim).unwrap();
    let refused = run(&["retrieve", &root, "-o", victim.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).starts_with("glosa: refusing to write over a project file, document or annotation file"));
    assert_eq!(std::fs::read(&victim).unwrap(), before);

    let unknown = run(&["retrieve", &root, "--tag", "media"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).starts_with("glosa: no tag `media` in the project's codebook or annotation files: "));
}

#[test]
fn tables_of_tags_by_attribute_and_co_occurrence() {
    let (_dir, root) = coded_project();
    let table = stdout(&run(&["table", &root, "--rows", "tag", "--cols", "stakeholder_group", "--format", "csv"]));
    assert_eq!(
        table,
        "tag_key,tag_label,governments,private-sector,civil-society,intergovernmental-organizations,international-organizations,technical-academic-community,total\r\n\
         governments,Governments,2,0,1,0,0,0,3\r\n\
         private-sector,Private sector,1,0,0,0,0,0,1\r\n\
         civil-society,Civil society,0,0,1,0,0,0,1\r\n\
         intergovernmental-organizations,Intergovernmental organizations,0,0,0,0,0,0,0\r\n\
         international-organizations,International organizations,0,0,0,0,0,0,0\r\n\
         technical-academic-community,Technical and academic community,0,0,0,0,0,0,0\r\n\
         total,,3,0,2,0,0,0,5\r\n"
    );
    let documents = stdout(&run(&["table", &root, "--cols", "region", "--count", "documents", "--format", "csv"]));
    assert!(documents.contains("\r\ngovernments,Governments,1,1,0,0,0,2\r\n"), "{documents}");
    let overlap = stdout(&run(&[
        "table",
        &root,
        "--cols",
        "tag",
        "--format",
        "csv",
        "--tag",
        "governments",
        "--tag",
        "private-sector",
    ]));
    assert_eq!(
        overlap,
        "tag_key,tag_label,governments,private-sector,total\r\n\
         governments,Governments,3,1,4\r\n\
         private-sector,Private sector,1,1,2\r\n\
         total,,4,2,6\r\n"
    );
    let text = stdout(&run(&[
        "table",
        &root,
        "--cols",
        "tag",
        "--by",
        "paragraph",
        "--tag",
        "governments",
        "--tag",
        "private-sector",
    ]));
    assert_eq!(text.lines().next(), Some("tag             Governments  Private sector  total"));
    let bad = run(&["table", &root, "--cols", "country"]);
    assert!(stderr(&bad).starts_with("glosa: no attribute `country` in the project"));
}

#[test]
fn search_lists_hits_in_context_and_codes_them_in_the_authors_files() {
    let (dir, root) = project();
    let text = stdout(&run(&["search", &root, "cooperacion mejorada"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(
        lines[0],
        "wtpf13-cooperacion-mejorada.es.txt  ¶1  de Internet (IGF) y un proceso para una [cooperación mejorada] sobre cuestiones de gobernanza. Estos h"
    );
    let only_2016 =
        stdout(&run(&["search", &root, "enhanced cooperation", "--where", "date>=2016-01-01", "--format", "json"]));
    let json: Value = serde_json::from_str(&only_2016).unwrap();
    assert!(json["hits"].as_array().unwrap().iter().all(|h| h["document"] == "wgec_cis_inputs_2016.md"));
    let coded = glosa()
        .args(["search", &root, "multistakeholder", "--word", "--code", "civil-society", "--author", "Ana"])
        .output()
        .unwrap();
    let note = stderr(&coded);
    assert!(note.starts_with("glosa: tagged "), "{note}");
    let file = dir.path().join("annotations/ana/submissions/netmundial_076B_civil_aspen.glosa.ron");
    let saved = glosa::persist::annotations::load(&file).unwrap();
    assert!(
        saved
            .annotations
            .iter()
            .all(|a| a.author == "Ana" && a.segments[0].quote.eq_ignore_ascii_case("multistakeholder"))
    );
    let again = glosa()
        .args(["search", &root, "multistakeholder", "--word", "--code", "civil-society", "--author", "Ana"])
        .output()
        .unwrap();
    assert!(stderr(&again).contains(": 0 new highlights, 0 existing, in 0 annotation files"), "{}", stderr(&again));
    let bad = run(&["search", &root, "(", "--regex"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).starts_with("glosa: not a valid regular expression"));
}

/// Trials of concurrent `glosa attributes set` processes (CI runs this many; the
/// `#[ignore]`d test below runs 200).
fn concurrent_writers(trials: usize) {
    let (dir, root) = project();
    let keys = [
        "netmundial_070B_gov_spain.txt",
        "netmundial_076B_civil_aspen.txt",
        "netmundial_143B_tech_nro.txt",
        "wgec_cis_inputs_2016.md",
    ];
    for trial in 0..trials {
        let children: Vec<std::process::Child> = keys
            .iter()
            .enumerate()
            .map(|(n, key)| {
                std::process::Command::new(assert_cmd::cargo::cargo_bin("glosa"))
                    .args(["attributes", "set", key, &format!("region=r{trial}-{n}"), "--project", &root])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(output.status.success(), "trial {trial}: {}", String::from_utf8_lossy(&output.stderr));
        }
        let exported = stdout(&run(&["attributes", "export", "-", "--project", &root]));
        for (n, key) in keys.iter().enumerate() {
            let line = exported.lines().find(|l| l.contains(key)).unwrap();
            assert!(line.contains(&format!(",r{trial}-{n},")), "trial {trial}: {line}");
        }
    }
    drop(dir);
}

#[test]
fn processes_setting_attributes_at_once_all_keep_their_values() {
    concurrent_writers(8);
}

#[test]
#[ignore = "long stress run: cargo test --test cli_project -- --ignored"]
fn processes_setting_attributes_at_once_all_keep_their_values_200_trials() {
    concurrent_writers(200);
}

#[test]
fn agreement_takes_every_analysts_files_from_the_project() {
    let (_dir, root) = coded_project();
    let output = run(&["agreement", "--project", &root, "--format", "json"]);
    let json: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let documents = json["documents"].as_array().unwrap();
    // The files in annotations/ana/ and annotations/luis/, grouped by document.
    let spain = documents
        .iter()
        .find(|d| d["path"].as_str().unwrap().ends_with("netmundial_070B_gov_spain.txt"))
        .expect("Spain's submission is compared");
    assert_eq!(spain["coders"], serde_json::json!(["ana", "luis"]));
    let files: Vec<&str> = spain["files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert_eq!(files.len(), 2);
    assert!(files[0].ends_with("annotations/ana/submissions/netmundial_070B_gov_spain.glosa.ron"), "{files:?}");
    assert!(files[1].ends_with("annotations/luis/submissions/netmundial_070B_gov_spain.glosa.ron"), "{files:?}");
    let wgec = documents.iter().find(|d| d["path"].as_str().unwrap().ends_with("wgec_cis_inputs_2016.md")).unwrap();
    assert_eq!(wgec["coders"], serde_json::json!(["ana"]));
}

/// `glosa export --project --format csv|csv-excel|markdown` writes exactly the
/// app's whole-project export: the document's file name and every attribute.
#[test]
fn project_export_in_segment_formats_is_the_apps_whole_project_export() {
    use glosa::export::segments::SegmentFormat;
    use glosa::session::project::export::ProjectFormat;
    use glosa::session::project::{Progress, Project};
    let (_dir, root) = coded_project();
    let mut project = Project::open(Path::new(&root)).unwrap();
    project.build_index(&Progress::default());
    for (name, format) in
        [("csv", SegmentFormat::Csv), ("csv-excel", SegmentFormat::CsvExcel), ("markdown", SegmentFormat::Markdown)]
    {
        let cli = run(&["export", "--project", &root, "--format", name]);
        let app = project.export_whole(ProjectFormat::Segments(format), &[], None).unwrap();
        assert_eq!(String::from_utf8_lossy(&cli.stdout), String::from_utf8_lossy(&app.bytes), "{name}");
    }
    let csv = stdout(&run(&["export", "--project", &root, "--format", "csv"]));
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("document,document_title,stakeholder_group,region,language,date,"), "{header}");
    assert_eq!(csv.lines().filter(|l| l.starts_with("submissions/netmundial_070B_gov_spain.txt,")).count(), 3, "{csv}");
}

/// The project's own layout (`annotations/NAME/DOC.glosa.ron` naming
/// `../../DOC`) is trusted by `check` and `agreement` without
/// `--allow-outside-folder`; a path out of the project is still refused, and so
/// is a symlink inside the project that leads out of it.
#[test]
fn the_projects_own_annotation_files_are_trusted_but_not_paths_out_of_the_project() {
    let (dir, root) = coded_project();
    let ana = dir.path().join("annotations/ana/submissions/netmundial_070B_gov_spain.glosa.ron");
    let luis = dir.path().join("annotations/luis/submissions/netmundial_070B_gov_spain.glosa.ron");
    let text = std::fs::read_to_string(&ana).unwrap();
    assert!(text.contains("path: \"../../../submissions/netmundial_070B_gov_spain.txt\""), "{text}");
    let check = glosa().args(["check", ana.to_str().unwrap()]).output().unwrap();
    assert!(check.status.success(), "{}", stderr(&check));
    let agreement = glosa().args(["agreement", ana.to_str().unwrap(), luis.to_str().unwrap()]).output().unwrap();
    assert!(agreement.status.success(), "{}", stderr(&agreement));
    assert!(stdout(&agreement).contains("ana"), "{}", stdout(&agreement));

    // One level further up leaves the project: refused as before.
    let outside = tempfile::tempdir().unwrap();
    std::fs::copy(corpus("netmundial_070B_gov_spain.txt"), outside.path().join("secret.txt")).unwrap();
    let out_of_project = dir.path().join("annotations/ana/out.glosa.ron");
    let up = format!("../../../{}/secret.txt", outside.path().file_name().unwrap().to_str().unwrap());
    // (the temporary folders are siblings: `../../..` from annotations/ana is their parent)
    std::fs::write(&out_of_project, text.replace("../../../submissions/netmundial_070B_gov_spain.txt", &up)).unwrap();
    let refused = glosa().args(["check", out_of_project.to_str().unwrap()]).output().unwrap();
    assert_eq!(refused.status.code(), Some(2), "{}", stdout(&refused));
    assert!(stderr(&refused).contains("leaves its folder"), "{}", stderr(&refused));

    // A symlink inside the project that leads out of it: refused.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(outside.path(), dir.path().join("escape")).unwrap();
        let through_link = dir.path().join("annotations/ana/link.glosa.ron");
        std::fs::write(
            &through_link,
            text.replace("../../../submissions/netmundial_070B_gov_spain.txt", "../../escape/secret.txt"),
        )
        .unwrap();
        let refused = glosa().args(["check", through_link.to_str().unwrap()]).output().unwrap();
        assert_eq!(refused.status.code(), Some(2), "{}", stdout(&refused));
        assert!(stderr(&refused).contains("through a symlink"), "{}", stderr(&refused));
    }
    let _ = root;
}
