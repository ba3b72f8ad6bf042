//! Shapes that must not drift unnoticed (issue 10): the mail a signer receives, the
//! deposit receipt an agent prints (art. 122). (The open-data headers have theirs in
//! `open_data.rs`.) Each is compared with its reviewed snapshot in
//! `tests/tests/snapshots/`; both databases must give the same text. After an intended
//! change: `INSTA_UPDATE=always cargo nextest run -p musharaka-tests -E 'binary(snapshots)'`,
//! then review the snapshot's diff in git like any other change.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::petitions::{collecting, deposited, setup, signer, PASSWORD};
use musharaka_tests::{on_every_backend, TestApp};
use regex_lite::Regex;

/// `text` with what changes from run to run (today's dates, tokens, ids in links,
/// receipt numbers) replaced by a fixed placeholder, so a snapshot shows only shape.
fn stable(text: &str) -> String {
    let rules = [
        (r"\b\d{4}-(\d{4})\b", "[year]-$1"),
        (r"/confirm/[A-Za-z0-9_-]+", "/confirm/[token]"),
        (r"/petitions/\d+", "/petitions/[id]"),
        (r"\b\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?", "[date]"),
        (r"\b\d{1,2} [^\s\d]+ \d{4}\b", "[date]"),
        (r"\b\d{1,2}/\d{1,2}/\d{4}\b", "[date]"),
        (r"\b\d{2}:\d{2}\b", "[time]"),
    ];
    rules
        .iter()
        .fold(text.replace("\r\n", "\n"), |t, (pattern, to)| {
            Regex::new(pattern)
                .expect("pattern")
                .replace_all(&t, *to)
                .into_owned()
        })
}

/// The visible text of the page's `<main>`, a line per block, without markup.
fn main_text(html: &str) -> String {
    let start = html.find("<main").expect("a <main>");
    let end = html.rfind("</main>").expect("a </main>");
    let blocks = Regex::new(r"</(p|li|h\d|div|tr|dt|dd|section|header|footer)>|<br\s*/?>")
        .expect("pattern")
        .replace_all(&html[start..end], "\n");
    let text = Regex::new(r"<[^>]*>")
        .expect("pattern")
        .replace_all(&blocks, "");
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .map(|l| {
            l.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_signers_confirmation_mail_keeps_its_shape() {
    on_every_backend(|app: TestApp| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = collecting(&mut agent, "alpha", "Éclairage du quartier Al Qasba");
        let mut fields = signer(0);
        fields.push(("email", "signer0@example.ma".into()));
        app.client()
            .post_fields(&format!("/alpha/petitions/{id}/sign"), &fields)
            .assert_status(200);
        let mail = app.last_mail_to("signer0@example.ma");
        insta::assert_snapshot!("signature_confirmation_mail", stable(&mail.body));
    });
}

#[test]
fn the_deposit_receipt_keeps_its_shape_in_both_languages() {
    on_every_backend(|app: TestApp| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = deposited(&app, &mut agent, "alpha", "Éclairage du quartier Al Qasba");
        for lang in ["ar", "fr"] {
            let page = agent.get_ok(&format!("/alpha/petitions/{id}/receipt?lang={lang}"));
            let name = format!("deposit_receipt_{lang}");
            insta::assert_snapshot!(name, stable(&main_text(&page.body)));
        }
    });
}
