//! The budget's public pages: cycles, proposals (list, page, form), results, follow-up.

use super::*;

pub(super) async fn cycles(state: web::Data<AppState>, ctx: Ctx, slug: web::Path<String>) -> Reply {
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let list = db(&state, move |c| pb::cycles(c, cid)).await?;
    Ok(html(v::cycles(&ctx, &commune, &list, now()), false))
}

pub(super) async fn cycle(p: CyclePage, q: web::Query<DoneQuery>) -> Reply {
    p.site
        .rendered("pb-cycle-page", p.id.to_string(), || async {
            let (site, done) = (&p.site, q.done.as_deref());
            Ok(v::cycle(&site.ctx, &site.commune, &p.data, now(), done))
        })
        .await
}

pub(super) async fn proposals(p: CyclePage, q: web::Query<ListQuery>) -> Reply {
    let (Site { ctx, commune, .. }, id, data) = (&p.site, p.id, &p.data);
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
    let offset = page.offset(PAGE_SIZE);
    let found = db(&p.site.state, move |c| {
        pb::proposal_list(c, (cid, id), &filter, PAGE_SIZE, offset, show_votes)
    })
    .await?;
    Ok(html(
        v::proposals(
            ctx,
            commune,
            data,
            &v::ProposalPage {
                list: &found.list,
                total: found.total,
                page: page.number(),
                query: &q,
                tallies: show_votes.then_some(&found.tallies),
            },
        ),
        false,
    ))
}

pub(super) async fn proposal(p: CyclePage, Id(id): Id) -> Reply {
    let (Site { ctx, commune, .. }, cycle_id, data) = (&p.site, p.id, &p.data);
    let cid = commune.id;
    let show_votes = data.cycle.phase(now()) >= Phase::Results;
    let d = db(&p.site.state, move |c| {
        pb::proposal_detail(c, (cid, cycle_id), id, show_votes)
    })
    .await?;
    let reviewer = ctx
        .user
        .as_ref()
        .is_some_and(|u| pb::may_review(u, commune.id));
    Ok(html(
        v::proposal(ctx, commune, data, &d, reviewer, None, &vec![]),
        false,
    ))
}

pub(super) async fn proposal_new(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Reply {
    let (slug, id) = path.into_inner();
    ctx.require_user()?;
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    Ok(html(
        v::proposal_form(&ctx, &commune, &data, &ProposalForm::default(), &vec![]),
        false,
    ))
}

pub(super) async fn propose(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    payload: Multipart,
) -> Reply {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let form = uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let input = ProposalForm::read(&form);
    let photo = match form.files.into_iter().find(|f| f.field == "photo") {
        Some(f) => uploads::check_kind(&f, &[FileKind::Png, FileKind::Jpeg])
            .map(|k| Some((f, k)))
            .map_err(|e| e.fields),
        None => Ok(None),
    };
    let result = match (input.facts(), photo) {
        (Ok(facts), Ok(photo)) => {
            let (cid, config) = (commune.id, state.config.clone());
            db(&state, move |c| {
                pb::submit_proposal_storing(c, &user, cid, id, facts.clone(), |c| {
                    photo
                        .as_ref()
                        .map(|(f, k)| {
                            uploads::store_public(c, &config, (f, *k), user.account.id, cid)
                        })
                        .transpose()
                })
            })
            .await
        }
        (facts, photo) => Err(invalid(facts, photo)),
    };
    let shown = reshow_on_fields(
        result.map_err(|PageError(e)| PageError(forbidden_first(e))),
        |errs| v::proposal_form(&ctx, &commune, &data, &input, errs),
    )?;
    Ok(match shown {
        Ok(p) => see_other(&format!(
            "/{}/budgets/{id}/proposals/{}",
            commune.slug, p.id
        )),
        Err(page) => page,
    })
}

/// A refusal (403) stays a refusal even when it names a field.
fn forbidden_first(mut e: Error) -> Error {
    if e.kind == ErrorKind::Forbidden {
        e.fields.clear();
    }
    e
}

pub(super) async fn results(p: CyclePage) -> Reply {
    let (Site { ctx, commune, .. }, data) = (&p.site, &p.data);
    // Rendered once for every visitor who is not signed in (the page everyone opens when
    // the results are announced), until a change.
    p.site
        .rendered("pb-results-page", p.id.to_string(), || async {
            if data.cycle.phase(now()) < Phase::Results {
                return Ok(v::results_closed(ctx, commune, data));
            }
            let counted = p.counted().await?;
            Ok(v::results(ctx, commune, data, &counted.1))
        })
        .await
}

pub(super) async fn follow_up(p: CyclePage) -> Reply {
    let (cid, id) = (p.site.commune.id, p.id);
    let (selected, updates) = db(&p.site.state, move |c| pb::follow_up(c, cid, id)).await?;
    let page = v::follow_up(&p.site.ctx, &p.site.commune, &p.data, &selected, &updates);
    Ok(html(page, false))
}
