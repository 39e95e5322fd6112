//! What the app's Agreement view computes, without the GUI: the report prepared
//! once and recomputed for a choice of coders and tags is exactly what
//! `model::agreement::compare` (and so `glosa agreement`) gives on the two coders'
//! example files for the bundled sample; the agreement colours; adding a coder's
//! file; the background worker; the CSV and Markdown exports.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

mod common;

use std::sync::Arc;

use common::{EXAMPLE as FIRST_CODER, SAMPLE, SECOND_CODER, repo};
use glosa::export::agreement::{write_disagreements_csv, write_report_markdown, write_table_csv};
use glosa::model::agreement::{DocumentInput, Mark, Options, Source, Span, Threshold, compare};
use glosa::model::{Document, TagId};
use glosa::persist::annotations;
use glosa::persist::document::read_document;
use glosa::session::agreement::{CoderFileError, Inputs, Worker, compute, read_coder_file};

fn tag(id: &str) -> TagId {
    TagId::new(id).unwrap()
}

fn sample() -> Document {
    read_document(&repo(SAMPLE)).unwrap()
}

fn inputs() -> Inputs {
    let sources = [FIRST_CODER, SECOND_CODER]
        .iter()
        .map(|f| (f.to_string(), Arc::new(annotations::load(&repo(f)).unwrap().annotations)))
        .collect();
    Inputs { document: Arc::new(sample()), name: SAMPLE.to_owned(), sources }
}

/// A value to three decimals, as the view shows it.
fn round(value: Option<f64>) -> String {
    format!("{:.3}", value.unwrap())
}

#[test]
fn the_prepared_report_is_the_one_compare_gives_for_every_choice_of_tags() {
    let inputs = inputs();
    let prepared = inputs.prepare();
    assert_eq!(prepared.coders(), ["Glosa example", "Lucía Fernández"]);
    assert_eq!(prepared.tags().len(), 6);
    let sources: Vec<Source> = inputs.sources.iter().map(|(n, a)| Source { name: n, annotations: a }).collect();
    let input = DocumentInput { document: &inputs.document, name: SAMPLE, sources };
    for tags in [vec![], vec![tag("governments")], vec![tag("private-sector"), tag("civil-society")]] {
        let options = Options { tags, ..Options::default() };
        let expected = compare(std::slice::from_ref(&input), &options).unwrap();
        let got = prepared.report(&inputs.document, &options).unwrap();
        assert_eq!(got.coders, expected.coders);
        assert_eq!(got.tags, expected.tags);
        assert_eq!(got.pooled, expected.pooled);
        assert_eq!(got.documents[0].results, expected.documents[0].results);
        assert_eq!(got.disagreements, expected.disagreements);
        assert_eq!(got.excluded, expected.excluded);
    }
    let all = prepared.report(&inputs.document, &Options::default()).unwrap();
    assert_eq!(round(all.pooled.overall.alpha_u.get()), "0.785");
    assert_eq!(round(all.pooled.overall.cohen_kappa.get()), "0.752");
    assert_eq!(all.disagreements.len(), 5);
}

/// The two example coders and a third made from the second: another name, every
/// third annotation retagged as governments, every fifth dropped.
fn three_coders() -> Inputs {
    let mut inputs = inputs();
    let second = inputs.sources[1].1.clone();
    let third: Vec<_> = second
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 5 != 4)
        .map(|(i, a)| {
            let mut a = a.clone();
            "Amina Diallo".clone_into(&mut a.author);
            if i % 3 == 0 {
                a.tags = [tag("governments")].into_iter().collect();
            }
            a
        })
        .collect();
    inputs.sources.push(("third.glosa.ron".to_owned(), Arc::new(third)));
    inputs
}

#[test]
fn remembered_pieces_give_the_report_compare_gives_for_every_choice_in_any_order() {
    let inputs = three_coders();
    let prepared = inputs.prepare();
    let coders = prepared.coders().to_vec();
    assert_eq!(coders, ["Amina Diallo", "Glosa example", "Lucía Fernández"]);
    let sources: Vec<Source> = inputs.sources.iter().map(|(n, a)| Source { name: n, annotations: a }).collect();
    let input = DocumentInput { document: &inputs.document, name: SAMPLE, sources };
    let coder_choices = [
        vec![],
        vec![coders[1].clone(), coders[2].clone()],
        vec![coders[2].clone(), coders[0].clone()],
        vec![coders[0].clone(), coders[1].clone(), coders[2].clone()],
    ];
    let tag_choices = [vec![], vec![tag("governments")], vec![tag("private-sector"), tag("civil-society")]];
    let thresholds = [Threshold::DEFAULT, Threshold::new(0.5).unwrap()];
    let mut compared = 0;
    // Twice: the first round fills the memo, the second reads it (and the
    // choices share pieces with each other in both).
    for _ in 0..2 {
        for coders in &coder_choices {
            for tags in &tag_choices {
                for threshold in thresholds {
                    let options =
                        Options { coders: coders.clone(), tags: tags.clone(), threshold, ..Options::default() };
                    let expected = compare(std::slice::from_ref(&input), &options).unwrap();
                    let got = prepared.report(&inputs.document, &options).unwrap();
                    assert_eq!(got.coders, expected.coders);
                    assert_eq!(got.tags, expected.tags);
                    assert_eq!(got.pooled, expected.pooled, "{coders:?} {tags:?} {threshold:?}");
                    assert_eq!(got.disagreements, expected.disagreements, "{coders:?} {tags:?} {threshold:?}");
                    assert_eq!(got.excluded, expected.excluded);
                    compared += 1;
                }
            }
        }
    }
    assert_eq!(compared, 48);
    let all = prepared.report(&inputs.document, &Options::default()).unwrap();
    assert_eq!(all.coders.len(), 3);
    assert!(all.pooled.overall.fleiss_kappa.get().is_some());
    assert!(all.disagreements.len() > 5, "{}", all.disagreements.len());
}

#[test]
fn one_coder_chosen_leaves_every_coefficient_undefined_with_the_reason() {
    let inputs = inputs();
    let prepared = inputs.prepare();
    let options = Options { coders: vec!["Lucía Fernández".to_owned()], ..Options::default() };
    let report = prepared.report(&inputs.document, &options).unwrap();
    assert_eq!(report.pooled.overall.alpha_u.why().unwrap().reason(), "fewer than two coders");
    assert!(report.disagreements.is_empty());
    let unknown = Options { coders: vec!["Nobody".to_owned()], ..Options::default() };
    assert!(prepared.report(&inputs.document, &unknown).is_err());
}

#[test]
fn agreement_colours_mark_both_only_one_coder_and_different_tags() {
    let inputs = inputs();
    let prepared = inputs.prepare();
    let marks = prepared.marks("Glosa example", "Lucía Fernández", &[]);
    let by_paragraph = prepared.paragraph_marks(&marks);
    // ¶6 623..669: "se pone un énfasis específico en los gobiernos", the second
    // coder's only.
    assert!(by_paragraph[5].contains(&(623, 669, Mark::OnlySecond)), "{:?}", by_paragraph[5]);
    // ¶3 307..376: civil society for both (the first coder also gave it the
    // private sector: a disagreement on that tag, but the colours show the
    // common tag).
    assert!(by_paragraph[2].contains(&(307, 376, Mark::Both)), "{:?}", by_paragraph[2]);
    // ¶3 138..142: the second coder's passage there starts four code points earlier.
    assert!(by_paragraph[2].contains(&(138, 142, Mark::OnlySecond)), "{:?}", by_paragraph[2]);
    // ¶3 515..606: international vs intergovernmental organizations.
    assert!(by_paragraph[2].contains(&(515, 606, Mark::DifferentTags)), "{:?}", by_paragraph[2]);
    // ¶2 266..324 both coded technical-academic-community; the second coder on to 386.
    assert!(by_paragraph[1].contains(&(266, 324, Mark::Both)), "{:?}", by_paragraph[1]);
    assert!(by_paragraph[1].contains(&(324, 386, Mark::OnlySecond)), "{:?}", by_paragraph[1]);
    // Spans are sorted, disjoint, and never empty.
    for pair in marks.windows(2) {
        assert!(pair[0].0.end <= pair[1].0.start);
    }
    assert!(marks.iter().all(|(s, _)| !s.is_empty()));
    // With one tag only, the other tags' passages are not marked.
    let governments = prepared.marks("Glosa example", "Lucía Fernández", &[tag("governments")]);
    assert!(governments.iter().all(|(_, m)| *m != Mark::DifferentTags));
    let continuum = prepared.continuum();
    let start = continuum.paragraph_start(5).unwrap();
    assert!(governments.contains(&(Span { start: start + 623, end: start + 669 }, Mark::OnlySecond)));
}

#[test]
fn a_coders_file_is_read_with_its_authors_and_one_for_another_document_is_refused() {
    let doc = sample();
    let file = read_coder_file(&repo(SECOND_CODER), &doc).unwrap();
    assert_eq!(file.authors, ["Lucía Fernández"]);
    assert_eq!(file.annotations.len(), 12);
    let other = read_document(&repo("tests/corpus/README.md")).unwrap();
    let error = read_coder_file(&repo(SECOND_CODER), &other).unwrap_err();
    assert!(matches!(error, CoderFileError::OtherDocument { .. }));
    let message = error.to_string();
    assert!(message.ends_with(&repo(SECOND_CODER).display().to_string()), "{message}");
    let missing = read_coder_file(&repo("saves/none.glosa.ron"), &doc).unwrap_err();
    assert!(missing.to_string().starts_with("cannot read the coder's annotations (no such file)"), "{missing}");
}

#[test]
fn the_worker_answers_the_latest_request_and_reuses_the_resolved_annotations() {
    let inputs = inputs();
    let mut worker = Worker::default();
    let _first = worker.start(inputs.clone(), None, Options::default());
    let latest = worker.start(inputs.clone(), None, Options { tags: vec![tag("governments")], ..Options::default() });
    let computed = wait(&mut worker);
    assert_eq!(computed.request, latest, "the superseded request's answer is dropped");
    let report = computed.report.unwrap();
    assert_eq!(report.tags, [tag("governments")]);
    assert_eq!(round(report.pooled.overall.alpha_u.get()), "0.885");
    let again = worker.start(inputs.clone(), Some(computed.prepared.clone()), Options::default());
    let computed = wait(&mut worker);
    assert_eq!(computed.request, again);
    assert_eq!(round(computed.report.unwrap().pooled.overall.alpha_u.get()), "0.785");
    assert_eq!(computed.marks.len(), 11, "colours for each of the 11 paragraphs");
}

#[test]
fn the_worker_wakes_its_caller_once_the_answer_can_be_collected() {
    let (woken, wakes) = std::sync::mpsc::channel();
    let mut worker = Worker::default();
    let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(move || woken.send(()).unwrap());
    let request = worker.start_waking(inputs(), None, Options::default(), Some(wake));
    wakes.recv_timeout(std::time::Duration::from_mins(1)).expect("the worker wakes its caller");
    let computed = worker.poll().expect("the answer is there when the wake comes");
    assert_eq!(computed.request, request);
    assert_eq!(round(computed.report.unwrap().pooled.overall.alpha_u.get()), "0.785");
    assert!(wakes.try_recv().is_err(), "once");
}

/// The worker's answer, however long a slow machine takes (at most a minute).
fn wait(worker: &mut Worker) -> glosa::session::agreement::Computed {
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_mins(1) {
        if let Some(computed) = worker.poll() {
            assert!(!worker.is_running());
            return computed;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the worker did not answer in a minute");
}

#[test]
fn exports_give_the_table_the_disagreements_and_a_markdown_report() {
    let inputs = inputs();
    let prepared = inputs.prepare();
    let (report, _) = compute(&inputs.document, &prepared, &Options::default());
    let report = report.unwrap();
    let codebook = annotations::load(&repo(FIRST_CODER)).unwrap().tags;
    let order: Vec<usize> = (0..report.tags.len()).collect();
    let mut table = Vec::new();
    write_table_csv(&mut table, &report, &report.pooled, &order, &codebook).unwrap();
    let table = String::from_utf8(table).unwrap();
    let lines: Vec<&str> = table.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 1 + 6 + 1, "header, six tags, overall");
    assert!(lines[0].starts_with("document,tag,tag_label,coders,units,percent,cohen_kappa"));
    let overall = lines.last().unwrap();
    assert!(overall.contains("(overall),All tags,Glosa example;Lucía Fernández,,0.98"), "{overall}");
    assert!(overall.contains(",0.785"), "{overall}");
    let mut list = Vec::new();
    write_disagreements_csv(&mut list, &report).unwrap();
    let list = String::from_utf8(list).unwrap();
    assert_eq!(list.lines().count(), 1 + 5);
    assert!(list.contains("one-coder-only,Lucía Fernández,governments,"), "{list}");
    assert!(list.contains("se pone un énfasis específico en los gobiernos"));
    let mut markdown = Vec::new();
    write_report_markdown(&mut markdown, &report, &order, &codebook).unwrap();
    let markdown = String::from_utf8(markdown).unwrap();
    assert!(markdown.contains("| **All tags** |  | 0.982 | 0.752 | — | 0.752 | 0.785 | 0.696 |"), "{markdown}");
    assert!(markdown.contains("**All tags**, Fleiss κ: Fleiss' kappa is reported for three or more coders"));
    assert!(markdown.contains("## Disagreements (5)"));
    assert!(markdown.contains("¶6 623..669, one coder only"));
}

/// A small deterministic generator (64-bit LCG), so the test is the same everywhere.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// Three coders who code the sample's paragraphs densely, with four tags, many
/// overlaps, ties and passages both coded with several tags: the cases where a
/// disagreement of different tags depends on which other tags are chosen.
fn crowded_coders(seed: u64) -> Inputs {
    use glosa::model::{Annotation, AnnotationId, CharOffset, Segment, Timestamp};
    let document = sample();
    let tags = ["governments", "private-sector", "civil-society", "technical-academic-community"];
    let time = Timestamp::from_second(1_767_603_600).unwrap();
    let mut rng = Lcg(seed);
    let lengths: Vec<usize> = document.paragraphs().iter().map(|p| document.text_of(p).chars().count()).collect();
    let mut sources = Vec::new();
    for (c, coder) in ["Ana", "Ben", "Chen"].iter().enumerate() {
        let annotations: Vec<Annotation> = (0..40)
            .map(|n| {
                let paragraph = rng.below(3);
                let length = lengths[paragraph];
                // Starts and ends on a coarse grid, so boundaries and overlaps often coincide.
                let start = rng.below(length / 20) * 20;
                let end = (start + 20 * (1 + rng.below(4))).min(length);
                let segments = vec![Segment::new(&document, paragraph, CharOffset(start), CharOffset(end)).unwrap()];
                let mut chosen: std::collections::BTreeSet<TagId> = [tag(tags[rng.below(4)])].into();
                if rng.below(3) == 0 {
                    chosen.insert(tag(tags[rng.below(4)]));
                }
                Annotation {
                    id: AnnotationId::from_parts(1_767_603_600_000 + (c * 100 + n) as u64, (c * 100 + n) as u128),
                    segments,
                    tags: chosen,
                    note: String::new(),
                    author: (*coder).to_owned(),
                    created: time,
                    modified: time,
                }
            })
            .collect();
        sources.push((format!("{coder}.glosa.ron"), Arc::new(annotations)));
    }
    Inputs { document: Arc::new(document), name: SAMPLE.to_owned(), sources }
}

/// Every choice of tags (each subset, in sorted and reversed order) and of coders
/// (each pair and the three, both ways round), at two thresholds: the view's
/// report, recomputed from what earlier reports remembered, lists exactly the
/// disagreements (and measures) a fresh comparison gives.
#[test]
fn remembered_disagreements_match_a_fresh_comparison_on_crowded_codings() {
    let mut seen_different_tags = 0;
    for seed in 1..=2 {
        let inputs = crowded_coders(seed);
        let prepared = inputs.prepare();
        let all_tags = prepared.tags().to_vec();
        assert_eq!(all_tags.len(), 4, "seed {seed}");
        let sources: Vec<Source> = inputs.sources.iter().map(|(n, a)| Source { name: n, annotations: a }).collect();
        let input = DocumentInput { document: &inputs.document, name: SAMPLE, sources };
        let names = ["Ana", "Ben", "Chen"].map(str::to_owned);
        let coder_choices = [
            vec![],
            vec![names[0].clone(), names[1].clone()],
            vec![names[2].clone(), names[0].clone()],
            vec![names[2].clone(), names[1].clone(), names[0].clone()],
        ];
        for mask in 1..16_usize {
            let subset: Vec<TagId> = (0..4).filter(|i| mask & (1 << i) != 0).map(|i| all_tags[i].clone()).collect();
            let reversed: Vec<TagId> = subset.iter().rev().cloned().collect();
            for tags in [subset, reversed] {
                for coders in &coder_choices {
                    for threshold in [Threshold::DEFAULT, Threshold::new(0.5).unwrap()] {
                        let options =
                            Options { coders: coders.clone(), tags: tags.clone(), threshold, ..Options::default() };
                        let expected = compare(std::slice::from_ref(&input), &options).unwrap();
                        let got = prepared.report(&inputs.document, &options).unwrap();
                        assert_eq!(got.pooled, expected.pooled, "seed {seed} {coders:?} {tags:?}");
                        assert_eq!(got.disagreements, expected.disagreements, "seed {seed} {coders:?} {tags:?}");
                        seen_different_tags += got
                            .disagreements
                            .iter()
                            .filter(|d| d.kind == glosa::model::agreement::DisagreementKind::DifferentTags)
                            .count();
                    }
                }
            }
        }
    }
    assert!(seen_different_tags > 1000, "the codings exercise tag conflicts: {seen_different_tags}");
}

/// A value of `glosa agreement --project`'s JSON to three decimals.
fn cli_value(json: &serde_json::Value, pointer: &str) -> String {
    round(json.pointer(pointer).and_then(serde_json::Value::as_f64))
}

#[test]
fn pooled_over_a_project_the_figures_are_those_of_glosa_agreement_project() {
    use glosa::session::agreement::{PooledWorker, project_inputs};
    use glosa::session::project::{Progress, Project};
    let dir = common::two_document_project();
    let cli = common::agreement_json(dir.path());
    let mut project = Project::open(dir.path()).unwrap();
    project.build_index(&Progress::default());
    let inputs = project_inputs(&project);
    // Two documents in the CLI's order (that of their first file): the sample, then
    // the declaration, each with the two coders' files sorted by path.
    let names: Vec<_> = inputs.documents.iter().map(|d| d.inputs.document.title().to_owned()).collect();
    assert_eq!(names.len(), 2);
    assert_eq!(cli["documents"][0]["title"], names[0].as_str());
    assert_eq!(cli["documents"][1]["title"], names[1].as_str());
    assert_eq!((inputs.project_document(0), inputs.project_document(1)), (Some(0), Some(1)), "brief.txt, udhr.txt");
    for document in &inputs.documents {
        let files: Vec<&str> = document.inputs.sources.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(files.len(), 2, "{files:?}");
        assert!(files[0].contains("glosa-example") && files[1].contains("lucia"), "{files:?}");
    }

    let options = Options { aliases: inputs.aliases.clone(), ..Options::default() };
    let report = inputs.compare(&options).unwrap();
    assert_eq!(report.coders, ["Glosa example", "Lucía Fernández"]);
    assert_eq!(report.documents.len(), 2);
    assert!(report.documents.iter().all(|d| d.pooled), "both coders coded both documents");
    // Pooled: the two continua joined by one separator code point.
    let lengths: Vec<usize> = report.documents.iter().map(|d| d.results.code_points).collect();
    assert_eq!(report.pooled.code_points, lengths[0] + 1 + lengths[1]);
    assert_eq!(cli["documents"][1]["code_points"], lengths[1]);
    let measures = ["percent", "cohen_kappa", "krippendorff_alpha", "alpha_u", "segments_matched"];
    let value = |m: &glosa::model::agreement::Measures, name: &str| {
        let v = match name {
            "percent" => m.percent,
            "cohen_kappa" => m.cohen_kappa,
            "krippendorff_alpha" => m.krippendorff_alpha,
            "alpha_u" => m.alpha_u,
            _ => m.segments_matched,
        };
        round(v.get())
    };
    for name in measures {
        assert_eq!(value(&report.pooled.overall, name), cli_value(&cli, &format!("/overall/{name}")), "{name}");
        for tag in &report.pooled.tags {
            let pointer = format!("/tags/{}/{name}", tag.tag);
            if cli.pointer(&pointer).is_some_and(|v| !v.is_null()) {
                assert_eq!(value(&tag.measures, name), cli_value(&cli, &pointer), "{pointer}");
            }
        }
    }
    // The pooled figures are not either document's: the declaration's coding
    // differs from the sample's.
    assert_ne!(report.pooled.overall.alpha_u, report.documents[0].results.overall.alpha_u);
    // The declaration adds its disagreements to the sample's five: the longer
    // international organization, and the human family's different tags.
    let disagreements = cli["disagreements"].as_array().unwrap();
    assert_eq!(report.disagreements.len(), disagreements.len());
    let in_udhr: Vec<_> = report.disagreements.iter().filter(|d| d.document == 1).collect();
    assert_eq!(report.disagreements.len() - in_udhr.len(), 5, "the sample's");
    let different = in_udhr.iter().find(|d| d.kind.as_str() == "different-tags").expect("different tags");
    assert_eq!(different.passage.quote, "la familia humana");
    let boundaries = in_udhr.iter().find(|d| d.kind.as_str() == "boundaries").expect("boundaries");
    assert!(boundaries.passage.quote.ends_with("las Naciones Unidas"), "{}", boundaries.passage.quote);
    for (ours, theirs) in report.disagreements.iter().zip(disagreements) {
        assert_eq!(theirs["document"], cli["documents"][ours.document]["path"]);
        assert_eq!(theirs["start"], ours.passage.start);
        assert_eq!(theirs["kind"], ours.kind.as_str());
        assert_eq!(theirs["quote"], ours.passage.quote.as_str());
    }

    // The worker gives the same, with the colours of the document shown.
    let mut worker = PooledWorker::default();
    let chosen = Options { coders: report.coders.clone(), tags: report.tags.clone(), ..options };
    worker.start(Arc::new(inputs), chosen, Some(1), None);
    let computed = worker.wait(std::time::Duration::from_secs(30)).unwrap();
    let again = computed.report.unwrap();
    assert_eq!(again.pooled, report.pooled);
    assert_eq!(computed.shown, Some(1));
    let udhr = read_document(&common::repo(common::UDHR)).unwrap();
    let ordinal = different.passage.ordinal;
    let paragraph = &computed.marks[usize::try_from(ordinal).unwrap() - 1];
    assert!(paragraph.iter().any(|&(_, _, mark)| mark == Mark::DifferentTags), "{paragraph:?}");
    assert_eq!(computed.marks.len(), udhr.paragraphs().len());
}
