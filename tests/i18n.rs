//! The interface catalogues (`assets/i18n/LANG/*.ftl`): every language's file has
//! exactly the English file's keys, every catalogue parses, and every key the code asks for
//! with `t!` exists. When this fails, it names the keys to add or remove.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use glosa::t;
use glosa::ui::i18n::{self, Language};

/// Message IDs and `id.attribute` names defined in a catalogue.
fn keys(source: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut current = String::new();
    for line in source.lines() {
        let first = line.chars().next().unwrap_or(' ');
        if first.is_ascii_lowercase()
            && let Some((id, _)) = line.split_once('=')
        {
            id.trim().clone_into(&mut current);
            keys.insert(current.clone());
        } else if let Some(rest) = line.trim_start().strip_prefix('.')
            && first == ' '
            && let Some((attribute, _)) = rest.split_once('=')
        {
            keys.insert(format!("{current}.{}", attribute.trim()));
        }
    }
    keys
}

#[test]
fn every_catalogue_has_exactly_the_english_keys() {
    let english = keys(Language::English.catalogue());
    assert!(english.len() > 200, "{} keys in English", english.len());
    let mut problems = Vec::new();
    for language in Language::ALL {
        for ((path, text), (_, english_text)) in
            language.catalogue_files().iter().zip(Language::English.catalogue_files())
        {
            let (these, english) = (keys(text), keys(english_text));
            let missing: Vec<_> = english.difference(&these).collect();
            let extra: Vec<_> = these.difference(&english).collect();
            if !missing.is_empty() {
                problems.push(format!("{path} lacks {missing:?}"));
            }
            if !extra.is_empty() {
                problems.push(format!("{path} has keys the English file lacks: {extra:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_key_is_defined_in_two_files() {
    let files = Language::English.catalogue_files();
    let mut seen = BTreeSet::new();
    for (path, text) in files {
        for key in keys(text) {
            assert!(seen.insert(key.clone()), "{key} is defined twice (again in {path})");
        }
    }
}

#[test]
fn every_catalogue_parses_and_every_message_formats() {
    for language in Language::ALL {
        for (path, text) in language.catalogue_files() {
            if let Err((_, errors)) = FluentResource::try_new(text.to_owned()) {
                panic!("{path}: {errors:?}");
            }
        }
        for key in keys(language.catalogue()) {
            assert!(
                i18n::lookup(language, &key, None).is_some_and(|s| !s.trim().is_empty()),
                "{}: {key} has no text",
                language.code()
            );
        }
    }
}

/// `t!("key"…)` calls in `src/ui/` (but its documentation in `i18n.rs`), so a key used in code but absent from English fails
/// here rather than showing up as a raw key in the window.
#[test]
fn every_key_used_in_the_code_is_in_english() {
    let english = keys(Language::English.catalogue());
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                // String literals given to `t!(…)` or `tr(…)`, or in a `match` arm
                // (`Self::Save => "action-save"`), shaped like a catalogue key.
                let mut rest = source.as_str();
                while let Some(open) = rest.find('"') {
                    let before = rest[..open].trim_end();
                    let after = &rest[open + 1..];
                    let Some(close) = after.find('"') else { break };
                    let literal = &after[..close];
                    rest = &after[close + 1..];
                    // `message(`/`reason(`: the helpers of `src/ui/errors.rs`.
                    let call = before.ends_with("t!(")
                        || before.ends_with("tr(")
                        || before.ends_with("=>")
                        || before.ends_with("message(")
                        || before.ends_with("reason(");
                    // A file name such as "agreement-disagreements.csv" is no key.
                    let file_name = [".csv", ".md", ".json", ".ron", ".txt"].iter().any(|e| literal.ends_with(e));
                    let shaped = literal.contains('-')
                        && literal.chars().any(|c| c.is_ascii_lowercase())
                        && !file_name
                        && literal
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
                    if call && shaped {
                        used.insert((literal.to_owned(), path.display().to_string()));
                    }
                }
            }
        }
    }
    assert!(used.len() > 50, "only {} t!() calls found", used.len());
    let missing: Vec<_> = used.iter().filter(|(k, _)| !english.contains(k)).collect();
    assert!(missing.is_empty(), "keys used in code but missing in assets/i18n/en/*.ftl: {missing:?}");
}

#[test]
fn the_interface_speaks_each_language_with_its_plurals() {
    let expected = [
        (Language::English, "Save", "5 annotations"),
        (Language::Spanish, "Guardar", "5 anotaciones"),
        (Language::French, "Enregistrer", "5 annotations"),
        (Language::Russian, "Сохранить", "5 аннотаций"),
        (Language::Chinese, "保存", "5 条标注"),
        (Language::Arabic, "حفظ", "5 تعليقات"),
    ];
    for (language, save, five) in expected {
        i18n::set_language(language);
        // Right-to-left text comes in the visual order egui needs (see `i18n::shown`).
        assert_eq!(t!("action-save"), i18n::shown(save.to_owned()), "{language:?}");
        assert_eq!(t!("status-annotations", count = 5), i18n::shown(five.to_owned()), "{language:?}");
        // Placeables of a right-to-left language are isolated (FSI … PDI), the
        // marks left out of what is drawn.
        let logical = i18n::tr_args_logical("status-annotations", &[("count", 5.into())]);
        assert_eq!(glosa::ui::bidi::without_isolates(&logical), five, "{language:?}");
        assert_eq!(logical.contains('\u{2068}'), language.is_rtl(), "{language:?}: {logical:?}");
    }
    i18n::set_language(Language::English);
}

#[test]
fn the_wsis_groups_are_translated_unless_renamed() {
    let mut tags = glosa::model::TagSet::wsis_default();
    i18n::set_language(Language::French);
    let labels: Vec<String> = tags.tags().iter().map(i18n::tag_label).collect();
    assert_eq!(labels[0], "Gouvernements");
    assert_eq!(labels[2], "Société civile");
    let mut renamed = tags.tags()[0].clone();
    renamed.label = "States".to_owned();
    assert_eq!(i18n::tag_label(&renamed), "States");
    let _ = &mut tags;
    i18n::set_language(Language::English);
}
