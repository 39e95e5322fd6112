//! `glosa agreement` run as a user would: the C1 and U1 test vectors as real
//! annotation files (made with `glosa annotate`) on generated documents, the two
//! coders' example files for the bundled sample, and the errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::PredicateBooleanExt;
use serde_json::Value;
use tempfile::TempDir;

fn glosa() -> Command {
    Command::cargo_bin("glosa").unwrap()
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

const FIRST_CODER: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.glosa.ron";
const SECOND_CODER: &str = "saves/itu-wtpf13-enhanced-cooperation-brief.es.second-coder.glosa.ron";
/// The bundled files in `saves/` name their document as `../assets/…`, outside
/// their folder: followed only with this flag.
const OUTSIDE: &str = "--allow-outside-folder";

/// Text of exactly `chars` code points: Spanish words (with accents, so code
/// points and bytes differ) drawn by a fixed pseudo-random sequence from `seed`,
/// separated by middle dots (·), no full stop, so it stays one paragraph and its
/// passages do not repeat.
fn words(chars: usize, seed: u64) -> String {
    let vocabulary = [
        "cooperación",
        "mejorada",
        "gobernanza",
        "de",
        "Internet",
        "Túnez",
        "partes",
        "interesadas",
        "gobiernos",
        "sociedad",
        "civil",
        "sector",
        "privado",
        "comunidad",
        "técnica",
        "académica",
        "política",
        "pública",
        "organizaciones",
        "proceso",
        "foro",
        "papel",
        "cuestiones",
        "relativas",
    ];
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    let mut text = String::new();
    while text.chars().count() < chars {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        // Words joined by a middle dot, not a space: a highlight is trimmed of
        // surrounding white space, and the test vectors' units must stay exact.
        if !text.is_empty() {
            text.push('·');
        }
        text.push_str(vocabulary[(state >> 33) as usize % vocabulary.len()]);
    }
    text.chars().take(chars).collect()
}

/// A temporary folder with `doc.txt` made of paragraphs of these lengths (code points).
fn generated(lengths: &[usize]) -> (TempDir, PathBuf, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("doc.txt");
    let paragraphs: Vec<String> = lengths.iter().zip(1..).map(|(&n, seed)| words(n, seed)).collect();
    fs::write(&doc, paragraphs.join("\n\n")).unwrap();
    let output = glosa().arg("paragraphs").arg(&doc).args(["--format", "json"]).output().unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let found: Vec<(String, usize)> = json["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["id"].as_str().unwrap().to_owned(), p["text"].as_str().unwrap().chars().count()))
        .collect();
    assert_eq!(found.iter().map(|(_, n)| *n).collect::<Vec<_>>(), lengths, "the generated paragraphs");
    (dir, doc, found.into_iter().map(|(id, _)| id).collect())
}

/// `glosa annotate DOC --annotations FILE --author AUTHOR --tag TAG --paragraph ID --range START..END`.
fn code(doc: &Path, file: &Path, author: &str, tag: &str, paragraph: &str, range: (usize, usize)) {
    glosa()
        .arg("annotate")
        .arg(doc)
        .arg("--annotations")
        .arg(file)
        .args(["--author", author, "--tag", tag, "--paragraph", paragraph, "--range"])
        .arg(format!("{}..{}", range.0, range.1))
        .assert()
        .success();
}

/// `glosa agreement ARGS… --format json`, asserting success.
fn agreement_json(args: &[&Path], extra: &[&str]) -> Value {
    let output = glosa().arg("agreement").args(args).args(extra).args(["--format", "json"]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// A value to three decimals, or `null (why)`.
fn three(measures: &Value, name: &str) -> String {
    match measures[name].as_f64() {
        Some(v) => format!("{v:.3}"),
        None => format!("null ({})", measures["why"][name].as_str().unwrap_or("no why")),
    }
}

/// C1: one paragraph of 1,000 code points; A codes [0,50) ∪ [100,170), B codes
/// [0,50) ∪ [300,380): percent 0.850, Cohen's κ 0.314 (`QualCoder` reports 0.207).
#[test]
fn c1_character_level_agreement_through_the_cli() {
    let (dir, doc, ids) = generated(&[1000]);
    let (a, b) = (dir.path().join("a.glosa.ron"), dir.path().join("b.glosa.ron"));
    code(&doc, &a, "Ana", "civil-society", &ids[0], (0, 50));
    code(&doc, &a, "Ana", "civil-society", &ids[0], (100, 170));
    code(&doc, &b, "Ben", "civil-society", &ids[0], (0, 50));
    code(&doc, &b, "Ben", "civil-society", &ids[0], (300, 380));
    let json = agreement_json(&[&a, &b], &[]);
    assert_eq!(json["coders"], serde_json::json!(["Ana", "Ben"]));
    let civil = &json["tags"]["civil-society"];
    assert_eq!(three(civil, "percent"), "0.850");
    assert_eq!(three(civil, "cohen_kappa"), "0.314");
    assert_eq!(
        three(civil, "fleiss_kappa"),
        "null (Fleiss' kappa is reported for three or more coders: see Cohen's kappa)"
    );
    assert_eq!(civil["coded_code_points"], serde_json::json!({"Ana": 120, "Ben": 130}));
    assert_eq!(json["documents"][0]["code_points"], 1000);
    assert_eq!(three(&json["overall"], "cohen_kappa"), "0.314");
    // Ana's [100,170) and Ben's [300,380) are each coded by one coder only.
    let kinds: Vec<(&str, &str, u64)> = json["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["kind"].as_str().unwrap(), d["coder"].as_str().unwrap(), d["start"].as_u64().unwrap()))
        .collect();
    assert_eq!(kinds, [("one-coder-only", "Ana", 100), ("one-coder-only", "Ben", 300)]);
}

/// U1 (Krippendorff 2004, p. 254): continuum 150..450 as two paragraphs of 202
/// and 97 code points (the separator at 202 is coded by nobody), units shifted by
/// −150. Tag c is `civil-society`, tag k is `private-sector`.
#[test]
fn u1_unitizing_alpha_through_the_cli() {
    let (dir, doc, ids) = generated(&[202, 97]);
    let (a, b) = (dir.path().join("a.glosa.ron"), dir.path().join("b.glosa.ron"));
    // (begin, length) on the continuum 150..450 → paragraph and range.
    let place = |begin: usize, length: usize| {
        let start = begin - 150;
        if start < 202 {
            (ids[0].as_str(), (start, start + length))
        } else {
            (ids[1].as_str(), (start - 203, start - 203 + length))
        }
    };
    // (begin, length, coder, tag) as Krippendorff gives them.
    let units = [
        (225, 70, 0, "c"),
        (370, 30, 0, "c"),
        (220, 80, 1, "c"),
        (355, 20, 1, "c"),
        (400, 20, 1, "c"),
        (180, 60, 0, "k"),
        (300, 50, 0, "k"),
        (180, 60, 1, "k"),
        (300, 50, 1, "k"),
    ];
    for (begin, length, coder, tag) in units {
        let (file, author) = if coder == 0 { (&a, "Ana") } else { (&b, "Ben") };
        let tag = if tag == "c" { "civil-society" } else { "private-sector" };
        let (paragraph, range) = place(begin, length);
        code(&doc, file, author, tag, paragraph, range);
    }
    let json = agreement_json(&[&a, &b], &[]);
    assert_eq!(json["documents"][0]["code_points"], 300);
    assert_eq!(three(&json["tags"]["civil-society"], "alpha_u"), "0.729");
    assert_eq!(three(&json["tags"]["private-sector"], "alpha_u"), "1.000");
    assert_eq!(three(&json["overall"], "alpha_u"), "0.859");
    // Only tag k: the overall is k's.
    let k_only = agreement_json(&[&a, &b], &["--tag", "private-sector"]);
    assert_eq!(three(&k_only["overall"], "alpha_u"), "1.000");
    assert!(k_only["tags"].get("civil-society").is_none());
}

#[test]
fn identical_coders_agree_fully_and_one_coder_alone_is_undefined() {
    let (dir, doc, ids) = generated(&[400]);
    let (a, b) = (dir.path().join("a.glosa.ron"), dir.path().join("b.glosa.ron"));
    for (file, author) in [(&a, "Ana"), (&b, "Ben")] {
        code(&doc, file, author, "governments", &ids[0], (12, 60));
        code(&doc, file, author, "governments", &ids[0], (200, 260));
    }
    let json = agreement_json(&[&a, &b], &[]);
    for name in ["percent", "cohen_kappa", "krippendorff_alpha", "alpha_u", "segments_matched"] {
        assert_eq!(three(&json["tags"]["governments"], name), "1.000", "{name}");
    }
    assert_eq!(json["disagreements"], serde_json::json!([]));
    let alone = agreement_json(&[&a], &[]);
    for name in ["percent", "cohen_kappa", "krippendorff_alpha", "alpha_u", "segments_matched"] {
        assert_eq!(three(&alone["tags"]["governments"], name), "null (fewer than two coders)", "{name}");
    }
}

/// The agreement of the two example files for the bundled sample, as the README
/// and the closing note of the agreement issue give them.
#[test]
fn the_two_example_coders_of_the_bundled_sample() {
    // The bundled files name `../assets/…`: outside `saves/`, so the flag.
    let json = agreement_json(&[&repo(FIRST_CODER), &repo(SECOND_CODER)], &[OUTSIDE]);
    assert_eq!(json["coders"], serde_json::json!(["Glosa example", "Lucía Fernández"]));
    assert_eq!(json["documents"][0]["code_points"], 4196);
    let overall = &json["overall"];
    let got: Vec<String> = ["percent", "cohen_kappa", "krippendorff_alpha", "alpha_u", "segments_matched"]
        .iter()
        .map(|n| three(overall, n))
        .collect();
    assert_eq!(got, ["0.982", "0.752", "0.752", "0.785", "0.696"]);
    let per_tag: Vec<(String, String, String)> = [
        "governments",
        "private-sector",
        "civil-society",
        "intergovernmental-organizations",
        "international-organizations",
        "technical-academic-community",
    ]
    .iter()
    .map(|t| {
        let tag = &json["tags"][t];
        ((*t).to_owned(), three(tag, "cohen_kappa"), three(tag, "alpha_u"))
    })
    .collect();
    let expected = [
        ("governments", "0.802", "0.885"),
        ("private-sector", "0.554", "0.424"),
        ("civil-society", "1.000", "1.000"),
        ("intergovernmental-organizations", "0.702", "0.605"),
        ("international-organizations", "0.613", "0.547"),
        ("technical-academic-community", "0.645", "0.769"),
    ];
    let expected: Vec<(String, String, String)> =
        expected.iter().map(|(t, k, a)| ((*t).to_owned(), (*k).to_owned(), (*a).to_owned())).collect();
    assert_eq!(per_tag, expected);
    let disagreements: Vec<(&str, &str, &str)> = json["disagreements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["kind"].as_str().unwrap(), d["tag"].as_str().unwrap(), d["quote"].as_str().unwrap()))
        .collect();
    assert_eq!(
        disagreements,
        [
            (
                "boundaries",
                "technical-academic-community",
                "pero no en los asuntos técnicos y operacionales cotidianos"
            ),
            (
                "one-coder-only",
                "private-sector",
                "implicará a todas las partes interesadas en sus respectivos cometidos"
            ),
            (
                "different-tags",
                "international-organizations",
                "Las organizaciones relevantes deben comenzar un proceso encaminado a mejorar la cooperación"
            ),
            ("one-coder-only", "governments", "se pone un énfasis específico en los gobiernos"),
            (
                "one-coder-only",
                "governments",
                "que los gobiernos elaboren una política pública internacional relacionada con Internet"
            ),
        ]
    );
    let other = &json["disagreements"][2]["other"];
    assert_eq!(
        (other["tag"].as_str(), other["paragraph"].as_str()),
        (Some("intergovernmental-organizations"), Some("p-ab070365550e"))
    );
    // `--project saves` finds the same two files.
    assert_eq!(agreement_json(&[], &["--project", repo("saves").to_str().unwrap(), OUTSIDE]), json);
}

/// The second coder wrote half her annotations as "L. Fernández" and recorded in
/// her file that it is another name of "Lucía Fernández": the CLI counts one
/// coder and gives exactly the figures of the unsplit files.
#[test]
fn author_aliases_in_a_file_make_one_coder() {
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(repo(SECOND_CODER)).unwrap();
    let sample = repo("assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt");
    let text = text.replace(
        "path: \"../assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt\"",
        &format!("path: {:?}", sample.display().to_string()),
    );
    let text = text.replacen("author: \"Lucía Fernández\"", "author: \"L. Fernández\"", 6);
    let split = dir.path().join("split.glosa.ron");
    fs::write(&split, &text).unwrap();
    let json = agreement_json(&[&repo(FIRST_CODER), &split], &[OUTSIDE]);
    assert_eq!(json["coders"], serde_json::json!(["Glosa example", "L. Fernández", "Lucía Fernández"]));

    let aliased = text.replacen(
        "    aliases: (\n        authors: [],",
        "    aliases: (\n        authors: [\n            (\"L. Fernández\", \"Lucía Fernández\"),\n        ],",
        1,
    );
    assert_ne!(aliased, text, "the aliases stanza is where the test expects it");
    fs::write(&split, &aliased).unwrap();
    let json = agreement_json(&[&repo(FIRST_CODER), &split], &[OUTSIDE]);
    assert_eq!(json["coders"], serde_json::json!(["Glosa example", "Lucía Fernández"]));
    let overall = &json["overall"];
    assert_eq!((three(overall, "cohen_kappa"), three(overall, "alpha_u")), ("0.752".to_owned(), "0.785".to_owned()));
}

#[test]
fn text_and_csv_show_the_same_figures() {
    let files = [repo(FIRST_CODER), repo(SECOND_CODER)];
    let text = glosa().arg("agreement").args(&files).arg(OUTSIDE).output().unwrap();
    assert!(text.status.success());
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("Agreement of 2 coders (Glosa example, Lucía Fernández) on 1 document"), "{text}");
    let overall = text.lines().find(|l| l.trim_start().starts_with("overall")).unwrap();
    let numbers: Vec<&str> = overall.split_whitespace().skip(1).collect();
    assert_eq!(numbers, ["0.982", "0.752", "0.752", "0.785", "0.696"]);
    assert!(text.contains("Disagreements (5):"));
    assert!(text.contains("    Lucía Fernández: not coded with private-sector"));
    let csv = glosa().arg("agreement").args(&files).args(["--format", "csv", OUTSIDE]).output().unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // Six tags and the overall row, for the document and pooled.
    assert_eq!(rows.len(), 14);
    let pooled_overall = rows.iter().find(|r| &r[0] == "pooled" && &r[2] == "(overall)").unwrap();
    assert_eq!(&pooled_overall[6], "0.752332");
    assert_eq!(&pooled_overall[7], "");
}

/// Three coders: a third file made with the CLI; Fleiss' κ is defined, Cohen's κ
/// is per pair.
#[test]
fn three_coders_get_fleiss_kappa_and_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("brief.txt");
    fs::copy(repo("assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt"), &doc).unwrap();
    let third = dir.path().join("third.glosa.ron");
    glosa()
        .arg("annotate")
        .arg(&doc)
        .arg("--annotations")
        .arg(&third)
        .args(["--author", "Kwame Mensah", "--tag", "governments", "--quote", "que permita a los gobiernos cumplir"])
        .assert()
        .success();
    let json = agreement_json(&[&repo(FIRST_CODER), &repo(SECOND_CODER), &third], &["--tag", "governments", OUTSIDE]);
    assert_eq!(json["coders"], serde_json::json!(["Glosa example", "Kwame Mensah", "Lucía Fernández"]));
    // The third file names another copy of the same text: one document.
    assert_eq!(json["documents"].as_array().unwrap().len(), 1);
    let governments = &json["tags"]["governments"];
    assert!(governments["fleiss_kappa"].is_f64());
    assert_eq!(
        three(governments, "cohen_kappa"),
        "null (Cohen's kappa compares two coders: see the coder pairs and Fleiss' kappa)"
    );
    assert_eq!(governments["pairs"].as_array().unwrap().len(), 3);
    assert_eq!(governments["units"], serde_json::json!({"Glosa example": 2, "Kwame Mensah": 1, "Lucía Fernández": 4}));
    // --coders chooses and orders.
    let two = agreement_json(
        &[&repo(FIRST_CODER), &repo(SECOND_CODER), &third],
        &["--coders", "Lucía Fernández,Glosa example", OUTSIDE],
    );
    assert_eq!(two["coders"], serde_json::json!(["Lucía Fernández", "Glosa example"]));
    assert_eq!(three(&two["overall"], "cohen_kappa"), "0.752");
}

/// Annotations made before the document changed are compared if they are found
/// exactly in the new text; those that are not are listed as excluded.
#[test]
fn after_the_document_changed_only_exactly_reanchored_annotations_are_compared() {
    let (dir, doc, ids) = generated(&[300, 200]);
    let (a, b) = (dir.path().join("a.glosa.ron"), dir.path().join("b.glosa.ron"));
    code(&doc, &a, "Ana", "governments", &ids[0], (10, 60));
    code(&doc, &a, "Ana", "governments", &ids[1], (20, 80));
    code(&doc, &b, "Ben", "governments", &ids[0], (10, 60));
    // A new first paragraph, and the second paragraph rewritten where Ana coded it.
    let old = fs::read_to_string(&doc).unwrap();
    let (first, second) = old.split_once("\n\n").unwrap();
    let rewritten: String =
        second.chars().take(15).chain("Texto enteramente nuevo y distinto en esta parte del párrafo".chars()).collect();
    fs::write(&doc, format!("Nota de la edición revisada\n\n{first}\n\n{rewritten}")).unwrap();
    let json = agreement_json(&[&a, &b], &[]);
    let excluded: Vec<(&str, &str)> = json["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["coder"].as_str().unwrap(), e["reason"].as_str().unwrap()))
        .collect();
    assert_eq!(excluded, [("Ana", "orphaned")]);
    // The re-anchored pair agrees fully.
    assert_eq!(three(&json["overall"], "alpha_u"), "1.000");
    assert_eq!(json["tags"]["governments"]["units"], serde_json::json!({"Ana": 1, "Ben": 1}));
}

#[test]
fn errors_name_the_file_and_exit_2() {
    let missing = repo("saves/no-such-file.glosa.ron");
    glosa().arg("agreement").arg(&missing).assert().code(2).stderr(
        predicates::str::starts_with("glosa: cannot read annotations (")
            .and(predicates::str::contains("no-such-file.glosa.ron")),
    );
    glosa().arg("agreement").arg(repo(FIRST_CODER)).args(["--threshold", "1.5"]).assert().code(2);
    glosa().arg("agreement").arg(repo(FIRST_CODER)).args(["--threshold", "90%", OUTSIDE]).assert().success();
    glosa()
        .arg("agreement")
        .args([repo(FIRST_CODER), repo(SECOND_CODER)])
        .args(["--coders", "Glosa example,Nadie", OUTSIDE])
        .assert()
        .code(2)
        .stderr(format!(
            "glosa: no annotations by coder `Nadie` (coders found: Glosa example, Lucía Fernández); searched: {}, {}\n",
            repo(FIRST_CODER).display(),
            repo(SECOND_CODER).display()
        ));
    glosa()
        .arg("agreement")
        .arg(repo(FIRST_CODER))
        .args(["--tag", "media", OUTSIDE])
        .assert()
        .code(2)
        .stderr(format!("glosa: no tag `media` in the annotation file: {}\n", repo(FIRST_CODER).display()));
    let empty = tempfile::tempdir().unwrap();
    glosa()
        .arg("agreement")
        .arg("--project")
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no annotation files (*.glosa.ron) in the project folder"));
    glosa().arg("agreement").assert().code(2);
    // A file whose document is gone.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.glosa.ron");
    fs::copy(repo(FIRST_CODER), &copy).unwrap();
    glosa().arg("agreement").arg(&copy).arg(OUTSIDE).assert().code(2).stderr(
        predicates::str::contains("cannot open the document that")
            .and(predicates::str::contains("copy.glosa.ron annotates")),
    );
    // …unless --document says where it is.
    glosa()
        .arg("agreement")
        .arg(&copy)
        .arg("--document")
        .arg(repo("assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt"))
        .assert()
        .success();
}

/// `glosa agreement ARGS…`, its exit code, stdout and stderr.
fn agreement_run(args: &[&Path], extra: &[&str]) -> (i32, String, String) {
    let output = glosa().arg("agreement").args(args).args(extra).output().unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (output.status.code().unwrap(), text(output.stdout), text(output.stderr))
}

/// Three coders on a paragraph of 400 code points: "Fernández, Lucía" [0,40),
/// "Smith, J." [0,42) (a match), Ana [40,80) (matched by nobody).
fn three_surname_first_coders() -> (TempDir, [PathBuf; 3]) {
    let (dir, doc, ids) = generated(&[400]);
    let files = ["f", "s", "a"].map(|n| dir.path().join(format!("{n}.glosa.ron")));
    code(&doc, &files[0], "Fernández, Lucía", "governments", &ids[0], (0, 40));
    code(&doc, &files[1], "Smith, J.", "governments", &ids[0], (0, 42));
    code(&doc, &files[2], "Ana", "governments", &ids[0], (40, 80));
    (dir, files)
}

/// Issue 11 §1: "Surname, First" names can be chosen, one per `--coders` or in
/// the comma list (neighbours joined when that is a coder's name), and lists of
/// them are separated by "; ".
#[test]
fn coders_whose_names_contain_a_comma() {
    let (_dir, files) = three_surname_first_coders();
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let both = serde_json::json!(["Fernández, Lucía", "Smith, J."]);
    let repeated = agreement_json(&paths, &["--coders", "Fernández, Lucía", "--coders", "Smith, J."]);
    assert_eq!(repeated["coders"], both);
    let listed = agreement_json(&paths, &["--coders", "Fernández, Lucía,Smith, J."]);
    assert_eq!(listed, repeated);
    assert_eq!(three(&listed["overall"], "segments_matched"), "1.000");
    // Names without commas still go in one comma list.
    let plain = agreement_json(&paths, &["--coders", "Ana,Smith, J."]);
    assert_eq!(plain["coders"], serde_json::json!(["Ana", "Smith, J."]));
    let (code, out, _) = agreement_run(&paths, &["--coders", "Fernández, Lucía,Smith, J."]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().next().unwrap(),
        "Agreement of 2 coders (Fernández, Lucía; Smith, J.) on 1 document; segments match at 90% overlap of the longer"
    );
    for empty in [",Ana", "Ana,,Smith, J.", " "] {
        let (code, _, err) = agreement_run(&paths, &["--coders", empty]);
        assert_eq!(code, 2, "{empty:?}");
        assert_eq!(
            err,
            format!(
                "glosa: --coders `{empty}` has an empty name: give names separated by commas, or one name per --coders\n"
            )
        );
    }
    let (code, _, err) = agreement_run(&paths, &["--coders", "Ana,Nadie"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "glosa: no annotations by coder `Nadie` (coders found: Ana; Fernández, Lucía; Smith, J.); searched: "
        ),
        "{err}"
    );
}

/// Issue 11 §1 and §3: three coders' segments (Fernández and Smith match each
/// other, Ana's matches nobody): 2 of 3 segments matched by another coder, the
/// pairs 2/2, 0/2, 0/2.
#[test]
fn three_coders_segments_figure_counts_each_segment_once() {
    let (_dir, files) = three_surname_first_coders();
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let json = agreement_json(&paths, &[]);
    let governments = &json["tags"]["governments"];
    assert_eq!(three(governments, "segments_matched"), "0.667");
    let pairs: Vec<(String, String)> = governments["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["coders"].to_string(), three(p, "segments_matched")))
        .collect();
    assert_eq!(
        pairs,
        [
            (r#"["Ana","Fernández, Lucía"]"#.to_owned(), "0.000".to_owned()),
            (r#"["Ana","Smith, J."]"#.to_owned(), "0.000".to_owned()),
            (r#"["Fernández, Lucía","Smith, J."]"#.to_owned(), "1.000".to_owned()),
        ]
    );
}

/// Issue 11 §8: a coder pair's CSV row says why its Fleiss' κ and α are empty.
#[test]
fn csv_pair_rows_say_why_values_are_empty() {
    let (_dir, files) = three_surname_first_coders();
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (code, csv, _) = agreement_run(&paths, &["--format", "csv"]);
    assert_eq!(code, 0);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let pair =
        rows.iter().find(|r| &r[0] == "document" && &r[2] == "governments" && &r[3] == "Fernández, Lucía;Smith, J.");
    let pair = pair.unwrap();
    assert_eq!((&pair[7], &pair[8]), ("", ""));
    assert_eq!(&pair[11], "Fleiss' kappa and alpha (char) are computed for all the coders together, not per pair");
    // Every empty value has its reason.
    for row in &rows {
        let empty = (5..11).any(|i| row[i].is_empty());
        assert!(!empty || !row[11].is_empty(), "{row:?}");
    }
}

/// Issue 11 §1: `--tag a --tag a` is one row and the overall figures do not change.
#[test]
fn a_repeated_tag_counts_once() {
    let files = [repo(FIRST_CODER), repo(SECOND_CODER)];
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let once = agreement_json(&paths, &["--tag", "governments", "--tag", "private-sector", OUTSIDE]);
    let twice =
        agreement_json(&paths, &["--tag", "governments", "--tag", "private-sector", "--tag", "governments", OUTSIDE]);
    assert_eq!(twice, once);
    assert_eq!(three(&twice["overall"], "alpha_u"), "0.843"); // main printed 0.863 with the tag twice
    let (code, text, _) =
        agreement_run(&paths, &["--tag", "governments", "--tag", "governments", "--tag", "private-sector", OUTSIDE]);
    assert_eq!(code, 0);
    assert_eq!(text.lines().filter(|l| l.trim_start().starts_with("governments ")).count(), 1, "{text}");
}

/// Issue 11 §2 and §11: a file without annotations adds no coder, and says so;
/// with fewer than two coders one line says why every value is undefined.
#[test]
fn a_file_without_annotations_adds_no_coder() {
    let (dir, doc, ids) = generated(&[400]);
    let (ana, empty) = (dir.path().join("ana.glosa.ron"), dir.path().join("empty.glosa.ron"));
    code(&doc, &ana, "Ana", "governments", &ids[0], (0, 40));
    code(&doc, &empty, "Ben", "governments", &ids[0], (0, 40));
    let mut file = glosa::persist::annotations::load(&empty).unwrap();
    file.annotations.clear();
    glosa::persist::annotations::save(&empty, &file).unwrap();
    let (code, out, err) = agreement_run(&[&ana, &empty], &[]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Agreement of 1 coder (Ana) on 1 document;"), "{out}");
    assert!(out.contains("doc — "), "{out}");
    assert!(out.contains(" (1 paragraph, 400 code points)\n"), "{out}");
    assert_eq!(
        err,
        format!(
            "glosa: warning: {} has no annotations: it adds no coder\n\
             glosa: note: every value is undefined: only one coder (Ana) has annotations in these files\n",
            empty.display()
        )
    );
    let (code, out, err) = agreement_run(&[&empty], &[]);
    assert_eq!(code, 0);
    assert!(out.starts_with("Agreement of 0 coders on 1 document;"), "{out}");
    assert!(err.ends_with("glosa: note: every value is undefined: no file has annotations, so there are no coders\n"));
    let (_, _, err) = agreement_run(&[&ana, &empty], &["--coders", "Ana"]);
    assert!(
        err.ends_with("glosa: note: every value is undefined: --coders chose one coder (Ana); agreement needs two\n")
    );
}

/// Issue 11 §4: thresholds print as given, without float noise; ones below a
/// millionth or finer than that are refused with the reason.
#[test]
fn thresholds_print_exactly_and_tiny_or_too_fine_ones_are_refused() {
    let files = [repo(FIRST_CODER), repo(SECOND_CODER)];
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    for (given, shown) in [("0.9%", "0.9%"), ("1e-6", "0.0001%"), ("0.75", "75%"), ("12.5%", "12.5%")] {
        let (code, out, _) = agreement_run(&paths, &["--threshold", given, OUTSIDE]);
        assert_eq!(code, 0, "{given}");
        let first = out.lines().next().unwrap();
        assert!(first.ends_with(&format!("segments match at {shown} overlap of the longer")), "{first}");
    }
    for tiny in ["1e-300", "5e-324", "0.00001%"] {
        let (code, _, err) = agreement_run(&paths, &["--threshold", tiny, OUTSIDE]);
        assert_eq!(code, 2);
        assert!(err.contains(&format!("`{tiny}` is below the smallest threshold, 0.0001% (0.000001)")), "{err}");
    }
    let (code, _, err) = agreement_run(&paths, &["--threshold", "0.1234567", OUTSIDE]);
    assert_eq!(code, 2);
    assert!(
        err.contains(
            "`0.1234567` has more decimals than a threshold keeps (whole millionths, 0.0001%): give 12.3457% or 0.123457"
        ),
        "{err}"
    );
}

/// Issue 11 §5: a disagreement crossing a paragraph break names both paragraphs.
#[test]
fn a_disagreement_across_paragraphs_names_both() {
    let (dir, doc, ids) = generated(&[60, 50]);
    let (a, b) = (dir.path().join("a.glosa.ron"), dir.path().join("b.glosa.ron"));
    // Ana's one highlight runs from ¶1 40 to ¶2 11: two segments of one annotation.
    code(&doc, &a, "Ana", "governments", &ids[0], (40, 60));
    code(&doc, &a, "Ana", "governments", &ids[1], (0, 11));
    let mut file = glosa::persist::annotations::load(&a).unwrap();
    let second = file.annotations.pop().unwrap();
    file.annotations[0].segments.extend(second.segments);
    glosa::persist::annotations::save(&a, &file).unwrap();
    code(&doc, &b, "Ben", "civil-society", &ids[1], (30, 40));
    let (code, out, _) = agreement_run(&[&a, &b], &[]);
    assert_eq!(code, 0);
    assert!(out.contains("\n  ¶1 40 – ¶2 11  one coder only\n"), "{out}");
    assert!(out.contains("\n  ¶2 30..40  one coder only\n"), "{out}");
    let json = agreement_json(&[&a, &b], &[]);
    let first = &json["disagreements"][0];
    assert_eq!((first["ordinal"].as_u64(), first["start"].as_u64()), (Some(1), Some(40)));
    assert_eq!((first["end_ordinal"].as_u64(), first["end"].as_u64()), (Some(2), Some(11)));
    assert_eq!(first["end_paragraph"].as_str(), Some(ids[1].as_str()));
}

/// Issue 11 §6 and §10: in a project, a file that cannot be read is left out with
/// a warning naming it; the advice for a document outside the folder does not
/// name --document, which --project rules out.
#[test]
fn a_project_skips_a_bad_file_and_gives_advice_it_can_take() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("saves");
    fs::create_dir_all(dir.path().join("assets/samples")).unwrap();
    fs::create_dir(&project).unwrap();
    let sample = "assets/samples/itu-wtpf13-enhanced-cooperation-brief.es.txt";
    fs::copy(repo(sample), dir.path().join(sample)).unwrap();
    for file in [FIRST_CODER, SECOND_CODER] {
        fs::copy(repo(file), dir.path().join(file)).unwrap();
    }
    let fake = project.join("fake.glosa.ron");
    fs::write(&fake, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let project_arg = project.to_str().unwrap();
    let (code, out, err) = agreement_run(&[], &["--project", project_arg, OUTSIDE, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        format!("glosa: warning: left out: {} is not a Glosa annotation file (not UTF-8 text)\n", fake.display())
    );
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(three(&json["overall"], "alpha_u"), "0.785");
    // Without --allow-outside-folder every file is left out, and the advice fits --project.
    let (code, _, err) = agreement_run(&[], &["--project", project_arg]);
    assert_eq!(code, 2);
    assert!(
        err.contains("not opened (pass --allow-outside-folder to follow the path, or add the document to the project)")
    );
    assert!(!err.contains("--document"), "{err}");
    assert!(err.ends_with("glosa: none of the project's 3 annotation files could be used (see the warnings above)\n"));
    // A file named on the command line is still an error.
    let (code, _, _) = agreement_run(&[&fake], &["--project", project_arg, OUTSIDE]);
    assert_eq!(code, 2);
}

/// Issue 11 §7: an unknown tag names every file searched.
#[test]
fn an_unknown_tag_names_every_file() {
    let (_dir, files) = three_surname_first_coders();
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let (code, _, err) = agreement_run(&paths, &["--tag", "nope"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        format!(
            "glosa: no tag `nope` in any of the 3 annotation files: {}, {}, {}\n",
            files[0].display(),
            files[1].display(),
            files[2].display()
        )
    );
}

/// Issue 11 §9: `agreement` warns as `check` does about a file's duplicate
/// annotation IDs and tags missing from its tag set.
#[test]
fn agreement_warns_as_check_does() {
    let (dir, doc, ids) = generated(&[400]);
    let (a, b) = (dir.path().join("a.glosa.ron"), dir.path().join("b.glosa.ron"));
    code(&doc, &a, "Ana", "governments", &ids[0], (0, 40));
    code(&doc, &a, "Ana", "civil-society", &ids[0], (100, 140));
    code(&doc, &b, "Ben", "governments", &ids[0], (0, 40));
    let text = fs::read_to_string(&a).unwrap();
    let file = glosa::persist::annotations::load(&a).unwrap();
    let (first, second) = (file.annotations[0].id.to_string(), file.annotations[1].id.to_string());
    let edited =
        text.replace(&second, &first).replace("\"civil-society\",\n            ]", "\"media\",\n            ]");
    assert_eq!(edited.matches(&first).count(), 2);
    assert!(edited.contains("\"media\""));
    fs::write(&a, edited).unwrap();
    let (code, _, err) = agreement_run(&[&a, &b], &[]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with(&format!("glosa: warning: two annotations had the ID {first}: the second is kept as "))
    );
    assert!(lines[0].ends_with(&format!(": {}", a.display())));
    assert_eq!(
        lines[1],
        format!("glosa: warning: 1 annotation uses tags not in the file's tag set: media: {}", a.display())
    );
    // The same lines as `glosa check`.
    let check = glosa().arg("check").arg(&a).output().unwrap();
    let check = String::from_utf8(check.stderr).unwrap();
    assert_eq!(check.lines().nth(1), Some(lines[1]));
}
