//! The budget's public pages: cycles, proposals (list, page, form), results, follow-up.

use super::*;

pub(super) async fn cycles(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let list = db(&state, move |c| Ok(store::cycles(c, cid)?)).await?;
    Ok(html(v::cycles(&ctx, &commune, &list, now()), false))
}

pub(super) async fn cycle(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    Ok(html(
        v::cycle(&ctx, &commune, &data, now(), q.done.as_deref()),
        false,
    ))
}

pub(super) async fn proposals(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let q = q.into_inner();
    let filter = ProposalFilter {
        district_id: q.district.as_deref().and_then(|s| s.parse().ok()),
        category_id: q.category.as_deref().and_then(|s| s.parse().ok()),
        status: q
            .status
            .as_deref()
            .filter(|s| {
                s.parse::<musharaka_budgets::model::ProposalStatus>()
                    .is_ok()
            })
            .map(str::to_string),
        selected_only: false,
    };
    let page = q.page;
    let cid = commune.id;
    let show_votes = data.cycle.phase(now()) >= Phase::Results;
    let (list, total, tallies) = db(&state, move |c| {
        let (list, total) =
            store::proposals(c, cid, id, &filter, PAGE_SIZE, page.offset(PAGE_SIZE))?;
        let tallies = if show_votes {
            store::tallies(c, cid, id)?
        } else {
            Default::default()
        };
        Ok((list, total, tallies))
    })
    .await?;
    Ok(html(
        v::proposals(
            &ctx,
            &commune,
            &data,
            &v::ProposalPage {
                list: &list,
                total,
                page: page.number(),
                query: &q,
                tallies: show_votes.then_some(&tallies),
            },
        ),
        false,
    ))
}

pub(super) async fn proposal(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, cycle_id, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, cycle_id).await?;
    let cid = commune.id;
    let show_votes = data.cycle.phase(now()) >= Phase::Results;
    let (p, (updates, photos), votes, others) = db(&state, move |c| {
        let p = store::proposal(c, cid, cycle_id, id)?;
        let updates = store::updates(c, cid, cycle_id, Some(id), 100)?;
        let ids: Vec<i64> = updates.iter().map(|u| u.id).collect();
        let updates = (updates, store::update_photos(c, cid, &ids)?);
        let votes = if show_votes {
            store::tallies(c, cid, cycle_id)?.get(&id).copied()
        } else {
            None
        };
        let others = store::all_proposals(c, cid, cycle_id)?;
        Ok((p, updates, votes, others))
    })
    .await?;
    let reviewer = ctx
        .user
        .as_ref()
        .is_some_and(|u| pb::may_review(u, commune.id));
    Ok(html(
        v::proposal(
            &ctx,
            &commune,
            &data,
            &p,
            &v::Updates {
                list: &updates,
                photos: &photos,
            },
            votes,
            reviewer.then_some(others.as_slice()),
            None,
            &vec![],
        ),
        false,
    ))
}

pub(super) async fn proposal_new(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    ctx.require_user()?;
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    Ok(html(
        v::proposal_form(&ctx, &commune, &data, &v::ProposalInput::default(), &vec![]),
        false,
    ))
}

pub(super) async fn propose(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let form = uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let input = v::ProposalInput {
        title: form.text("title").to_string(),
        description: form.text("description").to_string(),
        location: form.text("location").to_string(),
        district_id: form.text("district_id").to_string(),
        category_id: form.text("category_id").to_string(),
        estimated: form.text("estimated").to_string(),
        as_association: !form.text("as_association").is_empty(),
    };
    let mut errors = FieldErrors::new();
    require_text(&input.title, "title", 200, &mut errors);
    require_text(&input.description, "description", 5000, &mut errors);
    if input.location.chars().count() > 300 {
        errors.push(("location".into(), "field-too-long".into()));
    }
    let district_id = parse_number::<i64>(&input.district_id, "district_id", &mut errors);
    let category_id = match input.category_id.trim() {
        "" => None,
        s => parse_number::<i64>(s, "category_id", &mut errors),
    };
    let estimated = parse_centimes(&input.estimated);
    if estimated.is_none_or(|c| c <= 0) {
        errors.push(("estimated".into(), "field-number".into()));
    }
    let photo = form.files.into_iter().find(|f| f.field == "photo");
    let kind = match &photo {
        Some(f) => match uploads::check_kind(f, &[FileKind::Png, FileKind::Jpeg]) {
            Ok(k) => Some(k),
            Err(e) => {
                errors.extend(e.fields);
                None
            }
        },
        None => None,
    };
    let (Some(district_id), Some(estimated), true) = (district_id, estimated, errors.is_empty())
    else {
        return Ok(html(
            v::proposal_form(&ctx, &commune, &data, &input, &errors),
            true,
        ));
    };
    let config = state.config.clone();
    let cid = commune.id;
    let as_association = input.as_association;
    let title = input.title.clone();
    let description = input.description.clone();
    let location = input.location.clone();
    let result = db(&state, move |c| {
        let photo_upload_id = match (&photo, kind) {
            (Some(f), Some(k)) => Some(uploads::store(
                c,
                &config,
                f,
                k,
                Some(user.account.id),
                Some(cid),
                false,
            )?),
            _ => None,
        };
        pb::submit_proposal(
            c,
            &user,
            cid,
            id,
            &ProposalFacts {
                district_id,
                category_id,
                title: title.clone(),
                description: description.clone(),
                location: location.clone(),
                estimated_cents: estimated,
                photo_upload_id,
                as_association,
            },
        )
    })
    .await;
    match result {
        Ok(p) => Ok(see_other(&format!(
            "/{}/budgets/{id}/proposals/{}",
            commune.slug, p.id
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let status_422 = e.kind != ErrorKind::Forbidden;
            if !status_422 {
                return Err(PageError(e));
            }
            Ok(html(
                v::proposal_form(&ctx, &commune, &data, &input, &e.fields),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

pub(super) async fn results(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    if data.cycle.phase(now()) < Phase::Results {
        return Ok(html(v::results_closed(&ctx, &commune, &data), false));
    }
    let (commune, data, results) = counted(&state, &slug, id).await?;
    Ok(html(v::results(&ctx, &commune, &data, &results), false))
}

pub(super) async fn follow_up(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let cid = commune.id;
    let (selected, updates) = db(&state, move |c| {
        let filter = ProposalFilter {
            selected_only: true,
            ..Default::default()
        };
        let (list, _) = store::proposals(c, cid, id, &filter, 1000, 0)?;
        let updates = store::updates(c, cid, id, None, 50)?;
        let ids: Vec<i64> = updates.iter().map(|u| u.id).collect();
        let photos = store::update_photos(c, cid, &ids)?;
        Ok((list, (updates, photos)))
    })
    .await?;
    let (updates, photos) = updates;
    Ok(html(
        v::follow_up(
            &ctx,
            &commune,
            &data,
            &selected,
            &v::Updates {
                list: &updates,
                photos: &photos,
            },
        ),
        false,
    ))
}
