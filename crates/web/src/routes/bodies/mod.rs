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
        .published(
            "bodies",
            (public::api_list, public::api_one),
            (public::atom, public::list),
        )
        .get("/{id}", public::body)
        .get("/{id}/members.csv", public::members_csv)
        .get("/{id}/opinions/{oid}", public::opinion)
        .at("/{slug}/admin/bodies")
        .get("", admin::list)
        .post("", admin::create)
        .get("/{id}", admin::page)
        .post("/{id}", admin::edit)
        .post("/{id}/status", admin::status)
        .post("/{id}/rules", admin::rules)
        .post("/{id}/secretaries", admin::assign)
        .post("/{id}/secretaries/{aid}/remove", admin::unassign)
        .post("/{id}/members", admin::add_member)
        .post("/{id}/members/{mid}/leave", admin::leave)
        .post("/{id}/meetings", admin::convene)
        .post("/{id}/meetings/{mid}/minutes", admin::minutes)
        .post("/{id}/activities", admin::add_activity)
        .post("/{id}/activities/{aid}", admin::update_activity)
        .post("/{id}/opinions", opinions::create)
        .post("/{id}/referrals", opinions::request)
        .at("/{slug}/admin/opinions")
        .get("/{id}", opinions::page)
        .post("/{id}/edit", opinions::edit)
        .post("/{id}/adopt", opinions::adopt)
        .post("/{id}/transmit", opinions::transmit);
}

use musharaka_core::time::today;

use crate::routes::private;

/// What a refused form had typed, for the form re-shown.
fn posted<T: serde::Serialize>(form: &T) -> serde_json::Value {
    serde_json::to_value(form).unwrap_or_default()
}
