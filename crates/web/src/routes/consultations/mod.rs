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
        .published(
            "consultations",
            (data::api_list, data::api_one),
            (data::atom, public::list),
        )
        .get("/charter", public::charter)
        .get("/{id}", public::page)
        .post("/{id}/sections/{section}/comments", public::comment)
        .get("/{id}/comments/{comment}", public::comment_page)
        .post("/{id}/comments/{comment}/replies", public::reply)
        .post("/{id}/comments/{comment}/support", public::support)
        .get("/{id}/questionnaire", public::questionnaire)
        .post("/{id}/questionnaire", public::respond)
        .get("/{id}/results", data::results)
        .get("/{id}/results.csv", data::results_csv)
        .get("/{id}/results.json", data::results_json)
        .at("/{slug}/admin/consultations")
        .get("", owner::list)
        .post("", owner::create)
        .get("/{id}", owner::page)
        .post("/{id}", owner::update)
        .post("/{id}/sections", owner::add_section)
        .post("/{id}/questions", owner::add_question)
        .post("/{id}/publish", owner::publish)
        .post("/{id}/workshops", owner::record_workshop)
        .post("/{id}/workshops/{workshop}/photos", owner::photo)
        .get("/{id}/paper", owner::paper_page)
        .post("/{id}/paper", owner::paper)
        .post("/{id}/remarks", owner::remark)
        .post("/{id}/comments/{comment}/hide", owner::hide)
        .post("/{id}/comments/{comment}/outcome", owner::outcome)
        .post("/{id}/sections/{section}/answer", owner::answer)
        .post("/{id}/revision", owner::revision)
        .post("/{id}/synthesis", owner::synthesis)
        .post("/{id}/council", owner::council);
}
