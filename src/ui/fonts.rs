//! Fonts for the six UN languages and beyond, loaded when first needed.
//!
//! egui's bundled fonts cover Latin (with accents), Greek and Cyrillic. The rest
//! comes from [`GlosaFonts`], an egui [`FontProvider`] that egui asks only when a
//! character has no glyph in any font installed so far, so a Latin document never
//! touches it (start-up time and memory unchanged):
//!
//! 1. the bundled fonts (`assets/fonts/`, SIL OFL, compiled in and used in place,
//!    not copied): Noto Sans Arabic, and a Noto Sans CJK SC subset covering GB 2312
//!    and the Chinese UDHR;
//! 2. the system's fonts, found with `fontdb` (on Linux the folders fontconfig's
//!    configuration names; on macOS and Windows the system font folders), read on
//!    the first character the bundled fonts lack. `GLOSA_NO_SYSTEM_FONTS=1` skips
//!    them (screenshots of what a fresh machine shows);
//! 3. else the character draws as a box, and [`GlosaFonts::take_missing`] names its
//!    script once so the app can say so.
//!
//! Missing glyphs never change text offsets, which are counted in code points.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, OnceLock};

use egui::{FallbackRequest, FontData, FontFamily, FontInsert, FontPriority, FontProvider, InsertFontFamily};
use unicode_script::{Script, UnicodeScript};

/// Noto Sans Arabic 2.005 (SIL OFL 1.1), see `assets/fonts/README.md`.
pub static NOTO_SANS_ARABIC: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
/// A Noto Sans CJK SC 2.004 subset (SIL OFL 1.1), see `assets/fonts/README.md`.
pub static NOTO_SANS_SC: &[u8] = include_bytes!("../../assets/fonts/NotoSansSC-Glosa.otf");

/// The bundled fonts: name and bytes, in the order they are tried.
const BUNDLED: [(&str, &[u8]); 2] =
    [("Noto Sans Arabic", NOTO_SANS_ARABIC), ("Noto Sans SC (Glosa subset)", NOTO_SANS_SC)];

/// The environment variable that turns off the system font lookup.
pub const NO_SYSTEM_FONTS: &str = "GLOSA_NO_SYSTEM_FONTS";

/// Finds fonts for characters egui's own fonts lack: bundled first, then the
/// system's. Shared between egui (which asks) and the app (which reports what
/// nothing covers).
#[derive(Default)]
pub struct GlosaFonts {
    /// The system's fonts, listed on first need (`None`: turned off).
    system: OnceLock<Option<fontdb::Database>>,
    /// Names of the fonts handed to egui so far.
    loaded: Mutex<Vec<String>>,
    /// Scripts with characters no font has, not yet reported.
    missing: Mutex<BTreeSet<String>>,
    /// Scripts already reported (each is reported once).
    reported: Mutex<BTreeSet<String>>,
    /// Never look at the system's fonts (tests; what a fresh machine shows).
    bundled_only: bool,
}

impl GlosaFonts {
    /// A provider; nothing is read until egui asks for a character.
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// A provider of the bundled fonts only, as on a machine with no fonts
    /// installed (tests, screenshots).
    pub fn bundled_only() -> Arc<Self> {
        Arc::new(Self { bundled_only: true, ..Self::default() })
    }

    /// Names of the fonts loaded so far (bundled or system), in order.
    pub fn loaded(&self) -> Vec<String> {
        self.loaded.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Scripts (English names from the Unicode Script property, e.g. `Devanagari`,
    /// or `U+XXXX` for symbols) that had characters no font covers, each returned
    /// once over the provider's life.
    ///
    /// A shared character (Unicode Script `Common` or `Inherited`, e.g. the danda
    /// U+0964 of Devanagari, Bengali and others) is named by code point only when
    /// none of the scripts that use it (its `Script_Extensions`) is named too.
    pub fn take_missing(&self) -> Vec<String> {
        let Ok(mut missing) = self.missing.lock() else {
            return Vec::new();
        };
        let names = std::mem::take(&mut *missing);
        let scripts: Vec<Script> = names.iter().filter_map(|n| Script::from_full_name(&n.replace(' ', "_"))).collect();
        names.into_iter().filter(|name| !covered_by(name, &scripts)).collect()
    }

    fn insert(&self, name: &str, data: FontData) -> FontInsert {
        if let Ok(mut loaded) = self.loaded.lock() {
            loaded.push(name.to_owned());
        }
        let families = [FontFamily::Proportional, FontFamily::Monospace]
            .into_iter()
            .map(|family| InsertFontFamily { family, priority: FontPriority::Lowest })
            .collect();
        FontInsert::new(name, data, families)
    }

    fn system_font_for(&self, c: char) -> Option<FontInsert> {
        let db = self.system.get_or_init(|| {
            if self.bundled_only || std::env::var_os(NO_SYSTEM_FONTS).is_some_and(|v| !v.is_empty() && v != "0") {
                return None;
            }
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            Some(db)
        });
        let db = db.as_ref()?;
        let loaded = self.loaded();
        // Regular upright faces first, then the rest; within each, the order fontdb found them.
        let mut faces: Vec<&fontdb::FaceInfo> = db.faces().collect();
        faces.sort_by_key(|f| (f.style != fontdb::Style::Normal, f.weight.0.abs_diff(400)));
        for face in faces {
            let name = format!("system: {}", face.post_script_name);
            if loaded.contains(&name) {
                continue;
            }
            let has = db.with_face_data(face.id, |data, index| {
                ttf_parser::Face::parse(data, index).ok().and_then(|f| f.glyph_index(c)).is_some()
            });
            if has == Some(true) {
                let (bytes, index) = db.with_face_data(face.id, |data, index| (data.to_vec(), index))?;
                let mut data = FontData::from_owned(bytes);
                data.index = index;
                return Some(self.insert(&name, data));
            }
        }
        None
    }

    fn note_missing(&self, c: char) {
        let script = c.script();
        let name = match script {
            Script::Common | Script::Inherited | Script::Unknown => format!("U+{:04X}", u32::from(c)),
            _ => script.full_name().replace('_', " "),
        };
        let Ok(mut reported) = self.reported.lock() else {
            return;
        };
        let scripts: Vec<Script> =
            reported.iter().filter_map(|n| Script::from_full_name(&n.replace(' ', "_"))).collect();
        if covered_by(&name, &scripts) {
            return;
        }
        if reported.insert(name.clone())
            && let Ok(mut missing) = self.missing.lock()
        {
            missing.insert(name);
        }
    }
}

impl FontProvider for GlosaFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let c = request.cluster.chars().next()?;
        if c.is_control() || c.is_whitespace() || is_invisible(c) {
            return None;
        }
        let loaded = self.loaded();
        for (name, bytes) in BUNDLED {
            if loaded.iter().any(|l| l == name) {
                continue;
            }
            if ttf_parser::Face::parse(bytes, 0).ok().and_then(|f| f.glyph_index(c)).is_some() {
                return Some(self.insert(name, FontData::from_static(bytes)));
            }
        }
        let found = self.system_font_for(c);
        if found.is_none() {
            self.note_missing(c);
        }
        found
    }
}

/// Format characters (bidi marks, joiners, the BOM) that no font needs to draw.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{00AD}')
}

/// Installs `fonts` as a provider of `ctx`, once per context. Returns whether it
/// was installed now (it takes effect at the start of the next pass).
pub fn install(ctx: &egui::Context, fonts: &Arc<GlosaFonts>) -> bool {
    let id = egui::Id::unique("glosa-fonts-installed");
    if ctx.data(|d| d.get_temp::<bool>(id)).unwrap_or(false) {
        return false;
    }
    ctx.data_mut(|d| d.insert_temp(id, true));
    ctx.add_font_provider(fonts.clone());
    true
}

/// Kept for callers from before [`GlosaFonts`]: installs a provider and returns 0
/// (nothing is loaded until needed).
pub fn install_fallback_fonts(ctx: &egui::Context) -> usize {
    install(ctx, &GlosaFonts::new());
    0
}

/// Whether `name` is a code point (`U+XXXX`) whose character belongs to one of
/// `scripts` by its `Script_Extensions` property (UAX #24).
fn covered_by(name: &str, scripts: &[Script]) -> bool {
    let Some(c) = name.strip_prefix("U+").and_then(|hex| u32::from_str_radix(hex, 16).ok()).and_then(char::from_u32)
    else {
        return false;
    };
    let extension = c.script_extension();
    // Common and Inherited characters without an extension "contain" every script.
    !extension.is_common() && !extension.is_inherited() && scripts.iter().any(|s| extension.contains_script(*s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_fonts_cover_arabic_and_every_hanzi_of_the_chinese_udhr() {
        let arabic = ttf_parser::Face::parse(NOTO_SANS_ARABIC, 0).unwrap();
        for c in "العالمي لحقوق الإنسان َُِّ".chars().filter(|c| !c.is_whitespace()) {
            assert!(arabic.glyph_index(c).is_some(), "{c} U+{:04X}", u32::from(c));
        }
        let sc = ttf_parser::Face::parse(NOTO_SANS_SC, 0).unwrap();
        let udhr = include_str!("../../tests/corpus/udhr_cmn_hans.txt");
        let missing: Vec<char> =
            udhr.chars().filter(|c| !c.is_whitespace() && !c.is_control() && sc.glyph_index(*c).is_none()).collect();
        assert!(missing.is_empty(), "{missing:?}");
        // GB 2312's first and last hanzi.
        assert!(sc.glyph_index('啊').is_some() && sc.glyph_index('齄').is_some());
    }

    #[test]
    fn a_script_no_font_covers_is_reported_once_by_name() {
        let fonts = GlosaFonts::default();
        fonts.note_missing('क');
        fonts.note_missing('ख');
        fonts.note_missing('☃');
        // The danda is shared by Devanagari, Bengali and others: named by the script.
        fonts.note_missing('\u{964}');
        assert_eq!(fonts.take_missing(), ["Devanagari", "U+2603"]);
        fonts.note_missing('ग');
        fonts.note_missing('\u{965}');
        assert!(fonts.take_missing().is_empty());
        // Alone, a shared character is named by its code point.
        let fonts = GlosaFonts::default();
        fonts.note_missing('\u{964}');
        assert_eq!(fonts.take_missing(), ["U+0964"]);
    }
}
