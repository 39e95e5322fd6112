//! Memory for a loaded document: the goal is that it stays under 3× the file size.
//!
//! Counts heap bytes with `peak_alloc` as the global allocator while the 64 MiB
//! synthetic document (see `support::large_synthetic`) is parsed, and prints
//! - peak: the most heap live at any moment of `Document::parse`, counting the input
//!   buffer, which `parse` takes over and frees;
//! - retained: heap still held once `parse` returned, i.e. by the `Document`;
//! - `Document::heap_size()`, the document's own estimate;
//!
//! each also as a ratio to the input size. Exits with 1 when retained / input >= 3.
//! Note that `peak_alloc` implements `realloc` as allocate + copy + free, so a
//! growing or shrinking buffer briefly counts twice, as it may with a real allocator.
//!
//! Run: `cargo bench --bench memory`.

#![allow(clippy::expect_used, reason = "a benchmark whose input is missing should stop loudly")]
#![allow(clippy::cast_precision_loss, reason = "byte counts shown as MiB and ratios")]

#[allow(dead_code, reason = "each bench target uses only some of the shared inputs")]
mod support;

use std::process::ExitCode;

use glosa::model::Document;
use peak_alloc::PeakAlloc;

#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

/// Retained heap must stay below this multiple of the input size.
const MAX_RETAINED_RATIO: f64 = 3.0;

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() -> ExitCode {
    let input = support::large_synthetic();
    let input_len = input.len();
    // Everything live now except the input is not the document's.
    let baseline = ALLOCATOR.current_usage() - input.capacity();
    ALLOCATOR.reset_peak_usage();
    let doc = Document::parse(input, "quijote_x30.txt").expect("the synthetic document loads");
    let peak = ALLOCATOR.peak_usage().saturating_sub(baseline);
    let retained = ALLOCATOR.current_usage().saturating_sub(baseline);
    let estimate = doc.heap_size();

    let ratio = |bytes: usize| bytes as f64 / input_len as f64;
    println!("input:     {input_len:>11} bytes  {:>7.1} MiB  {} paragraphs", mib(input_len), doc.paragraphs().len());
    println!(
        "peak:      {peak:>11} bytes  {:>7.1} MiB  {:.2}× input (during parse, input buffer included)",
        mib(peak),
        ratio(peak)
    );
    println!(
        "retained:  {retained:>11} bytes  {:>7.1} MiB  {:.2}× input (held by the Document)",
        mib(retained),
        ratio(retained)
    );
    println!(
        "heap_size: {estimate:>11} bytes  {:>7.1} MiB  {:.2}× input (Document::heap_size)",
        mib(estimate),
        ratio(estimate)
    );
    drop(doc);

    if ratio(retained) >= MAX_RETAINED_RATIO {
        println!("FAIL: retained memory is {:.2}× the input, the limit is {MAX_RETAINED_RATIO}×", ratio(retained));
        ExitCode::FAILURE
    } else {
        println!("ok: retained memory under {MAX_RETAINED_RATIO}× the input");
        ExitCode::SUCCESS
    }
}
