//! Builders for co-creation calls: a commune with its admin and two evaluators, associations,
//! a published call with its grid, concept notes, and the window closed (time travel).

use crate::communes::{self, staff, two_communes};
use crate::petitions::{five_years_ago, verified_association};
use crate::{Client, Response, TestApp};
use musharaka_identity::Role;

/// `alpha` and `beta` with their admins, and two evaluators of `alpha`
/// (eval1@alpha.ma, eval2@alpha.ma); the ids of alpha and beta.
pub fn setup(app: &TestApp) -> (i64, i64) {
    let (a, b) = two_communes(app);
    staff(app, "eval1@alpha.ma", "Évaluatrice Une", a, Role::Evaluator);
    staff(app, "eval2@alpha.ma", "Évaluateur Deux", a, Role::Evaluator);
    (a, b)
}

/// A verified association of `alpha` founded five years ago, signed in as `email`.
pub fn association(app: &TestApp, alpha: i64, email: &str) -> Client {
    verified_association(app, alpha, email, five_years_ago(), true)
}

pub fn signed_in(app: &TestApp, email: &str) -> Client {
    communes::signed_in(app, email)
}

/// The call's form, open from 2020 to the end of 2099 (Casablanca time), 300,000 MAD,
/// 100,000 MAD per project, 10 % co-financing, 2 years, lower request first on ties.
pub fn call_fields() -> Vec<(&'static str, String)> {
    [
        ("title_ar", "دعوة لتقديم مشاريع الخلق المشترك"),
        ("title_fr", "Appel à projets de co-création"),
        (
            "text_ar",
            "تدعو الجماعة الجمعيات إلى تقديم مذكراتها المفاهيمية.",
        ),
        (
            "text_fr",
            "La commune invite les associations à déposer leur note conceptuelle.",
        ),
        ("themes", "Jeunesse, femmes"),
        ("envelope", "300000"),
        ("ceiling", "100000"),
        ("cofinancing_min_percent", "10"),
        ("min_age_years", "2"),
        ("activity_fields", ""),
        ("opens_at", "2020-01-01T00:00"),
        ("closes_at", "2099-12-31T23:59:59"),
        ("tie_break", "lower_request"),
        ("spread_threshold", "3"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect()
}

/// The number after `prefix` in a redirect's location.
pub fn id_after(location: &str, prefix: &str) -> i64 {
    let rest = location
        .split(prefix)
        .nth(1)
        .unwrap_or_else(|| panic!("{prefix} in {location}"));
    rest.split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|d| d.parse().ok())
        .unwrap_or_else(|| panic!("an id in {location}"))
}

/// A draft call of `alpha` with a two-criterion grid (relevance ×3 on 10, feasibility ×1
/// on 5); its id.
pub fn draft_call(admin: &mut Client, fields: &[(&str, String)]) -> i64 {
    let r = admin.post_fields("/alpha/admin/cocreation", fields);
    r.assert_status(303);
    let id = id_after(r.location(), "/admin/cocreation/");
    for (ar, fr, w, m) in [
        ("الملاءمة", "Pertinence", "3", "10"),
        ("الجدوى", "Faisabilité", "1", "5"),
    ] {
        admin
            .post(
                &format!("/alpha/admin/cocreation/{id}/criteria"),
                &[
                    ("label_ar", ar),
                    ("label_fr", fr),
                    ("guidance", ""),
                    ("weight", w),
                    ("max_score", m),
                ],
            )
            .assert_status(303);
    }
    id
}

/// A published call of `alpha` (see [`call_fields`]); its id.
pub fn published_call(admin: &mut Client) -> i64 {
    let id = draft_call(admin, &call_fields());
    admin
        .post(&format!("/alpha/admin/cocreation/{id}/publish"), &[])
        .assert_status(303);
    id
}

/// The fields of a concept note whose one budget line costs `amount` MAD with `cofin` MAD
/// co-financed.
pub fn note_fields(title: &str, amount: &str, cofin: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title", title.to_string()),
        (
            "problem",
            "Peu d'activités pour les jeunes du quartier".into(),
        ),
        ("objectives", "Ouvrir un espace de lecture".into()),
        ("beneficiaries", "120".into()),
        ("women_percent", "55".into()),
        ("youth_percent", "70".into()),
        ("activities", "Ateliers hebdomadaires".into()),
        ("calendar", "Janvier – juin".into()),
        ("partners", "Bibliothèque municipale".into()),
        ("line_label", "Équipement".into()),
        ("line_amount", amount.to_string()),
        ("line_cofinancing", cofin.to_string()),
    ]
}

/// A draft note on `call`; its id.
pub fn draft_note(c: &mut Client, call: i64, title: &str, amount: &str, cofin: &str) -> i64 {
    let r = c.post_fields(
        &format!("/alpha/cocreation/{call}/notes"),
        &note_fields(title, amount, cofin),
    );
    r.assert_status(303);
    id_after(r.location(), "/cocreation/notes/")
}

/// A submitted note; its id.
pub fn submitted_note(c: &mut Client, call: i64, title: &str, amount: &str, cofin: &str) -> i64 {
    let id = draft_note(c, call, title, amount, cofin);
    c.post(&format!("/alpha/cocreation/notes/{id}/submit"), &[])
        .assert_status(303);
    id
}

/// The evaluator's checklist, every box ticked (eligible if the data agrees).
pub fn eligible(ev: &mut Client, note: i64) {
    ev.post(
        &format!("/alpha/admin/cocreation/notes/{note}/eligibility"),
        &[
            ("branch_in_commune", "on"),
            ("activity_related", "on"),
            ("documents_complete", "on"),
        ],
    )
    .assert_status(303);
}

/// An evaluator's sheet, submitted: relevance and feasibility scores and a comment.
pub fn score(
    ev: &mut Client,
    call_criteria: (i64, i64),
    note: i64,
    s: (&str, &str),
    comment: &str,
) -> Response {
    ev.post(
        &format!("/alpha/admin/cocreation/notes/{note}/scores"),
        &[
            ("criterion", &call_criteria.0.to_string()),
            ("score", s.0),
            ("criterion", &call_criteria.1.to_string()),
            ("score", s.1),
            ("comment", comment),
            ("submit", "1"),
        ],
    )
}

/// The call's two criteria ids.
pub fn criteria(app: &TestApp, call: i64) -> (i64, i64) {
    use diesel::prelude::*;
    use musharaka_db::schema::cocreation_criteria as k;
    let ids: Vec<i64> = k::table
        .filter(k::call_id.eq(call))
        .order(k::position)
        .select(k::id)
        .load(&mut app.conn())
        .expect("criteria");
    (ids[0], ids[1])
}

/// Moves the call's closing second to `seconds_ago` seconds in the past (time travel).
pub fn close_window(app: &TestApp, call: i64, seconds_ago: i64) {
    use diesel::prelude::*;
    use musharaka_db::schema::cocreation_calls as c;
    let at = musharaka_core::time::now() - chrono::Duration::seconds(seconds_ago);
    diesel::update(c::table.find(call))
        .set(c::closes_at.eq(at))
        .execute(&mut app.conn())
        .expect("close the window");
}
