//! Builders for communes and their staff accounts (created through the services, as the
//! command line does).

use crate::{Client, TestApp};
use chrono::NaiveDate;
use musharaka_communes::service::{create_commune, save_member, CommuneFacts, MemberFacts};
use musharaka_communes::{CouncilRole, Gender};
use musharaka_identity::service::{create_admin, Grant};
use musharaka_identity::{Permissions, Role};

/// The password of every account these builders create.
pub const PASSWORD: &str = "a-long-enough-password";

/// A commune's facts: slug, made-up names, the given population (2014 census).
pub fn facts(slug: &str, population: i64) -> CommuneFacts {
    CommuneFacts {
        slug: slug.into(),
        name_ar: format!("جماعة {slug}"),
        name_fr: format!("Commune de {slug}"),
        name_tzm: None,
        region_ar: "جهة سوس ماسة".into(),
        region_fr: "Souss-Massa".into(),
        province_ar: "إقليم".into(),
        province_fr: "Province".into(),
        population,
        census_year: 2014,
        has_arrondissements: false,
        email: String::new(),
        phone: String::new(),
        address_ar: String::new(),
        address_fr: String::new(),
    }
}

/// A commune; its id.
pub fn commune(app: &TestApp, slug: &str, population: i64) -> i64 {
    create_commune(&mut app.conn(), None, &facts(slug, population))
        .expect("commune")
        .id
}

/// A council for commune `commune_id`, one member per role (`عضو {i}` / `Membre {i}`,
/// gender given by the member's rank, term from 2021-09-22); the member ids in that order.
pub fn council(
    app: &TestApp,
    commune_id: i64,
    roles: &[CouncilRole],
    gender: fn(usize) -> Gender,
) -> Vec<i64> {
    let mut conn = app.conn();
    roles
        .iter()
        .enumerate()
        .map(|(i, role)| {
            let m = MemberFacts {
                name_ar: format!("عضو {i}"),
                name_fr: format!("Membre {i}"),
                gender: gender(i),
                role: *role,
                vice_rank: None,
                political_group: None,
                term_start: NaiveDate::from_ymd_opt(2021, 9, 22).expect("date"),
                term_end: None,
                opposition: false,
            };
            save_member(&mut conn, None, commune_id, None, &m)
                .expect("member")
                .id
        })
        .collect()
}

/// Marks council member `member` of `commune_id` as sitting in the opposition (art. 27).
pub fn opposition(app: &TestApp, commune_id: i64, member: i64) {
    let mut conn = app.conn();
    let m =
        musharaka_communes::service::council_member(&mut conn, commune_id, member).expect("member");
    let facts = MemberFacts {
        opposition: true,
        ..MemberFacts::of(&m)
    };
    save_member(&mut conn, None, commune_id, Some(member), &facts).expect("member saved");
}

/// A confirmed account holding `role` in a commune (password `PASSWORD`).
pub fn staff(app: &TestApp, email: &str, name: &str, commune_id: i64, role: Role) {
    create_admin(
        &mut app.conn(),
        email,
        name,
        PASSWORD,
        Grant::Role(commune_id, role),
    )
    .expect("staff account");
}

/// A client signed in as `email` (password `PASSWORD`).
pub fn signed_in(app: &TestApp, email: &str) -> Client {
    app.signed_in(email, PASSWORD)
}

/// The permissions of the account `email`.
pub fn permissions(conn: &mut musharaka_db::AnyConnection, email: &str) -> Permissions {
    let account = musharaka_identity::store::account_by_email(conn, email)
        .expect("query")
        .unwrap_or_else(|| panic!("account {email}"));
    musharaka_identity::service::load_permissions(conn, account.id).expect("permissions")
}

/// A confirmed platform administrator's account (password `PASSWORD`).
pub fn platform_admin(app: &TestApp, email: &str, name: &str) {
    create_admin(&mut app.conn(), email, name, PASSWORD, Grant::Platform).expect("platform admin");
}

/// A confirmed citizen account (password `PASSWORD`).
pub fn citizen(app: &TestApp, email: &str, name: &str) {
    create_admin(&mut app.conn(), email, name, PASSWORD, Grant::Citizen).expect("citizen");
}

/// Two communes, `alpha` (80,149 inhabitants) and `beta` (20,051), each with its focal
/// point (admin@alpha.ma, admin@beta.ma).
pub fn two_communes(app: &TestApp) -> (i64, i64) {
    let a = commune(app, "alpha", 80_149);
    let b = commune(app, "beta", 20_051);
    staff(app, "admin@alpha.ma", "Admin Alpha", a, Role::Admin);
    staff(app, "admin@beta.ma", "Admin Beta", b, Role::Admin);
    (a, b)
}
