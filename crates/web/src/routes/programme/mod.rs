//! The action programme and commitment plans: public pages (plans, a plan, a commitment,
//! the printable monitoring matrix with its CSV and JSON), the Atom feed, the JSON API,
//! and the back office under `/{slug}/admin/programme` (the commune's admin writes; any
//! role of the commune reads).

mod admin;
mod public;

use super::Router;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/api/v1/communes/{slug}/programme", public::api_plans)
        .get("/api/v1/communes/{slug}/programme/{plan}", public::api_plan)
        .get("/{slug}/programme.atom", public::atom)
        .get("/{slug}/programme", public::list)
        .get("/{slug}/programme/{plan}", public::plan)
        .get("/{slug}/programme/{plan}/matrix", public::matrix)
        .get("/{slug}/programme/{plan}/matrix.csv", public::matrix_csv)
        .get("/{slug}/programme/{plan}/matrix.json", public::matrix_json)
        .get(
            "/{slug}/programme/{plan}/commitments/{id}",
            public::commitment,
        )
        .get("/{slug}/admin/programme", admin::list)
        .post("/{slug}/admin/programme", admin::create_plan)
        .post("/{slug}/admin/programme/performance", admin::assessment)
        .get("/{slug}/admin/programme/{plan}", admin::plan)
        .post("/{slug}/admin/programme/{plan}/adopt", admin::adopt)
        .post("/{slug}/admin/programme/{plan}/series", admin::series)
        .post(
            "/{slug}/admin/programme/{plan}/commitments",
            admin::add_commitment,
        )
        .post("/{slug}/admin/programme/{plan}/steering", admin::steering)
        .post("/{slug}/admin/programme/{plan}/rounds", admin::open_round)
        .post(
            "/{slug}/admin/programme/{plan}/rounds/{round}/validate",
            admin::validate_round,
        )
        .get(
            "/{slug}/admin/programme/{plan}/commitments/{id}",
            admin::commitment,
        )
        .post(
            "/{slug}/admin/programme/{plan}/commitments/{id}/status",
            admin::status,
        )
        .post(
            "/{slug}/admin/programme/{plan}/commitments/{id}/actions",
            admin::action,
        )
        .post(
            "/{slug}/admin/programme/{plan}/commitments/{id}/actions/{action}/done",
            admin::action_done,
        )
        .post(
            "/{slug}/admin/programme/{plan}/commitments/{id}/indicators",
            admin::indicator,
        )
        .post(
            "/{slug}/admin/programme/{plan}/commitments/{id}/values",
            admin::value,
        )
        .post(
            "/{slug}/admin/programme/{plan}/commitments/{id}/links",
            admin::link,
        )
        .post(
            "/{slug}/admin/programme/{plan}/commitments/{id}/evidence",
            admin::evidence,
        );
}
