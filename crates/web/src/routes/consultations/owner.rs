//! The owner's back office (the participation focal point, `admin` role): every step of a
//! consultation. Each form posts, is done by one service call and comes back to the page,
//! or re-shows it with the refused form's fields marked (422).

use super::today;
use crate::forms::consultations::{
    self as f, invalid, pairs_of, without_token, AnswerForm, BodyRemarkForm, DraftForm, HideForm,
    ListQuery, OutcomeForm, Pairs, QuestionForm, SectionForm, SynthesisForm,
};
use crate::forms::{CsrfForm, EmptyForm};
use crate::routes::{html, marked, see_other, Reply};
use crate::scope::{Admin, CommuneScope, Id};
use crate::uploads::{self, IMAGES};
use crate::views::consultations as v;
use crate::views::form::FieldErrors;
use actix_web::web;
use musharaka_consultations::service::{self, QuestionInput};
use musharaka_consultations::QuestionKind;
use musharaka_core::{Error, Page};
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;

type Scope = CommuneScope<Admin>;
type Path2 = web::Path<(String, i64, i64)>;

async fn show_list(s: &Scope, values: &DraftForm, errors: &FieldErrors) -> Reply {
    let rows = s
        .db(|c, user, cid| service::list(c, Some(user), cid, None, Page::FIRST, 500))
        .await?;
    let markup = v::owner_list(&s.ctx, &s.commune, &rows.rows, values, errors, today());
    Ok(html(markup, !errors.is_empty()))
}

pub async fn list(s: Scope) -> Reply {
    show_list(&s, &DraftForm::default(), &vec![]).await
}

pub async fn create(s: Scope, CsrfForm(form): CsrfForm<DraftForm>) -> Reply {
    let f2 = form.clone();
    let result =
        s.db(move |c, user, cid| service::create(c, user, cid, &f2.input().map_err(invalid)?));
    match marked(result.await)? {
        Ok(id) => Ok(see_other(&format!(
            "/{}/admin/consultations/{id}?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => show_list(&s, &form, &fields).await,
    }
}

/// The owner's page of a consultation; `errors` names the refused form.
async fn show(s: &Scope, id: i64, errors: &v::OwnerErrors, done: Option<&str>) -> Reply {
    let d = s
        .db(move |c, user, cid| service::owner_page(c, user, cid, id))
        .await?;
    let markup = v::owner_page(&s.ctx, &s.commune, &d, today(), errors, done);
    Ok(html(markup, !errors.fields.is_empty()))
}

pub async fn page(s: Scope, Id(id): Id, q: web::Query<ListQuery>) -> Reply {
    show(&s, id, &v::OwnerErrors::default(), q.done.as_deref()).await
}

/// Runs `work` for the owner on consultation `id`; back to its page, or the page with the
/// fields of `form` marked and its posted `values` shown again.
async fn step<F>(s: &Scope, id: i64, mut posted: v::OwnerErrors, work: F) -> Reply
where
    F: Fn(&mut AnyConnection, &Permissions, i64) -> Result<(), Error> + Send + 'static,
{
    match marked(s.db(work).await)? {
        Ok(()) => {
            s.state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/consultations/{id}?done=admin-saved",
                s.commune.slug
            )))
        }
        Err(fields) => {
            posted.fields = fields;
            show(s, id, &posted, None).await
        }
    }
}

pub async fn update(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<DraftForm>) -> Reply {
    let posted = v::OwnerErrors::draft(form.clone());
    step(&s, id, posted, move |c, u, cid| {
        service::update(c, u, cid, id, &form.input().map_err(invalid)?)
    })
    .await
}

pub async fn add_section(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<SectionForm>) -> Reply {
    let posted = v::OwnerErrors::posted("section", pairs_of(&form));
    step(&s, id, posted, move |c, u, cid| {
        service::add_section(c, u, cid, id, &form.heading, &form.body).map(|_| ())
    })
    .await
}

pub async fn add_question(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<QuestionForm>) -> Reply {
    let posted = v::OwnerErrors::posted("question", pairs_of(&form));
    step(&s, id, posted, move |c, u, cid| {
        let kind = form
            .kind
            .parse::<QuestionKind>()
            .map_err(|_| Error::invalid("kind", "field-choice"))?;
        let q = QuestionInput {
            kind,
            prompt_ar: &form.prompt_ar,
            prompt_fr: &form.prompt_fr,
            options: &form.options,
            required: form.required.is_some(),
        };
        service::add_question(c, u, cid, id, &q).map(|_| ())
    })
    .await
}

pub async fn publish(s: Scope, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    let posted = v::OwnerErrors::posted("publish", Vec::new());
    step(&s, id, posted, move |c, u, cid| {
        service::publish(c, u, cid, id)
    })
    .await
}

pub async fn record_workshop(s: Scope, Id(id): Id, CsrfForm(pairs): CsrfForm<Pairs>) -> Reply {
    let posted = v::OwnerErrors::posted("workshop", without_token(pairs.clone()));
    step(&s, id, posted, move |c, u, cid| {
        let w = f::workshop(&pairs).map_err(invalid)?;
        service::record_workshop(c, u, cid, id, &w, today()).map(|_| ())
    })
    .await
}

pub async fn remark(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<BodyRemarkForm>) -> Reply {
    let posted = v::OwnerErrors::posted("remark", pairs_of(&form));
    step(&s, id, posted, move |c, u, cid| {
        let section = form
            .section
            .parse::<i64>()
            .map_err(|_| Error::invalid("section", "field-choice"))?;
        service::comment(c, u, cid, id, section, &form.input(), today()).map(|_| ())
    })
    .await
}

pub async fn hide(s: Scope, path: Path2, CsrfForm(form): CsrfForm<HideForm>) -> Reply {
    let (id, comment) = (path.1, path.2);
    let posted = v::OwnerErrors::posted(&format!("comment-{comment}"), pairs_of(&form));
    step(&s, id, posted, move |c, u, cid| {
        let reason = form.reason().map_err(invalid)?;
        service::hide(c, u, cid, id, comment, reason, &form.note)
    })
    .await
}

pub async fn outcome(s: Scope, path: Path2, CsrfForm(form): CsrfForm<OutcomeForm>) -> Reply {
    let (id, comment) = (path.1, path.2);
    let posted = v::OwnerErrors::posted(&format!("comment-{comment}"), pairs_of(&form));
    step(&s, id, posted, move |c, u, cid| {
        let input = form.input().map_err(invalid)?;
        service::set_outcome(c, u, cid, id, comment, &input, today())
    })
    .await
}

pub async fn answer(s: Scope, path: Path2, CsrfForm(form): CsrfForm<AnswerForm>) -> Reply {
    let (id, section) = (path.1, path.2);
    let posted = v::OwnerErrors::posted(&format!("answer-{section}"), pairs_of(&form));
    step(&s, id, posted, move |c, u, cid| {
        service::answer_section(c, u, cid, id, section, &form.input(), today())
    })
    .await
}

pub async fn revision(s: Scope, Id(id): Id, CsrfForm(pairs): CsrfForm<Pairs>) -> Reply {
    let posted = v::OwnerErrors::posted("revision", without_token(pairs.clone()));
    step(&s, id, posted, move |c, u, cid| {
        service::revise(c, u, cid, id, &f::revision(&pairs), today()).map(|_| ())
    })
    .await
}

pub async fn synthesis(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<SynthesisForm>) -> Reply {
    let st = s.state.clone();
    let posted = v::OwnerErrors::posted("synthesis", pairs_of(&form));
    step(&s, id, posted, move |c, u, cid| {
        service::publish_synthesis(c, &st.mail_ctx(), u, cid, id, &form.input(), today())
    })
    .await
}

pub async fn council(s: Scope, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    let posted = v::OwnerErrors::posted("council", Vec::new());
    step(&s, id, posted, move |c, u, cid| {
        service::send_to_council(c, u, cid, id, today()).map(|_| ())
    })
    .await
}

async fn show_paper(
    s: &Scope,
    id: i64,
    pairs: &Pairs,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let (c, questions, _) = s
        .db(move |c, user, cid| service::questionnaire(c, Some(user), cid, id))
        .await?;
    let markup = v::paper_form(&s.ctx, &s.commune, &c, &questions, pairs, errors, done);
    Ok(html(markup, !errors.is_empty()))
}

pub async fn paper_page(s: Scope, Id(id): Id, q: web::Query<ListQuery>) -> Reply {
    show_paper(&s, id, &Vec::new(), &vec![], q.done.as_deref()).await
}

/// A paper questionnaire entered by staff (counted apart); the form comes back empty for
/// the next one.
pub async fn paper(s: Scope, Id(id): Id, CsrfForm(pairs): CsrfForm<Pairs>) -> Reply {
    let pairs = without_token(pairs);
    let posted = pairs.clone();
    let result = s.db(move |c, user, cid| service::enter_paper(c, user, cid, id, &posted, today()));
    match marked(result.await)? {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/consultations/{id}/paper?done=cons-paper-saved",
            s.commune.slug
        ))),
        Err(fields) => show_paper(&s, id, &pairs, &fields, None).await,
    }
}

/// A photo of a workshop's flip charts (PNG or JPEG, public).
pub async fn photo(s: Scope, path: Path2, payload: actix_multipart::Multipart) -> Reply {
    let (id, workshop) = (path.1, path.2);
    let photo = uploads::one_file(&s.ctx, &s.state, payload, "photo", IMAGES).await?;
    let config = s.state.config.clone();
    s.db(move |c, user, cid| {
        service::add_workshop_photo(c, user, cid, id, workshop, |c| {
            uploads::store_public(c, &config, (&photo.0, photo.1), user.account.id, cid)
        })
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/admin/consultations/{id}?done=admin-saved",
        s.commune.slug
    )))
}
