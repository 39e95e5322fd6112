//! A project of 400 documents with 20,000 annotations (issue 9, Performance).
//!
//! Setup (not measured, not committed): 400 plain-text documents of about 50 KB
//! each in a temporary folder — slices of Don Quijote (even documents) and of the
//! other corpus texts (odd ones: NETmundial submissions, WGEC inputs, the WTPF
//! brief, the UDHR in Spanish, French, Russian, Arabic and Chinese), each headed by
//! its number — made a project with the four WSIS attributes set for every
//! document, and 3 analysts' annotation files for every document (1,200 files,
//! 20,000 annotations, random spans of 1–120 code points with one or two codes).
//!
//! Measurements, each with its target:
//! - `open/first_paint` (≤ 1 s): `GlosaApp::new` on the folder (scan, project
//!   file) and the first frame of the corpus panel on a fresh egui context,
//!   tessellated. The index is built on a worker meanwhile; the panel lists the
//!   documents with their attributes and a progress bar;
//! - `open/index` (no target; what the progress bar waits for): every document
//!   parsed and every annotation file loaded and anchored, on all cores;
//! - `retrieve/one_tag` (≤ 100 ms): all coded segments of `governments` across the
//!   project;
//! - `search/regex` (≤ 300 ms): a regex over every document (case- and
//!   accent-insensitive, the default; the folded copies are made by the first
//!   search, as in the app);
//! - `table/tag_x_stakeholder_group` (≤ 100 ms): the tag × attribute table.
//!
//! Memory (≤ 300 MB): heap counted with `peak_alloc` as the global allocator,
//! printed after the setup: live heap once the project is open, indexed, searched
//! (folded copies made) and a table computed; and the peak during that.
//!
//! Run: `cargo bench --bench project` (setup about 30 s on two cores), or with a
//! filter such as `-- retrieve`.

#![allow(clippy::unwrap_used)]
#![allow(clippy::expect_used, reason = "a benchmark whose input is missing should stop loudly")]
#![allow(clippy::cast_precision_loss, reason = "byte counts shown as MB")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::Criterion;
use egui::{Pos2, RawInput, Rect, vec2};
use glosa::model::attributes::AttributeId;
use glosa::model::project::ProjectEdit;
use glosa::model::{
    Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Segment, TagId, Timestamp,
};
use glosa::persist::annotations::{AnnotationFile, DocumentRef, save};
use glosa::session::project::{Corpus, CountUnit, Progress, Project, SearchMode, SearchOptions, SegmentQuery};
use glosa::ui::project::ProjectView;
use glosa::ui::{GlosaApp, StartArgs};
use peak_alloc::PeakAlloc;
use tempfile::TempDir;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

/// Documents in the project.
const DOCUMENTS: usize = 400;
/// Bytes of text per document (at least).
const DOCUMENT_BYTES: usize = 50_000;
/// Annotations over all files.
const ANNOTATIONS: usize = 20_000;
/// The analysts, each with a file per document.
const AUTHORS: [&str; 3] = ["ana", "luis", "mei"];
/// The corpus texts the odd documents are cut from.
const SOURCES: [&str; 11] = [
    "netmundial_070B_gov_spain.txt",
    "netmundial_076B_civil_aspen.txt",
    "netmundial_130B_private_brasscom_pt.txt",
    "netmundial_143B_tech_nro.txt",
    "wgec_cis_inputs_2016.md",
    "wtpf13-cooperacion-mejorada.es.txt",
    "udhr_spa.txt",
    "udhr_fra.txt",
    "udhr_rus.txt",
    "udhr_arb.txt",
    "udhr_cmn_hans.txt",
];
/// The regular expression searched for.
const REGEX: &str = r"\bcooperaci[oó]n\b|\bmultistakeholder\b|\bcaballer[oa]s?\b";

/// The paragraphs of a corpus file, as Glosa reads them.
fn paragraphs(name: &str) -> Vec<String> {
    let doc = glosa::persist::document::read_document(&support::corpus_path(name)).expect("a corpus file");
    doc.paragraphs().iter().map(|p| doc.text_of(p).to_owned()).collect()
}

/// Document `n`: paragraphs of `source` from a point that depends on `n`, wrapping,
/// until [`DOCUMENT_BYTES`].
fn document_text(n: usize, source: &[String]) -> String {
    let mut text = format!("Documento {n}\n\n");
    let mut i = (n * 97) % source.len();
    while text.len() < DOCUMENT_BYTES {
        text.push_str(&source[i]);
        text.push_str("\n\n");
        i = (i + 1) % source.len();
    }
    text
}

/// `count` random annotations by `author` on `doc` with `tags`.
fn random_annotations(
    doc: &Document,
    tags: &[TagId],
    author: &str,
    count: usize,
    rng: &mut support::Rng,
) -> Vec<Annotation> {
    let lens: Vec<usize> = doc.paragraphs().iter().map(|p| doc.text_of(p).chars().count()).collect();
    let candidates: Vec<usize> = (0..lens.len()).filter(|&i| lens[i] >= 8).collect();
    let created = Timestamp::from_second(1_764_000_000).unwrap();
    let mut annotations = Vec::with_capacity(count);
    while annotations.len() < count {
        let index = candidates[rng.below(candidates.len())];
        let len = lens[index];
        let span = 1 + rng.below(len.min(120));
        let start = rng.below(len - span + 1);
        let Some(segment) = Segment::new(doc, index, CharOffset(start), CharOffset(start + span)) else {
            continue;
        };
        let mut chosen = BTreeSet::new();
        chosen.insert(tags[rng.below(tags.len())].clone());
        if rng.chance(25) {
            chosen.insert(tags[rng.below(tags.len())].clone());
        }
        let note = if rng.chance(10) { "Revisar este pasaje.".to_owned() } else { String::new() };
        annotations.push(Annotation {
            id: AnnotationId::from_parts(1_764_000_000_000 + rng.below(1 << 30) as u64, rng.ulid_random()),
            segments: vec![segment],
            tags: chosen,
            note,
            author: author.to_owned(),
            created,
            modified: created,
        });
    }
    annotations
}

/// The project folder (see the module docs).
fn make_project() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let quijote = paragraphs("quijote_pg2000_es.txt");
    let others: Vec<Vec<String>> = SOURCES.iter().map(|name| paragraphs(name)).collect();
    for n in 0..DOCUMENTS {
        let source = if n % 2 == 0 { &quijote } else { &others[(n / 2) % others.len()] };
        let path = dir.path().join(format!("docs/{:02}/doc-{n:03}.txt", n / 50));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, document_text(n, source)).unwrap();
    }
    Corpus::init(dir.path(), Some("Bench corpus")).unwrap();
    let mut project = Project::open(dir.path()).unwrap();
    let corpus = project.corpus().unwrap();
    let groups: Vec<TagId> = corpus.codebook().tags().tags().iter().map(|t| t.id.clone()).collect();
    let regions = ["Africa", "Asia-Pacific", "Europe", "Latin America and Caribbean", "North America", "Global"];
    let languages = ["es", "en", "fr", "ru", "ar", "zh"];
    let mut edits = Vec::new();
    for (n, found) in corpus.documents().iter().enumerate() {
        let values = [
            ("stakeholder_group", groups[n % groups.len()].to_string()),
            ("region", regions[n % regions.len()].to_owned()),
            ("language", languages[n % languages.len()].to_owned()),
            ("date", format!("20{:02}-0{}-1{}", 5 + n % 12, 1 + n % 9, n % 10)),
        ];
        for (id, value) in values {
            edits.push(ProjectEdit::SetValue {
                document: found.key.clone(),
                attribute: AttributeId::new(id).unwrap(),
                value: Some(value),
            });
        }
    }
    project.apply_project_edit(ProjectEdit::Batch(edits)).unwrap();
    project.save_project().unwrap();

    let corpus = project.corpus().unwrap();
    let tags = corpus.codebook().tags().clone();
    let tag_ids: Vec<TagId> = tags.tags().iter().map(|t| t.id.clone()).collect();
    let files = DOCUMENTS * AUTHORS.len();
    let mut rng = support::Rng(0x2545_F491_4F6C_DD1D);
    let mut written = 0;
    for (n, found) in corpus.documents().iter().enumerate() {
        let doc = glosa::persist::document::read_document(&found.path).unwrap();
        for (a, author) in AUTHORS.iter().enumerate() {
            let file = n * AUTHORS.len() + a;
            // 20,000 over 1,200 files: the first files get one more.
            let count = ANNOTATIONS / files + usize::from(file < ANNOTATIONS % files);
            let annotations = random_annotations(&doc, &tag_ids, author, count, &mut rng);
            written += annotations.len();
            let set = AnnotationSet { tags: tags.clone(), annotations: Annotations::from_vec(annotations) };
            let path = corpus.annotation_path_for(n, author).unwrap();
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            save(&path, &AnnotationFile::new(DocumentRef::new(&doc, &found.path, &path), &set, Some(&doc))).unwrap();
        }
    }
    assert_eq!(written, ANNOTATIONS);
    dir
}

/// One frame of `app` on `ctx` at 1280×800, tessellated.
fn frame(ctx: &egui::Context, app: &mut GlosaApp, time: f64) {
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        time: Some(time),
        focused: true,
        ..RawInput::default()
    };
    let output = ctx.run_ui(input, |ui| app.ui(ui));
    black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
}

/// The app opened on `path` and its first frame on a fresh context.
fn first_paint(path: &Path) -> (egui::Context, GlosaApp) {
    let mut app = GlosaApp::new(None, StartArgs { file: Some(path.to_owned()), annotations: None, data_dir: None });
    let ctx = egui::Context::default();
    frame(&ctx, &mut app, 0.0);
    (ctx, app)
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn main() {
    let started = Instant::now();
    let dir = make_project();
    eprintln!(
        "project: {DOCUMENTS} documents, {ANNOTATIONS} annotations in {} files, made in {:.1} s",
        DOCUMENTS * AUTHORS.len(),
        started.elapsed().as_secs_f64()
    );

    // The first paint shows the corpus panel, before any document is read.
    let (_, app) = first_paint(dir.path());
    assert_eq!(app.state.projects.view, Some(ProjectView::Corpus));
    assert_eq!(app.state.project.corpus().unwrap().documents().len(), DOCUMENTS);
    drop(app);

    // Memory: the project open, indexed, searched and tabulated.
    let before = ALLOCATOR.current_usage();
    ALLOCATOR.reset_peak_usage();
    let mut project = Project::open(dir.path()).unwrap();
    project.build_index(&Progress::default());
    let index = project.index().unwrap();
    assert_eq!(index.documents_read(), DOCUMENTS);
    assert!(index.problems.is_empty(), "{:?}", index.problems);
    let governments = SegmentQuery { any_tags: vec![TagId::new("governments").unwrap()], ..SegmentQuery::default() };
    let everything = project.retrieve(&SegmentQuery::default()).unwrap();
    let regex = SearchOptions { mode: SearchMode::Regex, ..SearchOptions::default() };
    let hits = project.search(REGEX, regex, &[]).unwrap();
    let group = AttributeId::new("stakeholder_group").unwrap();
    black_box(project.tag_attribute_table(&SegmentQuery::default(), &group, CountUnit::Segments).unwrap());
    let live = ALLOCATOR.current_usage().saturating_sub(before);
    let peak = ALLOCATOR.peak_usage().saturating_sub(before);
    eprintln!(
        "memory (target ≤ 300 MB): {:.1} MB live after open + index + search + table, {:.1} MB peak; {} coded segments, {} of governments, {} regex hits{}",
        mb(live),
        mb(peak),
        everything.len(),
        project.retrieve(&governments).unwrap().len(),
        hits.hits.len(),
        if hits.truncated { " (truncated)" } else { "" },
    );

    let mut criterion = Criterion::default().configure_from_args().warm_up_time(Duration::from_secs(1));
    {
        let mut group_open = criterion.benchmark_group("open");
        group_open.sample_size(10).measurement_time(Duration::from_secs(8));
        group_open.bench_function("first_paint", |b| b.iter(|| first_paint(black_box(dir.path()))));
        group_open.bench_function("index", |b| {
            b.iter(|| {
                let mut project = Project::open(dir.path()).unwrap();
                project.build_index(&Progress::default());
                project
            });
        });
        group_open.finish();
    }
    criterion.bench_function("retrieve/one_tag", |b| b.iter(|| project.retrieve(black_box(&governments)).unwrap()));
    criterion.bench_function("search/regex", |b| b.iter(|| project.search(black_box(REGEX), regex, &[]).unwrap()));
    criterion.bench_function("table/tag_x_stakeholder_group", |b| {
        b.iter(|| {
            project.tag_attribute_table(&SegmentQuery::default(), black_box(&group), CountUnit::Segments).unwrap()
        });
    });
    criterion.final_summary();
}
