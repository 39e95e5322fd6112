//! Bytes to text: byte-order marks, UTF-8, UTF-16 and legacy single-byte encodings.
//!
//! Order of decisions, first match wins:
//! 1. a byte-order mark (UTF-8, UTF-16 LE, UTF-16 BE) names the encoding;
//! 2. UTF-16 without BOM is recognised by where its zero bytes fall and by what it
//!    decodes to (see [`sniff_utf16`]): Latin text has a zero in every other byte,
//!    Cyrillic, Arabic or Chinese text only in its spaces, digits and line ends;
//! 3. known binary signatures (PNG, ZIP, PDF, GIF, JPEG, gzip, old Office) and text
//!    with NUL or many control bytes are rejected as binary, naming what they are
//!    ([`BinaryKind`]); so are REFI-QDA projects (a ZIP with a `.qde` entry) and
//!    codebooks (XML with a `CodeBook` root), which are imported, not opened;
//! 4. valid UTF-8 is taken as it is (no copy);
//! 5. UTF-8 with a few bad bytes (at most one invalid sequence for every two valid
//!    multi-byte characters) is still UTF-8: each bad sequence becomes U+FFFD and a
//!    [`ReadWarning::InvalidUtf8`] says how many and where. One stray byte must not
//!    turn a whole UTF-8 document into mojibake;
//! 6. anything else is a legacy encoding guessed by `chardetng` and decoded by
//!    `encoding_rs`. A Central European guess (windows-1250, ISO-8859-2…) is
//!    replaced by windows-1252 when the text is short or when its windows-1252
//!    reading uses only Western European letters (`Comitê`, not `Comitę`): Glosa's
//!    documents are in the six UN languages and Portuguese. ISO-8859-1 is read as
//!    its superset windows-1252, as the WHATWG Encoding Standard prescribes, so
//!    `0x80..=0x9F` become punctuation (`0x85` …, `0x92` ’, `0x93`/`0x94` “ ”, `0x95` •).

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::paragraph::ReadWarning;

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
    /// What decoding worked around (bytes that are not UTF-8 in a UTF-8 file).
    pub warnings: Vec<ReadWarning>,
}

impl Decoded {
    fn new(text: String, encoding: &'static Encoding, bom: bool) -> Self {
        Self { text, encoding, bom, warnings: Vec::new() }
    }

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
    /// A known binary format, bytes that are not text, or a REFI-QDA file (which
    /// is imported, not opened as a document).
    #[error("{}", binary_message(*.0))]
    Binary(BinaryKind),
}

/// The English reason for [`DecodeError::Binary`] (what the CLI prints): a
/// REFI-QDA file says what to do instead; anything else is "not a text file".
fn binary_message(kind: BinaryKind) -> String {
    if kind.is_refi() { kind.to_string() } else { format!("not a text file ({kind})") }
}

/// What a file that is not text is, as recognised by its first bytes
/// ([`decode`]'s rule 3). `Display` is the English phrase the CLI prints; the
/// app words each kind in the interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum BinaryKind {
    /// A PNG image.
    #[error("a PNG image")]
    Png,
    /// A ZIP archive that is neither a Word `.docx`, an `OpenDocument` `.odt`
    /// nor a REFI-QDA project.
    #[error("a ZIP archive but not a Word .docx or OpenDocument .odt document")]
    Zip,
    /// A ZIP archive without entries.
    #[error("an empty ZIP archive")]
    EmptyZip,
    /// A PDF read as text (only when its name said text; by its content a PDF
    /// is read as PDF).
    #[error("a PDF; open it with its .pdf name or content")]
    Pdf,
    /// A GIF image.
    #[error("a GIF image")]
    Gif,
    /// A JPEG image.
    #[error("a JPEG image")]
    Jpeg,
    /// A gzip archive.
    #[error("a gzip archive")]
    Gzip,
    /// An old Microsoft Office file (`.doc`, `.xls`: OLE compound document).
    #[error("an old Microsoft Office .doc/.xls file; save it as .docx first")]
    OldOffice,
    /// An ELF executable.
    #[error("an executable")]
    Executable,
    /// Bytes with a NUL in the first 8 KiB: not text in any encoding Glosa reads.
    #[error("it contains NUL bytes")]
    NulBytes,
    /// More than one byte in twenty of the first 8 KiB is a control byte.
    #[error("it contains control bytes")]
    ControlBytes,
    /// A REFI-QDA project (`.qdpx`: a ZIP archive with a `.qde` entry, usually
    /// `project.qde`), which
    /// is imported (`glosa import`, File ▸ Import REFI-QDA…), not opened.
    #[error(
        "a REFI-QDA project (.qdpx), not a document: import it with `glosa import FILE --project DIR` \
         (or `--into DIR`)"
    )]
    RefiProject,
    /// A REFI-QDA codebook (`.qdc`: XML whose root element is `CodeBook`):
    /// text, but codes to import, not a document.
    #[error(
        "a REFI-QDA codebook (.qdc), not a document: import its codes with \
         `glosa import FILE --annotations NAME.glosa.ron`"
    )]
    RefiCodebook,
}

impl BinaryKind {
    /// Whether this is a REFI-QDA project or codebook (imported, not opened).
    pub fn is_refi(self) -> bool {
        matches!(self, Self::RefiProject | Self::RefiCodebook)
    }
}

/// Decodes a whole file. See the module docs for the rules. Linear in the input.
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
        return Ok(Decoded::new(text.into_owned(), encoding, true));
    }
    if let Some(encoding) = sniff_utf16(&bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes);
        return Ok(Decoded::new(text.into_owned(), encoding, false));
    }
    decode_unmarked(bytes)
}

fn decode_unmarked(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if let Some(kind) = binary_kind(&bytes) {
        return Err(DecodeError::Binary(kind));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Decoded::new(text, UTF_8, false)),
        Err(err) => {
            let bytes = err.into_bytes();
            if let Some(decoded) = mostly_utf8(&bytes) {
                return Ok(decoded);
            }
            let mut detector = chardetng::EncodingDetector::new();
            let sample = bytes.get(..GUESS_LEN).unwrap_or(&bytes);
            detector.feed(sample, sample.len() == bytes.len());
            let guess = detector.guess(None, false);
            let encoding = prefer_un_language_encoding(guess, &bytes);
            let (text, _) = encoding.decode_without_bom_handling(&bytes);
            Ok(Decoded::new(text.into_owned(), encoding, false))
        }
    }
}

/// UTF-8 with a few invalid sequences (rule 5 of the module docs): decoded with
/// U+FFFD for each, and a warning. `None` when the bytes are not mostly UTF-8.
fn mostly_utf8(bytes: &[u8]) -> Option<Decoded> {
    let (mut invalid, mut multibyte, mut first_at) = (0usize, 0usize, None);
    let mut offset = 0usize;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
        offset += valid.len();
        if !chunk.invalid().is_empty() {
            invalid += 1;
            first_at.get_or_insert(offset);
        }
        offset += chunk.invalid().len();
    }
    let first_at = first_at?;
    if multibyte < 2 * invalid {
        return None;
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut decoded = Decoded::new(text, UTF_8, false);
    decoded.warnings.push(ReadWarning::InvalidUtf8 { count: invalid, first_at });
    Some(decoded)
}

/// Below this many bytes a Central European guess is not trusted (see
/// [`prefer_un_language_encoding`]).
const SHORT_LEGACY_TEXT: usize = 4096;

/// Glosa's documents are in the six UN languages (and Portuguese), whose legacy
/// encodings are windows-1252 (English, French, Spanish, Portuguese),
/// windows-1251/KOI8 (Russian), windows-1256/ISO-8859-6 (Arabic) and
/// GBK/GB18030/Big5 (Chinese). `chardetng` sometimes takes Spanish or Portuguese
/// for windows-1250 (`diseño` → `diseńo`, `Comitê` → `Comitę`), so a Central
/// European or Baltic guess becomes windows-1252 for short texts, and for any text
/// whose windows-1252 reading has only Western European letters and punctuation.
fn prefer_un_language_encoding(guess: &'static Encoding, bytes: &[u8]) -> &'static Encoding {
    use encoding_rs::{
        ISO_8859_2, ISO_8859_4, ISO_8859_13, ISO_8859_16, WINDOWS_1250, WINDOWS_1252, WINDOWS_1254, WINDOWS_1257,
    };
    let central_european = [WINDOWS_1250, ISO_8859_2, WINDOWS_1257, ISO_8859_13, ISO_8859_4, ISO_8859_16, WINDOWS_1254];
    if !central_european.contains(&guess) {
        return guess;
    }
    if bytes.len() < SHORT_LEGACY_TEXT || bytes.iter().all(|&b| b < 0x80 || is_western_1252(b)) {
        WINDOWS_1252
    } else {
        guess
    }
}

/// Whether byte `b` (≥ 0x80) read as windows-1252 is a letter of a Western European
/// language (French, Spanish, Portuguese, Italian, Catalan, German) or common
/// punctuation. Left out: what only a Central European text would produce read as
/// windows-1252 (`š`, `ž`, `ø`, `¹`, `³`, `Ÿ`…).
fn is_western_1252(b: u8) -> bool {
    matches!(b,
        0x80 | 0x82 | 0x84..=0x87 | 0x89 | 0x8B | 0x8C | 0x91..=0x97 | 0x99 | 0x9B | 0x9C
        | 0xA0..=0xA3 | 0xA7..=0xAE | 0xB0 | 0xB1 | 0xB4..=0xB7 | 0xBA | 0xBB | 0xBF
        | 0xC0..=0xCF | 0xD1..=0xD6 | 0xD9..=0xDC | 0xDF..=0xEF | 0xF1..=0xF7 | 0xF9..=0xFC | 0xFF)
}

/// UTF-16 without a BOM. Text in UTF-16 has zero bytes in its ASCII characters
/// (spaces, digits, line ends; every character of Latin text), all on one side of
/// the code unit: the odd bytes in little-endian, the even bytes in big-endian.
/// Binary data and single-byte text have them on both sides, or none. Candidates
/// are then decoded: UTF-16 text has no unpaired surrogates and almost no control
/// characters besides line ends and tabs.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..SNIFF_LEN).unwrap_or(bytes);
    let sample = &sample[..sample.len() & !1];
    if sample.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = sample.len() / 2;
    let (mut even_zero, mut odd_zero) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even_zero += usize::from(pair[0] == 0);
        odd_zero += usize::from(pair[1] == 0);
    }
    // Latin text: most code units have a zero high byte and the low byte almost
    // never is zero. Other scripts: fewer zeros (spaces, digits, line ends), but at
    // least eight times as many on one side (CJK has a few characters such as
    // U+4E00 一 whose low byte is zero: 39 against 1,771 in the Chinese UDHR).
    let encoding = if odd_zero * 10 >= pairs * 7 && even_zero * 50 <= pairs {
        return Some(UTF_16LE);
    } else if even_zero * 10 >= pairs * 7 && odd_zero * 50 <= pairs {
        return Some(UTF_16BE);
    } else if odd_zero * 100 >= pairs && even_zero * 8 <= odd_zero {
        UTF_16LE
    } else if even_zero * 100 >= pairs && odd_zero * 8 <= even_zero {
        UTF_16BE
    } else {
        return None;
    };
    (!mostly_ascii_pairs(sample) && plausible_utf16(sample, encoding)).then_some(encoding)
}

/// Whether most code units of `sample` without a zero byte are made of two
/// printable ASCII bytes (or tab, line feed, carriage return): single-byte text
/// with a stray NUL (`abc\0def` would read as `扡c敤੦`), not UTF-16. Real
/// Cyrillic or Arabic UTF-16 has none (high byte 0x04, 0x06), Chinese about 29 %
/// (659 of 2,286 code units in the corpus's Chinese UDHR).
fn mostly_ascii_pairs(sample: &[u8]) -> bool {
    let text_byte = |b: u8| matches!(b, 0x20..=0x7E | b'\t' | b'\n' | b'\r');
    let (mut nonzero, mut ascii) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        if pair[0] != 0 && pair[1] != 0 {
            nonzero += 1;
            ascii += usize::from(text_byte(pair[0]) && text_byte(pair[1]));
        }
    }
    ascii * 2 > nonzero
}

/// Whether `sample` decodes as `encoding` (UTF-16LE or BE) to text: no unpaired
/// surrogate, no NUL, and fewer than 1 % control characters other than tab, line
/// feed, carriage return and form feed. A sample cut inside a surrogate pair at its
/// end is fine.
fn plausible_utf16(sample: &[u8], encoding: &'static Encoding) -> bool {
    let units = sample.chunks_exact(2).map(|p| {
        if encoding == UTF_16LE { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) }
    });
    let decoded: Vec<Result<char, _>> = char::decode_utf16(units).collect();
    let total = decoded.len();
    let mut controls = 0usize;
    for (i, c) in decoded.iter().enumerate() {
        match c {
            Ok(c) if *c == '\0' => return false,
            Ok(c) if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') => controls += 1,
            Ok(_) => {}
            Err(_) if i + 1 == total => {}
            Err(_) => return false,
        }
    }
    controls * 100 < total.max(1)
}

/// The binary format of `bytes` (or a REFI-QDA codebook), or `None` when they
/// may be text.
fn binary_kind(bytes: &[u8]) -> Option<BinaryKind> {
    const SIGNATURES: &[(&[u8], BinaryKind)] = &[
        (b"\x89PNG\r\n\x1a\n", BinaryKind::Png),
        (b"PK\x03\x04", BinaryKind::Zip),
        (b"PK\x05\x06", BinaryKind::EmptyZip),
        (b"%PDF-", BinaryKind::Pdf),
        (b"GIF8", BinaryKind::Gif),
        (b"\xFF\xD8\xFF", BinaryKind::Jpeg),
        (b"\x1F\x8B", BinaryKind::Gzip),
        (b"\xD0\xCF\x11\xE0", BinaryKind::OldOffice),
        (b"\x7FELF", BinaryKind::Executable),
    ];
    for (magic, kind) in SIGNATURES {
        if bytes.starts_with(magic) {
            // Entry names are stored uncompressed, in the local headers and the
            // central directory (as `SourceFormat::sniff` finds a .docx).
            if *kind == BinaryKind::Zip && memchr::memmem::find(bytes, b".qde").is_some() {
                return Some(BinaryKind::RefiProject);
            }
            return Some(*kind);
        }
    }
    let sample = bytes.get(..SNIFF_LEN).unwrap_or(bytes);
    if memchr::memchr(0, sample).is_some() {
        return Some(BinaryKind::NulBytes);
    }
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    if controls * 20 > sample.len() {
        return Some(BinaryKind::ControlBytes);
    }
    is_refi_codebook(sample).then_some(BinaryKind::RefiCodebook)
}

/// Whether `sample` (a file's first bytes, UTF-8) is a REFI-QDA codebook: after
/// white space, an optional `<?xml …?>` declaration and comments, a root element
/// whose local name is `CodeBook` (in any namespace or none, as the REFI-QDA
/// reader accepts it).
fn is_refi_codebook(sample: &[u8]) -> bool {
    let mut rest = sample.trim_ascii_start();
    for _ in 0..8 {
        let end = if rest.starts_with(b"<?") {
            memchr::memmem::find(rest, b"?>").map(|e| e + 2)
        } else if rest.starts_with(b"<!--") {
            memchr::memmem::find(rest, b"-->").map(|e| e + 3)
        } else {
            break;
        };
        let Some(after) = end.and_then(|end| rest.get(end..)) else {
            return false;
        };
        rest = after.trim_ascii_start();
    }
    let Some(element) = rest.strip_prefix(b"<") else {
        return false;
    };
    let name_end = element.iter().position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/')).unwrap_or(0);
    let name = element.get(..name_end).unwrap_or_default();
    let local = name.rsplit(|&b| b == b':').next().unwrap_or_default();
    local == b"CodeBook"
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
        assert_eq!(decode(png), Err(DecodeError::Binary(BinaryKind::Png)));
        let zip = b"PK\x03\x04\x14\0\0\0\x08\0word/document.xml".to_vec();
        let error = decode(zip).unwrap_err();
        assert_eq!(error, DecodeError::Binary(BinaryKind::Zip));
        assert_eq!(
            error.to_string(),
            "not a text file (a ZIP archive but not a Word .docx or OpenDocument .odt document)"
        );
        let junk: Vec<u8> = (0u8..=255).cycle().take(4096).collect();
        assert!(matches!(decode(junk), Err(DecodeError::Binary(_))));
    }

    #[test]
    fn refi_qda_projects_and_codebooks_are_named_with_what_to_do() {
        let qdpx = b"PK\x03\x04\x14\0\0\0\x08\0project.qdePK\x01\x02".to_vec();
        let error = decode(qdpx).unwrap_err();
        assert_eq!(error, DecodeError::Binary(BinaryKind::RefiProject));
        assert_eq!(
            error.to_string(),
            "a REFI-QDA project (.qdpx), not a document: import it with `glosa import FILE --project DIR` \
             (or `--into DIR`)"
        );
        let qdc = "\u{FEFF}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- MAXQDA -->\n\
                   <CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"MAXQDA\"><Codes/></CodeBook>\n";
        assert_eq!(decode(qdc.as_bytes().to_vec()), Err(DecodeError::Binary(BinaryKind::RefiCodebook)));
        let prefixed = "<qda:CodeBook xmlns:qda=\"urn:QDA-XML:codebook:1.0\">\n<qda:Codes/></qda:CodeBook>";
        assert_eq!(decode(prefixed.as_bytes().to_vec()), Err(DecodeError::Binary(BinaryKind::RefiCodebook)));
        // Other XML, and text that mentions a codebook, are text.
        assert!(decode(b"<?xml version=\"1.0\"?>\n<CodeBooks/>".to_vec()).is_ok());
        assert!(decode(b"A CodeBook root, in prose.\n".to_vec()).is_ok());
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
    }

    #[test]
    fn utf16_without_bom_in_cyrillic_arabic_and_chinese() {
        let texts = [
            "Статья 1\nВсе люди рождаются свободными и равными в своем достоинстве и правах.\n",
            "المادة 1\nيولد جميع الناس أحراراً متساوين في الكرامة والحقوق.\n",
            "      第一条\n      人人生而自由,在尊严和权利上一律平等。他们赋有理性和良心,并应以兄弟关系的精神相对待。\n   \n      第二条\n",
        ];
        for text in texts {
            for (big_endian, encoding) in [(false, UTF_16LE), (true, UTF_16BE)] {
                let decoded = decode(utf16(text, big_endian)).unwrap();
                assert_eq!((decoded.text.as_str(), decoded.encoding, decoded.bom), (text, encoding, false));
            }
        }
    }

    #[test]
    fn binary_with_zeros_on_one_side_is_not_taken_for_utf16() {
        // Little-endian 16-bit numbers, many of them control characters as UTF-16.
        let samples: Vec<u8> = (0u16..2000).flat_map(|n| (n % 31).to_le_bytes()).collect();
        assert!(matches!(decode(samples), Err(DecodeError::Binary(_))));
    }

    #[test]
    fn single_byte_text_with_a_nul_is_refused_not_read_as_utf16() {
        assert_eq!(decode(b"abc\0def\n".to_vec()), Err(DecodeError::Binary(BinaryKind::NulBytes)));
        let english = b"The multistakeholder model of Internet governance\0 works.\n".to_vec();
        assert_eq!(english.len() % 2, 0);
        assert_eq!(decode(english), Err(DecodeError::Binary(BinaryKind::NulBytes)));
        // Real UTF-16 without BOM still is UTF-16, even when short.
        let chinese = decode(utf16("人人生而自由 1948\n", false)).unwrap();
        assert_eq!((chinese.text.as_str(), chinese.encoding), ("人人生而自由 1948\n", UTF_16LE));
    }

    #[test]
    fn a_stray_byte_in_utf8_is_replaced_and_reported() {
        let mut bytes = "La cooperación mejorada según el párrafo 69 de la Agenda de Túnez.\n".repeat(3).into_bytes();
        bytes.insert(20, 0xE9);
        let decoded = decode(bytes).unwrap();
        assert_eq!(decoded.encoding, UTF_8);
        assert!(decoded.text.starts_with("La cooperación mejo\u{fffd}rada según"));
        assert_eq!(decoded.warnings, [ReadWarning::InvalidUtf8 { count: 1, first_at: 20 }]);
        // Without UTF-8 around it, the same byte is windows-1252.
        let latin = decode(b"Cafe\xE9 y t\xE9".to_vec()).unwrap();
        assert_eq!((latin.text.as_str(), latin.encoding), ("Cafeé y té", WINDOWS_1252));
        assert!(latin.warnings.is_empty());
    }

    #[test]
    fn long_portuguese_is_not_taken_for_central_european_but_polish_is() {
        use encoding_rs::WINDOWS_1250;
        let portuguese = b"O Comit\xEA Gestor e as organiza\xE7\xF5es da sociedade civil n\xE3o. ".repeat(80);
        assert!(portuguese.len() > SHORT_LEGACY_TEXT);
        assert_eq!(prefer_un_language_encoding(WINDOWS_1250, &portuguese), WINDOWS_1252);
        let polish_text = "Zażółć gęślą jaźń, łódź i słońce. ".repeat(200);
        let (polish, _, _) = WINDOWS_1250.encode(&polish_text);
        assert_eq!(prefer_un_language_encoding(WINDOWS_1250, &polish), WINDOWS_1250);
    }
}
