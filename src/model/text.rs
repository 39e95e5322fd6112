//! Text offsets with their units in the type.
//!
//! In memory Glosa slices strings by UTF-8 **byte** offsets ([`ByteOffset`]); on disk
//! and in exports positions are Unicode **code point** offsets ([`CharOffset`]), as in
//! the W3C Web Annotation `TextPositionSelector` and REFI-QDA. The two never mix
//! silently: converting needs the text they point into.
//!
//! Example: in `"👨🏻‍🚒 firemen drive firetrucks"` the word `firetrucks` is code points
//! 19..29, UTF-16 code units 22..32 and bytes 30..40.

use std::fmt;

/// An offset in UTF-8 bytes into a `str`. Valid offsets lie on `char` boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ByteOffset(pub usize);

/// An offset in Unicode scalar values (code points) into a `str`. Serialized as a
/// plain number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct CharOffset(pub usize);

impl fmt::Display for ByteOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}b", self.0)
    }
}

impl fmt::Display for CharOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Converts a code point offset into a byte offset in `text`.
///
/// Returns `None` when `offset` is past the end of `text` (an offset equal to the
/// number of code points is the end and is valid). O(n) in the offset.
pub fn char_to_byte(text: &str, offset: CharOffset) -> Option<ByteOffset> {
    if offset.0 == 0 {
        return Some(ByteOffset(0));
    }
    match text.char_indices().nth(offset.0) {
        Some((byte, _)) => Some(ByteOffset(byte)),
        None if text.chars().count() == offset.0 => Some(ByteOffset(text.len())),
        None => None,
    }
}

/// Converts a byte offset into a code point offset in `text`.
///
/// Returns `None` when `offset` is past the end or not on a `char` boundary.
pub fn byte_to_char(text: &str, offset: ByteOffset) -> Option<CharOffset> {
    let prefix = text.get(..offset.0)?;
    Some(CharOffset(prefix.chars().count()))
}

/// Number of code points in `text`.
pub fn char_len(text: &str) -> CharOffset {
    CharOffset(text.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIREMEN: &str = "👨🏻‍🚒 firemen drive firetrucks";

    #[test]
    fn firetrucks_is_code_points_19_to_29_and_bytes_30_to_40() {
        assert_eq!(char_to_byte(FIREMEN, CharOffset(19)), Some(ByteOffset(30)));
        assert_eq!(char_to_byte(FIREMEN, CharOffset(29)), Some(ByteOffset(40)));
        assert_eq!(byte_to_char(FIREMEN, ByteOffset(30)), Some(CharOffset(19)));
        assert_eq!(&FIREMEN[30..40], "firetrucks");
        let utf16_start = FIREMEN[..30].encode_utf16().count();
        assert_eq!(utf16_start, 22);
    }

    #[test]
    fn end_of_text_is_a_valid_offset_and_past_it_is_not() {
        let len = char_len(FIREMEN);
        assert_eq!(len, CharOffset(29));
        assert_eq!(char_to_byte(FIREMEN, len), Some(ByteOffset(FIREMEN.len())));
        assert_eq!(char_to_byte(FIREMEN, CharOffset(30)), None);
        assert_eq!(char_to_byte("", CharOffset(0)), Some(ByteOffset(0)));
    }

    #[test]
    fn byte_offset_inside_a_code_point_is_rejected() {
        assert_eq!(byte_to_char("año", ByteOffset(2)), None);
        assert_eq!(byte_to_char("año", ByteOffset(3)), Some(CharOffset(2)));
    }
}
