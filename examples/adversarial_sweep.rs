//! The large adversarial re-anchoring sweep (issue 8 §1): the scenarios of
//! `tests/adversarial_anchoring.rs` with other seeds and many more of them.
//!
//! ```sh
//! cargo run --release --example adversarial_sweep -- [PER_FAMILY] [SEED] [SHOW]
//! ```
//!
//! `PER_FAMILY` scenarios of each of the 15 edit families (default 10,000, i.e.
//! 150,000 scenarios), seeds derived from `SEED` (default 2). Prints the outcome
//! table as Markdown, then up to `SHOW` (default 3) silent misattachments and
//! needless orphans in full; exits with status 1 if there are any.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool that should stop loudly")]

#[path = "../tests/adversarial/mod.rs"]
mod adversarial;

use adversarial::{Generator, Outcome, sweep};

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let per_family: usize = args.next().map_or(10_000, |a| a.parse().expect("PER_FAMILY is a number"));
    let seed: u64 = args.next().map_or(2, |a| a.parse().expect("SEED is a number"));
    let show: usize = args.next().map_or(3, |a| a.parse().expect("SHOW is a number"));
    let filter = std::env::var("SWEEP_OUTCOME").ok();
    let generator = Generator::new();
    if let Ok(one) = std::env::var("SWEEP_ONE") {
        // `FAMILY_INDEX:SEED` (seed in hex): explain every segment of one scenario.
        let (family, seed) = one.split_once(':').expect("SWEEP_ONE is FAMILY_INDEX:SEED");
        let family = adversarial::Family::ALL[family.parse::<usize>().expect("a family index")];
        let seed = u64::from_str_radix(seed.trim_start_matches("0x"), 16).expect("a hex seed");
        let scenario = generator.scenario(family, seed).expect("the seed makes a scenario");
        for (i, r) in scenario.resolve().iter().enumerate() {
            let outcome = scenario.segments[i].1.classify(r.status, r.location);
            println!("---- {outcome:?}\n{}", scenario.explain(i, r));
        }
        return std::process::ExitCode::SUCCESS;
    }
    let started = std::time::Instant::now();
    let mut shown = 0;
    let table = sweep(&generator, per_family, seed, |scenario, resolved, outcomes| {
        for (i, outcome) in outcomes.iter().enumerate() {
            let wanted = match &filter {
                Some(name) => format!("{outcome:?}") == *name,
                None => matches!(outcome, Outcome::SilentMisattachment | Outcome::OrphanedIntact),
            };
            if wanted && shown < show {
                shown += 1;
                println!("---- {outcome:?}\n{}", scenario.explain(i, &resolved[i]));
            }
        }
    });
    println!("{table}");
    println!("{} scenarios skipped; {:.1} s", table.skipped, started.elapsed().as_secs_f64());
    let bad = table.count(Outcome::SilentMisattachment) + table.count(Outcome::OrphanedIntact);
    if bad == 0 { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}
