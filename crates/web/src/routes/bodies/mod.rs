//! Consultative bodies (arts. 119–120, 78), by audience: `public` (list, body, opinion,
//! Atom feed, CSV of members, JSON API), `admin` (the focal point and the bodies'
//! secretaries: bodies, secretaries, members, meetings, programme) and `opinions` (an
//! opinion's versions, adoption and transmission to the council; referrals).

mod admin;
mod opinions;
mod public;

use super::Router;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/api/v1/communes/{slug}/bodies", public::api_list)
        .get("/api/v1/communes/{slug}/bodies/{id}", public::api_one)
        .get("/{slug}/bodies.atom", public::atom)
        .get("/{slug}/bodies", public::list)
        .get("/{slug}/bodies/{id}", public::body)
        .get("/{slug}/bodies/{id}/members.csv", public::members_csv)
        .get("/{slug}/bodies/{id}/opinions/{oid}", public::opinion)
        .get("/{slug}/admin/bodies", admin::list)
        .post("/{slug}/admin/bodies", admin::create)
        .get("/{slug}/admin/bodies/{id}", admin::page)
        .post("/{slug}/admin/bodies/{id}", admin::edit)
        .post("/{slug}/admin/bodies/{id}/status", admin::status)
        .post("/{slug}/admin/bodies/{id}/rules", admin::rules)
        .post("/{slug}/admin/bodies/{id}/secretaries", admin::assign)
        .post(
            "/{slug}/admin/bodies/{id}/secretaries/{aid}/remove",
            admin::unassign,
        )
        .post("/{slug}/admin/bodies/{id}/members", admin::add_member)
        .post(
            "/{slug}/admin/bodies/{id}/members/{mid}/leave",
            admin::leave,
        )
        .post("/{slug}/admin/bodies/{id}/meetings", admin::convene)
        .post(
            "/{slug}/admin/bodies/{id}/meetings/{mid}/minutes",
            admin::minutes,
        )
        .post("/{slug}/admin/bodies/{id}/activities", admin::add_activity)
        .post(
            "/{slug}/admin/bodies/{id}/activities/{aid}",
            admin::update_activity,
        )
        .post("/{slug}/admin/bodies/{id}/opinions", opinions::create)
        .post("/{slug}/admin/bodies/{id}/referrals", opinions::request)
        .get("/{slug}/admin/opinions/{id}", opinions::page)
        .post("/{slug}/admin/opinions/{id}/edit", opinions::edit)
        .post("/{slug}/admin/opinions/{id}/adopt", opinions::adopt)
        .post("/{slug}/admin/opinions/{id}/transmit", opinions::transmit);
}

use musharaka_core::time::today;

/// A back-office page (members' e-mails, drafts): never stored by a browser or a proxy.
fn private(mut res: actix_web::HttpResponse) -> actix_web::HttpResponse {
    res.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("private, no-store"),
    );
    res
}

/// What a refused form had typed, for the form re-shown.
fn posted<T: serde::Serialize>(form: &T) -> serde_json::Value {
    serde_json::to_value(form).unwrap_or_default()
}
