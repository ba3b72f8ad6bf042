//! Builders for participatory-budget tests: two communes with their staff, a cycle in a
//! given phase, proposals. Everything goes through the app's own pages, as a user would.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_identity::Role;

use crate::communes::{commune, staff};
pub use crate::communes::{signed_in, PASSWORD};
use crate::{Client, Response, TestApp};

/// Communes `alpha` and `beta` (50,000 inhabitants each); `admin@alpha.ma`,
/// `reviewer@alpha.ma`, `admin@beta.ma`.
pub fn setup(app: &TestApp) {
    let a = commune(app, "alpha", 50_000);
    let b = commune(app, "beta", 50_000);
    for (email, c, role) in [
        ("admin@alpha.ma", a, Role::Admin),
        ("reviewer@alpha.ma", a, Role::Reviewer),
        ("admin@beta.ma", b, Role::Admin),
    ] {
        staff(app, email, email, c, role);
    }
}

/// Opens `phase` of `cycle` in `alpha` by hand.
pub fn phase(admin: &mut Client, cycle: &str, phase: &str) {
    admin.get(&format!("/alpha/admin/budgets/{cycle}"));
    admin
        .post(
            &format!("/alpha/admin/budgets/{cycle}/phase"),
            &[("phase", phase)],
        )
        .assert_status(303);
}

/// The admin counts the votes of `cycle` (from its back-office page).
pub fn count_votes(admin: &mut Client, cycle: &str) {
    admin.get(&format!("/alpha/admin/budgets/{cycle}"));
    admin
        .post(&format!("/alpha/admin/budgets/{cycle}/count"), &[])
        .assert_status(303);
}

/// The fields of a valid cycle in the future (its phases are opened by hand in the tests).
pub fn cycle_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("year", "2030"),
        ("title_ar", "الميزانية التشاركية 2030"),
        ("title_fr", "Budget participatif 2030"),
        ("total", "1 000 000"),
        ("information_at", "2030-01-01"),
        ("proposals_at", "2030-02-01"),
        ("review_at", "2030-03-01"),
        ("voting_at", "2030-04-01"),
        ("results_at", "2030-05-01"),
        ("implementation_at", "2030-06-01"),
        ("who_proposes", "both"),
        ("voter_min_age", "16"),
        ("ballot_type", "approval"),
        ("min_projects", "1"),
        ("max_projects", "3"),
        ("districts_per_voter", "1"),
        ("rule", "mes-add1-greedy"),
        ("tie_break", "ids"),
        (
            "districts",
            "المركز | Centre | 600000\nالقصبة | Kasbah | 400000",
        ),
        ("categories", "طرق | Voirie"),
    ]
}

/// `fields` with some replaced.
pub fn with<'a>(
    fields: &[(&'a str, &'a str)],
    changes: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    fields
        .iter()
        .map(|(k, v)| {
            changes
                .iter()
                .find(|(c, _)| c == k)
                .map_or((*k, *v), |(c, w)| (*c, *w))
        })
        .collect()
}

/// Posts a cycle's form at `path` (the creation's or a cycle's `…/edit`): [`cycle_fields`]
/// with `changes`.
pub fn post_cycle_form(admin: &mut Client, path: &str, changes: &[(&str, &str)]) -> Response {
    admin.post(path, &with(&cycle_fields(), changes))
}

/// Creates the cycle of [`cycle_fields`] in `alpha`; returns its id.
pub fn create_cycle(admin: &mut Client) -> String {
    create_cycle_with(admin, "alpha", &cycle_fields())
}

/// Creates a cycle in commune `slug` from these form `fields`; returns its id.
pub fn create_cycle_with(admin: &mut Client, slug: &str, fields: &[(&str, &str)]) -> String {
    admin.get(&format!("/{slug}/admin/budgets"));
    let created = admin.post(&format!("/{slug}/admin/budgets"), fields);
    created.assert_status(303);
    created
        .location()
        .split('/')
        .nth(4)
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string()
}

/// District ids by French name, from the proposal form.
pub fn district_ids(client: &mut Client, cycle: &str) -> Vec<(String, String)> {
    let form = client.get_ok(&format!("/alpha/budgets/{cycle}/proposals/new"));
    let re = regex_lite::Regex::new(r#"<option value="(\d+)"[^>]*>(المركز|القصبة)"#).unwrap();
    re.captures_iter(&form.body)
        .map(|c| (c[2].to_string(), c[1].to_string()))
        .collect()
}

/// A proposal of `client` in `district` (no photo); returns its id.
/// The id of the district named `name` (in Arabic) on the proposal form.
pub fn district(client: &mut Client, cycle: &str, name: &str) -> String {
    district_ids(client, cycle)
        .into_iter()
        .find(|d| d.0 == name)
        .unwrap()
        .1
}

/// The set-up of [`setup`] with `alpha`'s admin signed in and a registered citizen
/// (`citizen@x.ma`): (admin, citizen).
pub fn admin_and_citizen(app: &TestApp) -> (Client, Client) {
    setup(app);
    (
        signed_in(app, "admin@alpha.ma"),
        app.registered("Citizen", "citizen@x.ma", PASSWORD),
    )
}

pub fn propose(
    client: &mut Client,
    cycle: &str,
    district: &str,
    title: &str,
    cost: &str,
) -> String {
    propose_with(client, cycle, district, title, cost, &[])
}

/// A proposal of `client` in `district` with these `files`; returns its id.
pub fn propose_with(
    client: &mut Client,
    cycle: &str,
    district: &str,
    title: &str,
    cost: &str,
    files: &[(&str, &str, &[u8])],
) -> String {
    let r = client.post_multipart(
        &format!("/alpha/budgets/{cycle}/proposals"),
        &[
            ("title", title),
            ("description", "Un projet pour le quartier"),
            ("district_id", district),
            ("category_id", ""),
            ("location", "Place centrale"),
            ("estimated", cost),
        ],
        files,
    );
    r.assert_status(303);
    r.location().rsplit('/').next().unwrap().to_string()
}

/// Posts a review of `proposal` with these `fields`.
pub fn review(
    client: &mut Client,
    cycle: &str,
    proposal: &str,
    fields: &[(&str, &str)],
) -> Response {
    client.post(
        &format!("/alpha/admin/budgets/{cycle}/proposals/{proposal}/review"),
        fields,
    )
}

/// The CIN the test citizen types on the online ballot (one ballot per person).
pub const CITIZEN_CIN: &str = "JB654321";

/// Posts `client`'s online ballot in `cycle` for `picks`, declaring `birth_year` and the
/// test citizen's CIN ([`CITIZEN_CIN`]).
pub fn ballot<S: AsRef<str>>(
    client: &mut Client,
    cycle: &str,
    picks: &[S],
    birth_year: &str,
) -> Response {
    ballot_with_cin(client, cycle, picks, birth_year, CITIZEN_CIN)
}

/// Posts `client`'s online ballot in `cycle` for `picks` with this `cin`.
pub fn ballot_with_cin<S: AsRef<str>>(
    client: &mut Client,
    cycle: &str,
    picks: &[S],
    birth_year: &str,
    cin: &str,
) -> Response {
    let mut fields: Vec<(&str, &str)> = picks.iter().map(|p| ("p", p.as_ref())).collect();
    fields.push(("birth_year", birth_year));
    fields.push(("voter_cin", cin));
    client.post(&format!("/alpha/budgets/{cycle}/vote"), &fields)
}

/// An adult's (born 1990) online ballot for `picks`, accepted.
pub fn cast_vote<S: AsRef<str>>(client: &mut Client, cycle: &str, picks: &[S]) {
    ballot(client, cycle, picks, "1990").assert_status(303);
}

/// Posts paper ballot `number` of `voter` (its field and value) for `picks`.
pub fn paper_ballot(
    client: &mut Client,
    cycle: &str,
    number: &str,
    voter: (&str, &str),
    picks: &[&str],
) -> Response {
    let mut fields = vec![("paper_number", number), voter];
    fields.extend(picks.iter().map(|p| ("p", *p)));
    client.post(&format!("/alpha/admin/budgets/{cycle}/paper"), &fields)
}

/// A cycle in the voting phase with three feasible proposals in the Centre district.
pub fn cycle_in_voting(
    app: &TestApp,
    admin: &mut Client,
    citizen: &mut Client,
) -> (String, Vec<String>) {
    let cycle = create_cycle(admin);
    phase(admin, &cycle, "proposals");
    let centre = district(citizen, &cycle, "المركز");
    let proposals: Vec<String> = [
        ("Parc", "300000"),
        ("Eclairage", "200000"),
        ("Puits", "50000"),
    ]
    .iter()
    .map(|(t, c)| propose(citizen, &cycle, &centre, t, c))
    .collect();
    phase(admin, &cycle, "review");
    let mut reviewer = signed_in(app, "reviewer@alpha.ma");
    reviewer.get(&format!(
        "/alpha/budgets/{cycle}/proposals/{}",
        proposals[0]
    ));
    for p in &proposals {
        review(
            &mut reviewer,
            &cycle,
            p,
            &[("decision", "feasible"), ("reason", "")],
        )
        .assert_status(303);
    }
    phase(admin, &cycle, "voting");
    (cycle, proposals)
}

/// [`admin_and_citizen`] and a cycle brought to its voting phase by [`cycle_in_voting`]:
/// (admin, citizen, cycle, proposals).
pub fn voting_cycle(app: &TestApp) -> (Client, Client, String, Vec<String>) {
    let (mut admin, mut citizen) = admin_and_citizen(app);
    let (cycle, proposals) = cycle_in_voting(app, &mut admin, &mut citizen);
    (admin, citizen, cycle, proposals)
}
