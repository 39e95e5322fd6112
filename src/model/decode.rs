//! Bytes to text: byte-order marks, UTF-8, UTF-16 and legacy single-byte encodings.
//!
//! Order of decisions, first match wins:
//! 1. a byte-order mark (UTF-8, UTF-16 LE, UTF-16 BE) names the encoding;
//! 2. a UTF-16 file without BOM is recognised by its pattern of zero bytes;
//! 3. known binary signatures (PNG, ZIP/Office, PDF, GIF, JPEG, gzip) and text with
//!    NUL or many control bytes are rejected as binary;
//! 4. valid UTF-8 is taken as it is (no copy);
//! 5. anything else is a legacy encoding guessed by `chardetng` (short texts
//!    favour the UN languages' encodings over Central European ones) and decoded by
//!    `encoding_rs`. ISO-8859-1 is read as its superset windows-1252, as the WHATWG
//!    Encoding Standard prescribes, so `0x80..=0x9F` become punctuation (`0x85` …,
//!    `0x92` ’, `0x93`/`0x94` “ ”, `0x95` •).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

/// How many leading bytes are inspected for binary signatures and control bytes.
const SNIFF_LEN: usize = 8 * 1024;

/// How many leading bytes `chardetng` sees when guessing a legacy encoding.
const GUESS_LEN: usize = 1024 * 1024;

/// Text decoded from a file's bytes, with the encoding that was detected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text, byte-order mark removed, line endings untouched.
    pub text: String,
    /// The detected encoding, by its WHATWG name (`UTF-8`, `UTF-16LE`, `windows-1252`…).
    pub encoding: &'static Encoding,
    /// Whether the file started with a byte-order mark.
    pub bom: bool,
}

impl Decoded {
    /// A human-readable name: the WHATWG name plus ` (BOM)` when a BOM was present.
    pub fn encoding_label(&self) -> String {
        if self.bom { format!("{} (BOM)", self.encoding.name()) } else { self.encoding.name().to_owned() }
    }
}

/// Why bytes could not be taken as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// Zero bytes, or only a byte-order mark.
    #[error("the file is empty")]
    Empty,
    /// A known binary format or bytes that are not text.
    #[error("not a text file ({0})")]
    Binary(&'static str),
}

/// Decodes a whole file. See the module docs for the rules.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        if bytes.len() == bom_len {
            return Err(DecodeError::Empty);
        }
        if encoding == UTF_8 {
            let mut bytes = bytes;
            bytes.drain(..bom_len);
            return decode_unmarked(bytes).map(|mut d| {
                d.bom = true;
                d
            });
        }
        let (text, _had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(Decoded { text: text.into_owned(), encoding, bom: true });
    }
    if let Some(encoding) = sniff_utf16(&bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes);
        return Ok(Decoded { text: text.into_owned(), encoding, bom: false });
    }
    decode_unmarked(bytes)
}

fn decode_unmarked(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if let Some(kind) = binary_kind(&bytes) {
        return Err(DecodeError::Binary(kind));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded { text, encoding: UTF_8, bom: false }),
        Err(err) => {
            let bytes = err.into_bytes();
            let mut detector = chardetng::EncodingDetector::new();
            let sample = bytes.get(..GUESS_LEN).unwrap_or(&bytes);
            detector.feed(sample, sample.len() == bytes.len());
            let encoding = prefer_un_language_encoding(detector.guess(None, false), bytes.len());
            let (text, _) = encoding.decode_without_bom_handling(&bytes);
            Ok(Decoded { text: text.into_owned(), encoding, bom: false })
        }
    }
}

/// Below this many bytes a Central European guess is not trusted (see
/// [`prefer_un_language_encoding`]).
const SHORT_LEGACY_TEXT: usize = 4096;

/// Glosa's documents are in the six UN languages, whose legacy encodings are
/// windows-1252 (English, French, Spanish), windows-1251/KOI8 (Russian),
/// windows-1256/ISO-8859-6 (Arabic) and GBK/GB18030/Big5 (Chinese). On short texts
/// `chardetng` sometimes takes Spanish for windows-1250 (`diseño` → `diseńo`), so a
/// Central European or Baltic guess for fewer than [`SHORT_LEGACY_TEXT`] bytes is
/// read as windows-1252 instead. Longer files keep the guess.
fn prefer_un_language_encoding(guess: &'static Encoding, len: usize) -> &'static Encoding {
    use encoding_rs::{
        ISO_8859_2, ISO_8859_4, ISO_8859_13, ISO_8859_16, WINDOWS_1250, WINDOWS_1252, WINDOWS_1254, WINDOWS_1257,
    };
    let central_european = [WINDOWS_1250, ISO_8859_2, WINDOWS_1257, ISO_8859_13, ISO_8859_4, ISO_8859_16, WINDOWS_1254];
    if len < SHORT_LEGACY_TEXT && central_european.contains(&guess) { WINDOWS_1252 } else { guess }
}

/// UTF-16 without a BOM: in Latin-script text every other byte is zero.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..SNIFF_LEN).unwrap_or(bytes);
    if sample.len() < 4 || sample.len() % 2 != 0 && sample.len() == bytes.len() {
        return None;
    }
    let pairs = sample.len() / 2;
    let (mut even_zero, mut odd_zero) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even_zero += usize::from(pair[0] == 0);
        odd_zero += usize::from(pair[1] == 0);
    }
    // Thresholds: most code units of Latin text have a zero high byte, and the
    // low byte is almost never zero.
    if odd_zero * 10 >= pairs * 7 && even_zero * 50 <= pairs {
        Some(UTF_16LE)
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 50 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Names the binary format of `bytes`, or `None` when they may be text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"PK\x03\x04", "a ZIP archive, e.g. .docx or .odt"),
        (b"PK\x05\x06", "a ZIP archive"),
        (b"%PDF-", "a PDF; extract its text first"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"\x1F\x8B", "a gzip archive"),
        (b"\xD0\xCF\x11\xE0", "an old Microsoft Office file"),
        (b"\x7FELF", "an executable"),
    ];
    for (magic, kind) in SIGNATURES {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    let sample = bytes.get(..SNIFF_LEN).unwrap_or(bytes);
    if memchr::memchr(0, sample).is_some() {
        return Some("it contains NUL bytes");
    }
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    if controls * 20 > sample.len() {
        return Some("it contains control bytes");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::WINDOWS_1252;

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("Túnez".as_bytes().to_vec()).unwrap();
        assert_eq!((plain.text.as_str(), plain.encoding, plain.bom), ("Túnez", UTF_8, false));
        let bom = decode(b"\xEF\xBB\xBFT\xC3\xBAnez".to_vec()).unwrap();
        assert_eq!((bom.text.as_str(), bom.encoding, bom.bom), ("Túnez", UTF_8, true));
        assert_eq!(bom.encoding_label(), "UTF-8 (BOM)");
    }

    #[test]
    fn utf16_with_bom_both_byte_orders() {
        let text = "Agenda de Túnez, párrafo 69";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(le.clone()).unwrap().text, text);
        assert_eq!(decode(be).unwrap().encoding, UTF_16BE);
        // Without the BOM the zero-byte pattern still gives it away.
        let unmarked = decode(le[2..].to_vec()).unwrap();
        assert_eq!((unmarked.text.as_str(), unmarked.encoding), (text, UTF_16LE));
    }

    #[test]
    fn windows_1252_punctuation_bytes_become_punctuation() {
        let bytes = b"The \x93multi\x97stakeholder\x94 model\x85 it\x92s \x95 S\xE3o Paulo".to_vec();
        let decoded = decode(bytes).unwrap();
        assert_eq!(decoded.encoding, WINDOWS_1252);
        assert_eq!(decoded.text, "The “multi—stakeholder” model… it’s • São Paulo");
    }

    #[test]
    fn short_spanish_windows_1252_is_not_taken_for_central_european() {
        let decoded = decode(b"Di\xE1logo p\xE1rrafo dise\xF1o.".to_vec()).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), ("Diálogo párrafo diseño.", WINDOWS_1252));
    }

    #[test]
    fn short_russian_windows_1251_is_still_cyrillic() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Всеобщая декларация прав человека");
        let decoded = decode(bytes.into_owned()).unwrap();
        assert_eq!(decoded.text, "Всеобщая декларация прав человека");
    }

    #[test]
    fn latin1_portuguese_accents_come_out_right() {
        let bytes = b"A governan\xE7a da Internet deve ser multissetorial, transparente e \
                      democr\xE1tica, com participa\xE7\xE3o plena dos governos e das \
                      organiza\xE7\xF5es da sociedade civil."
            .to_vec();
        let decoded = decode(bytes).unwrap();
        assert_eq!(decoded.encoding, WINDOWS_1252);
        assert!(decoded.text.contains("governança"), "{}", decoded.text);
        assert!(decoded.text.contains("participação plena"));
        assert!(decoded.text.contains("organizações"));
    }

    #[test]
    fn empty_and_bom_only_files_are_empty() {
        assert_eq!(decode(Vec::new()), Err(DecodeError::Empty));
        assert_eq!(decode(vec![0xEF, 0xBB, 0xBF]), Err(DecodeError::Empty));
        assert_eq!(decode(vec![0xFF, 0xFE]), Err(DecodeError::Empty));
    }

    #[test]
    fn binary_files_are_rejected_with_their_kind() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        assert_eq!(decode(png), Err(DecodeError::Binary("a PNG image")));
        let zip = b"PK\x03\x04\x14\0\0\0\x08\0word/document.xml".to_vec();
        assert!(matches!(decode(zip), Err(DecodeError::Binary(k)) if k.contains("ZIP")));
        let junk: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
        assert!(matches!(decode(junk), Err(DecodeError::Binary(_))));
    }
}
