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
        .get("/{slug}/admin/commune", admin::commune_page)
        .post("/{slug}/admin/commune", admin::commune_save)
        .post("/{slug}/admin/commune/logo", admin::logo_save)
        .get("/{slug}/admin/members", admin::members_page)
        .post("/{slug}/admin/members", admin::member_save)
        .get("/{slug}/admin/members/new", admin::member_new)
        .get("/{slug}/admin/members/{id}", admin::member_edit)
        .post("/{slug}/admin/members/{id}", admin::member_save)
        .post("/{slug}/admin/members/{id}/delete", admin::member_delete)
        .get("/{slug}/admin/committees", admin::committees_page)
        .post("/{slug}/admin/committees", admin::committee_save)
        .get("/{slug}/admin/committees/new", admin::committee_new)
        .get("/{slug}/admin/committees/{id}", admin::committee_edit)
        .post("/{slug}/admin/committees/{id}", admin::committee_save)
        .post(
            "/{slug}/admin/committees/{id}/delete",
            admin::committee_delete,
        )
        .get("/{slug}/admin/associations", people::associations_page)
        .post(
            "/{slug}/admin/associations/{id}/review",
            people::association_review,
        )
        .get("/{slug}/admin/roles", people::roles_page)
        .post("/{slug}/admin/roles", people::role_grant)
        .post("/{slug}/admin/roles/{id}/revoke", people::role_revoke)
        .get("/{slug}/admin/audit", people::audit_page)
        .get("/{slug}/members", home::members)
        .get("/privacy", notices::privacy)
        .get("/accessibility", notices::accessibility)
        .get("/legal", notices::legal)
        .get("/{slug}/privacy", notices::commune_privacy)
        .get("/{slug}/accessibility", notices::commune_accessibility)
        .get("/{slug}/legal", notices::commune_legal)
        .get("/{slug}/admin/notices", notices::admin_page)
        .post("/{slug}/admin/notices", notices::admin_save);
}
