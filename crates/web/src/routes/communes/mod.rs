//! A commune: its public home (`public`), and its back office — facts, council members
//! and committees (`admin`), association files, roles and the audit log (`people`).

pub mod admin;
pub mod home;
pub mod notices;
pub mod people;
pub mod public;

use super::Router;

/// The back office. The public home (`/{slug}`) is registered last by `routes::configure`.
pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/admin", admin::staff_home)
        .get("/{slug}/admin", admin::dashboard)
        .at("/{slug}/admin/commune")
        .get("", admin::commune_page)
        .post("", admin::commune_save)
        .post("/logo", admin::logo_save)
        .at("/{slug}/admin/members")
        .get("", admin::members_page)
        .post("", admin::member_save)
        .get("/new", admin::member_new)
        .get("/{id}", admin::member_edit)
        .post("/{id}", admin::member_save)
        .post("/{id}/delete", admin::member_delete)
        .at("/{slug}/admin/committees")
        .get("", admin::committees_page)
        .post("", admin::committee_save)
        .get("/new", admin::committee_new)
        .get("/{id}", admin::committee_edit)
        .post("/{id}", admin::committee_save)
        .post("/{id}/delete", admin::committee_delete)
        .at("/{slug}/admin/associations")
        .get("", people::associations_page)
        .post("/{id}/review", people::association_review)
        .at("/{slug}/admin/roles")
        .get("", people::roles_page)
        .post("", people::role_grant)
        .post("/{id}/revoke", people::role_revoke)
        .at("")
        .get("/{slug}/admin/audit", people::audit_page)
        .get("/{slug}/members", home::members)
        .get("/privacy", notices::privacy)
        .get("/accessibility", notices::accessibility)
        .get("/legal", notices::legal)
        .get("/{slug}/privacy", notices::commune_privacy)
        .get("/{slug}/accessibility", notices::commune_accessibility)
        .get("/{slug}/legal", notices::commune_legal)
        .at("/{slug}/admin/notices")
        .get("", notices::admin_page)
        .post("", notices::admin_save);
}
