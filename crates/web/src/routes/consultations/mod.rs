//! Public consultations on the commune's drafts (arts. 78, 119), by audience: `public`
//! (list, page, comments, supports, questionnaire, results), `owner` (the participation
//! focal point's back office) and `data` (JSON API, Atom, CSV/JSON open data of the
//! answers — aggregates only — and the national sum).

mod data;
mod owner;
mod public;

use super::Router;

pub const PAGE_SIZE: i64 = 20;

pub use musharaka_core::time::today;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/consultations/figures", data::national)
        .get("/api/v1/communes/{slug}/consultations", data::api_list)
        .get("/api/v1/communes/{slug}/consultations/{id}", data::api_one)
        .get("/{slug}/consultations.atom", data::atom)
        .get("/{slug}/consultations", public::list)
        .get("/{slug}/consultations/charter", public::charter)
        .get("/{slug}/consultations/{id}", public::page)
        .post(
            "/{slug}/consultations/{id}/sections/{section}/comments",
            public::comment,
        )
        .get(
            "/{slug}/consultations/{id}/comments/{comment}",
            public::comment_page,
        )
        .post(
            "/{slug}/consultations/{id}/comments/{comment}/replies",
            public::reply,
        )
        .post(
            "/{slug}/consultations/{id}/comments/{comment}/support",
            public::support,
        )
        .get(
            "/{slug}/consultations/{id}/questionnaire",
            public::questionnaire,
        )
        .post("/{slug}/consultations/{id}/questionnaire", public::respond)
        .get("/{slug}/consultations/{id}/results", data::results)
        .get("/{slug}/consultations/{id}/results.csv", data::results_csv)
        .get(
            "/{slug}/consultations/{id}/results.json",
            data::results_json,
        )
        .get("/{slug}/admin/consultations", owner::list)
        .post("/{slug}/admin/consultations", owner::create)
        .get("/{slug}/admin/consultations/{id}", owner::page)
        .post("/{slug}/admin/consultations/{id}", owner::update)
        .post(
            "/{slug}/admin/consultations/{id}/sections",
            owner::add_section,
        )
        .post(
            "/{slug}/admin/consultations/{id}/questions",
            owner::add_question,
        )
        .post("/{slug}/admin/consultations/{id}/publish", owner::publish)
        .post(
            "/{slug}/admin/consultations/{id}/workshops",
            owner::record_workshop,
        )
        .post(
            "/{slug}/admin/consultations/{id}/workshops/{workshop}/photos",
            owner::photo,
        )
        .get("/{slug}/admin/consultations/{id}/paper", owner::paper_page)
        .post("/{slug}/admin/consultations/{id}/paper", owner::paper)
        .post("/{slug}/admin/consultations/{id}/remarks", owner::remark)
        .post(
            "/{slug}/admin/consultations/{id}/comments/{comment}/hide",
            owner::hide,
        )
        .post(
            "/{slug}/admin/consultations/{id}/comments/{comment}/outcome",
            owner::outcome,
        )
        .post(
            "/{slug}/admin/consultations/{id}/sections/{section}/answer",
            owner::answer,
        )
        .post("/{slug}/admin/consultations/{id}/revision", owner::revision)
        .post(
            "/{slug}/admin/consultations/{id}/synthesis",
            owner::synthesis,
        )
        .post("/{slug}/admin/consultations/{id}/council", owner::council);
}
