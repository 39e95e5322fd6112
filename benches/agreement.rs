//! Inter-coder agreement on Don Quijote (Project Gutenberg #2000, 2.2 MB, about
//! 2 million code points):
//!
//! - `agreement/quijote_3_coders_x_10k`: `model::agreement::compare` on three
//!   coders' annotation lists of 10,000 annotations each: anchoring every
//!   annotation, building the continuum, uniting each coder's segments per tag, and
//!   every measure (percent, Fleiss' κ, Krippendorff's α, unitizing α, segment matching;
//!   per tag, per coder pair and overall) for all six WSIS tags, plus the
//!   disagreement list with its passages. Target (issue 11): under 300 ms.
//! - `agreement/quijote_2_coders_x_10k`: the same for the first two coders (Cohen's
//!   κ instead of Fleiss').
//!
//! The first coder's annotations are made like those of the `annotations` bench:
//! quotes of 20–110 code points widened to whole words, spread over the
//! paragraphs of at least 40 code points, 2% across a paragraph break, one or two
//! tags. The other two coders follow the first with realistic differences, from a
//! fixed seed each: 55% the same passage and tags (a third of them with
//! boundaries moved by a few words), 15% the same passage with another tag, 30% a
//! passage of their own. What the comparison finds is printed once before
//! measuring, with the CPU time of one comparison (Linux: the process's user and
//! system time from `/proc/self/stat`, all threads, mean of 10 runs), which a busy
//! shared machine does not inflate the way it inflates wall-clock time.
//!
//! - `agreement/view_update/*`: the app's Agreement view on the same three coders:
//!   the first computation (resolving every annotation, then everything below),
//!   and the update after a tag or a coder is unchecked (report, disagreement
//!   list and agreement colours from the resolved spans and what the first report
//!   remembered per coder list, pair and tag), which must fit in one frame (16 ms).
//!
//! Run: `cargo bench --bench agreement`.

#![allow(clippy::unwrap_used, reason = "a benchmark whose setup fails should stop loudly")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, SamplingMode, criterion_group, criterion_main};
use glosa::model::agreement::{Aliases, DocumentInput, Options, Prepared, Source, compare};
use glosa::model::{Annotation, AnnotationId, CharOffset, Document, Segment, TagId, TagSet, Timestamp};
use glosa::session::agreement as agreement_view;

/// 2026-01-05T09:00:00Z.
const FIRST_SECOND: i64 = 1_767_603_600;

const CODERS: [&str; 3] = ["María José Fernández", "Kwame Mensah", "Zhang Wei"];

const PER_CODER: usize = 10_000;

fn quijote() -> Document {
    Document::parse(support::quijote(), "quijote_pg2000_es.txt").unwrap()
}

/// The paragraphs' texts as code points, and the paragraphs long enough to annotate.
struct Text {
    chars: Vec<Vec<char>>,
    candidates: Vec<usize>,
}

impl Text {
    fn of(doc: &Document) -> Self {
        let chars: Vec<Vec<char>> = doc.paragraphs().iter().map(|p| doc.text_of(p).chars().collect()).collect();
        let candidates = (0..chars.len()).filter(|&i| chars[i].len() >= 40).collect();
        Self { chars, candidates }
    }
}

/// An annotation by `author` with these segments and tags, created at `second`.
fn annotation(
    rng: &mut support::Rng,
    author: &str,
    segments: Vec<Segment>,
    tags: BTreeSet<TagId>,
    second: i64,
) -> Annotation {
    let time = Timestamp::from_second(second).unwrap();
    let millis = u64::try_from(second).unwrap() * 1000 + rng.below(1000) as u64;
    Annotation {
        id: AnnotationId::from_parts(millis, rng.ulid_random()),
        segments,
        tags,
        note: String::new(),
        author: author.to_owned(),
        created: time,
        modified: time,
    }
}

/// A passage of one or two paragraphs (2% cross a paragraph break).
fn random_segments(rng: &mut support::Rng, doc: &Document, text: &Text, crossing: bool) -> Vec<Segment> {
    let index = text.candidates[rng.below(text.candidates.len())];
    let chars = &text.chars[index];
    if crossing && text.chars.get(index + 1).is_some_and(|next| next.len() >= 40) {
        let tail = rng.between(20, 60).min(chars.len());
        let head = rng.between(20, 40);
        let first = word_start(chars, chars.len() - tail);
        let second_end = word_end(&text.chars[index + 1], head, head + 20);
        return vec![
            Segment::new(doc, index, CharOffset(first), CharOffset(chars.len())).unwrap(),
            Segment::new(doc, index + 1, CharOffset(0), CharOffset(second_end)).unwrap(),
        ];
    }
    let length = rng.between(20, 110).min(chars.len());
    let start = word_start(chars, rng.below(chars.len() - length + 1));
    let end = word_end(chars, start + length, start + 120);
    vec![Segment::new(doc, index, CharOffset(start), CharOffset(end)).unwrap()]
}

fn random_tags(rng: &mut support::Rng, tags: &[TagId]) -> BTreeSet<TagId> {
    let count = if rng.chance(30) { 2 } else { 1 };
    let mut chosen = BTreeSet::new();
    while chosen.len() < count {
        chosen.insert(tags[rng.below(tags.len())].clone());
    }
    chosen
}

/// The first coder's annotations.
fn first_coder(doc: &Document, text: &Text, tags: &[TagId]) -> Vec<Annotation> {
    let mut rng = support::Rng(0xA6EE_0001);
    let mut second = FIRST_SECOND;
    (0..PER_CODER)
        .map(|i| {
            second += 60;
            let segments = random_segments(&mut rng, doc, text, i % 50 == 49);
            let chosen = random_tags(&mut rng, tags);
            annotation(&mut rng, CODERS[0], segments, chosen, second)
        })
        .collect()
}

/// Another coder following `first` with differences; see the module docs.
fn following_coder(doc: &Document, text: &Text, tags: &[TagId], first: &[Annotation], coder: usize) -> Vec<Annotation> {
    let mut rng = support::Rng(0xA6EE_0001 + coder as u64 * 7919);
    let mut second = FIRST_SECOND;
    first
        .iter()
        .enumerate()
        .map(|(i, theirs)| {
            second += 60;
            let roll = rng.below(100);
            let (segments, chosen) = if roll < 70 {
                let segments =
                    if rng.chance(33) { moved(&mut rng, doc, text, &theirs.segments) } else { theirs.segments.clone() };
                let chosen = if roll < 55 { theirs.tags.clone() } else { other_tags(&mut rng, tags, &theirs.tags) };
                (segments, chosen)
            } else {
                (random_segments(&mut rng, doc, text, i % 50 == 49), random_tags(&mut rng, tags))
            };
            annotation(&mut rng, CODERS[coder], segments, chosen, second)
        })
        .collect()
}

/// The same passage with its outer boundaries moved by a few words.
fn moved(rng: &mut support::Rng, doc: &Document, text: &Text, segments: &[Segment]) -> Vec<Segment> {
    let mut out = segments.to_vec();
    let index = |s: &Segment| doc.index_of(&s.paragraph).unwrap();
    if let Some(first) = out.first_mut() {
        let chars = &text.chars[index(first)];
        let start = first.start.0.saturating_sub(rng.below(15)) + rng.below(10);
        let start = word_start(chars, start.min(first.end.0.saturating_sub(1)));
        *first = Segment::new(doc, index(first), CharOffset(start), first.end).unwrap();
    }
    if let Some(last) = out.last_mut() {
        let chars = &text.chars[index(last)];
        let end = (last.end.0 + rng.below(15)).saturating_sub(rng.below(10)).max(last.start.0 + 1);
        let end = word_end(chars, end, end + 20).max(last.start.0 + 1);
        *last = Segment::new(doc, index(last), last.start, CharOffset(end)).unwrap();
    }
    out
}

/// `theirs` with one tag replaced by a tag it does not have.
fn other_tags(rng: &mut support::Rng, tags: &[TagId], theirs: &BTreeSet<TagId>) -> BTreeSet<TagId> {
    let mut chosen = theirs.clone();
    if let Some(dropped) = chosen.iter().nth(rng.below(chosen.len())).cloned() {
        chosen.remove(&dropped);
    }
    let fresh: Vec<&TagId> = tags.iter().filter(|t| !theirs.contains(*t)).collect();
    chosen.insert(fresh[rng.below(fresh.len())].clone());
    chosen
}

/// `at` moved back to the start of its word.
fn word_start(chars: &[char], mut at: usize) -> usize {
    while at > 0 && chars[at - 1].is_alphanumeric() {
        at -= 1;
    }
    at
}

/// `at` moved forward to the end of its word, but not past `limit` or the text.
fn word_end(chars: &[char], at: usize, limit: usize) -> usize {
    let limit = limit.min(chars.len());
    let mut at = at.min(limit);
    while at < limit && chars[at].is_alphanumeric() {
        at += 1;
    }
    at
}

/// The coders' annotation lists on `doc`, one source each.
fn input<'a>(doc: &'a Document, lists: &[&'a [Annotation]]) -> DocumentInput<'a> {
    DocumentInput {
        document: doc,
        name: "quijote_pg2000_es.txt",
        sources: lists.iter().map(|annotations| Source { name: "bench", annotations }).collect(),
    }
}

/// CPU time this process (all its threads, finished ones included) has used, in
/// milliseconds (Linux `/proc/self/stat`, in the kernel's 10 ms clock ticks), if
/// the kernel says.
fn process_cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses): utime is the 12th, stime the 13th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u32 = fields.get(11)?.parse::<u32>().ok()? + fields.get(12)?.parse::<u32>().ok()?;
    Some(f64::from(ticks) * 10.0)
}

/// Mean wall-clock and CPU milliseconds of `runs` calls of `f`.
fn timed(runs: u32, mut f: impl FnMut()) -> (f64, Option<f64>) {
    let (wall, cpu) = (std::time::Instant::now(), process_cpu_ms());
    for _ in 0..runs {
        f();
    }
    let wall_ms = wall.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    let cpu_ms = cpu.zip(process_cpu_ms()).map(|(before, after)| (after - before) / f64::from(runs));
    (wall_ms, cpu_ms)
}

fn agreement(c: &mut Criterion) {
    let doc = quijote();
    let text = Text::of(&doc);
    let tags: Vec<TagId> = TagSet::wsis_default().tags().iter().map(|t| t.id.clone()).collect();
    let first = first_coder(&doc, &text, &tags);
    let coders = [following_coder(&doc, &text, &tags, &first, 1), following_coder(&doc, &text, &tags, &first, 2)];
    let [second, third] = &coders;
    let options = Options::default();
    let three = [first.as_slice(), second.as_slice(), third.as_slice()];
    let report = compare(&[input(&doc, &three)], &options).unwrap();
    let units: usize = report.pooled.tags.iter().flat_map(|t| &t.units).sum();
    let overall = report.pooled.overall;
    eprintln!(
        "agreement: {} code points, 3 × {PER_CODER} annotations → {units} units over {} tags, {} excluded, \
         {} disagreements; overall percent {:.3}, Fleiss κ {:.3}, α {:.3}, α_u {:.3}, segments {:.3}",
        report.pooled.code_points,
        report.tags.len(),
        report.excluded.len(),
        report.disagreements.len(),
        overall.percent.get().unwrap_or(f64::NAN),
        overall.fleiss_kappa.get().unwrap_or(f64::NAN),
        overall.krippendorff_alpha.get().unwrap_or(f64::NAN),
        overall.alpha_u.get().unwrap_or(f64::NAN),
        overall.segments_matched.get().unwrap_or(f64::NAN),
    );
    assert_eq!(report.coders.len(), 3);
    assert!(report.excluded.is_empty());
    let two = [first.as_slice(), second.as_slice()];
    for (name, lists) in [("3 coders", &three[..]), ("2 coders", &two[..])] {
        let (wall, cpu) = timed(10, || {
            black_box(compare(&[input(&doc, lists)], &options).unwrap());
        });
        let cpu = cpu.map_or_else(|| "unknown".to_owned(), |ms| format!("{ms:.0} ms"));
        eprintln!("agreement: {name}: {wall:.0} ms wall clock, {cpu} CPU per comparison (mean of 10)");
    }

    let mut group = c.benchmark_group("agreement");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(6));
    group.bench_function("quijote_3_coders_x_10k", |b| {
        b.iter(|| compare(black_box(&[input(&doc, &three)]), black_box(&options)).unwrap());
    });
    group.bench_function("quijote_2_coders_x_10k", |b| {
        b.iter(|| compare(black_box(&[input(&doc, &two)]), black_box(&options)).unwrap());
    });
    group.finish();
    view_update(c, &doc, &three);
}

/// The Agreement view: the first computation resolves every annotation
/// (`Prepared::new`) and computes the report for every coder and tag; a change of
/// coders or tags then recomputes from the resolved spans and what the first
/// report remembered (`session::agreement::compute`: report, disagreement list and
/// agreement colours), which must fit in a frame (16 ms). Each measured update
/// starts from a copy that remembers only the first report (`Prepared::detached`,
/// outside the timing).
fn view_update(c: &mut Criterion, doc: &Document, lists: &[&[Annotation]]) {
    let resolved = Prepared::new(&input(doc, lists), &Aliases::new());
    let all_tags = resolved.tags().to_vec();
    let five_tags = Options { tags: all_tags[1..].to_vec(), ..Options::default() };
    let two_coders = Options { coders: resolved.coders()[..2].to_vec(), ..Options::default() };
    // As the app has it after the first computation.
    let first = resolved.without_memo();
    black_box(agreement_view::compute(doc, &first, &Options::default()).0.unwrap());
    let after_first = || first.detached();
    for (name, options) in [("tag change", &five_tags), ("coder change", &two_coders)] {
        let (mut wall, mut cpu, runs) = (0.0, Some(0.0), 10);
        for _ in 0..runs {
            let prepared = after_first();
            let (w, c) = timed(1, || {
                black_box(agreement_view::compute(doc, &prepared, options).0.unwrap());
            });
            wall += w / f64::from(runs);
            cpu = cpu.zip(c).map(|(sum, c)| sum + c / f64::from(runs));
        }
        let cpu = cpu.map_or_else(|| "unknown".to_owned(), |ms| format!("{ms:.1} ms"));
        eprintln!("agreement view: update after {name}: {wall:.1} ms wall clock, {cpu} CPU (mean of {runs})");
    }
    // Where an update's time goes: the report (measures, the disagreement
    // records), the agreement colours per paragraph, and freeing the report the
    // update replaces.
    for (name, options) in [("tag change", &five_tags), ("coder change", &two_coders)] {
        let prepared = after_first();
        let start = std::time::Instant::now();
        let report = prepared.report(doc, options).unwrap();
        let report_ms = start.elapsed().as_secs_f64() * 1000.0;
        let start = std::time::Instant::now();
        let colours = prepared.colours(&report.coders, &report.tags);
        let colours_ms = start.elapsed().as_secs_f64() * 1000.0;
        let start = std::time::Instant::now();
        drop(black_box((report, colours)));
        let drop_ms = start.elapsed().as_secs_f64() * 1000.0;
        eprintln!(
            "agreement view: after {name}: report {report_ms:.1} ms, colours per paragraph {colours_ms:.1} ms, \
             freeing {drop_ms:.1} ms (wall clock, one run)"
        );
    }
    let mut group = c.benchmark_group("agreement/view_update");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(2));
    group.bench_function("first_computation_3_coders", |b| {
        b.iter(|| {
            let prepared = Prepared::new(&input(doc, lists), &Aliases::new());
            agreement_view::compute(doc, &prepared, &Options::default())
        });
    });
    // The copy each update starts from is made and freed outside the timing (the
    // app keeps its resolved annotations); the update's answer is freed inside.
    group.bench_function("view update after tag change", |b| {
        b.iter_batched_ref(
            after_first,
            |prepared| drop(agreement_view::compute(doc, prepared, black_box(&five_tags))),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("view update after coder change", |b| {
        b.iter_batched_ref(
            after_first,
            |prepared| drop(agreement_view::compute(doc, prepared, black_box(&two_coders))),
            BatchSize::PerIteration,
        );
    });
    group.finish();
}

criterion_group!(benches, agreement);
criterion_main!(benches);
