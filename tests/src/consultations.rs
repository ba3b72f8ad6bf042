//! Builders for consultation tests: a consultation drafted and published by the commune's
//! admin (`admin@{slug}.ma`, see [`crate::petitions::setup`]), its question ids, and time
//! moved on (its dates rewritten, as the calendar would).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::{first_capture, Client, TestApp};
use chrono::{Duration, NaiveDate};

pub fn today() -> NaiveDate {
    musharaka_core::time::today()
}

/// The id at the end of a redirect to the owner's page (`…/{id}?done=…`).
pub fn id_of(location: &str) -> String {
    first_capture(location, r"/consultations/(\d+)")
}

/// A draft consultation in `slug` open today for ten days, with every channel; returns
/// its id.
pub fn draft(admin: &mut Client, slug: &str, title_fr: &str) -> String {
    let opens = today().to_string();
    let closes = (today() + Duration::days(10)).to_string();
    let r = admin.post(
        &format!("/{slug}/admin/consultations"),
        &[
            ("subject", "charter"),
            ("title_ar", "ميثاق المشاركة المواطنة"),
            ("title_fr", title_fr),
            ("text_ar", "مسودة الميثاق"),
            ("text_fr", "Le projet de charte"),
            ("owner_service", "Point focal participation"),
            ("opens_on", &opens),
            ("closes_on", &closes),
            ("channels", "comments"),
            ("channels", "questionnaire"),
            ("channels", "workshops"),
            ("channels", "paper"),
            ("districts", "Centre\nQasba"),
        ],
    );
    r.assert_status(303);
    id_of(r.location())
}

/// Two sections, and three questions: a single choice, a ranking of three priorities, a
/// long text.
pub fn prepare(admin: &mut Client, slug: &str, id: &str) {
    let base = format!("/{slug}/admin/consultations/{id}");
    for (h, b) in [
        ("Principes", "La participation est ouverte à tous."),
        ("Instances", "Le conseil crée l'espace consultatif."),
    ] {
        admin
            .post(&format!("{base}/sections"), &[("heading", h), ("body", b)])
            .assert_status(303);
    }
    for (kind, fr, options) in [
        (
            "single",
            "Connaissez-vous la charte ?",
            "نعم | Oui\nلا | Non",
        ),
        (
            "ranking",
            "Classez vos priorités",
            "الشفافية | Transparence\nالمساءلة | Redevabilité\nالمشاركة | Participation",
        ),
        ("long_text", "Vos propositions", ""),
    ] {
        admin
            .post(
                &format!("{base}/questions"),
                &[
                    ("kind", kind),
                    ("prompt_ar", "سؤال"),
                    ("prompt_fr", fr),
                    ("options", options),
                ],
            )
            .assert_status(303);
    }
}

/// A published consultation ready for comments and answers; returns its id.
pub fn published(admin: &mut Client, slug: &str, title_fr: &str) -> String {
    let id = draft(admin, slug, title_fr);
    prepare(admin, slug, &id);
    admin
        .post(&format!("/{slug}/admin/consultations/{id}/publish"), &[])
        .assert_status(303);
    id
}

/// The ids of the questions (in order) and of the sections, from the questionnaire and
/// the public page.
pub fn ids(c: &mut Client, slug: &str, id: &str) -> (Vec<String>, Vec<String>) {
    let q = c
        .get(&format!("/{slug}/consultations/{id}/questionnaire"))
        .body;
    let mut questions: Vec<String> = regex_lite::Regex::new(r#"fieldset[^>]* id="q(\d+)""#)
        .unwrap()
        .captures_iter(&q)
        .map(|c| c[1].to_string())
        .collect();
    questions.dedup();
    let page = c.get(&format!("/{slug}/consultations/{id}")).body;
    let mut sections: Vec<String> = regex_lite::Regex::new(r#"id="section-(\d+)""#)
        .unwrap()
        .captures_iter(&page)
        .map(|c| c[1].to_string())
        .collect();
    sections.dedup();
    (questions, sections)
}

/// Time passes: the consultation opened `opened_days_ago` and closes/closed on
/// `today + closes_in` (negative: closed).
pub fn move_dates(app: &TestApp, id: &str, opened_days_ago: i64, closes_in: i64) {
    use diesel::prelude::*;
    use musharaka_db::schema::consultations;
    let id: i64 = id.parse().unwrap();
    diesel::update(consultations::table.find(id))
        .set((
            consultations::opens_on.eq(today() - Duration::days(opened_days_ago)),
            consultations::closes_on.eq(today() + Duration::days(closes_in)),
        ))
        .execute(&mut app.conn())
        .unwrap();
}

/// A valid online or paper answer: `choice` of the first question, ranks `ranks` for the
/// second, `text` for the third, and the declared facts.
pub fn answer<'a>(
    q: &'a [String],
    choice: &'a str,
    ranks: [&'a str; 3],
    text: &'a str,
    declared: &[(&'a str, &'a str)],
) -> Vec<(String, String)> {
    let mut fields = vec![
        (format!("q{}", q[0]), choice.to_string()),
        (format!("q{}_0", q[1]), ranks[0].to_string()),
        (format!("q{}_1", q[1]), ranks[1].to_string()),
        (format!("q{}_2", q[1]), ranks[2].to_string()),
        (format!("q{}", q[2]), text.to_string()),
    ];
    fields.extend(declared.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    fields
}
