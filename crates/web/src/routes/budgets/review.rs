//! Technical review of proposals by the commune's reviewers.

use super::admin::proposal_with_errors;
use super::*;

pub(super) async fn admin_review(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64, i64)>,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, cycle_id, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    if !pb::may_review(&user, commune.id) {
        return Err(ErrorKind::Forbidden.into());
    }
    let mut errors = FieldErrors::new();
    let official_cents = match form.official_cost.trim() {
        "" => None,
        s => {
            let c = parse_centimes(s);
            if c.is_none() {
                errors.push(("official_cost".into(), "field-number".into()));
            }
            c
        }
    };
    let merge_into = match form.merge_into.trim() {
        "" => None,
        s => parse_number::<i64>(s, "merge_into", &mut errors),
    };
    let cid = commune.id;
    let facts = ReviewFacts {
        decision: form.decision.clone(),
        reason: form.reason.clone(),
        official_cents,
        merge_into,
    };
    let result = if errors.is_empty() {
        let base_url = state.config.base_url.clone();
        let u = user.clone();
        db(&state, move |c| {
            let mail = MailContext {
                i18n: i18n(),
                base_url: &base_url,
            };
            pb::review_proposal(c, &mail, &u, cid, cycle_id, id, &facts)
        })
        .await
        .map(|_| ())
    } else {
        Err(PageError(Error {
            kind: ErrorKind::InvalidInput,
            cause: None,
            fields: errors,
        }))
    };
    match result {
        Ok(()) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/budgets/{cycle_id}/proposals/{id}",
                commune.slug
            )))
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            proposal_with_errors(&state, &ctx, &commune, &slug, cycle_id, id, None, &e.fields).await
        }
        Err(e) => Err(e),
    }
}
