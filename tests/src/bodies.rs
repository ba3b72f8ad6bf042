//! Builders for consultative-body tests: a commune with its council and staff plus two body
//! secretaries, a body created by the focal point with a secretary assigned, members, and
//! an opinion brought to a given step.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::{communes, petitions, Client, TestApp};
use musharaka_identity::Role;

/// `alpha` (see [`petitions::setup`]) with body secretaries `sec1@alpha.ma` and
/// `sec2@alpha.ma`, and `beta` with its focal point `admin@beta.ma`; returns alpha's
/// council member ids.
pub fn setup(app: &TestApp) -> Vec<i64> {
    let (alpha, members) = petitions::setup(app, "alpha");
    for who in ["sec1", "sec2"] {
        communes::staff(
            app,
            &format!("{who}@alpha.ma"),
            who,
            alpha,
            Role::BodySecretary,
        );
    }
    let beta = communes::commune(app, "beta", 20_051);
    communes::staff(app, "admin@beta.ma", "Admin Beta", beta, Role::Admin);
    members
}

/// The last path segment of a redirect.
pub fn id_in(location: &str) -> String {
    location
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string()
}

/// The focal point of `alpha` creates a body of `kind` with a women target of
/// `women_pct` and assigns `sec1@alpha.ma` to it; returns its id.
pub fn body(app: &TestApp, kind: &str, women_pct: &str) -> String {
    let mut admin = communes::signed_in(app, "admin@alpha.ma");
    let r = admin.post(
        "/alpha/admin/bodies",
        &[
            ("kind", kind),
            ("name_ar", "هيئة المساواة وتكافؤ الفرص ومقاربة النوع"),
            ("name_fr", "Instance de l'équité"),
            ("mission", "Mission"),
            ("target_women_pct", women_pct),
        ],
    );
    r.assert_status(303);
    let id = id_in(r.location());
    admin
        .post(
            &format!("/alpha/admin/bodies/{id}/secretaries"),
            &[("email", "sec1@alpha.ma")],
        )
        .assert_status(303);
    id
}

/// Adds a member to body `id` (as `c`).
pub fn member(c: &mut Client, id: &str, name: &str, gender: &str, seat: &str, email: &str) {
    c.post(
        &format!("/alpha/admin/bodies/{id}/members"),
        &[
            ("name", name),
            ("seat", seat),
            ("gender", gender),
            ("age_band", "under_35"),
            ("email", email),
            ("term_start", "2024-01-01"),
            ("term_end", ""),
            ("replaces_member_id", ""),
        ],
    )
    .assert_status(303);
}

/// A draft opinion of body `id` by `sec1`; returns its id.
pub fn draft(sec: &mut Client, id: &str, title: &str, text: &str) -> String {
    let r = sec.post(
        &format!("/alpha/admin/bodies/{id}/opinions"),
        &[("kind", "own"), ("title", title), ("text", text)],
    );
    r.assert_status(303);
    id_in(r.location())
}

/// Adopts opinion `oid` by consensus.
pub fn adopt(sec: &mut Client, oid: &str) {
    sec.post(
        &format!("/alpha/admin/opinions/{oid}/adopt"),
        &[("adoption", "consensus"), ("adopted_on", "2026-11-30")],
    )
    .assert_status(303);
}
