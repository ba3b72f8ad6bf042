//! Co-creation calls with associations, by audience: `public` (calls, results, questions,
//! meeting registration), `association` (the concept note, its receipt, reports), `admin`
//! (calls, grid, meetings, answers, results, agreements), `evaluate` (the note for
//! evaluators: eligibility checklist, scores, conflicts) and `feeds` (Atom, CSV, JSON).

mod admin;
mod association;
mod evaluate;
mod feeds;
mod public;

use super::Router;

pub const PAGE_SIZE: i64 = 20;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .published(
            "cocreation",
            (feeds::api_list, feeds::api_one),
            (feeds::atom, public::list),
        )
        .get("/mine", association::mine)
        .get("/notes/{id}", association::page)
        .post("/notes/{id}", association::save)
        .post("/notes/{id}/submit", association::submit)
        .get("/notes/{id}/receipt", association::receipt)
        .post("/notes/{id}/reports", association::report)
        .post("/notes/{id}/attachments", association::attach)
        .get("/notes/{id}/attachments/{upload}", association::attachment)
        .post("/meetings/{id}/register", public::register)
        .get("/{id}", public::call)
        .get("/{id}/results", public::results)
        .get("/{id}/results.csv", feeds::results_csv)
        .post("/{id}/questions", public::ask)
        .get("/{id}/notes/new", association::new_page)
        .post("/{id}/notes", association::create)
        .at("/{slug}/admin/cocreation")
        .get("", admin::list)
        .post("", admin::create)
        .get("/new", admin::new_page)
        .get("/notes/{id}", evaluate::page)
        .post("/notes/{id}/eligibility", evaluate::eligibility)
        .post("/notes/{id}/scores", evaluate::scores)
        .post("/notes/{id}/conflict", evaluate::conflict)
        .post("/notes/{id}/agreement", admin::agreement)
        .post("/notes/{id}/reports", admin::report)
        .post("/notes/{id}/final", admin::final_evaluation)
        .post("/meetings/{id}/attendance", admin::attendance)
        .post("/questions/{id}/answer", admin::answer)
        .get("/{id}", admin::page)
        .post("/{id}", admin::update)
        .post("/{id}/criteria", admin::criterion)
        .post("/{id}/publish", admin::publish)
        .post("/{id}/results", admin::results)
        .post("/{id}/meetings", admin::meeting)
        .post("/{id}/documents", admin::document);
}

use crate::routes::private;
