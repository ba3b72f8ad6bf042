//! Technical review of proposals by the commune's reviewers.

use super::admin::proposal_with_errors;
use super::*;

pub(super) async fn admin_review(
    scope: CommuneScope<Reviewer>,
    path: web::Path<(String, i64, i64)>,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> Reply {
    let (_, cycle_id, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let cid = commune.id;
    let result = match form.facts() {
        Ok(facts) => {
            let base_url = scope.state.config.base_url.clone();
            db(&scope.state, move |c| {
                let mail = MailContext {
                    i18n: i18n(),
                    base_url: &base_url,
                };
                pb::review_proposal(c, &mail, &user, cid, cycle_id, id, &facts)
            })
            .await
            .map(|_| ())
        }
        Err(fields) => Err(crate::forms::invalid(fields).into()),
    };
    match crate::routes::marked(result)? {
        Ok(()) => {
            scope.state.mail_queued();
            Ok(see_other(&format!(
                "/{}/budgets/{cycle_id}/proposals/{id}",
                commune.slug
            )))
        }
        Err(fields) => {
            proposal_with_errors(&scope.state, &ctx, &commune, cycle_id, id, None, &fields).await
        }
    }
}
