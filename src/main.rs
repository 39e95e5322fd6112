//! The `glosa` binary: the desktop app (no command, or a file), or a command-line
//! subcommand (see `glosa --help`).

use std::ffi::OsString;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    #[cfg(feature = "gui")]
    if glosa::cli::wants_gui(&args) {
        return run_gui(args);
    }
    glosa::cli::run(args, &mut std::io::stdout().lock())
}

#[cfg(feature = "gui")]
fn run_gui(args: Vec<OsString>) -> ExitCode {
    use clap::Parser;
    let parsed = match glosa::cli::GuiArgs::try_parse_from(args) {
        Ok(parsed) => parsed,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    let start = glosa::ui::StartArgs { file: parsed.file, annotations: parsed.annotations, data_dir: None };
    match glosa::ui::run(start) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("glosa: {e}");
            ExitCode::from(2)
        }
    }
}
