//! The commune's focal point (admin): calls, their grid and publication, meetings and
//! attendance, answers, the results, agreements, reports and the final evaluation.
//! Evaluators may read the calls and their notes.

use super::private;
use crate::forms::cocreation::{
    AgreementForm, AttendanceForm, CallForm, CriterionForm, EmptyForm, MeetingForm, PageQuery,
    ReportForm, TextForm,
};
use crate::forms::{parse_number, CsrfForm};
use crate::routes::Reply;
use crate::routes::{db, html, marked, see_other, submit_checked};
use crate::scope::Id;
use crate::scope::{Admin, CommuneScope, Evaluator};
use crate::uploads::{self, FileKind};
use crate::views::cocreation as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::service::{self, CriterionInput};
use musharaka_cocreation::CallStatus;
use musharaka_core::time::now;
use musharaka_identity::Permissions;

type Scope = CommuneScope<Admin>;

fn to_call(s: &Scope, id: i64, done: &str) -> HttpResponse {
    see_other(&format!(
        "/{}/admin/cocreation/{id}?done={done}",
        s.commune.slug
    ))
}

fn to_note(s: &Scope, id: i64, done: &str) -> HttpResponse {
    see_other(&format!(
        "/{}/admin/cocreation/notes/{id}?done={done}",
        s.commune.slug
    ))
}

pub async fn list(s: CommuneScope<Evaluator>) -> Reply {
    let cid = s.commune.id;
    let rows = db(&s.state, move |c| {
        service::calls(c, cid, true, musharaka_core::Page::new(1), 200)
    })
    .await?;
    let is_admin = s.user.can_administer(s.commune.id);
    Ok(private(html(
        v::admin_list(&s.ctx, &s.commune, &rows.rows, now(), is_admin),
        false,
    )))
}

pub async fn new_page(s: Scope) -> Reply {
    let action = format!("/{}/admin/cocreation", s.commune.slug);
    Ok(private(html(
        v::call_form(&s.ctx, &s.commune, &action, &CallForm::default(), &vec![]),
        false,
    )))
}

pub async fn create(s: Scope, CsrfForm(form): CsrfForm<CallForm>) -> Reply {
    let result = s
        .submit_checked(form.fields(), move |c, user, cid, f| {
            service::create_call(c, user, cid, f, now())
        })
        .await?;
    match result {
        Ok(call) => Ok(to_call(&s, call.id, "admin-saved")),
        Err(e) => {
            let action = format!("/{}/admin/cocreation", s.commune.slug);
            Ok(html(
                v::call_form(&s.ctx, &s.commune, &action, &form, &e),
                true,
            ))
        }
    }
}

/// The call's back-office page for `ctx`/`user` of scope `s`.
async fn show<N: crate::scope::Need>(
    s: &CommuneScope<N>,
    id: i64,
    e: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let (page, notes, ranking) = s
        .db(move |c, user, cid| {
            let page = service::call_page(c, cid, id, None, true)?;
            let (_, notes) = service::call_notes(c, user, cid, id)?;
            let ranking = match page.call.status {
                CallStatus::Draft => None,
                _ => Some(service::ranking(c, user, cid, id)?),
            };
            Ok((page, notes, ranking))
        })
        .await?;
    let is_admin = s.user.can_administer(s.commune.id);
    let view = v::CallAdmin {
        page: &page,
        notes: &notes,
        ranking: ranking.as_ref(),
        now: now(),
        is_admin,
    };
    let markup = v::call_admin(&s.ctx, &s.commune, view, e, done);
    Ok(private(html(markup, !e.is_empty())))
}

pub async fn page(s: CommuneScope<Evaluator>, Id(id): Id, q: web::Query<PageQuery>) -> Reply {
    show(&s, id, &vec![], q.done.as_deref()).await
}

/// Runs `work` for the call `id`, then back to its page (or re-shown with the fields).
async fn on_call<F>(s: &Scope, id: i64, done: &str, work: F) -> Reply
where
    F: Fn(&mut musharaka_db::AnyConnection, &Permissions, i64) -> musharaka_core::Result<()>
        + Send
        + 'static,
{
    match s.submit(work).await? {
        Ok(()) => {
            s.state.mail_queued();
            Ok(to_call(s, id, done))
        }
        Err(e) => show(s, id, &e, None).await,
    }
}

pub async fn update(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<CallForm>) -> Reply {
    let result = s
        .submit_checked(form.fields(), move |c, user, cid, f| {
            service::update_call(c, user, cid, id, f, now()).map(|_| ())
        })
        .await?;
    match result {
        Ok(()) => Ok(to_call(&s, id, "admin-saved")),
        Err(e) => show(&s, id, &e, None).await,
    }
}

pub async fn criterion(s: Scope, Id(id): Id, CsrfForm(f): CsrfForm<CriterionForm>) -> Reply {
    on_call(&s, id, "admin-saved", move |c, user, cid| {
        let mut e = FieldErrors::new();
        let weight = parse_number::<i32>(&f.weight, "weight", &mut e).unwrap_or(0);
        let max_score = parse_number::<i32>(&f.max_score, "max_score", &mut e).unwrap_or(0);
        let input = CriterionInput {
            label_ar: &f.label_ar,
            label_fr: &f.label_fr,
            guidance: &f.guidance,
            weight,
            max_score,
        };
        crate::forms::with_form_errors(e, service::add_criterion(c, user, cid, id, &input))
    })
    .await
}

pub async fn publish(s: Scope, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    let commune = s.commune.clone();
    on_call(&s, id, "cc-published", move |c, user, _| {
        service::publish_call(c, user, &commune, id, now()).map(|_| ())
    })
    .await
}

pub async fn results(s: Scope, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    let (commune, st) = (s.commune.clone(), s.state.clone());
    on_call(&s, id, "cc-results-published", move |c, user, _| {
        service::publish_results(c, &st.mail_ctx(), user, &commune, id, now()).map(|_| ())
    })
    .await
}

pub async fn meeting(s: Scope, Id(id): Id, CsrfForm(f): CsrfForm<MeetingForm>) -> Reply {
    on_call(&s, id, "admin-saved", move |c, user, cid| {
        let m = f.input().map_err(crate::forms::petitions::invalid)?;
        service::add_meeting(c, user, cid, id, &m, now()).map(|_| ())
    })
    .await
}

pub async fn attendance(s: Scope, Id(id): Id, CsrfForm(f): CsrfForm<AttendanceForm>) -> Reply {
    let (_user, _cid, id) = (s.user.clone(), s.commune.id, id);
    let result = s
        .db(move |c, user, cid| {
            let mut e = FieldErrors::new();
            let a = parse_number::<i32>(&f.attendance, "attendance", &mut e);
            let o = parse_number::<i32>(&f.organisations, "organisations", &mut e);
            match (a, o) {
                (Some(a), Some(o)) => service::record_attendance(c, user, cid, id, a, o),
                _ => Err(crate::forms::petitions::invalid(e)),
            }
        })
        .await?;
    Ok(to_call(&s, result, "admin-saved"))
}

pub async fn answer(s: Scope, Id(id): Id, CsrfForm(f): CsrfForm<TextForm>) -> Reply {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), id, s.state.clone());
    let call = db(&s.state, move |c| {
        service::answer(c, &st.mail_ctx(), &user, &commune, id, &f.text, now())
    })
    .await?;
    s.state.mail_queued();
    Ok(to_call(&s, call, "cc-answered"))
}

pub async fn agreement(s: Scope, Id(id): Id, CsrfForm(f): CsrfForm<AgreementForm>) -> Reply {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), id, s.state.clone());
    let result = submit_checked(&s.state, f.input(), move |c, input| {
        service::sign_agreement(c, &st.mail_ctx(), &user, &commune, id, input, now())
    })
    .await?;
    match result {
        Ok(()) => {
            s.state.mail_queued();
            Ok(to_note(&s, id, "cc-agreement-signed"))
        }
        Err(e) => super::evaluate::show(&s, id, &e, None).await,
    }
}

pub async fn report(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<ReportForm>) -> Reply {
    let narrative = form.narrative.clone();
    let result = s
        .submit_checked(form.spent(), move |c, user, cid, spent| {
            service::submit_report(c, user, cid, id, &narrative, spent, now())
        })
        .await?;
    match result {
        Ok(()) => Ok(to_note(&s, id, "cc-report-saved")),
        Err(e) => super::evaluate::show(&s, id, &e, None).await,
    }
}

pub async fn final_evaluation(s: Scope, Id(id): Id, CsrfForm(f): CsrfForm<TextForm>) -> Reply {
    let result = s
        .db(move |c, user, cid| service::final_evaluation(c, user, cid, id, &f.text))
        .await;
    match marked(result)? {
        Ok(()) => Ok(to_note(&s, id, "admin-saved")),
        Err(e) => super::evaluate::show(&s, id, &e, None).await,
    }
}

/// A public document of the call (PDF).
pub async fn document(s: Scope, Id(id): Id, payload: actix_multipart::Multipart) -> Reply {
    let pdf = uploads::one_file(&s.ctx, &s.state, payload, "document", &[FileKind::Pdf]).await?;
    let config = s.state.config.clone();
    s.db(move |c, user, cid| {
        let owner = user.account.id;
        let store = |c: &mut _| uploads::store_public(c, &config, (&pdf.0, pdf.1), owner, cid);
        service::attach_call_document(c, user, cid, id, store, now())
    })
    .await?;
    Ok(to_call(&s, id, "admin-saved"))
}
