//! The bureau (and the commune's admin acting for it): the list, the review page and the
//! decision (art. 125), paper petitions and signatures, invalidations, the deposit file.

use super::{private, today};
use crate::errors::PageError;
use crate::forms::petitions::{
    invalid, DecideForm, InvalidateForm, ListQuery, PaperPetitionForm, SignForm,
};
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::routes::{db, html, marked, reshow_on_fields, see_other};
use crate::scope::Id;
use crate::scope::{Bureau, CommuneScope};
use crate::views::form::FieldErrors;
use crate::views::petitions as v;
use actix_web::web;
use musharaka_petitions::service::{self, Signatory};

type Scope = CommuneScope<Bureau>;

pub async fn list(s: Scope) -> Reply {
    let all = s.db(service::bureau_list).await?;
    Ok(html(
        v::bureau_list(&s.ctx, &s.commune, &all, today()),
        false,
    ))
}

/// The review page; `errors` when a form of it was refused.
async fn show(s: &Scope, id: i64, errors: &FieldErrors, done: Option<&str>) -> Reply {
    let d = s
        .db(move |c, user, cid| service::bureau_page(c, user, cid, id, today()))
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
        committees,
        preview: d.preview,
        unmet: d.unmet,
        mandate: d.mandate,
        association_file: d.association_file,
    };
    let shown = v::Shown {
        petition: &d.petition,
        counts: d.counts,
        today: today(),
    };
    let markup = v::bureau_page(&s.ctx, &s.commune, shown, &signers, &extras, errors, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(s: Scope, Id(id): Id, q: web::Query<ListQuery>) -> Reply {
    show(&s, id, &vec![], q.done.as_deref()).await
}

/// The outcome of a review form: back to the page, or the page with the form's errors.
async fn after(s: &Scope, id: i64, result: Result<(), PageError>, anchor: &str) -> Reply {
    match marked(result)? {
        Ok(()) => {
            s.state.mail_queued();
            let slug = &s.commune.slug;
            Ok(see_other(&format!(
                "/{slug}/admin/petitions/{id}?done=admin-saved{anchor}"
            )))
        }
        Err(fields) => show(s, id, &fields, None).await,
    }
}

pub async fn decide(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<DecideForm>) -> Reply {
    let st = s.state.clone();
    let result = s
        .db(move |c, user, cid| {
            let decision = form.bureau_decision().map_err(invalid)?;
            service::bureau_decide(c, &st.petitions_ctx(), user, cid, id, decision, today())
                .map(|_| ())
        })
        .await;
    after(&s, id, result, "").await
}

pub async fn paper_signature(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<SignForm>) -> Reply {
    let st = s.state.clone();
    let result = s
        .db(move |c, user, cid| {
            let mut errors = FieldErrors::new();
            let mut input = form.signer(&mut errors);
            // The paper list carries the signatures and declarations of art. 123.
            input.declares_common_interest = true;
            input.declares_electoral_conditions = true;
            let added = service::add_paper_signature(
                c,
                &st.petitions_ctx(),
                user,
                cid,
                id,
                &input,
                today(),
            );
            crate::forms::with_form_errors(errors, added)
        })
        .await;
    after(&s, id, result, "#paper").await
}

pub async fn invalidate(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<InvalidateForm>) -> Reply {
    let result = s
        .db(move |c, user, cid| {
            service::invalidate(c, user, cid, id, &form.invalidation(), &form.reason).map(|_| ())
        })
        .await;
    after(&s, id, result, "").await
}

/// Staff register a petition deposited on paper.
pub async fn register_paper(s: Scope, CsrfForm(form): CsrfForm<PaperPetitionForm>) -> Reply {
    let (user, c2, st) = (s.user.clone(), s.commune.clone(), s.state.clone());
    let result = db(&s.state, move |c| {
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
    let all = match &result {
        Err(PageError(e)) if !e.fields.is_empty() => s.db(service::bureau_list).await?,
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
pub async fn deposit_file(s: Scope, Id(id): Id) -> Reply {
    file(&s, id, false).await
}

/// The deposit file with the signatories' CIN numbers decrypted: each view is audited.
pub async fn deposit_file_with_cins(
    s: Scope,
    Id(id): Id,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Reply {
    file(&s, id, true).await
}

async fn file(s: &Scope, id: i64, with_cins: bool) -> Reply {
    let st = s.state.clone();
    let (p, counts, signers) = s
        .db(move |c, user, cid| service::deposit_file(c, &st.protector, user, cid, id, with_cins))
        .await?;
    let action = format!("/{}/admin/petitions/{id}/file", s.commune.slug);
    let markup = v::deposit_file(&s.ctx, &s.commune, &p, counts, &signers, Some(&action));
    Ok(private(html(markup, false)))
}
