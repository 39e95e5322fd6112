//! The GUI frame loop without a GPU: `egui::Context::run_ui` calling
//! `GlosaApp::ui`, then `Context::tessellate` of the output shapes, on a 1280×800
//! screen at 1 pixel per point (what eframe does each frame, minus the OpenGL upload).
//!
//! Documents:
//! - `sample`: the bundled sample with its example annotations (what `glosa` opens
//!   without arguments);
//! - `quijote_10k`: Don Quijote (5,700 paragraphs, 2.2 MB) with 10,000 annotations,
//!   opened from its annotation file;
//! - `synthetic_100k`: 100,000 paragraphs (Quijote paragraphs repeated, each
//!   prefixed with a counter so they stay distinct) with 100,000 annotations.
//!
//! Measurements:
//! - `frame/idle/*`: a frame without input, the pointer resting over the text
//!   (after warm-up frames);
//! - `frame/scroll/*`: each frame scrolls one screen with a trackpad wheel event at
//!   the pointer (down to the end, then back up);
//! - `open/*`: `GlosaApp::new` (read, parse, anchor) + the first frame on a fresh
//!   context (which also builds egui's font atlas) + tessellation;
//! - `new_highlight/*`: a selection on a visible paragraph and the command the
//!   Governments key queues for it: the frame that applies it and the next frame,
//!   which must paint it (checked once before measuring: the highlight index, the
//!   AccessKit tree and the painted shapes); each iteration is undone afterwards,
//!   outside the measurement (the undo frame is timed for the table only).
//!
//! Every frame is also timed on its own; the table printed at the end gives the
//! median and 95th percentile of those per-frame times, with the targets.
//!
//! Run: `cargo bench --bench ui` (about 90 s on two cores, setup included), or with a
//! filter such as `-- frame/scroll` (documents whose measurements are all filtered out
//! are not set up).

#![allow(clippy::unwrap_used)]
#![allow(clippy::expect_used, reason = "a benchmark whose input is missing should stop loudly")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};
use egui::accesskit::Role;
use egui::epaint::Shape;
use egui::{
    Event, FullOutput, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, RawInput, Rect, TouchPhase, pos2, vec2,
};
use glosa::model::{
    Annotation, AnnotationId, AnnotationSet, Annotations, CharOffset, Document, Segment, TagId, TagSet, Timestamp,
};
use glosa::persist::annotations::{AnnotationFile, DocumentRef, save};
use glosa::ui::command::Command;
use glosa::ui::selection::{Selection, TextPos};
use glosa::ui::{GlosaApp, StartArgs, theme};
use tempfile::TempDir;

/// The window: what `glosa::ui::run` opens.
const SCREEN: egui::Vec2 = vec2(1280.0, 800.0);
/// Frame interval given to egui (60 Hz).
const FRAME_DT: f32 = 1.0 / 60.0;
/// Where the pointer rests: over the document text, between the tag palette (230
/// points wide) and the annotation panel (330 points).
const POINTER: Pos2 = pos2(600.0, 420.0);
/// One screen of the document view (800 minus menu and status bars, minus 10%).
const SCROLL_STEP: f32 = 680.0;
/// Frames run after opening, before measuring.
const WARM_UP_FRAMES: usize = 10;
/// Paragraphs of the synthetic document.
const SYNTHETIC_PARAGRAPHS: usize = 100_000;
/// Size of the document opened in `open/synthetic_10mb`.
const TEN_MB: usize = 10 * 1024 * 1024;

// Targets from the issue.
const IDLE_TARGET: Duration = Duration::from_millis(1);
const SCROLL_TARGET: Duration = Duration::from_millis(4);
const OPEN_TARGET: Duration = Duration::from_millis(300);
/// The largest document's frame time relative to the bundled sample's.
const LARGEST_RATIO_TARGET: f64 = 1.5;

// ---------------------------------------------------------------------------------
// Inputs

/// The paragraphs of Don Quijote, as normalized text.
fn quijote_paragraphs() -> Vec<String> {
    let path = support::corpus_path("quijote_pg2000_es.txt");
    let doc = glosa::persist::document::read_document(&path).expect("the Quijote corpus file loads");
    doc.paragraphs().iter().map(|p| doc.text_of(p).to_owned()).filter(|t| !t.is_empty()).collect()
}

/// Quijote paragraphs repeated, each prefixed with `[n]`, until `paragraphs`
/// paragraphs or `bytes` bytes, whichever comes first.
fn synthetic_text(source: &[String], paragraphs: usize, bytes: usize) -> String {
    let mut text = String::new();
    for (n, paragraph) in source.iter().cycle().take(paragraphs).enumerate() {
        if text.len() >= bytes {
            break;
        }
        let _ = write!(text, "[{}] {paragraph}\n\n", n + 1);
    }
    text
}

/// `count` random highlights: 1 to 120 code points, one in 20 continuing into the
/// next paragraph, one or two tags, one in ten with a note.
fn random_annotations(doc: &Document, count: usize, seed: u64) -> AnnotationSet {
    let tags = TagSet::wsis_default();
    let tag_ids: Vec<TagId> = tags.tags().iter().map(|t| t.id.clone()).collect();
    let lens: Vec<usize> = doc.paragraphs().iter().map(|p| doc.text_of(p).chars().count()).collect();
    let candidates: Vec<usize> = (0..lens.len()).filter(|&i| lens[i] >= 8).collect();
    let created = Timestamp::from_second(1_700_000_000).unwrap();
    let mut rng = support::Rng(seed);
    let mut annotations = Vec::with_capacity(count);
    while annotations.len() < count {
        let index = candidates[rng.below(candidates.len())];
        let len = lens[index];
        let span = 1 + rng.below(len.min(120));
        let start = rng.below(len - span + 1);
        let mut segments = Vec::new();
        let next_len = lens.get(index + 1).copied().unwrap_or(0);
        if rng.below(20) == 0 && next_len > 0 {
            segments.extend(Segment::new(doc, index, CharOffset(start), CharOffset(len)));
            segments.extend(Segment::new(doc, index + 1, CharOffset(0), CharOffset(next_len.min(1 + rng.below(60)))));
        } else {
            segments.extend(Segment::new(doc, index, CharOffset(start), CharOffset(start + span)));
        }
        if segments.is_empty() {
            continue;
        }
        let mut annotation_tags = std::collections::BTreeSet::new();
        annotation_tags.insert(tag_ids[rng.below(tag_ids.len())].clone());
        if rng.below(4) == 0 {
            annotation_tags.insert(tag_ids[rng.below(tag_ids.len())].clone());
        }
        let note = if rng.below(10) == 0 { "Nota: revisar este pasaje.".to_owned() } else { String::new() };
        let id = AnnotationId::from_parts(1_700_000_000_000 + annotations.len() as u64, u128::from(rng.next()));
        annotations.push(Annotation {
            id,
            segments,
            tags: annotation_tags,
            note,
            author: "bench".to_owned(),
            created,
            modified: created,
        });
    }
    AnnotationSet { tags, annotations: Annotations::from_vec(annotations) }
}

/// Writes `text` as `NAME.txt` and an annotation file with `count` random
/// annotations next to it; returns the annotation file.
fn write_annotated(dir: &Path, name: &str, text: &[u8], count: usize) -> PathBuf {
    let document_path = dir.join(format!("{name}.txt"));
    std::fs::write(&document_path, text).unwrap();
    let doc = glosa::persist::document::read_document(&document_path).unwrap();
    let set = random_annotations(&doc, count, 0x9E37_79B9_7F4A_7C15);
    let annotation_path = dir.join(format!("{name}.glosa.ron"));
    let file = AnnotationFile::new(DocumentRef::new(&doc, &document_path, &annotation_path), &set, Some(&doc));
    save(&annotation_path, &file).unwrap();
    annotation_path
}

// ---------------------------------------------------------------------------------
// Driving the app

/// The app in a headless egui context, as eframe drives it.
struct Driver {
    ctx: egui::Context,
    app: GlosaApp,
    /// egui time of the last frame.
    time: f64,
    /// egui time of the last wheel event.
    last_wheel: f64,
    /// Scrolling towards the end of the document.
    down: bool,
}

impl Driver {
    fn new(app: GlosaApp) -> Self {
        assert!(app.errors().is_empty(), "the app opened without errors: {:?}", app.errors());
        assert!(app.session().is_some(), "a document is open");
        let ctx = egui::Context::default();
        glosa::ui::fonts::install_fallback_fonts(&ctx);
        let mut driver = Self { ctx, app, time: 0.0, last_wheel: f64::NEG_INFINITY, down: true };
        driver.frame(vec![Event::PointerMoved(POINTER)]);
        for _ in 0..WARM_UP_FRAMES {
            driver.frame(Vec::new());
        }
        driver
    }

    fn paragraph_count(&self) -> usize {
        self.app.session().map_or(0, |s| s.document().paragraphs().len())
    }

    /// Code points of paragraph `index`.
    fn paragraph_chars(&self, index: usize) -> usize {
        self.app.session().map_or(0, |s| {
            let doc = s.document();
            doc.paragraphs().get(index).map_or(0, |p| doc.text_of(p).chars().count())
        })
    }

    /// Paragraphs laid out last frame.
    fn visible(&self) -> Vec<usize> {
        visible(&self.app)
    }

    /// The first paragraph on screen.
    fn top(&self) -> usize {
        self.app.view().map_or(0, glosa::ui::view::DocumentView::top_paragraph)
    }

    /// One frame: the app's UI, then tessellation. Returns the number of vertices.
    fn frame(&mut self, events: Vec<Event>) -> usize {
        self.frame_inspect(events, |_, _| {})
    }

    /// [`Self::frame`], calling `inspect` with the app and egui's output before tessellating.
    fn frame_inspect(&mut self, events: Vec<Event>, inspect: impl FnOnce(&GlosaApp, &FullOutput)) -> usize {
        self.time += f64::from(FRAME_DT);
        let mut input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SCREEN)),
            time: Some(self.time),
            predicted_dt: FRAME_DT,
            events,
            focused: true,
            ..RawInput::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&egui::ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(1.0);
        }
        let app = &mut self.app;
        let mut output = self.ctx.run_ui(input, |ui| app.ui(ui));
        inspect(&self.app, &output);
        output.textures_delta.clear();
        let shapes = std::mem::take(&mut output.shapes);
        let primitives = self.ctx.tessellate(shapes, output.pixels_per_point);
        let vertices = primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum();
        black_box(primitives);
        black_box(output);
        vertices
    }

    /// The wheel events of one scroll frame: one screen down (or up, after the end).
    fn scroll_events(&mut self) -> Vec<Event> {
        let mut events = Vec::new();
        // A trackpad gesture in progress applies its deltas at once (no smoothing).
        if self.time - self.last_wheel > 0.5 {
            events.push(wheel(TouchPhase::Start, 0.0));
        }
        self.last_wheel = self.time + f64::from(FRAME_DT);
        events.push(wheel(TouchPhase::Move, if self.down { -SCROLL_STEP } else { SCROLL_STEP }));
        events
    }

    /// Turns around at either end of the document.
    fn after_scroll(&mut self) {
        let count = self.paragraph_count();
        if self.down && self.visible().last().is_some_and(|&last| last + 1 >= count) {
            self.down = false;
        } else if !self.down && self.top() == 0 {
            self.down = true;
        }
    }
}

fn wheel(phase: TouchPhase, dy: f32) -> Event {
    Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: vec2(0.0, dy),
        phase,
        source: MouseWheelSource::Trackpad,
        modifiers: Modifiers::NONE,
    }
}

// ---------------------------------------------------------------------------------
// Per-frame timings and the summary table

/// Per-frame times of one measurement.
struct Row {
    name: String,
    times: Vec<Duration>,
    target: Option<Duration>,
    note: String,
}

#[derive(Default)]
struct Summary {
    rows: Vec<Row>,
}

/// The `percent`th percentile (nearest rank below).
fn percentile(times: &[Duration], percent: usize) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort_unstable();
    let rank = sorted.len().saturating_sub(1) * percent / 100;
    sorted.get(rank).copied().unwrap_or_default()
}

/// A count as a float (counts here are far below 2^32).
fn count_f64(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl Summary {
    fn add(&mut self, name: &str, times: Vec<Duration>, target: Option<Duration>, note: String) {
        if !times.is_empty() {
            self.rows.push(Row { name: name.to_owned(), times, target, note });
        }
    }

    fn median(&self, name: &str) -> Option<Duration> {
        self.rows.iter().find(|r| r.name == name).map(|r| percentile(&r.times, 50))
    }

    fn print(&self) {
        if self.rows.is_empty() {
            return;
        }
        println!();
        println!("GUI frame loop, per-frame times (1280x800, 1 px/pt, no GPU; UI + tessellation)");
        println!(
            "{:<42} {:>7} {:>10} {:>10} {:>9}  {:<6}  note",
            "measurement", "frames", "median ms", "p95 ms", "target", "met"
        );
        for row in &self.rows {
            let median = percentile(&row.times, 50);
            let (target, met) = match row.target {
                Some(t) => (format!("{:.0} ms", ms(t)), if median <= t { "yes" } else { "NO" }),
                None => (String::new(), ""),
            };
            println!(
                "{:<42} {:>7} {:>10.3} {:>10.3} {:>9}  {:<6}  {}",
                row.name,
                row.times.len(),
                ms(median),
                ms(percentile(&row.times, 95)),
                target,
                met,
                row.note
            );
        }
        for kind in ["idle", "scroll"] {
            let sample = self.median(&format!("frame/{kind}/sample"));
            let quijote = self.median(&format!("frame/{kind}/quijote_10k"));
            let largest = self.median(&format!("frame/{kind}/synthetic_100k"));
            if let (Some(sample), Some(largest)) = (sample, largest) {
                let ratio = largest.as_secs_f64() / sample.as_secs_f64().max(1e-9);
                let met = if ratio <= LARGEST_RATIO_TARGET { "yes" } else { "NO" };
                println!("{kind}: synthetic_100k / sample = {ratio:.2}x (target <= {LARGEST_RATIO_TARGET}x): {met}");
            }
            if let (Some(quijote), Some(largest)) = (quijote, largest) {
                let ratio = largest.as_secs_f64() / quijote.as_secs_f64().max(1e-9);
                println!("{kind}: synthetic_100k / quijote_10k = {ratio:.2}x (same paragraphs, 17x the document)");
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// Measurements

fn idle(group: &mut BenchmarkGroup<'_, WallTime>, summary: &mut Summary, name: &str, driver: &mut Driver) {
    let mut times = Vec::new();
    let mut vertices = 0;
    group.bench_function(format!("idle/{name}"), |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                vertices = driver.frame(Vec::new());
                let elapsed = start.elapsed();
                times.push(elapsed);
                total += elapsed;
            }
            total
        });
    });
    summary.add(&format!("frame/idle/{name}"), times, Some(IDLE_TARGET), format!("{vertices} vertices"));
}

fn scroll(group: &mut BenchmarkGroup<'_, WallTime>, summary: &mut Summary, name: &str, driver: &mut Driver) {
    // The wheel reaches the view: one scroll frame moves the top paragraph.
    let before = (driver.top(), driver.visible());
    let events = driver.scroll_events();
    driver.frame(events);
    let after = (driver.top(), driver.visible());
    assert_ne!(before, after, "a wheel event at the pointer scrolls the document view");
    driver.after_scroll();

    let mut times = Vec::new();
    // Paragraphs on screen, and those that were not on screen the frame before (egui
    // keeps a galley only while it is used every frame: these are laid out anew).
    let (mut shown, mut fresh, mut fresh_chars) = (0usize, 0usize, 0usize);
    let mut previous = driver.visible();
    group.bench_function(format!("scroll/{name}"), |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let events = driver.scroll_events();
                let start = Instant::now();
                driver.frame(events);
                let elapsed = start.elapsed();
                times.push(elapsed);
                total += elapsed;
                let visible = driver.visible();
                shown += visible.len();
                for index in visible.iter().filter(|p| !previous.contains(p)) {
                    fresh += 1;
                    fresh_chars += driver.paragraph_chars(*index);
                }
                previous = visible;
                driver.after_scroll();
            }
            total
        });
    });
    let frames = count_f64(times.len().max(1));
    let note = format!(
        "{:.1} paragraphs on screen, {:.1} new ({:.0} chars laid out)",
        count_f64(shown) / frames,
        count_f64(fresh) / frames,
        count_f64(fresh_chars) / frames
    );
    summary.add(&format!("frame/scroll/{name}"), times, Some(SCROLL_TARGET), note);
}

/// Paragraphs laid out last frame.
fn visible(app: &GlosaApp) -> Vec<usize> {
    app.view().map(glosa::ui::view::DocumentView::visible_paragraphs).unwrap_or_default()
}

/// The first visible paragraph with at least 20 code points, and its text.
fn visible_paragraph(app: &GlosaApp) -> (usize, String) {
    let doc = app.session().unwrap().document();
    visible(app)
        .into_iter()
        .map(|i| (i, doc.text_of(&doc.paragraphs()[i]).to_owned()))
        .find(|(_, text)| text.chars().count() >= 20)
        .expect("a visible paragraph with text")
}

/// Selects 12 code points of a visible paragraph and queues what the Governments
/// key queues for a selection: a new highlight on it.
fn select_and_tag(app: &mut GlosaApp) -> (usize, usize, usize) {
    let (paragraph, _) = visible_paragraph(app);
    let (start, end) = (2, 14);
    let selection = Selection { anchor: TextPos::new(paragraph, start), head: TextPos::new(paragraph, end) };
    let session = app.session_id().unwrap();
    let segments = selection.segments(app.session().unwrap().document());
    app.command(Command::SetSelection(session, Some(selection)));
    app.command(Command::Highlight { session, segments, tag: TagId::new("governments").unwrap() });
    (paragraph, start, end)
}

/// The number of annotations of the session shown.
fn annotation_count(app: &GlosaApp) -> usize {
    app.session().unwrap().set().annotations.len()
}

/// Undoes the highlight added by [`select_and_tag`]: one frame, which draws and
/// then applies `Command::Undo`. Returns its duration.
fn undo(driver: &mut Driver, annotations_before: usize) -> Duration {
    driver.app.command(Command::Undo(driver.app.session_id().unwrap()));
    let start = Instant::now();
    driver.frame(Vec::new());
    let elapsed = start.elapsed();
    let after = annotation_count(&driver.app);
    assert_eq!(after, annotations_before, "undo removes the new highlight");
    elapsed
}

/// Checks, once, that a new highlight is painted on the frame after the one that applied it.
fn check_new_highlight(driver: &mut Driver) {
    let annotations_before = annotation_count(&driver.app);
    driver.ctx.enable_accesskit();
    driver.frame(Vec::new());
    let (paragraph, start, end) = select_and_tag(&mut driver.app);
    let (_, text) = visible_paragraph(&driver.app);
    let quote: String = text.chars().skip(start).take(end - start).collect();
    driver.frame(Vec::new());
    let mut painted = false;
    let mut read_out = false;
    driver.frame_inspect(Vec::new(), |app, output| {
        let session = app.session().unwrap();
        let id = app.selected().expect("the new highlight is selected");
        assert!(app.state.selection.is_none(), "the selection became a highlight");
        let span = session.highlights().spans(paragraph).iter().find(|s| s.annotation == id);
        assert!(span.is_some_and(|s| (s.start.0, s.end.0) == (start, end)), "the highlight index has the new span");
        // The fill of a selected highlight (twice the usual alpha) covers the span's
        // first character.
        let governments = session.set().tags.get(&TagId::new("governments").unwrap()).unwrap();
        let fill = theme::tag_fill(governments.color, theme::palette(false).highlight_alpha.saturating_mul(2));
        let first_char = app.view().unwrap().char_rect(paragraph, start).unwrap().center() + vec2(2.0, 0.0);
        painted = output.shapes.iter().any(|clipped| match &clipped.shape {
            Shape::Rect(rect) => rect.fill == fill && rect.rect.contains(first_char),
            _ => false,
        });
        let label = format!("{}: {quote}", governments.label);
        read_out = output.platform_output.accesskit_update.as_ref().is_some_and(|update| {
            update.nodes.iter().any(|(_, node)| node.role() == Role::Mark && node.label() == Some(label.as_str()))
        });
    });
    assert!(painted, "the new highlight is painted behind ¶{}", paragraph + 1);
    assert!(read_out, "the AccessKit tree has the new highlight ({quote:?})");
    driver.ctx.disable_accesskit();
    let _ = undo(driver, annotations_before);
}

fn new_highlight(group: &mut BenchmarkGroup<'_, WallTime>, summary: &mut Summary, name: &str, driver: &mut Driver) {
    check_new_highlight(driver);
    let annotations_before = annotation_count(&driver.app);
    let mut times = Vec::new();
    let mut apply_times = Vec::new();
    let mut undo_times = Vec::new();
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let (paragraph, _, _) = select_and_tag(&mut driver.app);
                let start = Instant::now();
                driver.frame(Vec::new());
                let applied = start.elapsed();
                driver.frame(Vec::new());
                let elapsed = start.elapsed();
                let id = driver.app.selected().expect("the new highlight is selected");
                let session = driver.app.session().unwrap();
                assert!(session.highlights().spans(paragraph).iter().any(|s| s.annotation == id));
                apply_times.push(applied);
                times.push(elapsed);
                total += elapsed;
                undo_times.push(undo(driver, annotations_before));
            }
            total
        });
    });
    summary.add(&format!("new_highlight/{name}"), apply_times, None, "frame 1: draw + Highlight".to_owned());
    summary.add(&format!("new_highlight/{name} (2 frames)"), times, None, "frame 1 + frame 2 (painted)".to_owned());
    summary.add(
        &format!("undo/{name}"),
        undo_times,
        None,
        "one frame applying Command::Undo (not in criterion)".to_owned(),
    );
}

/// `GlosaApp::new` on `file` + the first frame on a fresh context + tessellation.
fn open(group: &mut BenchmarkGroup<'_, WallTime>, summary: &mut Summary, name: &str, file: &Path) {
    let mut times = Vec::new();
    let mut new_times = Vec::new();
    let mut paragraphs = 0;
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let ctx = egui::Context::default();
                glosa::ui::fonts::install_fallback_fonts(&ctx);
                let start = Instant::now();
                let app = GlosaApp::new(None, StartArgs { file: Some(file.to_owned()), ..StartArgs::default() });
                let created = start.elapsed();
                let mut driver = Driver { ctx, app, time: 0.0, last_wheel: f64::NEG_INFINITY, down: true };
                driver.frame(vec![Event::PointerMoved(POINTER)]);
                let elapsed = start.elapsed();
                assert!(driver.app.errors().is_empty(), "opened without errors: {:?}", driver.app.errors());
                paragraphs = driver.paragraph_count();
                assert!(!driver.visible().is_empty(), "the first frame shows the document");
                new_times.push(created);
                times.push(elapsed);
                total += elapsed;
                drop(driver);
            }
            total
        });
    });
    summary.add(&format!("open/{name}: GlosaApp::new"), new_times, None, String::new());
    summary.add(&format!("open/{name}"), times, Some(OPEN_TARGET), format!("to first paint, {paragraphs} paragraphs"));
}

/// The frame measurements of one document (those the filter lets through).
fn frames(c: &mut Criterion, summary: &mut Summary, filter: &Filter, name: &str, app: impl FnOnce() -> GlosaApp) {
    let setup = Instant::now();
    let mut driver = Driver::new(app());
    let session = driver.app.session().unwrap();
    eprintln!(
        "{name}: {} paragraphs, {} annotations ({} need review), open + warm-up {:.1} s",
        session.document().paragraphs().len(),
        session.set().annotations.len(),
        session.review_count(),
        setup.elapsed().as_secs_f64()
    );
    let mut group = c.benchmark_group("frame");
    group.sample_size(50).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
    if filter.wants(&["frame/idle"], name) {
        idle(&mut group, summary, name, &mut driver);
    }
    if filter.wants(&["frame/scroll"], name) {
        scroll(&mut group, summary, name, &mut driver);
    }
    group.finish();

    if filter.wants(&["new_highlight"], name) {
        let mut group = c.benchmark_group("new_highlight");
        group
            .sample_size(10)
            .sampling_mode(SamplingMode::Flat)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(3));
        new_highlight(&mut group, summary, name, &mut driver);
        group.finish();
    }
}

/// The benchmark filter of the command line (`cargo bench --bench ui -- FILTER`), so
/// that a document whose measurements are all filtered out is not even set up.
struct Filter(Option<regex::Regex>);

impl Filter {
    fn from_args() -> Self {
        // Criterion options followed by a value.
        const VALUED: &[&str] = &[
            "-b",
            "-c",
            "-s",
            "--baseline",
            "--baseline-lenient",
            "--color",
            "--confidence-level",
            "--format",
            "--load-baseline",
            "--measurement-time",
            "--noise-threshold",
            "--nresamples",
            "--output-format",
            "--plotting-backend",
            "--profile-time",
            "--sample-size",
            "--save-baseline",
            "--significance-level",
            "--warm-up-time",
        ];
        let args: Vec<String> = std::env::args().skip(1).collect();
        let filter = args
            .iter()
            .enumerate()
            .find(|&(i, arg)| !arg.starts_with('-') && (i == 0 || !VALUED.contains(&args[i - 1].as_str())))
            .map(|(_, arg)| arg);
        Self(filter.and_then(|f| regex::Regex::new(f).ok()))
    }

    /// Whether any of the measurements of `document` runs.
    fn wants(&self, groups: &[&str], document: &str) -> bool {
        self.0.as_ref().is_none_or(|re| groups.iter().any(|g| re.is_match(&format!("{g}/{document}"))))
    }
}

fn ui_benches(c: &mut Criterion, summary: &mut Summary) {
    let filter = Filter::from_args();
    let frame_groups = ["frame/idle", "frame/scroll", "new_highlight"];
    let dir = tempfile::tempdir().unwrap();
    let quijote = quijote_paragraphs();

    if filter.wants(&frame_groups, "sample") {
        frames(c, summary, &filter, "sample", || GlosaApp::new(None, StartArgs::default()));
    }

    if filter.wants(&frame_groups, "quijote_10k") {
        let bytes = std::fs::read(support::corpus_path("quijote_pg2000_es.txt")).unwrap();
        let file = write_annotated(dir.path(), "quijote", &bytes, 10_000);
        frames(c, summary, &filter, "quijote_10k", || {
            GlosaApp::new(None, StartArgs { file: Some(file), ..StartArgs::default() })
        });
    }

    if filter.wants(&frame_groups, "synthetic_100k") {
        let text = synthetic_text(&quijote, SYNTHETIC_PARAGRAPHS, usize::MAX);
        let file = write_annotated(dir.path(), "synthetic_100k", text.as_bytes(), 100_000);
        drop(text);
        let open = || GlosaApp::new(None, StartArgs { file: Some(file), ..StartArgs::default() });
        frames(c, summary, &filter, "synthetic_100k", open);
    }

    if filter.wants(&["open"], "sample") || filter.wants(&["open"], "synthetic_10mb") {
        open_benches(c, summary, &dir, &quijote);
    }
}

fn open_benches(c: &mut Criterion, summary: &mut Summary, dir: &TempDir, quijote: &[String]) {
    let text = synthetic_text(quijote, usize::MAX, TEN_MB);
    let ten_mb = dir.path().join("synthetic_10mb.txt");
    std::fs::write(&ten_mb, &text).unwrap();
    eprintln!("synthetic_10mb: {} bytes", text.len());
    drop(text);
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join(glosa::ui::app::SAMPLE_DOCUMENT);

    let mut group = c.benchmark_group("open");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(6));
    open(&mut group, summary, "sample", &sample);
    open(&mut group, summary, "synthetic_10mb", &ten_mb);
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    let mut summary = Summary::default();
    ui_benches(&mut criterion, &mut summary);
    criterion.final_summary();
    summary.print();
}
