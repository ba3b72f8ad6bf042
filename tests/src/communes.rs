//! Builders for communes and their staff accounts (created through the services, as the
//! command line does).

use crate::TestApp;
use musharaka_communes::service::{create_commune, CommuneFacts};
use musharaka_identity::service::{create_admin, Grant};
use musharaka_identity::Role;

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
