//! Voting: the online ballot and paper ballots entered by the commune's staff.

use super::admin::admin_cycle_page;
use super::*;

pub(super) async fn vote_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Reply {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let account = user.account.id;
    let (bctx, mine) = db(&state, move |c| pb::ballot_page(c, cid, id, account)).await?;
    let form = BallotForm {
        p: mine
            .as_ref()
            .map(|(_, _, items)| items.iter().map(|i| i.to_string()).collect())
            .unwrap_or_default(),
        ..Default::default()
    };
    let channel = mine.map(|(_, ch, _)| ch);
    Ok(html(
        v::ballot(
            &ctx,
            &commune,
            &bctx,
            &form,
            channel.as_deref(),
            &[],
            &vec![],
        ),
        false,
    ))
}

/// The voter's birth year and keyed CIN hash as typed on the ballot, with the fields to mark.
fn voter_fields(
    form: &BallotForm,
    protector: &musharaka_petitions::protect::Protector,
) -> (Option<i32>, Option<String>, FieldErrors) {
    let mut errors = FieldErrors::new();
    let birth_year = match form.birth_year.trim() {
        "" => {
            errors.push(("birth_year".into(), "field-required".into()));
            None
        }
        s => parse_number::<i32>(s, "birth_year", &mut errors),
    };
    let cin = match form.voter_cin.trim() {
        "" => {
            errors.push(("voter_cin".into(), "lp-ballot-cin-required".into()));
            None
        }
        typed => match cin_hash(protector, typed) {
            Ok(h) => Some(h),
            Err(e) => {
                errors.extend(e.fields);
                None
            }
        },
    };
    (birth_year, cin, errors)
}

pub(super) async fn vote(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<BallotForm>,
) -> Reply {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let bctx = db(&state, move |c| pb::ballot_context(c, cid, id)).await?;
    let (birth_year, cin, errors) = voter_fields(&form, &state.protector);
    let choices = form.choices();
    let problems = bctx.check(&choices, birth_year);
    if !errors.is_empty() || !problems.is_empty() {
        return Ok(html(
            v::ballot(&ctx, &commune, &bctx, &form, None, &problems, &errors),
            true,
        ));
    }
    let cin_hash = cin.unwrap_or_default();
    // Votes come in bursts when a cycle opens or closes: they share commits.
    let result = crate::routes::write(&state, move |c| {
        let voter = Voter::Online {
            voter: &user,
            cin_hash: cin_hash.clone(),
        };
        pb::cast_ballot(c, cid, id, &voter, &choices, birth_year)
    })
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/budgets/{id}?done=pb-ballot-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let status = e.kind;
            let page = v::ballot(&ctx, &commune, &bctx, &form, None, &[], &e.fields);
            let mut res = html(page, true);
            if status == ErrorKind::Conflict {
                *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            }
            Ok(res)
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn admin_paper(
    scope: CommuneScope<AnyRole>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<BallotForm>,
) -> Reply {
    let (_, id) = path.into_inner();
    let (cid, user) = (scope.commune.id, scope.user.clone());
    let result = match form.paper(|cin| cin_hash(&scope.state.protector, cin)) {
        Ok(ballot) => {
            db(&scope.state, move |c| {
                pb::cast_paper_ballot(c, &user, cid, id, &ballot)
            })
            .await
        }
        Err(fields) => Err(crate::forms::invalid(fields).into()),
    };
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/budgets/{id}?done=pb-paper-saved",
            scope.commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let page = admin_cycle_page(&scope, id, None, &form, &e.fields).await?;
            let mut res = html(page, true);
            if e.kind == ErrorKind::Conflict {
                *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            }
            Ok(res)
        }
        Err(e) => Err(e),
    }
}
