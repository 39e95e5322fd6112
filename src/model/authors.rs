//! Authors and author aliases: which author names are one person.
//!
//! An annotation's `author` is a free name typed on each installation ("Ana K."
//! on a laptop, "ana.k@example.org" on a desktop). Names never decide identity by
//! themselves (issue 10): a user confirms that two names are one person, and the
//! pair is recorded in the annotation file ([`super::Annotations::author_aliases`],
//! grow-only, a merge takes the union). A pair `(alias, name)` reads "`alias` is
//! another name of `name`"; pairs chain (`a → b`, `b → c`: one person).
//!
//! Each group of names linked by pairs is one person, shown under one name chosen
//! without regard to the order the pairs were made or merged in: the smallest
//! (by code point order) of the group's names that is never the alias of a pair
//! (the name everyone was merged *into*), or the smallest name of the group when
//! every name is some pair's alias (a cycle). So two colleagues who merge the
//! same files see the same person names.

use std::collections::{BTreeMap, BTreeSet};

use super::agreement::Aliases;

/// Which person each aliased author name is (see the module docs). Names in no
/// pair are a person of their own, under their own name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct People {
    /// Each name of a pair, mapped to its person's name (itself included).
    person_of: BTreeMap<String, String>,
}

impl People {
    /// The people the alias pairs `(alias, name)` describe. O(p log p) in the
    /// number of pairs.
    pub fn from_aliases(pairs: &BTreeSet<(String, String)>) -> Self {
        // Union-find over the names of the pairs, by index.
        let mut names: BTreeMap<&str, usize> = BTreeMap::new();
        for (a, b) in pairs {
            for name in [a, b] {
                let next = names.len();
                names.entry(name.as_str()).or_insert(next);
            }
        }
        let mut parent: Vec<usize> = (0..names.len()).collect();
        for (a, b) in pairs {
            let (Some(&x), Some(&y)) = (names.get(a.as_str()), names.get(b.as_str())) else { continue };
            let (rx, ry) = (root(&mut parent, x), root(&mut parent, y));
            if rx != ry {
                parent[rx] = ry;
            }
        }
        let aliases: BTreeSet<&str> = pairs.iter().filter(|(a, b)| a != b).map(|(a, _)| a.as_str()).collect();
        // Per group: the smallest name that is no alias, else the smallest name.
        let mut chosen: BTreeMap<usize, (bool, &str)> = BTreeMap::new();
        for (&name, &i) in &names {
            let group = root(&mut parent, i);
            let candidate = (aliases.contains(name), name);
            chosen.entry(group).and_modify(|c| *c = (*c).min(candidate)).or_insert(candidate);
        }
        let person_of = names
            .iter()
            .map(|(&name, &i)| {
                let group = root(&mut parent, i);
                let person = chosen.get(&group).map_or(name, |(_, p)| p);
                (name.to_owned(), person.to_owned())
            })
            .collect();
        Self { person_of }
    }

    /// The name of the person `author` is: `author` itself unless an alias pair
    /// links it to others.
    pub fn person_of<'a>(&'a self, author: &'a str) -> &'a str {
        self.person_of.get(author).map_or(author, String::as_str)
    }

    /// Whether no alias links two names.
    pub fn is_empty(&self) -> bool {
        self.person_of.is_empty()
    }

    /// The author names linked to `person` by alias pairs (its own name
    /// included), sorted; empty when `person` is in no pair.
    pub fn names_of(&self, person: &str) -> Vec<&str> {
        self.person_of.iter().filter(|(_, p)| p.as_str() == person).map(|(n, _)| n.as_str()).collect()
    }

    /// The same people as coders for inter-coder agreement: every aliased name
    /// counts as its person's coder.
    pub fn coder_aliases(&self) -> Aliases {
        let mut aliases = Aliases::new();
        for (name, person) in &self.person_of {
            aliases.insert(name, person);
        }
        aliases
    }
}

/// The root of `i` in a union-find forest, halving paths on the way.
fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The pairs `pairs` with `alias` recorded as another name of `person` (nothing
/// changes when they are already one person, or the names are equal).
pub fn with_alias(pairs: &BTreeSet<(String, String)>, alias: &str, person: &str) -> BTreeSet<(String, String)> {
    let mut pairs = pairs.clone();
    let people = People::from_aliases(&pairs);
    if alias != person && people.person_of(alias) != people.person_of(person) {
        pairs.insert((alias.to_owned(), person.to_owned()));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
        list.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
    }

    #[test]
    fn an_alias_is_its_persons_name_and_others_are_themselves() {
        let people = People::from_aliases(&pairs(&[("Ana K.", "ana.k@example.org")]));
        assert_eq!(people.person_of("Ana K."), "ana.k@example.org");
        assert_eq!(people.person_of("ana.k@example.org"), "ana.k@example.org");
        assert_eq!(people.person_of("Kwame Mensah"), "Kwame Mensah");
        assert_eq!(people.names_of("ana.k@example.org"), ["Ana K.", "ana.k@example.org"]);
        assert!(people.names_of("Kwame Mensah").is_empty());
    }

    #[test]
    fn chains_are_one_person_named_by_the_name_merged_into() {
        let people =
            People::from_aliases(&pairs(&[("Ana K.", "ana.k@example.org"), ("ana.k@example.org", "Ana Karimova")]));
        for name in ["Ana K.", "ana.k@example.org", "Ana Karimova"] {
            assert_eq!(people.person_of(name), "Ana Karimova");
        }
        // Two branches merged into different names: the smallest non-alias name.
        let people = People::from_aliases(&pairs(&[("ana", "Ana K."), ("ana", "Ana Karimova")]));
        assert_eq!(people.person_of("Ana Karimova"), "Ana K.");
        // A cycle: the smallest name.
        let people = People::from_aliases(&pairs(&[("b", "a"), ("a", "b")]));
        assert_eq!(people.person_of("b"), "a");
    }

    #[test]
    fn with_alias_adds_a_pair_once_and_agreement_sees_one_coder() {
        let one = with_alias(&BTreeSet::new(), "Ana K.", "Ana");
        assert_eq!(one, pairs(&[("Ana K.", "Ana")]));
        assert_eq!(with_alias(&one, "Ana", "Ana K."), one, "already one person");
        assert_eq!(with_alias(&one, "Ana", "Ana"), one);
        let coders = People::from_aliases(&one).coder_aliases();
        assert_eq!(coders.coder_of("Ana K."), "Ana");
        assert_eq!(coders.coder_of("Ana"), "Ana");
        assert_eq!(coders.coder_of("Ben"), "Ben");
    }
}
