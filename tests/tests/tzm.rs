//! Tamazight (Tifinagh) is complete for every public page and mail.
//!
//! **Which messages are public.** A message is *back-office only* when every source file
//! that names it (its id as a string literal, or a `format!` prefix such as
//! `"pet-status-{}"` that its id starts with) is a back-office file: a path containing
//! `/admin` (the commune's staff pages and routes), `owner.rs` (a consultation's service),
//! `officer` (information and complaint officers), `platform` (the national directorate)
//! or `evaluate.rs` (the co-creation evaluators). Demo-data and CLI files do not count.
//! Every other message of `locales/fr/*.ftl` (named by a public page, a form, a service
//! error a citizen can meet, a feed, a receipt or a mail, or named nowhere) is public and
//! must exist in `locales/tzm/` under the same file. The rule follows the code: a message
//! moved from an admin view to a public one becomes public without editing this test.
//! The back office may stay in Arabic and French (issue 18); `tzm` translates it too
//! today, but only the public part is required here.
//!
//! The tests:
//! - `every_public_message_exists_in_tamazight`: the ids, file by file;
//! - `tamazight_messages_keep_the_french_variables`: same `{ $variables }` as French, and
//!   the text is in Tifinagh (not a copied French sentence);
//! - `tamazight_files_follow_the_french_order`: same order as the French file;
//! - `public_pages_in_tamazight_show_no_french_fallback`: with the demo data and the
//!   `tzm` language chosen, every public page reachable from the registered GET routes
//!   and their links is fetched (anonymous and signed-in citizen) and none contains a
//!   French sentence of `locales/fr` (what the i18n layer shows when `tzm` lacks an id).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use musharaka_cli::demo::DEMO_PASSWORD;
use musharaka_tests::{fill_route, on_every_demo, Client};

fn locales(lang: &str) -> BTreeMap<String, String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales");
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(format!("{dir}/{lang}")).expect("locales dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            files.insert(name, std::fs::read_to_string(path).expect("ftl"));
        }
    }
    files
}

/// The messages of one Fluent file: id → its whole source (value, variants, attributes).
fn messages(source: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in source.lines() {
        if line.starts_with(|c: char| c.is_ascii_lowercase()) {
            if let Some((id, value)) = line.split_once('=') {
                out.push((id.trim().to_string(), value.to_string()));
                continue;
            }
        }
        // An indented line, or a select expression's closing brace, continues the message.
        if line.starts_with(' ') || line.starts_with('}') {
            if let Some((_, text)) = out.last_mut() {
                text.push('\n');
                text.push_str(line);
            }
        } else if !line.trim().is_empty() {
            // A comment or a blank line ends the message.
            out.push((String::new(), String::new()));
        }
    }
    out.retain(|(id, _)| !id.is_empty());
    out
}

/// A source file read by the public/back-office rule, with whether it is back office.
struct Source {
    back_office: bool,
    text: String,
}

fn sources() -> Vec<Source> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../crates")),
        &mut files,
    );
    files
        .into_iter()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .filter(|p| p.contains("/src/") && !p.contains("/demo") && !p.ends_with("/cli.rs"))
        .map(|p| Source {
            back_office: ["/admin", "owner.rs", "officer", "platform", "evaluate.rs"]
                .iter()
                .any(|m| p.contains(m)),
            text: std::fs::read_to_string(p).expect("source"),
        })
        .collect()
}

/// The public ids of `locales/fr` by the rule of the module documentation.
struct PublicRule {
    /// id or id prefix → named by at least one public file
    names: BTreeMap<String, bool>,
    prefixes: BTreeMap<String, bool>,
}

impl PublicRule {
    fn new() -> Self {
        let exact = regex_lite::Regex::new(r#""([a-z][a-z0-9_]*-[A-Za-z0-9_-]*)""#).unwrap();
        let prefix = regex_lite::Regex::new(r#""([a-z][a-z0-9_]*-[a-z0-9_-]*)\{"#).unwrap();
        let mut rule = PublicRule {
            names: BTreeMap::new(),
            prefixes: BTreeMap::new(),
        };
        for source in sources() {
            for c in exact.captures_iter(&source.text) {
                let id = c[1].to_string();
                let map = if id.ends_with('-') {
                    &mut rule.prefixes
                } else {
                    &mut rule.names
                };
                *map.entry(id).or_default() |= !source.back_office;
            }
            for c in prefix.captures_iter(&source.text) {
                *rule.prefixes.entry(c[1].to_string()).or_default() |= !source.back_office;
            }
        }
        rule
    }

    fn is_public(&self, id: &str) -> bool {
        let mut named = false;
        let mut public = false;
        if let Some(p) = self.names.get(id) {
            named = true;
            public |= p;
        }
        for (prefix, p) in &self.prefixes {
            if id.starts_with(prefix.as_str()) {
                named = true;
                public |= p;
            }
        }
        public || !named
    }
}

fn variables(text: &str) -> BTreeSet<String> {
    let re = regex_lite::Regex::new(r"\$([A-Za-z_][A-Za-z0-9_-]*)").unwrap();
    re.captures_iter(text).map(|c| c[1].to_string()).collect()
}

#[test]
fn every_public_message_exists_in_tamazight() {
    musharaka_core::i18n::I18n::load().expect("every locale parses");
    let fr = locales("fr");
    let tzm = locales("tzm");
    let rule = PublicRule::new();
    let mut missing = Vec::new();
    let mut public = 0;
    for (file, source) in &fr {
        let have: BTreeSet<String> = tzm
            .get(file)
            .map(|s| messages(s).into_iter().map(|(id, _)| id).collect())
            .unwrap_or_default();
        for (id, _) in messages(source) {
            if rule.is_public(&id) {
                public += 1;
                if !have.contains(&id) {
                    missing.push(format!("{file}: {id}"));
                }
            }
        }
    }
    assert!(public > 1000, "only {public} public ids: the rule is wrong");
    assert!(
        missing.is_empty(),
        "{} of {public} public messages missing in locales/tzm:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn tamazight_messages_keep_the_french_variables() {
    let fr: BTreeMap<String, String> = locales("fr").values().flat_map(|s| messages(s)).collect();
    let latin_word = regex_lite::Regex::new(r"\b[a-zà-ÿ]{4,}\b").unwrap();
    let mut wrong = Vec::new();
    for (file, source) in locales("tzm") {
        for (id, text) in messages(&source) {
            let Some(original) = fr.get(&id) else {
                wrong.push(format!("{file}: {id} does not exist in French"));
                continue;
            };
            if variables(&text) != variables(original) {
                wrong.push(format!(
                    "{file}: {id} uses {:?}, French {:?}",
                    variables(&text),
                    variables(original)
                ));
            }
            // Text without its placeables and selector keys: must not be French.
            let plain = regex_lite::Regex::new(r"\{[^{}]*\}|\*?\[[a-z_0-9]+\]")
                .unwrap()
                .replace_all(&text, " ");
            let has_tifinagh = plain
                .chars()
                .any(|c| ('\u{2D30}'..='\u{2D7F}').contains(&c));
            if latin_word.is_match(&plain.to_lowercase())
                && !has_tifinagh
                && plain.trim() != original.trim()
            {
                wrong.push(format!("{file}: {id} has Latin text and no Tifinagh"));
            }
            if !has_tifinagh && plain.trim() == original.trim() && latin_word.is_match(&plain) {
                // A copy of the French is allowed only for names and acronyms (no
                // lower-case word of four letters or more).
                wrong.push(format!("{file}: {id} is the French text"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Each `locales/tzm/X.ftl` keeps the ids of `locales/fr/X.ftl` in the same order, so
/// that appending a message to both files merges cleanly.
#[test]
fn tamazight_files_follow_the_french_order() {
    let tzm = locales("tzm");
    let mut wrong = Vec::new();
    for (file, source) in locales("fr") {
        let order: Vec<String> = messages(&source).into_iter().map(|(id, _)| id).collect();
        let ours: Vec<String> = tzm
            .get(&file)
            .map(|s| messages(s).into_iter().map(|(id, _)| id).collect())
            .unwrap_or_default();
        let expected: Vec<&String> = order.iter().filter(|id| ours.contains(id)).collect();
        let actual: Vec<&String> = ours.iter().collect();
        if expected != actual {
            let at = expected
                .iter()
                .zip(&actual)
                .position(|(a, b)| a != b)
                .unwrap_or(expected.len().min(actual.len()));
            wrong.push(format!(
                "{file}: from {:?} (French order has {:?})",
                actual.get(at),
                expected.get(at)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The text of the demo-data sources (`crates/*/src/demo*`): the demo commune's own
/// content (project titles, a body's name, minutes) is written in French and Arabic by its
/// staff, as on a real commune; a French sentence found there is user content, not a
/// missing translation.
fn demo_text() -> String {
    fn walk(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.to_string_lossy().contains("/demo")
                && path.extension().is_some_and(|e| e == "rs")
            {
                out.push_str(&std::fs::read_to_string(path).expect("demo source"));
            }
        }
    }
    let mut out = String::new();
    walk(
        std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../crates")),
        &mut out,
    );
    out
}

/// French sentences (two words or more, at least 12 characters) of the public messages,
/// which do not also occur in a Tamazight message (a name, an acronym) nor in the demo
/// data (see [`demo_text`]).
fn french_fragments() -> Vec<String> {
    let demo = demo_text();
    let tzm_text: String = locales("tzm")
        .values()
        .flat_map(|s| messages(s))
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join("\n");
    let placeable = regex_lite::Regex::new(r"\{[^{}]*\}").unwrap();
    let syntax = regex_lite::Regex::new(r"\*?\[[a-z_0-9]+\]|->|[{}]|\.[a-z-]+ =").unwrap();
    let word = regex_lite::Regex::new(r"[A-Za-zÀ-ÿ]{3,}").unwrap();
    let rule = PublicRule::new();
    let mut out = BTreeSet::new();
    for source in locales("fr").values() {
        for (id, text) in messages(source) {
            if !rule.is_public(&id) {
                continue;
            }
            let mut text = text;
            // Innermost placeables first, until only selector text is left.
            loop {
                let next = placeable.replace_all(&text, "\u{1}").to_string();
                if next == text {
                    break;
                }
                text = next;
            }
            let text = syntax.replace_all(&text, "\u{1}");
            for piece in text.split(['\u{1}', '\n']) {
                let piece = piece.trim();
                if piece.chars().count() >= 12
                    && word.find_iter(piece).count() >= 2
                    && !tzm_text.contains(piece)
                    && !demo.contains(piece)
                {
                    out.insert(piece.to_string());
                }
            }
        }
    }
    out.into_iter().collect()
}

fn unescape(html: &str) -> String {
    html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn is_public_path(path: &str) -> bool {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let second = path.trim_start_matches('/').split('/').nth(1).unwrap_or("");
    !(first == "admin"
        || second == "admin"
        || [
            "api", "assets", "uploads", "lang", "healthz", "readyz", "metrics", "logout",
        ]
        .contains(&first))
}

#[test]
fn public_pages_in_tamazight_show_no_french_fallback() {
    let fragments = french_fragments();
    assert!(fragments.len() > 300, "{} fragments", fragments.len());
    on_every_demo(|app| {
        let mut visitors: Vec<(&str, Client)> = vec![
            ("anonymous", app.client()),
            (
                "citizen",
                app.signed_in("citizen@demo.musharaka.ma", DEMO_PASSWORD),
            ),
        ];
        let seeds: Vec<String> = musharaka_web::routes::registered()
            .into_iter()
            .filter(|(method, _)| *method == "GET")
            .map(|(_, pattern)| {
                fill_route(&pattern, |name| match name {
                    "slug" => "taroudant",
                    "code" => "tzm",
                    _ => "1",
                })
            })
            .filter(|p| is_public_path(p))
            .chain(["/".to_string(), "/taroudant".to_string()])
            .collect();
        let href = regex_lite::Regex::new(r##"href="(/[^"#?]*)"##).unwrap();
        let mut french = BTreeMap::<String, Vec<String>>::new();
        let mut pages = 0;
        for (who, client) in &mut visitors {
            let r = client.get("/lang/tzm");
            assert_eq!(r.status, 303, "/lang/tzm");
            let mut seen: BTreeSet<String> = seeds.iter().cloned().collect();
            let mut queue: VecDeque<String> = seeds.iter().cloned().collect();
            while let Some(path) = queue.pop_front() {
                let r = client.get(&path);
                let html = r
                    .header("content-type")
                    .is_some_and(|c| c.starts_with("text/html"));
                if !html || r.status >= 500 {
                    assert!(r.status < 500, "{who} GET {path}: {}", r.status);
                    continue;
                }
                pages += 1;
                if r.status == 200 {
                    assert!(r.body.contains(r#"lang="tzm""#), "{who} {path}: not tzm");
                }
                let body = unescape(&r.body);
                for f in &fragments {
                    if body.contains(f.as_str()) {
                        french
                            .entry(f.clone())
                            .or_default()
                            .push(format!("{who} {path}"));
                    }
                }
                for link in href.captures_iter(&r.body) {
                    let link = unescape(&link[1]);
                    if is_public_path(&link) && seen.len() < 1500 && seen.insert(link.clone()) {
                        queue.push_back(link);
                    }
                }
            }
        }
        assert!(pages > 100, "only {pages} pages crawled");
        let report: Vec<String> = french
            .iter()
            .map(|(f, at)| format!("{f:?} on {} pages, e.g. {}", at.len(), at[0]))
            .collect();
        assert!(
            french.is_empty(),
            "{} French sentences on {pages} tzm pages:\n{}",
            french.len(),
            report.join("\n")
        );
    });
}
