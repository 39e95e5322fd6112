//! Projects without the GUI: a folder of real documents from `tests/corpus/` with
//! document attributes, three analysts' annotation files, retrieval across
//! documents, tables, corpus search with auto-coding, the codebook shared by every
//! session, attribute CSV, and two writers saving the project file at once.
//! Runs with `--no-default-features`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;
mod project_support;

use glosa::export::segments::{SegmentFormat, write_segments};
use glosa::export::table::write_table_csv;
use glosa::model::anchor::AnchorStatus;
use glosa::model::attributes::Condition;
use glosa::model::codebook::CodebookEdit;
use glosa::model::project::ProjectEdit;
use glosa::model::{Color, Tag};
use glosa::session::project::attributes_csv::{parse_attributes_csv, write_attributes_csv};
use glosa::session::project::{
    CodedSegment, CooccurrenceMode, Corpus, CountUnit, Project, SearchMode, SearchOptions, SegmentQuery,
};
use project_support::{
    ASPEN, DOCUMENTS, SPAIN, VALUES, WGEC, WTPF, at, attribute, code, coded_project, corpus_project, tag,
};

/// (document key, author, tag, quote) of each row.
fn summary(project: &Project, rows: &[CodedSegment]) -> Vec<(String, String, String, String)> {
    let corpus = project.corpus().unwrap();
    rows.iter()
        .map(|r| {
            (
                corpus.documents()[r.document].key.clone(),
                r.author.clone(),
                r.tag.as_ref().map(ToString::to_string).unwrap_or_default(),
                r.quote.clone(),
            )
        })
        .collect()
}

fn row(key: &str, author: &str, tag: &str, quote: &str) -> (String, String, String, String) {
    (key.to_owned(), author.to_owned(), tag.to_owned(), quote.to_owned())
}

#[test]
fn a_folder_becomes_a_project_of_its_documents_and_nothing_else() {
    let dir = corpus_project();
    // Things that are not documents of the project.
    std::fs::write(dir.path().join("notes.odg"), "not a document").unwrap();
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    std::fs::write(dir.path().join(".git/HEAD.txt"), "ref: refs/heads/main").unwrap();
    std::fs::create_dir_all(dir.path().join("exports")).unwrap();
    std::fs::write(dir.path().join("exports/report.md"), "# Coded segments").unwrap();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "private").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), dir.path().join("link.txt")).unwrap();

    let corpus = Corpus::open(dir.path()).unwrap();
    assert_eq!(corpus.name(), "Enhanced cooperation");
    assert!(
        corpus.file().ends_with(format!("{}.glosa-project.ron", dir.path().file_name().unwrap().to_string_lossy()))
    );
    let keys: Vec<&str> = corpus.documents().iter().map(|d| d.key.as_str()).collect();
    assert_eq!(keys, DOCUMENTS.map(|(_, key)| key));
    #[cfg(unix)]
    assert!(
        corpus.problems().iter().any(|p| p.to_string().starts_with("skipped a link that leads outside the project")
            && p.to_string().ends_with("link.txt")),
        "{:?}",
        corpus.problems()
    );
    let codes: Vec<&str> = corpus.codebook().tags().tags().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(codes.len(), 6);
    assert_eq!(codes[0], "governments");
    let ids: Vec<&str> = corpus.attributes().attributes().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["stakeholder_group", "region", "language", "date"]);
    let spain = corpus.document_index(SPAIN).unwrap();
    assert_eq!(corpus.value(spain, &attribute("date")), Some("2014-03-08"));
    assert_eq!(corpus.find_document("netmundial_070B_gov_spain.txt").unwrap(), spain, "a unique file name");
    assert!(!corpus.is_modified());
    // The project file names it; opening the file is opening the folder.
    let by_file = Corpus::open(corpus.file()).unwrap();
    assert_eq!(by_file.data(), corpus.data());
    assert_eq!(
        Corpus::init(dir.path(), None).unwrap_err().to_string(),
        format!("the folder is a project already: {}", corpus.file().display())
    );
}

#[test]
fn each_analysts_file_belongs_to_its_document_in_their_own_folder() {
    let (dir, project) = coded_project();
    let corpus = project.corpus().unwrap();
    let mut files: Vec<String> =
        corpus.annotation_files().iter().map(|p| glosa::persist::project::key_of(dir.path(), p)).collect();
    files.sort();
    assert_eq!(
        files,
        [
            "annotations/ana/submissions/netmundial_070B_gov_spain.glosa.ron",
            "annotations/ana/wgec_cis_inputs_2016.glosa.ron",
            "annotations/luis/submissions/netmundial_070B_gov_spain.glosa.ron",
            "annotations/mei/submissions/netmundial_143B_tech_nro.glosa.ron",
            "annotations/mei/wtpf13-cooperacion-mejorada.es.glosa.ron",
        ]
    );
    let index = project.index().unwrap();
    assert!(index.problems.is_empty(), "{:?}", index.problems);
    assert_eq!(index.documents_read(), 6);
    let counts = project.document_counts();
    let spain = corpus.document_index(SPAIN).unwrap();
    assert_eq!(counts[spain].1, 2, "ana's and luis's files");
    assert_eq!(counts[spain].0.get(&tag("governments")), Some(&2));
    assert_eq!(counts[spain].0.get(&tag("private-sector")), Some(&3));
    assert_eq!(counts[corpus.document_index(ASPEN).unwrap()].1, 0);
}

#[test]
fn coded_segments_by_tag_and_or_not_attributes_and_author() {
    let (_dir, project) = coded_project();
    let governments =
        project.retrieve(&SegmentQuery { any_tags: vec![tag("governments")], ..SegmentQuery::default() }).unwrap();
    assert_eq!(
        summary(&project, &governments),
        [
            row(SPAIN, "ana", "governments", "The Government of Spain appreciates the opportunity"),
            row(SPAIN, "luis", "governments", "The Government of Spain appreciates"),
            row(WGEC, "ana", "governments", "enhanced cooperation should be conceptualised"),
        ]
    );
    let first = &governments[0];
    assert_eq!(first.ordinals.map(|o| o.to_string()).as_deref(), Some("¶5"));
    assert_eq!(first.paragraph_id.as_ref().map(glosa::model::ParagraphId::as_str), Some("p-eda7cf15fff8"));
    assert_eq!(first.note, "Spain welcomes NETmundial");
    assert_eq!(first.status, AnchorStatus::Anchored);
    assert_eq!(first.tag_label, "Governments");

    let by_governments = SegmentQuery {
        any_tags: vec![tag("governments")],
        conditions: vec![Condition::parse("stakeholder_group=governments").unwrap()],
        ..SegmentQuery::default()
    };
    assert_eq!(project.retrieve(&by_governments).unwrap().len(), 2);
    let since_2015 =
        SegmentQuery { conditions: vec![Condition::parse("date>=2015-01-01").unwrap()], ..SegmentQuery::default() };
    assert_eq!(
        summary(&project, &project.retrieve(&since_2015).unwrap()),
        [
            row(WGEC, "ana", "governments", "enhanced cooperation should be conceptualised"),
            row(WGEC, "ana", "civil-society", "enhanced cooperation should be conceptualised"),
        ]
    );
    let both = SegmentQuery { all_tags: vec![tag("civil-society"), tag("governments")], ..SegmentQuery::default() };
    assert_eq!(project.retrieve(&both).unwrap(), project.retrieve(&since_2015).unwrap());
    let luis_private = SegmentQuery {
        any_tags: vec![tag("private-sector")],
        authors: vec!["Luis".to_owned()],
        ..SegmentQuery::default()
    };
    assert_eq!(
        summary(&project, &project.retrieve(&luis_private).unwrap()),
        [
            row(SPAIN, "luis", "private-sector", "Spain appreciates the opportunity"),
            row(SPAIN, "luis", "private-sector", "private-sector led, bottom-up, multistakeholder model"),
        ]
    );
    let not_private = SegmentQuery { not_tags: vec![tag("private-sector")], ..SegmentQuery::default() };
    assert_eq!(project.retrieve(&not_private).unwrap().len(), 6);
    let text = SegmentQuery { text: "framing".to_owned(), ..SegmentQuery::default() };
    assert_eq!(project.retrieve(&text).unwrap().len(), 3, "two rows of ana's WGEC annotation, mei's WTPF one");
    let moved = SegmentQuery { statuses: vec![AnchorStatus::Moved], ..SegmentQuery::default() };
    assert!(project.retrieve(&moved).unwrap().is_empty());
    assert_eq!(project.retrieve(&SegmentQuery::default()).unwrap().len(), 9);

    let unknown = SegmentQuery { any_tags: vec![tag("media")], ..SegmentQuery::default() };
    assert_eq!(
        project.retrieve(&unknown).unwrap_err().to_string(),
        "no tag `media` in the project's codebook or annotation files"
    );
    let country = SegmentQuery { conditions: vec![Condition::parse("country=ES").unwrap()], ..SegmentQuery::default() };
    assert_eq!(
        project.retrieve(&country).unwrap_err().to_string(),
        "no attribute `country` in the project (attributes: stakeholder_group, region, language, date)"
    );
    assert_eq!(by_governments.describe(), "tag governments; stakeholder_group=governments");
}

#[test]
fn tag_by_attribute_table_counts_segments_and_documents() {
    let (_dir, project) = coded_project();
    let table = project
        .tag_attribute_table(&SegmentQuery::default(), &attribute("stakeholder_group"), CountUnit::Segments)
        .unwrap();
    let columns: Vec<&str> = table.columns.iter().map(|c| c.key.as_str()).collect();
    assert_eq!(
        columns,
        [
            "governments",
            "private-sector",
            "civil-society",
            "intergovernmental-organizations",
            "international-organizations",
            "technical-academic-community"
        ]
    );
    assert_eq!(
        table.cells,
        [
            [2, 0, 1, 0, 0, 0],
            [3, 0, 0, 0, 0, 0],
            [0, 0, 1, 0, 0, 0],
            [0, 0, 0, 1, 0, 0],
            [0, 0, 0, 0, 0, 0],
            [0, 0, 0, 0, 0, 1],
        ]
    );
    let documents = project
        .tag_attribute_table(&SegmentQuery::default(), &attribute("stakeholder_group"), CountUnit::Documents)
        .unwrap();
    assert_eq!(documents.cells[0], [1, 0, 1, 0, 0, 0]);
    assert_eq!(documents.cells[1], [1, 0, 0, 0, 0, 0]);
    // A text attribute: the values present, in order, and its CSV.
    let regions =
        project.tag_attribute_table(&SegmentQuery::default(), &attribute("region"), CountUnit::Segments).unwrap();
    let labels: Vec<&str> = regions.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Asia-Pacific", "Europe", "Global", "Latin America and Caribbean", "North America"]);
    let mut csv = Vec::new();
    write_table_csv(&mut csv, &regions, false).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.starts_with(
            "tag_key,tag_label,Asia-Pacific,Europe,Global,Latin America and Caribbean,North America,total\r\n\
             governments,Governments,1,2,0,0,0,3\r\nprivate-sector,Private sector,0,3,0,0,0,3\r\n"
        ),
        "{csv}"
    );
    assert!(csv.ends_with("total,,2,5,2,0,0,9\r\n"), "{csv}");
    // A cell opens as its segments.
    let cell = project
        .tag_attribute_segments(&SegmentQuery::default(), &attribute("region"), &tag("governments"), "Europe")
        .unwrap();
    assert_eq!(cell.iter().map(|r| r.author.as_str()).collect::<Vec<_>>(), ["ana", "luis"]);
}

#[test]
fn cooccurrence_counts_overlapping_or_same_paragraph_segments_of_one_coder() {
    let (_dir, project) = coded_project();
    let overlap = project.cooccurrence_table(&SegmentQuery::default(), CooccurrenceMode::Overlap).unwrap();
    // governments, private-sector, civil-society, igo, io, technical.
    assert_eq!(
        overlap.cells[0],
        [3, 1, 1, 0, 0, 0],
        "luis's two highlights overlap; ana's WGEC highlight has both tags"
    );
    assert_eq!(overlap.cells[1], [1, 3, 0, 0, 0, 0]);
    assert_eq!(overlap.cells[2], [1, 0, 1, 0, 0, 0]);
    let paragraph = project.cooccurrence_table(&SegmentQuery::default(), CooccurrenceMode::Paragraph).unwrap();
    assert_eq!(paragraph.cells[0], [3, 2, 1, 0, 0, 0], "ana's Brazil highlight shares ¶5 with her governments one");
    let cell = project
        .cooccurrence_segments(
            &SegmentQuery::default(),
            CooccurrenceMode::Overlap,
            &tag("governments"),
            &tag("private-sector"),
        )
        .unwrap();
    assert_eq!(
        summary(&project, &cell),
        [
            row(SPAIN, "luis", "governments", "The Government of Spain appreciates"),
            row(SPAIN, "luis", "private-sector", "Spain appreciates the opportunity"),
        ]
    );
    let by_paragraph = project
        .cooccurrence_segments(
            &SegmentQuery::default(),
            CooccurrenceMode::Paragraph,
            &tag("governments"),
            &tag("private-sector"),
        )
        .unwrap();
    assert_eq!(by_paragraph.len(), 4);
}

#[test]
fn unsaved_work_in_an_open_session_is_what_the_project_shows() {
    let (_dir, mut project) = coded_project();
    let before =
        project.retrieve(&SegmentQuery { any_tags: vec![tag("civil-society")], ..SegmentQuery::default() }).unwrap();
    assert_eq!(before.len(), 1);
    code(
        &mut project,
        ASPEN,
        "ana",
        "The Internet is the most robust medium of information exchange in history",
        &["civil-society"],
        "",
        20,
    );
    let after =
        project.retrieve(&SegmentQuery { any_tags: vec![tag("civil-society")], ..SegmentQuery::default() }).unwrap();
    assert_eq!(after.len(), 2);
    assert!(after[0].session.is_some(), "the new highlight is in an open, unsaved session");
    assert!(project.is_modified());
    // Closing the session without saving: the project shows what is on disk.
    let id = after[0].session.unwrap();
    project.remove(id);
    assert_eq!(
        project
            .retrieve(&SegmentQuery { any_tags: vec![tag("civil-society")], ..SegmentQuery::default() })
            .unwrap()
            .len(),
        1
    );
    assert!(!project.is_modified());
}

#[test]
fn the_codebook_is_shared_by_every_session_and_sub_codes_are_retrieved_with_their_parent() {
    let (_dir, mut project) = coded_project();
    let spain = project.corpus().unwrap().document_index(SPAIN).unwrap();
    let session = project.open_document(spain, "luis").unwrap().unwrap();
    let regulators = Tag {
        id: tag("regulators"),
        label: "Regulators".to_owned(),
        description: "National regulatory authorities".to_owned(),
        color: Color { r: 0x1f, g: 0x4e, b: 0x9d },
        shortcut: None,
    };
    project
        .apply_project_edit(ProjectEdit::Codebook(CodebookEdit::Insert {
            index: 1,
            tag: regulators,
            parent: Some(tag("governments")),
        }))
        .unwrap();
    let tags: Vec<&str> = project.get(session).unwrap().set().tags.tags().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(tags[..2], ["governments", "regulators"], "the open session shows the new code at once");
    assert!(!project.get(session).unwrap().is_modified(), "aligning tags is not an edit of the annotations");
    code(&mut project, SPAIN, "luis", "Spain shares the view", &["regulators"], "", 30);
    let rows =
        project.retrieve(&SegmentQuery { any_tags: vec![tag("governments")], ..SegmentQuery::default() }).unwrap();
    let regulated: Vec<&str> =
        rows.iter().filter(|r| r.tag == Some(tag("regulators"))).map(|r| r.tag_label.as_str()).collect();
    assert_eq!(regulated, ["Governments › Regulators"]);
    let exact = SegmentQuery { any_tags: vec![tag("governments")], exact_tags: true, ..SegmentQuery::default() };
    assert_eq!(project.retrieve(&exact).unwrap().len(), 3);
    // Renaming a code relabels every session; undo brings the old label back.
    let mut renamed = project.corpus().unwrap().codebook().get(&tag("governments")).unwrap().clone();
    renamed.label = "States".to_owned();
    project.apply_project_edit(ProjectEdit::Codebook(CodebookEdit::Update(renamed))).unwrap();
    assert_eq!(project.get(session).unwrap().tag_label(&tag("governments")), "States");
    assert!(project.undo_project().unwrap());
    assert_eq!(project.get(session).unwrap().tag_label(&tag("governments")), "Governments");
    // The session saves the codebook's tags into its file.
    project.get_mut(session).unwrap().save().unwrap();
    let path = project.get(session).unwrap().workspace().annotations_path.clone();
    let saved = glosa::persist::annotations::load(&path).unwrap();
    assert!(saved.tags.get(&tag("regulators")).is_some());
}

#[test]
fn corpus_search_ignores_accents_and_case_and_autocodes_each_document_in_one_step() {
    let (_dir, mut project) = coded_project();
    let hits = project.search("cooperacion mejorada", SearchOptions::default(), &[]).unwrap();
    let wtpf = project.corpus().unwrap().document_index(WTPF).unwrap();
    assert_eq!(hits.hits.len(), 6);
    assert!(hits.hits.iter().all(|h| h.document == wtpf && h.matched == "cooperación mejorada"));
    let exact = SearchOptions { match_accents: true, ..SearchOptions::default() };
    assert!(project.search("cooperacion mejorada", exact, &[]).unwrap().hits.is_empty());
    assert_eq!(project.search("Cooperación Mejorada", exact, &[]).unwrap().hits.len(), 6);
    let case = SearchOptions { match_case: true, match_accents: true, ..SearchOptions::default() };
    assert!(project.search("Cooperación Mejorada", case, &[]).unwrap().hits.is_empty());
    let first = &hits.hits[0];
    assert_eq!((first.ordinal, first.span.start.0, first.span.end.0), (1, 181, 201));
    assert!(first.before.ends_with("un proceso para una "), "{}", first.before);
    let words = SearchOptions { mode: SearchMode::WholeWord, ..SearchOptions::default() };
    let stakeholder = project.search("stakeholder", words, &[]).unwrap().hits.len();
    let everywhere = project.search("stakeholder", SearchOptions::default(), &[]).unwrap().hits.len();
    assert!(stakeholder < everywhere, "multistakeholder is not the word stakeholder");
    let pattern = SearchOptions { mode: SearchMode::Regex, ..SearchOptions::default() };
    assert_eq!(
        project.search("(", pattern, &[]).unwrap_err().to_string().split(':').next(),
        Some("not a valid regular expression")
    );

    // Auto-code: mei has the first hit already, five are new, in one step.
    let report = project.autocode(&hits.hits, &tag("intergovernmental-organizations"), "mei", at(40)).unwrap();
    assert_eq!((report.added(), report.tagged(), report.sessions.len()), (5, 0, 1));
    let rows = project
        .retrieve(&SegmentQuery { any_tags: vec![tag("intergovernmental-organizations")], ..SegmentQuery::default() })
        .unwrap();
    assert_eq!(rows.len(), 6);
    let again = project.autocode(&hits.hits, &tag("intergovernmental-organizations"), "mei", at(41)).unwrap();
    assert!(again.sessions.is_empty(), "running it again adds nothing");
    let steps: Vec<_> = report.sessions.iter().map(|(id, revision, _)| (*id, *revision)).collect();
    assert_eq!(project.undo_autocode(&steps).unwrap(), 1);
    assert_eq!(
        project
            .retrieve(&SegmentQuery {
                any_tags: vec![tag("intergovernmental-organizations")],
                ..SegmentQuery::default()
            })
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn retrieved_segments_export_with_the_documents_attributes() {
    let (_dir, project) = coded_project();
    let query = SegmentQuery { any_tags: vec![tag("governments")], ..SegmentQuery::default() };
    let rows = project.retrieve(&query).unwrap();
    let description = query.describe();
    let export = project.segment_export(&rows, &description).unwrap();
    let mut csv = Vec::new();
    write_segments(&mut csv, SegmentFormat::Csv, &export).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(
            "document,document_title,stakeholder_group,region,language,date,paragraph_id,paragraph,tag,tag_label,\
             quote,note,author,created,status,annotation_id,annotation_file"
        )
    );
    let first = lines.next().unwrap();
    assert!(
        first.starts_with(
            "submissions/netmundial_070B_gov_spain.txt,SPANISH GOVERNMENT Contribution to the Global Multistakeholder,\
             governments,Europe,en,2014-03-08,p-eda7cf15fff8,¶5,governments,Governments,\
             The Government of Spain appreciates the opportunity,Spain welcomes NETmundial,ana,2025-11-24T16:00:01Z,anchored,"
        ),
        "{first}"
    );
    assert!(first.ends_with(",annotations/ana/submissions/netmundial_070B_gov_spain.glosa.ron"), "{first}");

    let mut json = Vec::new();
    write_segments(&mut json, SegmentFormat::Json, &export).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert_eq!(json["count"], 3);
    assert_eq!(json["query"], "tag governments");
    assert_eq!(json["segments"][2]["document"], WGEC);
    assert_eq!(json["segments"][2]["attributes"]["date"], "2016-12-15");
    assert_eq!(json["segments"][2]["paragraph_first"], 2);

    let all = project.retrieve(&SegmentQuery::default()).unwrap();
    let export = project.segment_export(&all, "all coded segments").unwrap();
    let mut markdown = Vec::new();
    write_segments(&mut markdown, SegmentFormat::Markdown, &export).unwrap();
    let markdown = String::from_utf8(markdown).unwrap();
    let headings: Vec<&str> = markdown.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        headings,
        [
            "## Governments (3)",
            "## Private sector (3)",
            "## Civil society (1)",
            "## Intergovernmental organizations (1)",
            "## Technical and academic community (1)"
        ]
    );
    assert!(markdown.contains("> The Government of Spain appreciates the opportunity\n\n— ¶5 · ana · 2025-11-24\n\n*Note:* Spain welcomes NETmundial\n"), "{markdown}");

    let mut xlsx = Vec::new();
    write_segments(&mut xlsx, SegmentFormat::Xlsx, &export).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut workbook = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut workbook).unwrap();
    let sheets: Vec<&str> = workbook.split("<sheet name=\"").skip(1).map(|s| s.split('"').next().unwrap()).collect();
    assert_eq!(
        sheets,
        [
            "Governments",
            "Private sector",
            "Civil society",
            "Intergovernmental organizations",
            "Technical and academic communit"
        ]
    );
}

#[test]
fn attributes_go_to_csv_and_come_back_all_or_nothing() {
    let dir = corpus_project();
    let corpus = Corpus::open(dir.path()).unwrap();
    let mut csv = Vec::new();
    write_attributes_csv(&mut csv, &corpus, false).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(
        csv.lines().take(3).collect::<Vec<_>>(),
        [
            "document,stakeholder_group,region,language,date",
            "submissions/netmundial_070B_gov_spain.txt,governments,Europe,en,2014-03-08",
            "submissions/netmundial_076B_civil_aspen.txt,civil-society,North America,en,2014-03-08",
        ]
    );
    // Re-importing what was exported changes nothing.
    let same = parse_attributes_csv(&corpus, csv.clone().into_bytes()).unwrap();
    assert_eq!((same.rows, same.changed, same.edit), (6, 0, None));

    // What Excel saves in Europe: Windows-1252, semicolons, labels as headers.
    let excel = "document;Region;Date;Organisation\r\nnetmundial_070B_gov_spain.txt;Europe (EU);2014-03-09;Ministerio de Industria, Energía y Turismo\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(excel);
    let import = parse_attributes_csv(&corpus, bytes.into_owned()).unwrap();
    assert_eq!((import.rows, import.changed, import.new_attributes.clone()), (1, 3, vec!["Organisation".to_owned()]));
    let mut project = Project::from_corpus(corpus);
    project.apply_project_edit(import.edit.unwrap()).unwrap();
    let corpus = project.corpus().unwrap();
    let spain = corpus.document_index(SPAIN).unwrap();
    assert_eq!(corpus.value(spain, &attribute("organisation")), Some("Ministerio de Industria, Energía y Turismo"));
    assert_eq!(corpus.value(spain, &attribute("date")), Some("2014-03-09"));
    assert!(project.undo_project().unwrap(), "one undo step");
    assert!(project.corpus().unwrap().attributes().find("organisation").is_none());

    let corpus = project.corpus().unwrap();
    let bad = |text: &str| parse_attributes_csv(corpus, text.as_bytes().to_vec()).unwrap_err().to_string();
    assert_eq!(
        bad("document,date\nwgec_cis_inputs_2016.md,15/12/2016\n"),
        "line 2, column date: `15/12/2016` is not a date (write YYYY-MM-DD, e.g. 2014-04-23)"
    );
    assert_eq!(bad("document,date\nnowhere.txt,2016-12-15\n"), "line 2: no document `nowhere.txt` in the project");
    assert_eq!(
        bad("document,region\nwgec_cis_inputs_2016.md,Asia\nwgec_cis_inputs_2016.md,Asia\n"),
        "line 3: document `wgec_cis_inputs_2016.md` appears twice (also line 2)"
    );
    assert_eq!(
        bad("file,region\n"),
        "line 1: no `document` column (the first row names the columns: document, then attribute IDs)"
    );
    assert_eq!(bad(""), "cannot read the CSV file (the file is empty)");
}

#[test]
fn two_writers_saving_the_project_file_at_once_both_keep_their_changes() {
    let dir = corpus_project();
    // Many trials of four writers, each opened before any saves, each setting its
    // own document's value and saving at the same moment.
    for trial in 0..25 {
        let writers: Vec<Corpus> = (0..4).map(|_| Corpus::open(dir.path()).unwrap()).collect();
        let barrier = std::sync::Barrier::new(writers.len());
        std::thread::scope(|scope| {
            for (n, mut corpus) in writers.into_iter().enumerate() {
                let barrier = &barrier;
                scope.spawn(move || {
                    let key = VALUES[n].0.to_owned();
                    corpus
                        .apply(ProjectEdit::SetValue {
                            document: key,
                            attribute: attribute("region"),
                            value: Some(format!("region {trial}-{n}")),
                        })
                        .unwrap();
                    barrier.wait();
                    corpus.save().unwrap();
                });
            }
        });
        let corpus = Corpus::open(dir.path()).unwrap();
        for (n, (key, _)) in VALUES.iter().take(4).enumerate() {
            let document = corpus.document_index(key).unwrap();
            assert_eq!(
                corpus.value(document, &attribute("region")),
                Some(format!("region {trial}-{n}").as_str()),
                "trial {trial}"
            );
        }
    }
    // The same key changed by both: the later save keeps its value and says so.
    let mut first = Corpus::open(dir.path()).unwrap();
    let mut second = Corpus::open(dir.path()).unwrap();
    for (corpus, value) in [(&mut first, "Europe"), (&mut second, "Southern Europe")] {
        corpus
            .apply(ProjectEdit::SetValue {
                document: SPAIN.to_owned(),
                attribute: attribute("region"),
                value: Some(value.to_owned()),
            })
            .unwrap();
    }
    assert!(first.save().unwrap().conflicts.is_empty());
    let report = second.save().unwrap();
    assert_eq!(report.conflicts, [format!("attribute region of {SPAIN}")]);
    let spain = second.document_index(SPAIN).unwrap();
    assert_eq!(second.value(spain, &attribute("region")), Some("Southern Europe"));
    assert_eq!(second.revision(), 1);
    assert!(!second.is_modified());
}

#[test]
fn bad_project_files_give_one_line_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.glosa-project.ron");
    let cases = [
        (
            "(format: \"glosa-project\", version: 7, name: \"x\")",
            "made by a newer Glosa (format version 7; this Glosa reads version 1): update Glosa to open it",
        ),
        ("(format: \"glosa-annotations\", version: 1)", "not a Glosa project file (its format is `glosa-annotations`)"),
        (
            "(format: \"glosa-project\", version: 1, name: \"x\", values: {\"a.txt\": {\"Bad Id\": \"1\"}})",
            "line 1, column",
        ),
        ("\u{0}\u{1}binary", "line 1, column 1"),
        ("", "not a Glosa project file (the file is empty)"),
    ];
    for (text, expected) in cases {
        std::fs::write(&file, text).unwrap();
        let message = Corpus::open(&file).unwrap_err().to_string();
        assert!(message.contains(expected), "{message}");
        assert!(message.ends_with(&file.display().to_string()), "{message}");
        assert_eq!(message.lines().count(), 1, "{message}");
    }
    std::fs::write(dir.path().join("q.glosa-project.ron"), "").unwrap();
    let several = Corpus::open(dir.path()).unwrap_err().to_string();
    assert_eq!(
        several,
        format!(
            "cannot open the project (the folder has several project files (p.glosa-project.ron, q.glosa-project.ron); open one of them): {}",
            dir.path().display()
        )
    );
    // A listed document that is missing is reported, not fatal.
    std::fs::remove_file(dir.path().join("q.glosa-project.ron")).unwrap();
    std::fs::write(&file, "(format: \"glosa-project\", version: 1, name: \"x\", documents: [\"../gone.txt\"])")
        .unwrap();
    let corpus = Corpus::open(&file).unwrap();
    assert!(corpus.documents().is_empty());
    assert_eq!(corpus.problems().len(), 1);
    assert!(corpus.problems()[0].to_string().starts_with("a document the project lists is missing"));
}

#[test]
fn building_the_index_wakes_the_caller_after_every_file_read() {
    let (dir, _) = coded_project();
    let mut project = Project::open(dir.path()).unwrap();
    let wakes = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = std::sync::Arc::clone(&wakes);
    let progress = glosa::session::project::index::Progress::waking(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    });
    project.build_index(&progress);
    // Six documents, and five annotation files: ana's on two documents, luis's
    // on one, mei's on two.
    assert_eq!((progress.done(), progress.total()), (DOCUMENTS.len() + 5, DOCUMENTS.len() + 5));
    assert_eq!(wakes.load(std::sync::atomic::Ordering::SeqCst), progress.total(), "one wake per file read");
}

/// A document deleted from a project folder whose annotation files remain: the
/// index says its document is missing (not that it lies outside the project), and
/// a project that lists an outside document, deleted since, reads its annotation
/// file beside it and says the same.
#[test]
fn a_deleted_document_is_reported_missing_not_outside_the_project() {
    let (dir, project) = coded_project();
    drop(project);
    let spain = dir.path().join(SPAIN);
    std::fs::remove_file(&spain).unwrap();
    let mut project = Project::open(dir.path()).unwrap();
    project.build_index(&glosa::session::project::Progress::default());
    let problems: Vec<String> = project.index().unwrap().problems.iter().map(ToString::to_string).collect();
    let missing: Vec<&String> =
        problems.iter().filter(|p| p.starts_with("the document of an annotation file is missing")).collect();
    // Ana's and Luis's files for the Spanish submission.
    assert_eq!(missing.len(), 2, "{problems:#?}");
    for problem in &missing {
        assert!(problem.contains("netmundial_070B_gov_spain.txt): "), "names the document: {problem}");
    }
    assert!(!problems.iter().any(|p| p.contains("outside the project")), "{problems:#?}");

    // A project listing a document outside its folder, with its annotation file beside it.
    let outside = tempfile::tempdir().unwrap();
    let listed = outside.path().join("udhr.txt");
    std::fs::copy(project_support::corpus_file("udhr_spa.txt"), &listed).unwrap();
    let output = common::run_in(
        outside.path(),
        &[
            "annotate",
            "udhr.txt",
            "--annotations",
            "udhr.glosa.ron",
            "--tag",
            "governments",
            "--quote",
            "la Asamblea General",
        ],
    );
    common::ok(&output);
    let folder = tempfile::tempdir().unwrap();
    let edit = {
        let corpus = Corpus::init(folder.path(), Some("Listed")).unwrap();
        corpus.add_documents_edit(std::slice::from_ref(&listed)).unwrap().unwrap()
    };
    let mut project = Project::open(folder.path()).unwrap();
    project.apply_project_edit(edit).unwrap();
    project.save_project().unwrap();
    drop(project);
    std::fs::remove_file(&listed).unwrap();
    let mut project = Project::open(folder.path()).unwrap();
    assert!(project.corpus().unwrap().documents().is_empty());
    assert_eq!(project.corpus().unwrap().annotation_files().len(), 1, "the file beside the missing document is read");
    project.build_index(&glosa::session::project::Progress::default());
    let problems: Vec<String> = project.index().unwrap().problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(
        problems[0].starts_with("the document of an annotation file is missing (deleted or moved) ("),
        "{}",
        problems[0]
    );
    assert!(problems[0].ends_with("udhr.glosa.ron"), "{}", problems[0]);
}
