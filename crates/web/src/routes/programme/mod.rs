//! The action programme and commitment plans: public pages (plans, a plan, a commitment,
//! the printable monitoring matrix with its CSV and JSON), the Atom feed, the JSON API,
//! and the back office under `/{slug}/admin/programme` (the commune's admin writes; any
//! role of the commune reads).

mod admin;
mod public;

use super::Router;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .at("/api/v1/communes/{slug}/programme")
        .get("", public::api_plans)
        .get("/{plan}", public::api_plan)
        .at("/{slug}/programme")
        .get(".atom", public::atom)
        .get("", public::list)
        .get("/{plan}", public::plan)
        .get("/{plan}/matrix", public::matrix)
        .get("/{plan}/matrix.csv", public::matrix_csv)
        .get("/{plan}/matrix.json", public::matrix_json)
        .get("/{plan}/commitments/{id}", public::commitment)
        .at("/{slug}/admin/programme")
        .get("", admin::list)
        .post("", admin::create_plan)
        .post("/performance", admin::assessment)
        .get("/{plan}", admin::plan)
        .post("/{plan}/adopt", admin::adopt)
        .post("/{plan}/series", admin::series)
        .post("/{plan}/commitments", admin::add_commitment)
        .post("/{plan}/steering", admin::steering)
        .post("/{plan}/rounds", admin::open_round)
        .post("/{plan}/rounds/{round}/validate", admin::validate_round)
        .get("/{plan}/commitments/{id}", admin::commitment)
        .post("/{plan}/commitments/{id}/status", admin::status)
        .post("/{plan}/commitments/{id}/actions", admin::action)
        .post(
            "/{plan}/commitments/{id}/actions/{action}/done",
            admin::action_done,
        )
        .post("/{plan}/commitments/{id}/indicators", admin::indicator)
        .post("/{plan}/commitments/{id}/values", admin::value)
        .post("/{plan}/commitments/{id}/links", admin::link)
        .post("/{plan}/commitments/{id}/evidence", admin::evidence);
}
