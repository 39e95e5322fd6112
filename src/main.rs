//! The `glosa` binary: a thin wrapper around [`glosa::cli::run`].

use std::process::ExitCode;

fn main() -> ExitCode {
    glosa::cli::run(std::env::args_os(), &mut std::io::stdout().lock())
}
