//! The W3C Web Annotation Data Model test assertions (vendored in `tests/w3c/`, see
//! its README), run the way the W3C harness `JSONtest.js` runs them: every
//! assertion file is a draft-04 JSON Schema; the instance passes it when its
//! validity equals the assertion's `expectedResult` (default `valid`). An unexpected
//! result with `onUnexpectedResult` `failAndSkip`/`failAndAbort` skips the rest of
//! the list (none of the vendored lists uses them, but the harness honours them).
//! `uri` and `date-time` formats are checked, as ajv does.
//!
//! The `.test` files say what each list applies to: `annotationMusts.test` and the
//! annotation optionals to one Annotation (with its `@context`),
//! `collectionMusts.test` to one Annotation Collection, `pageMusts.test` to one
//! Annotation Page or a collection with an embedded page.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // each test crate uses part of it

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jsonschema::{Draft, Retrieve, Uri, Validator};
use serde_json::Value;

/// The folder of the vendored W3C files.
pub fn w3c_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/w3c")
}

/// Resolves `$ref`s such as `bodyTarget.json#/definitions/…` to the vendored
/// `definitions/` files, and nothing else (no network).
struct Definitions;

impl Retrieve for Definitions {
    fn retrieve(&self, uri: &Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.path().as_str().rsplit('/').next().unwrap_or_default().to_owned();
        let path = w3c_dir().join("definitions").join(&name);
        if name.is_empty() || !path.is_file() {
            return Err(format!("no vendored definition for {uri}").into());
        }
        Ok(serde_json::from_str(&std::fs::read_to_string(path)?)?)
    }
}

/// `must`, `should` or `may`, as the assertion file says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Must,
    Should,
    May,
}

/// One compiled assertion.
pub struct Assertion {
    /// The file, relative to `tests/w3c/`, e.g. `annotations/3.1-targetKeyFound.json`.
    pub file: String,
    pub level: Level,
    expected_valid: bool,
    stops: bool,
    pub error_message: String,
    validator: Validator,
}

impl Assertion {
    /// The file name without folder and `.json`, e.g. `3.1-targetKeyFound`.
    pub fn name(&self) -> &str {
        let base = self.file.rsplit('/').next().unwrap_or(&self.file);
        base.strip_suffix(".json").unwrap_or(base)
    }

    /// Whether `instance` passes, with the validator's errors when it does not.
    pub fn check(&self, instance: &Value) -> Result<(), String> {
        let valid = self.validator.is_valid(instance);
        if valid == self.expected_valid {
            return Ok(());
        }
        let errors: Vec<String> = self.validator.iter_errors(instance).take(3).map(|e| e.to_string()).collect();
        Err(format!("{} ({})", self.error_message, errors.join("; ")))
    }
}

/// The assertions of one `.test` file, in its order.
pub struct TestList {
    pub file: String,
    pub assertions: Vec<Assertion>,
}

impl TestList {
    /// Loads and compiles `tests/w3c/<file>`.
    pub fn load(file: &str) -> Self {
        let dir = w3c_dir();
        let test: Value = serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap();
        let assertions = test["assertions"]
            .as_array()
            .expect("a .test file lists assertions")
            .iter()
            .map(|entry| {
                let path = entry.as_str().expect("assertions are file names in the vendored lists");
                compile(path)
            })
            .collect();
        Self { file: file.to_owned(), assertions }
    }

    /// Runs every assertion on `instance`: (assertion name, result), in order.
    /// After an unexpected result whose `onUnexpectedResult` skips or aborts, the
    /// remaining assertions are reported as skipped (`Err("skipped")`).
    pub fn run<'a>(&'a self, instance: &Value) -> Vec<(&'a Assertion, Result<(), String>)> {
        let mut results = Vec::new();
        let mut stopped = false;
        for assertion in &self.assertions {
            if stopped {
                results.push((assertion, Err("skipped".to_owned())));
                continue;
            }
            let result = assertion.check(instance);
            stopped = result.is_err() && assertion.stops;
            results.push((assertion, result));
        }
        results
    }
}

fn compile(file: &str) -> Assertion {
    let text = std::fs::read_to_string(w3c_dir().join(file)).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    let level = match schema["assertionType"].as_str() {
        Some("must") => Level::Must,
        Some("should") => Level::Should,
        _ => Level::May,
    };
    let expected_valid = schema["expectedResult"].as_str() != Some("invalid");
    let stops = matches!(schema["onUnexpectedResult"].as_str(), Some("failAndSkip" | "failAndAbort"));
    let error_message = schema["errorMessage"].as_str().unwrap_or_default().to_owned();
    let validator = jsonschema::options()
        .with_draft(Draft::Draft4)
        .should_validate_formats(true)
        .with_base_uri("https://w3c.github.io/web-annotation-tests/definitions/")
        .with_retriever(Definitions)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{file} does not compile: {e}"));
    Assertion { file: file.to_owned(), level, expected_valid, stops, error_message, validator }
}

/// Every list of the W3C annotation-model tests, loaded once per test process.
pub struct Suite {
    pub annotation_musts: TestList,
    pub annotation_optionals: TestList,
    pub agent_optionals: TestList,
    pub collection_musts: TestList,
    pub collection_optionals: TestList,
    pub page_musts: TestList,
    pub page_optionals: TestList,
}

impl Suite {
    pub fn load() -> Self {
        Self {
            annotation_musts: TestList::load("annotations/annotationMusts.test"),
            annotation_optionals: TestList::load("annotations/annotationOptionals.test"),
            agent_optionals: TestList::load("annotations/annotationsAgentOptionals.test"),
            collection_musts: TestList::load("collections/collectionMusts.test"),
            collection_optionals: TestList::load("collections/collectionOptionals.test"),
            page_musts: TestList::load("collections/pages/pageMusts.test"),
            page_optionals: TestList::load("collections/pages/pageOptionals.test"),
        }
    }

    /// Number of MUST assertions over the three MUST lists.
    pub fn must_count(&self) -> usize {
        [&self.annotation_musts, &self.collection_musts, &self.page_musts].iter().map(|l| l.assertions.len()).sum()
    }

    /// Runs the lists on an exported collection as the W3C harness would be fed
    /// it: the collection lists and (when it embeds a page) the page lists on the
    /// collection, and the annotation lists on each annotation of the page made
    /// standalone (the collection's `@context` added, as when it is served alone).
    pub fn run_export(&self, collection: &Value) -> Report {
        let mut report = Report::default();
        // The page lists apply to a page, or a collection with an embedded page.
        let lists: &[&TestList] = if collection["first"].is_object() {
            &[&self.collection_musts, &self.collection_optionals, &self.page_musts, &self.page_optionals]
        } else {
            &[&self.collection_musts, &self.collection_optionals]
        };
        for list in lists {
            report.add(list, "collection", &list.run(collection));
        }
        let items = collection["first"]["items"].as_array().cloned().unwrap_or_default();
        for (i, item) in items.iter().enumerate() {
            let standalone = standalone(collection, item);
            let what = format!("annotation {i} ({})", item["id"]);
            for list in [&self.annotation_musts, &self.annotation_optionals, &self.agent_optionals] {
                report.add(list, &what, &list.run(&standalone));
            }
        }
        report
    }
}

/// `item` with the collection's `@context` first, as a standalone annotation.
pub fn standalone(collection: &Value, item: &Value) -> Value {
    let mut object = serde_json::Map::new();
    object.insert("@context".to_owned(), collection["@context"].clone());
    if let Some(fields) = item.as_object() {
        for (key, value) in fields {
            object.insert(key.clone(), value.clone());
        }
    }
    Value::Object(object)
}

/// Results by assertion: which instances failed it.
#[derive(Default)]
pub struct Report {
    /// assertion file → (level, failures as "instance: message")
    pub by_assertion: BTreeMap<String, (Level, Vec<String>)>,
}

impl Report {
    fn add(&mut self, list: &TestList, what: &str, results: &[(&Assertion, Result<(), String>)]) {
        let _ = list;
        for (assertion, result) in results {
            let entry =
                self.by_assertion.entry(assertion.file.clone()).or_insert_with(|| (assertion.level, Vec::new()));
            if let Err(message) = result {
                entry.1.push(format!("{what}: {message}"));
            }
        }
    }

    /// Failed assertions of `level`, with their failures.
    pub fn failed(&self, level: Level) -> Vec<(&str, &[String])> {
        self.by_assertion
            .iter()
            .filter(|(_, (l, failures))| *l == level && !failures.is_empty())
            .map(|(file, (_, failures))| (file.as_str(), failures.as_slice()))
            .collect()
    }

    /// Assertions of `level` that every instance passed.
    pub fn passed(&self, level: Level) -> Vec<&str> {
        self.by_assertion
            .iter()
            .filter(|(_, (l, failures))| *l == level && failures.is_empty())
            .map(|(file, _)| file.as_str())
            .collect()
    }
}

/// The path a `file:` IRI names (percent-decoded), `None` for other IRIs.
pub fn file_path(iri: &str) -> Option<PathBuf> {
    let path = iri.strip_prefix("file://")?;
    let decoded = percent_decode(path)?;
    Some(PathBuf::from(decoded))
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Checks every target of `collection` that has a `TextPositionSelector`: in the
/// file its `source` names, read with `decode`, the code points `start..end` are
/// the `TextQuoteSelector`'s `exact`, preceded by its `prefix` and followed by its
/// `suffix`. Returns the number of positions checked.
pub fn positions_select_quotes(collection: &Value, decode: impl Fn(&[u8]) -> String) -> usize {
    let mut checked = 0;
    let mut files: BTreeMap<PathBuf, Vec<char>> = BTreeMap::new();
    let items = collection["first"]["items"].as_array().cloned().unwrap_or_default();
    for item in &items {
        for target in item["target"].as_array().unwrap() {
            let selectors = target["selector"].as_array().unwrap();
            let Some(position) = selectors.iter().find(|s| s["type"] == "TextPositionSelector") else {
                continue;
            };
            let quote = selectors.iter().find(|s| s["type"] == "TextQuoteSelector").expect("a quote beside a position");
            let path = file_path(target["source"]["id"].as_str().unwrap()).expect("a file: IRI");
            let text =
                files.entry(path.clone()).or_insert_with(|| decode(&std::fs::read(&path).unwrap()).chars().collect());
            let (start, end) =
                (position["start"].as_u64().unwrap() as usize, position["end"].as_u64().unwrap() as usize);
            let exact: String = text[start..end].iter().collect();
            assert_eq!(exact, quote["exact"].as_str().unwrap(), "{} at {start}..{end}", path.display());
            let prefix = quote["prefix"].as_str().unwrap();
            let before: String = text[start - prefix.chars().count()..start].iter().collect();
            assert_eq!(before, prefix);
            let suffix = quote["suffix"].as_str().unwrap();
            let after: String = text[end..end + suffix.chars().count()].iter().collect();
            assert_eq!(after, suffix);
            checked += 1;
        }
    }
    checked
}
