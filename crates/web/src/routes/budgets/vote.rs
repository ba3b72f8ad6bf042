//! Voting: the online ballot and paper ballots entered by the commune's staff.

use super::admin::admin_cycle_page;
use super::*;

pub(super) async fn vote_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let key = format!("account:{}", user.account.id);
    let (bctx, mine) = db(&state, move |c| {
        Ok((
            pb::ballot_context(c, cid, id)?,
            store::ballot_of(c, cid, id, &key)?,
        ))
    })
    .await?;
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

pub(super) async fn vote(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<BallotForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let bctx = db(&state, move |c| pb::ballot_context(c, cid, id)).await?;
    let mut errors = FieldErrors::new();
    let birth_year = match form.birth_year.trim() {
        "" => {
            errors.push(("birth_year".into(), "field-required".into()));
            None
        }
        s => parse_number::<i32>(s, "birth_year", &mut errors),
    };
    let choices = form.choices();
    let problems = bctx.check(&choices, birth_year);
    if !errors.is_empty() || !problems.is_empty() {
        return Ok(html(
            v::ballot(&ctx, &commune, &bctx, &form, None, &problems, &errors),
            true,
        ));
    }
    let result = db(&state, move |c| {
        pb::cast_ballot(c, cid, id, &Voter::Online(&user), &choices, birth_year)
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
    state: web::Data<AppState>,
    scope: CommuneScope<AnyRole>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<BallotForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let (commune, user) = (scope.commune.clone(), scope.user.clone());
    if !pb::may_enter_paper(&user, commune.id) {
        return Err(ErrorKind::Forbidden.into());
    }
    let mut errors = FieldErrors::new();
    require_text(&form.paper_number, "paper_number", 40, &mut errors);
    let birth_year = match form.birth_year.trim() {
        "" => None,
        s => parse_number::<i32>(s, "birth_year", &mut errors),
    };
    let email = form.voter_email.trim().to_lowercase();
    let cin = form.voter_cin.trim().to_string();
    if email.is_empty() && cin.is_empty() {
        errors.push(("voter_email".into(), "pb-voter-required".into()));
    }
    let cid = commune.id;
    let choices = form.choices();
    let st = state.clone();
    let number = form.paper_number.trim().to_string();
    let result = if errors.is_empty() {
        db(&state, move |c| {
            let (voter_key, voter_id) = if email.is_empty() {
                (cin_key(&st.protector, &cin)?, None)
            } else {
                let account =
                    musharaka_identity::store::account_by_email(c, &email)?.ok_or_else(|| {
                        Error::field(ErrorKind::InvalidInput, "voter_email", "pb-voter-unknown")
                    })?;
                (format!("account:{}", account.id), Some(account.id))
            };
            let bctx = pb::ballot_context(c, cid, id)?;
            if !bctx.check(&choices, birth_year).is_empty() {
                return Err(Error::field(
                    ErrorKind::InvalidInput,
                    "ballot",
                    "pb-ballot-invalid",
                ));
            }
            pb::cast_ballot(
                c,
                cid,
                id,
                &Voter::Paper {
                    officer: &user,
                    voter_key,
                    voter_id,
                    number: number.clone(),
                },
                &choices,
                birth_year,
            )
        })
        .await
    } else {
        Err(PageError(Error {
            kind: ErrorKind::InvalidInput,
            cause: None,
            fields: errors,
        }))
    };
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/budgets/{id}?done=pb-paper-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let page = admin_cycle_page(&state, &scope, id, None, &form, &e.fields).await?;
            let mut res = html(page, true);
            if e.kind == ErrorKind::Conflict {
                *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            }
            Ok(res)
        }
        Err(e) => Err(e),
    }
}
