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
        .get("/api/v1/communes/{slug}/cocreation", feeds::api_list)
        .get("/api/v1/communes/{slug}/cocreation/{id}", feeds::api_one)
        .get("/{slug}/cocreation.atom", feeds::atom)
        .get("/{slug}/cocreation", public::list)
        .get("/{slug}/cocreation/mine", association::mine)
        .get("/{slug}/cocreation/notes/{id}", association::page)
        .post("/{slug}/cocreation/notes/{id}", association::save)
        .post("/{slug}/cocreation/notes/{id}/submit", association::submit)
        .get(
            "/{slug}/cocreation/notes/{id}/receipt",
            association::receipt,
        )
        .post("/{slug}/cocreation/notes/{id}/reports", association::report)
        .post(
            "/{slug}/cocreation/notes/{id}/attachments",
            association::attach,
        )
        .get(
            "/{slug}/cocreation/notes/{id}/attachments/{upload}",
            association::attachment,
        )
        .post(
            "/{slug}/cocreation/meetings/{id}/register",
            public::register,
        )
        .get("/{slug}/cocreation/{id}", public::call)
        .get("/{slug}/cocreation/{id}/results", public::results)
        .get("/{slug}/cocreation/{id}/results.csv", feeds::results_csv)
        .post("/{slug}/cocreation/{id}/questions", public::ask)
        .get("/{slug}/cocreation/{id}/notes/new", association::new_page)
        .post("/{slug}/cocreation/{id}/notes", association::create)
        .get("/{slug}/admin/cocreation", admin::list)
        .post("/{slug}/admin/cocreation", admin::create)
        .get("/{slug}/admin/cocreation/new", admin::new_page)
        .get("/{slug}/admin/cocreation/notes/{id}", evaluate::page)
        .post(
            "/{slug}/admin/cocreation/notes/{id}/eligibility",
            evaluate::eligibility,
        )
        .post(
            "/{slug}/admin/cocreation/notes/{id}/scores",
            evaluate::scores,
        )
        .post(
            "/{slug}/admin/cocreation/notes/{id}/conflict",
            evaluate::conflict,
        )
        .post(
            "/{slug}/admin/cocreation/notes/{id}/agreement",
            admin::agreement,
        )
        .post("/{slug}/admin/cocreation/notes/{id}/reports", admin::report)
        .post(
            "/{slug}/admin/cocreation/notes/{id}/final",
            admin::final_evaluation,
        )
        .post(
            "/{slug}/admin/cocreation/meetings/{id}/attendance",
            admin::attendance,
        )
        .post(
            "/{slug}/admin/cocreation/questions/{id}/answer",
            admin::answer,
        )
        .get("/{slug}/admin/cocreation/{id}", admin::page)
        .post("/{slug}/admin/cocreation/{id}", admin::update)
        .post("/{slug}/admin/cocreation/{id}/criteria", admin::criterion)
        .post("/{slug}/admin/cocreation/{id}/publish", admin::publish)
        .post("/{slug}/admin/cocreation/{id}/results", admin::results)
        .post("/{slug}/admin/cocreation/{id}/meetings", admin::meeting)
        .post("/{slug}/admin/cocreation/{id}/documents", admin::document);
}

/// A page with personal data or a back-office page: never stored by a browser or a proxy.
fn private(mut res: actix_web::HttpResponse) -> actix_web::HttpResponse {
    res.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("private, no-store"),
    );
    res
}
