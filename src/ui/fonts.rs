//! Fonts. egui's bundled fonts cover Latin (with accents), Greek and Cyrillic; for
//! Arabic and Chinese, fonts installed on the system (Noto, `DejaVu`, `WenQuanYi`…) are
//! added as fallbacks when present. Missing glyphs render as boxes but never change
//! text offsets, which are counted in code points, not glyphs.

use egui::{FontData, FontDefinitions, FontFamily};

/// System font files tried as fallbacks, in order.
const FALLBACK_FONTS: &[&str] = &[
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/GeezaPro.ttc",
    "C:\\Windows\\Fonts\\msyh.ttc",
    "C:\\Windows\\Fonts\\arial.ttf",
];

/// Adds the fallback fonts that exist on this system. Returns how many.
pub fn install_fallback_fonts(ctx: &egui::Context) -> usize {
    let mut fonts = FontDefinitions::default();
    let mut added = 0;
    for path in FALLBACK_FONTS {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let name = format!("fallback-{added}");
        fonts.font_data.insert(name.clone(), std::sync::Arc::new(FontData::from_owned(bytes)));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts.families.entry(family).or_default().push(name.clone());
        }
        added += 1;
    }
    if added > 0 {
        ctx.set_fonts(fonts);
    }
    added
}
