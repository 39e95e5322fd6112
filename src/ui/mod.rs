//! The desktop app (egui + eframe). The only layer that uses egui, eframe or rfd.
//!
//! Modules, in the direction they depend on each other:
//!
//! - [`command`]: the one table of user actions ([`command::Action`]: label,
//!   shortcuts, menu), the [`command::Command`]s they become (each naming the
//!   session it acts on) and the dialogs ([`command::Modal`]);
//! - [`state`]: what the panels read ([`state::AppState`]: the project of
//!   sessions, selection, filters, find, the dialog, messages);
//! - [`panels`], [`dialogs`], [`view`]: draw the state and queue commands, never
//!   change it (`*_ui` functions);
//! - [`app`]: the frame: keys, panels, dialogs, then `apply` (the only place the
//!   state changes, through the sessions' edit operations, so every change to
//!   annotations is undoable);
//! - [`files`], [`selection`], [`theme`], [`fonts`]: file dialogs, the reader's
//!   selection, colours and sizes, fonts.

pub mod agreement;
pub mod app;
mod apply;
pub mod bidi;
pub mod command;
pub mod dialogs;
pub mod errors;
pub mod files;
pub mod fonts;
pub mod i18n;
pub mod panels;
pub mod project;
pub mod selection;
pub mod state;
pub mod team;
pub mod theme;
pub mod view;

use std::path::PathBuf;

pub use app::{GlosaApp, StartArgs};

/// Opens the main window and runs until it is closed.
///
/// # Errors
/// When no window can be created (no display, no OpenGL).
pub fn run(args: StartArgs) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Glosa")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        // Glosa's own provider (`fonts::GlosaFonts`) finds bundled and system fonts.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "Glosa",
        options,
        Box::new(move |cc| {
            let app = GlosaApp::new(cc.storage, args);
            fonts::install(&cc.egui_ctx, &app.fonts);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// The folder holding `assets/` and `saves/`: the current folder, the executable's
/// folder or one of its parents, or the source checkout this binary was built from.
pub fn resource_root() -> Option<PathBuf> {
    let has_assets = |dir: &std::path::Path| dir.join("assets/samples").is_dir();
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Ok(cwd) = std::env::current_dir() {
        candidates.push(cwd);
    }
    if let Ok(exe) = std::env::current_exe() {
        candidates.extend(exe.ancestors().skip(1).take(4).map(std::path::Path::to_path_buf));
    }
    candidates.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    candidates.into_iter().find(|dir| has_assets(dir))
}
