//! W3C exports name each document's language by its BCP 47 tag: the ISO 639-1
//! two-letter code where one exists (RFC 5646 §2.2.1), so Hebrew is `he` and
//! Hindi `hi`, never the ISO 639-3 `heb`/`hin` the language detector gives.
#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use glosa::export::detect_language;

/// The opening of the Universal Declaration of Human Rights in Hebrew and Hindi
/// (preamble and article 1, as in the UN's translations).
const HEBREW: &str = "הכרזה לכל באי עולם בדבר זכויות האדם.\n\n\
    הואיל והכרה בכבוד הטבעי לכל בני משפחת האדם ובזכויותיהם השוות היא יסוד החופש, הצדק והשלום בעולם.\n\n\
    סעיף 1: כל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם.\n";
const HINDI: &str = "मानव अधिकारों की सार्वभौम घोषणा।\n\n\
    चूंकि मानव परिवार के सभी सदस्यों के जन्मजात गौरव और समान तथा अविच्छिन्न अधिकार की स्वीकृति ही \
    विश्व-शान्ति, न्याय और स्वतन्त्रता की बुनियाद है।\n\n\
    अनुच्छेद 1: सभी मनुष्यों को गौरव और अधिकारों के मामले में जन्मजात स्वतन्त्रता और समानता प्राप्त है।\n";

/// A corpus document's text as Glosa reads it (encodings decoded).
fn corpus(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name);
    glosa::persist::document::read_document(&path).unwrap().full_text().to_owned()
}

#[test]
fn detected_languages_are_two_letter_codes_where_iso_639_1_has_one() {
    assert_eq!(detect_language(HEBREW).as_deref(), Some("he"));
    assert_eq!(detect_language(HINDI).as_deref(), Some("hi"));
    assert_eq!(detect_language(&corpus("udhr_arb.txt")).as_deref(), Some("ar"));
    assert_eq!(detect_language(&corpus("udhr_cmn_hans.txt")).as_deref(), Some("zh"));
    assert_eq!(detect_language(&corpus("udhr_rus.txt")).as_deref(), Some("ru"));
    assert_eq!(detect_language(&corpus("netmundial_130B_private_brasscom_pt.txt")).as_deref(), Some("pt"));
}

#[test]
fn the_w3c_export_of_hebrew_and_hindi_documents_says_he_and_hi() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text, quote) in [("he.txt", HEBREW, "זכויות האדם"), ("hi.txt", HINDI, "मानव परिवार")]
    {
        fs::write(dir.path().join(name), text).unwrap();
        let annotations = name.replace(".txt", ".glosa.ron");
        let output = Command::new(env!("CARGO_BIN_EXE_glosa"))
            .current_dir(dir.path())
            .env("GLOSA_AUTHOR", "Ana Pérez")
            .args(["annotate", name, "--annotations", &annotations, "--tag", "civil-society", "--quote", quote])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let output = Command::new(env!("CARGO_BIN_EXE_glosa"))
        .current_dir(dir.path())
        .args(["export", "he.glosa.ron", "hi.glosa.ron", "--format", "json"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut languages: Vec<(String, String)> = json["first"]["items"]
        .as_array()
        .or_else(|| json["items"].as_array())
        .unwrap()
        .iter()
        .map(|a| {
            let source = &a["target"][0]["source"];
            let id = source["id"].as_str().or_else(|| source.as_str()).unwrap_or_default();
            (id.rsplit('/').next().unwrap().to_owned(), source["language"].as_str().unwrap_or_default().to_owned())
        })
        .collect();
    languages.sort();
    assert_eq!(languages, [("he.txt".to_owned(), "he".to_owned()), ("hi.txt".to_owned(), "hi".to_owned())]);
}
