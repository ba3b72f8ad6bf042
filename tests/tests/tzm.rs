//! Tamazight (Tifinagh) is complete for every public page and mail.
//!
//! **Which messages are public.** A message is *back-office only* when its id starts with
//! one of [`BACK_OFFICE`]'s prefixes: those are shown only under `/admin`, `/{slug}/admin`
//! (the commune's staff: secretariat, bureau, officers, evaluation committee) or on the
//! national directorate's platform pages. Every other message of `locales/fr/*.ftl` is
//! public (a public page, a form a citizen or an association fills, a feed, a receipt or
//! a mail) and must exist in `locales/tzm/` with the same file as its French original.
//! The back office may stay in Arabic and French (issue 18); today `tzm` translates it
//! too, but only the public part is a requirement checked here.
//!
//! The tests:
//! - `every_public_message_exists_in_tamazight`: the ids, file by file;
//! - `tamazight_messages_keep_the_french_variables`: same `{ $variables }` as French, and
//!   the text is in Tifinagh (not a copied French sentence);
//! - `public_pages_in_tamazight_show_no_french_fallback`: with the demo data and the
//!   `tzm` language chosen, every public page reachable from the registered GET routes
//!   and their links is fetched (anonymous and signed-in citizen) and none contains a
//!   French sentence of `locales/fr` (what the i18n layer shows when `tzm` lacks an id).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use musharaka_tests::{fill_route, on_every_demo, Client};
use musharaka_web::demo::DEMO_PASSWORD;

/// Ids starting with these are back-office only (see the module documentation).
const BACK_OFFICE: &[&str] = &[
    // main.ftl: the commune's back office and the national platform administration
    "admin-",
    "platform-",
    "roles-",
    "audit-",
    "committee-",
    "member-new",
    "member-group",
    "field-slug",
    "slug-",
    "field-region",
    "field-province",
    "field-census",
    "field-logo",
    "field-chair",
    "field-committee",
    "field-vice",
    "field-term",
    "field-group",
    "field-seat",
    "field-role",
    "field-choice",
    "field-new-role",
    "col-actor",
    "col-action",
    "col-target",
    "col-created",
    "association-verify",
    "association-reject",
    // councils.ftl: the secretariat's pages (the public council pages use council_public.ftl)
    "council-field-",
    "council-error-",
    "council-event-",
    "council-requester",
    "council-presence-",
    "council-attendance",
    "council-extend",
    "council-correct",
    "council-sign",
    "council-draft",
    "council-document",
    "holiday-",
];

fn locales(lang: &str) -> BTreeMap<String, String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales");
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(format!("{dir}/{lang}")).expect("locales dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            files.insert(name, std::fs::read_to_string(&path).expect("ftl"));
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
        if line.starts_with(' ') {
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

fn is_public(id: &str) -> bool {
    !BACK_OFFICE.iter().any(|p| id.starts_with(p))
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
    let mut missing = Vec::new();
    let mut public = 0;
    for (file, source) in &fr {
        let have: BTreeSet<String> = tzm
            .get(file)
            .map(|s| messages(s).into_iter().map(|(id, _)| id).collect())
            .unwrap_or_default();
        for (id, _) in messages(source) {
            if is_public(&id) {
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
    let fr: BTreeMap<String, String> = locales("fr")
        .values()
        .flat_map(|s| messages(s))
        .collect();
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
            let has_tifinagh = plain.chars().any(|c| ('\u{2D30}'..='\u{2D7F}').contains(&c));
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

/// French sentences (two words or more, at least 12 characters) of the public messages,
/// which do not also occur in a Tamazight message (a name, an acronym).
fn french_fragments() -> Vec<String> {
    let tzm_text: String = locales("tzm")
        .values()
        .flat_map(|s| messages(s))
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join("\n");
    let placeable = regex_lite::Regex::new(r"\{[^{}]*\}").unwrap();
    let syntax = regex_lite::Regex::new(r"\*?\[[a-z_0-9]+\]|->|[{}]|\.[a-z-]+ =").unwrap();
    let word = regex_lite::Regex::new(r"[A-Za-zÀ-ÿ]{3,}").unwrap();
    let mut out = BTreeSet::new();
    for source in locales("fr").values() {
        for (id, text) in messages(source) {
            if !is_public(&id) {
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
        || ["api", "assets", "uploads", "lang", "healthz", "logout"].contains(&first))
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
        let href = regex_lite::Regex::new(r#"href="(/[^"#?]*)"#).unwrap();
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
