//! The back office of the budget: cycles, rulebook, phases, count, follow-up updates.

use super::*;

pub(super) async fn admin_cycles(scope: CommuneScope<AnyRole>, _: web::Path<String>) -> Reply {
    let CommuneScope { ctx, commune, .. } = scope;
    let cid = commune.id;
    let list = db(&scope.state, move |c| pb::cycles(c, cid)).await?;
    Ok(html(
        v::admin_cycles(&ctx, &commune, &list, &CycleForm::default(), &vec![]),
        false,
    ))
}

pub(super) async fn admin_create(
    scope: CommuneScope<Admin>,
    _: web::Path<String>,
    CsrfForm(form): CsrfForm<CycleForm>,
) -> Reply {
    let check = crate::routes::checked(|errors| form.facts(errors));
    let created = scope.submit_checked(check, |c, user, cid, f| {
        pb::create_cycle(c, Some(user), cid, f)
    });
    match created.await? {
        Ok(cycle) => Ok(see_other(&format!(
            "/{}/admin/budgets/{}?done=admin-saved",
            scope.commune.slug, cycle.id
        ))),
        Err(fields) => {
            let list = scope.db(|c, _, cid| pb::cycles(c, cid)).await?;
            let page = v::admin_cycles(&scope.ctx, &scope.commune, &list, &form, &fields);
            Ok(html(page, true))
        }
    }
}

/// The edit form of a cycle's rulebook, with whether it is already frozen.
pub(super) async fn admin_edit_view(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
    form: Option<&CycleForm>,
    errors: &FieldErrors,
) -> Result<maud::Markup, PageError> {
    let cid = commune.id;
    let at = now();
    let (cycle, facts, frozen) = db(state, move |c| pb::cycle_edit(c, cid, id, at)).await?;
    let filled;
    let form = match form {
        Some(f) => f,
        None => {
            filled = CycleForm::from_facts(&facts);
            &filled
        }
    };
    Ok(v::admin_edit_cycle(
        ctx, commune, &cycle, frozen, form, errors,
    ))
}

pub(super) async fn admin_edit_page(
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
) -> Reply {
    let (_, id) = path.into_inner();
    let CommuneScope { ctx, commune, .. } = scope;
    let page = admin_edit_view(&scope.state, &ctx, &commune, id, None, &vec![]).await?;
    Ok(html(page, false))
}

pub(super) async fn admin_edit(
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<CycleForm>,
) -> Reply {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let cid = commune.id;
    let mut errors = FieldErrors::new();
    let result = match form.facts(&mut errors) {
        Some(f) => {
            db(&scope.state, move |c| {
                pb::update_cycle(c, Some(&user), cid, id, &f)
            })
            .await
        }
        None => Err(crate::forms::invalid(errors).into()),
    };
    match result {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/budgets/{id}?done=admin-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let page =
                admin_edit_view(&scope.state, &ctx, &commune, id, Some(&form), &e.fields).await?;
            let mut res = html(page, true);
            if e.kind == ErrorKind::Conflict {
                *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            }
            Ok(res)
        }
        Err(e) => Err(e),
    }
}

/// The cycle's back-office page (any role of the commune), with the paper-ballot form.
pub(super) async fn admin_cycle_page(
    scope: &CommuneScope<AnyRole>,
    id: i64,
    done: Option<&str>,
    paper: &BallotForm,
    errors: &FieldErrors,
) -> Result<maud::Markup, PageError> {
    let (ctx, commune, user) = (&scope.ctx, &scope.commune, &scope.user);
    let (_, data) = cycle_of(&scope.state, &commune.slug, id).await?;
    let cid = commune.id;
    let office = db(&scope.state, move |c| pb::cycle_office(c, cid, id)).await?;
    Ok(v::admin_cycle(
        ctx,
        commune,
        user,
        &v::AdminCycle {
            data: &data,
            proposals: &office.proposals,
            ballot: &office.ballot,
            channels: &office.channels,
            paper,
            errors,
            done,
        },
    ))
}

pub(super) async fn admin_cycle(
    scope: CommuneScope<AnyRole>,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Reply {
    let (_, id) = path.into_inner();
    let page = admin_cycle_page(
        &scope,
        id,
        q.done.as_deref(),
        &BallotForm::default(),
        &vec![],
    )
    .await?;
    Ok(html(page, false))
}

pub(super) async fn admin_phase(
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<PhaseForm>,
) -> Reply {
    let (_, id) = path.into_inner();
    let CommuneScope { commune, user, .. } = scope;
    let phase = match form.phase.as_str() {
        "" | "calendar" => None,
        p => Some(p.parse::<Phase>().map_err(|_| ErrorKind::InvalidInput)?),
    };
    let cid = commune.id;
    db(&scope.state, move |c| {
        pb::set_phase(c, Some(&user), cid, id, phase)
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/admin/budgets/{id}?done=admin-saved",
        commune.slug
    )))
}

pub(super) async fn admin_count(
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Reply {
    let (_, id) = path.into_inner();
    let CommuneScope { commune, user, .. } = scope;
    let cid = commune.id;
    db(&scope.state, move |c| {
        pb::select_winners(c, Some(&user), cid, id)
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/admin/budgets/{id}?done=pb-counted",
        commune.slug
    )))
}

/// The proposal page with the reviewer's and admin's forms, re-shown with field errors.
pub(super) async fn proposal_with_errors(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    cycle_id: i64,
    id: i64,
    update: Option<&UpdateForm>,
    errors: &FieldErrors,
) -> Reply {
    let (_, data) = cycle_of(state, &commune.slug, cycle_id).await?;
    let cid = commune.id;
    let d = db(state, move |c| {
        pb::proposal_detail(c, (cid, cycle_id), id, false)
    })
    .await?;
    Ok(html(
        v::proposal(ctx, commune, &data, &d, true, update, errors),
        true,
    ))
}

pub(super) async fn admin_update(
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64, i64)>,
    payload: Multipart,
) -> Reply {
    let (_, cycle_id, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let form = uploads::read_form(&ctx, payload, scope.state.config.upload_max_bytes).await?;
    let input = UpdateForm::read(&form);
    let photos = update_photos(form.files);
    let result = match (input.facts(), photos) {
        (Ok(facts), Ok(photos)) => {
            let (cid, config) = (commune.id, scope.state.config.clone());
            db(&scope.state, move |c| {
                pb::add_update_storing(c, Some(&user), cid, cycle_id, id, facts.clone(), |c| {
                    photos
                        .iter()
                        .map(|(f, k)| {
                            uploads::store_public(c, &config, (f, *k), user.account.id, cid)
                        })
                        .collect()
                })
            })
            .await
        }
        (facts, photos) => Err(invalid(facts, photos)),
    };
    match crate::routes::marked(result)? {
        Ok(()) => Ok(see_other(&format!(
            "/{}/budgets/{cycle_id}/proposals/{id}",
            commune.slug
        ))),
        Err(fields) => {
            let input = Some(&input);
            proposal_with_errors(&scope.state, &ctx, &commune, cycle_id, id, input, &fields).await
        }
    }
}

/// The photos of an update with their checked kinds, or the field errors.
fn update_photos(
    files: Vec<uploads::UploadedFile>,
) -> Result<Vec<(uploads::UploadedFile, FileKind)>, FieldErrors> {
    let photos: Vec<_> = files.into_iter().filter(|f| f.field == "photos").collect();
    if photos.len() > pb::MAX_UPDATE_PHOTOS {
        return Err(vec![("photos".into(), "pb-update-photos-too-many".into())]);
    }
    photos
        .into_iter()
        .map(
            |f| match uploads::check_kind(&f, &[FileKind::Png, FileKind::Jpeg]) {
                Ok(k) => Ok((f, k)),
                Err(e) => Err(e
                    .fields
                    .into_iter()
                    .map(|(_, m)| ("photos".into(), m))
                    .collect()),
            },
        )
        .collect()
}
