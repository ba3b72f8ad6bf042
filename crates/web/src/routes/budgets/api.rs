//! The JSON API of the budget (the shapes are `musharaka_budgets::api`).

use super::*;
use musharaka_budgets::api;

pub(super) async fn api_cycles(state: web::Data<AppState>, slug: web::Path<String>) -> Reply {
    let commune = commune(&state, &slug).await?;
    let body = db(&state, move |c| api::cycles(c, &commune, now())).await?;
    Ok(HttpResponse::Ok().json(body))
}

pub(super) async fn api_cycle(state: web::Data<AppState>, path: web::Path<(String, i64)>) -> Reply {
    let (slug, id) = path.into_inner();
    let commune = commune(&state, &slug).await?;
    let body = db(&state, move |c| api::cycle(c, &commune, id, now())).await?;
    Ok(HttpResponse::Ok().json(body))
}

pub(super) async fn api_results(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
) -> Reply {
    let (slug, id) = path.into_inner();
    let commune = commune(&state, &slug).await?;
    let body = db(&state, move |c| api::results(c, &commune, id, now())).await?;
    Ok(HttpResponse::Ok().json(body))
}
