//! Colours and sizes in one place (design tokens); widgets never use literals.

use egui::{Color32, FontId, Visuals};

use crate::model::{Color, ParagraphKind};

/// Default body text size in points.
pub const DEFAULT_FONT_SIZE: f32 = 16.0;
/// Smallest and largest text size (Ctrl+minus / Ctrl+plus).
pub const FONT_SIZE_RANGE: (f32, f32) = (10.0, 32.0);
/// The reading width at first start, in average characters per line (typography
/// manuals give 45–90 for running text; UN documents run long).
pub const DEFAULT_READING_WIDTH: u16 = 90;
/// Narrowest and widest reading width, characters per line.
pub const READING_WIDTH_RANGE: (u16, u16) = (40, 200);
/// How much View ▸ Wider / Narrower text column changes it, characters.
pub const READING_WIDTH_STEP: i16 = 10;
/// Width of the ¶-number margin left of the text, in points.
pub const MARGIN_WIDTH: f32 = 52.0;
/// Width of the document view's scroll bar.
pub const SCROLLBAR_WIDTH: f32 = 10.0;
/// Extra indentation of list items.
pub const LIST_INDENT: f32 = 18.0;
/// Thickness of a highlight's underline band.
pub const BAND_THICKNESS: f32 = 3.0;
/// Length of one colour's dash in the band of a highlight with several groups.
pub const BAND_DASH: f32 = 8.0;
/// Width of the stripe in the author's colour at the start of a highlight, in
/// points (shown when a document has more than one person's annotations).
pub const AUTHOR_STRIPE: f32 = 2.5;

/// The colours of one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// Body text.
    pub text: Color32,
    /// Footnotes, ¶ numbers.
    pub weak_text: Color32,
    /// The reader's selection.
    pub selection: Color32,
    /// Search hits.
    pub search_hit: Color32,
    /// The current search hit.
    pub search_current: Color32,
    /// Outline of the selected annotation.
    pub focus_outline: Color32,
    /// Alpha of highlight fills (0–255).
    pub highlight_alpha: u8,
    /// Things that need attention: unsaved, moved annotations.
    pub warning: Color32,
    /// Things that are lost: orphaned annotations.
    pub error: Color32,
}

/// The palette for light or dark mode.
pub fn palette(dark: bool) -> Palette {
    if dark {
        Palette {
            text: Color32::from_gray(225),
            weak_text: Color32::from_gray(140),
            selection: Color32::from_rgba_unmultiplied(90, 140, 255, 90),
            search_hit: Color32::from_rgba_unmultiplied(230, 200, 40, 70),
            search_current: Color32::from_rgba_unmultiplied(255, 150, 0, 140),
            focus_outline: Color32::from_gray(240),
            highlight_alpha: 70,
            warning: Color32::from_rgb(230, 150, 40),
            error: Color32::from_rgb(235, 100, 100),
        }
    } else {
        Palette {
            text: Color32::from_gray(25),
            weak_text: Color32::from_gray(110),
            selection: Color32::from_rgba_unmultiplied(60, 120, 240, 70),
            search_hit: Color32::from_rgba_unmultiplied(250, 220, 50, 110),
            search_current: Color32::from_rgba_unmultiplied(255, 140, 0, 150),
            focus_outline: Color32::from_gray(20),
            highlight_alpha: 60,
            warning: Color32::from_rgb(200, 120, 0),
            error: Color32::from_rgb(200, 60, 60),
        }
    }
}

/// egui visuals for the theme.
pub fn visuals(dark: bool) -> Visuals {
    if dark { Visuals::dark() } else { Visuals::light() }
}

/// A tag colour as an egui colour.
pub fn tag_color(color: Color) -> Color32 {
    Color32::from_rgb(color.r, color.g, color.b)
}

/// A tag colour with transparency, for fills behind text.
pub fn tag_fill(color: Color, alpha: u8) -> Color32 {
    Color32::from_rgba_unmultiplied(color.r, color.g, color.b, alpha)
}

/// Colours offered for new tags, in order; mid-tones legible on light and dark.
pub const NEW_TAG_COLORS: [[u8; 3]; 8] = [
    [0x2E, 0x8B, 0x8B],
    [0xA0, 0x6B, 0x2C],
    [0x8E, 0x6C, 0xC8],
    [0xC0, 0x4A, 0x6E],
    [0x5A, 0x8F, 0x29],
    [0x3D, 0x6F, 0xB6],
    [0xB5, 0x65, 0x1D],
    [0x7F, 0x7F, 0x3F],
];

/// Colour of tags unknown to the tag set.
pub const UNKNOWN_TAG: Color = Color { r: 0x88, g: 0x88, b: 0x88 };

/// Colour of a tag chip that is off (the selected highlight lacks the tag).
pub const TAG_OFF: Color = Color { r: 150, g: 150, b: 150 };

/// Colour suggested for a new tag when every one of [`NEW_TAG_COLORS`] is taken.
pub const NEW_TAG_FALLBACK: [u8; 3] = [0x55, 0x77, 0x99];

/// The font of a paragraph kind at body size `size`.
pub fn paragraph_font(kind: ParagraphKind, size: f32) -> FontId {
    match kind {
        ParagraphKind::Heading => FontId::proportional(size * 1.25),
        ParagraphKind::Footnote => FontId::proportional(size * 0.85),
        ParagraphKind::Body | ParagraphKind::ListItem | ParagraphKind::Quote => FontId::proportional(size),
    }
}

/// The colour of a person's stripe on highlights and chip in the annotation list:
/// a hue derived from the name (FNV-1a, so the same name has the same colour on
/// every computer and in every session), at a saturation and value unlike the
/// tag colours' fills, so it reads as "who" rather than "which group".
pub fn author_color(person: &str) -> Color32 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in person.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    // 360 hues, spread by the golden angle so similar hashes differ visibly.
    let step = u16::try_from(hash % 360).unwrap_or(0);
    let hue = (f32::from(step) * 137.508).rem_euclid(360.0) / 360.0;
    egui::ecolor::Hsva::new(hue, 0.85, 0.55, 1.0).into()
}

/// Up to two initials of a name, upper case, an e-mail address by its local
/// part ("Ana Karimova" → "AK", "ana.k@example.org" → "AK", "Kwame" → "K").
pub fn initials(name: &str) -> String {
    let local = name.split('@').next().unwrap_or(name);
    local
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '_' | '-'))
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_alphanumeric())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_offered_for_new_tags_are_distinct_and_legible_on_light_and_dark() {
        let white = Color { r: 255, g: 255, b: 255 };
        let dark = Color { r: 0x1b, g: 0x1b, b: 0x1b };
        for (i, [r, g, b]) in NEW_TAG_COLORS.iter().copied().enumerate() {
            let color = Color { r, g, b };
            assert!(color.contrast_ratio(white) >= 3.0 && color.contrast_ratio(dark) >= 3.0, "colour {i}");
            assert!(!NEW_TAG_COLORS[..i].contains(&[r, g, b]));
        }
    }

    #[test]
    fn initials_and_author_colours_are_stable() {
        assert_eq!(super::initials("Ana Karimova"), "AK");
        assert_eq!(super::initials("ana.k@example.org"), "AK");
        assert_eq!(super::initials("Kwame"), "K");
        assert_eq!(super::initials("Лючия Фернандес"), "ЛФ");
        assert_eq!(super::author_color("Kwame"), super::author_color("Kwame"));
        assert_ne!(super::author_color("Kwame"), super::author_color("Ana"));
    }
}
