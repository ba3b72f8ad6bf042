//! The bureau (and the commune's admin acting for it): the list, the review page and the
//! decision (art. 125), paper petitions and signatures, invalidations, the deposit file.

use super::{private, today};
use crate::errors::PageError;
use crate::forms::petitions::{
    invalid, DecideForm, InvalidateForm, ListQuery, PaperPetitionForm, SignForm,
};
use crate::forms::CsrfForm;
use crate::routes::{db, html, marked, reshow_on_fields, see_other};
use crate::scope::{Bureau, CommuneScope};
use crate::state::AppState;
use crate::views::form::FieldErrors;
use crate::views::petitions as v;
use actix_web::{web, HttpResponse};
use musharaka_petitions::service::{self, Signatory};

type Scope = CommuneScope<Bureau>;
type Path = web::Path<(String, i64)>;

pub async fn list(state: web::Data<AppState>, s: Scope) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let all = db(&state, move |c| service::bureau_list(c, &user, cid)).await?;
    Ok(html(
        v::bureau_list(&s.ctx, &s.commune, &all, today()),
        false,
    ))
}

/// The review page; `errors` when a form of it was refused.
async fn show(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let d = db(state, move |c| {
        service::bureau_page(c, &user, cid, id, today())
    })
    .await?;
    let signers: Vec<Signatory> = d
        .signatures
        .into_iter()
        .map(|row| Signatory { row, cin: None })
        .collect();
    let committees: Vec<(i64, String)> = d
        .committees
        .into_iter()
        .map(|k| (k.committee.id, k.committee.name(s.ctx.lang).to_string()))
        .collect();
    let extras = v::BureauExtras {
        preview: d.preview,
        unmet: d.unmet,
        mandate: d.mandate,
        association_file: d.association_file,
    };
    let markup = v::bureau_page(
        &s.ctx,
        &s.commune,
        &d.petition,
        d.counts,
        &signers,
        &committees,
        &extras,
        today(),
        errors,
        done,
    );
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    show(&state, &s, path.1, &vec![], q.done.as_deref()).await
}

/// The outcome of a review form: back to the page, or the page with the form's errors.
async fn after(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    result: Result<(), PageError>,
    anchor: &str,
) -> Result<HttpResponse, PageError> {
    match marked(result)? {
        Ok(()) => {
            state.mail_queued();
            let slug = &s.commune.slug;
            Ok(see_other(&format!(
                "/{slug}/admin/petitions/{id}?done=admin-saved{anchor}"
            )))
        }
        Err(fields) => show(state, s, id, &fields, None).await,
    }
}

pub async fn decide(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<DecideForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, st) = (s.user.clone(), s.commune.id, path.1, state.clone());
    let result = db(&state, move |c| {
        let decision = form.decision().map_err(invalid)?;
        let (list, committee) = (form.checklist(), form.committee());
        service::bureau_decide(
            c,
            &st.petitions_ctx(),
            &user,
            cid,
            id,
            &list,
            committee,
            decision,
            today(),
        )
        .map(|_| ())
    })
    .await;
    after(&state, &s, id, result, "").await
}

pub async fn paper_signature(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<SignForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, st) = (s.user.clone(), s.commune.id, path.1, state.clone());
    let result = db(&state, move |c| {
        let mut errors = FieldErrors::new();
        let mut input = form.signer(&mut errors);
        // The paper list carries the signatures and declarations of art. 123.
        input.declares_common_interest = true;
        input.declares_electoral_conditions = true;
        let added =
            service::add_paper_signature(c, &st.petitions_ctx(), &user, cid, id, &input, today());
        crate::forms::with_form_errors(errors, added)
    })
    .await;
    after(&state, &s, id, result, "#paper").await
}

pub async fn invalidate(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<InvalidateForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let result = db(&state, move |c| {
        service::invalidate(c, &user, cid, id, &form.invalidation(), &form.reason).map(|_| ())
    })
    .await;
    after(&state, &s, id, result, "").await
}

/// Staff register a petition deposited on paper.
pub async fn register_paper(
    state: web::Data<AppState>,
    s: Scope,
    CsrfForm(form): CsrfForm<PaperPetitionForm>,
) -> Result<HttpResponse, PageError> {
    let (user, c2, st) = (s.user.clone(), s.commune.clone(), state.clone());
    let result = db(&state, move |c| {
        let on = form.received_on().map_err(invalid)?;
        service::register_paper_petition(
            c,
            &st.petitions_ctx(),
            &user,
            &c2,
            form.draft.kind(),
            &form.draft.texts(),
            on,
        )
    })
    .await;
    let (user, cid) = (s.user.clone(), s.commune.id);
    let all = match &result {
        Err(PageError(e)) if !e.fields.is_empty() => {
            db(&state, move |c| service::bureau_list(c, &user, cid)).await?
        }
        _ => Vec::new(),
    };
    let form = |e: &FieldErrors| v::bureau_list_with(&s.ctx, &s.commune, &all, today(), e);
    match reshow_on_fields(result, form)? {
        Ok(p) => Ok(see_other(&format!(
            "/{}/admin/petitions/{}?done=admin-saved",
            s.commune.slug, p.id
        ))),
        Err(page) => Ok(page),
    }
}

/// The deposit file (decree 2.16.403's form and the list of signatories), without CIN
/// numbers; they are shown by the audited POST below.
pub async fn deposit_file(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
) -> Result<HttpResponse, PageError> {
    file(&state, &s, path.1, false).await
}

/// The deposit file with the signatories' CIN numbers decrypted: each view is audited.
pub async fn deposit_file_with_cins(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    file(&state, &s, path.1, true).await
}

async fn file(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    with_cins: bool,
) -> Result<HttpResponse, PageError> {
    let (user, cid, st) = (s.user.clone(), s.commune.id, state.clone());
    let (p, counts, signers) = db(state, move |c| {
        service::deposit_file(c, &st.protector, &user, cid, id, with_cins)
    })
    .await?;
    let action = format!("/{}/admin/petitions/{id}/file", s.commune.slug);
    let markup = v::deposit_file(&s.ctx, &s.commune, &p, counts, &signers, Some(&action));
    Ok(private(html(markup, false)))
}
