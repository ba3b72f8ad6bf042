//! Exports and feeds: results CSV, the pabulib file, the Atom feed of updates.

use super::*;

pub(super) async fn results_csv(p: CyclePage) -> Reply {
    let results = p.counted().await?;
    let out = v::results_csv(&results.1, p.site.ctx.lang).map_err(Error::internal)?;
    let name = format!("{}-{}-results.csv", p.site.commune.slug, p.data.cycle.year);
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(out))
}

pub(super) async fn pabulib(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    q: web::Query<DistrictQuery>,
) -> Reply {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    // Ballots are published with the results, never during the vote.
    if data.cycle.phase(now()) < Phase::Results {
        return Err(ErrorKind::NotFound.into());
    }
    let cid = commune.id;
    let s = commune.slug.clone();
    let district = q.district;
    let text = db(&state, move |c| {
        pb::pabulib_export(c, &s, cid, id, district)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/plain; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{}-{}.pb\"",
                commune.slug, data.cycle.year
            ),
        ))
        .body(text))
}

pub(super) async fn atom(p: CyclePage) -> Reply {
    let (
        Site {
            state,
            ctx,
            commune,
        },
        id,
    ) = (&p.site, p.id);
    let cid = commune.id;
    let (proposals, updates) = db(state, move |c| pb::update_feed(c, cid, id)).await?;
    let base = &state.config.base_url;
    let body = v::atom(ctx, base, commune, &p.data.cycle, &proposals, &updates);
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"))
        .body(body))
}
