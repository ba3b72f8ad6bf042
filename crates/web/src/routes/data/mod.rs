//! Open data: `/data` (the catalogue, national downloads), `/data/dictionary` (what each
//! column means), `/data/{dataset}.csv|.json` (every commune), `/{slug}/data` and
//! `/{slug}/data/{dataset}.csv|.json` (one commune), `/{slug}/data/meetings.ics` (bodies'
//! public meetings; the council's sessions are `/{slug}/council/sessions.ics`).

use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::routes::Reply;
use crate::routes::{db, html};
use crate::scope::Site;
use crate::state::AppState;
use crate::views::data as v;
use crate::views::data::export;
use actix_web::{http::header, web, HttpResponse};
use musharaka_communes::open_data::{Dataset, Table};
use musharaka_communes::Commune;
use musharaka_core::{Error, ErrorKind, Lang};
use serde::Deserialize;

pub fn configure(cfg: &mut crate::routes::Routes) {
    super::Router::new(cfg)
        .at("/data")
        .get("", national)
        .get("/dictionary", dictionary)
        .get("/{file}", national_file)
        .at("/{slug}/data")
        .get("", commune_page)
        .get("/meetings.ics", meetings_ics)
        .get("/{file}", commune_file);
}

#[derive(Deserialize)]
pub struct LangQuery {
    pub lang: Option<String>,
}

/// Every domain's datasets, in the order of the `/data` page; each crate builds its own.
pub fn datasets() -> impl Iterator<Item = &'static Dataset> {
    [
        &musharaka_petitions::open_data::DATASETS[..],
        &musharaka_councils::open_data::DATASETS[..],
        &musharaka_bodies::open_data::DATASETS[..],
        &musharaka_budgets::open_data::DATASETS[..],
        &musharaka_cocreation::open_data::DATASETS[..],
        &musharaka_consultations::open_data::DATASETS[..],
        &musharaka_requests::open_data::DATASETS[..],
        &musharaka_programme::open_data::DATASETS[..],
    ]
    .into_iter()
    .flatten()
}

/// `petitions.csv` → (the dataset, csv?).
fn parse_file(file: &str) -> Result<(&'static Dataset, bool), PageError> {
    let (code, ext) = file.rsplit_once('.').ok_or(ErrorKind::NotFound)?;
    let set = datasets()
        .find(|d| d.code == code)
        .ok_or(ErrorKind::NotFound)?;
    match ext {
        "csv" => Ok((set, true)),
        "json" => Ok((set, false)),
        _ => Err(ErrorKind::NotFound.into()),
    }
}

/// Every dataset's table for one commune.
fn all_tables(
    conn: &mut musharaka_db::AnyConnection,
    commune: &Commune,
) -> musharaka_core::Result<Vec<(&'static Dataset, Table)>> {
    datasets()
        .map(|d| Ok((d, (d.load)(conn, commune)?)))
        .collect()
}

/// A dataset as the catalogue shows it.
pub type Counted = (&'static Dataset, v::Summary);

/// How late the catalogue's counts may be after another process's change (this process's
/// own changes recount at once): counting builds every dataset (of every commune on
/// `/data`), far too much work for each view of a page that lists downloads.
pub const CATALOGUE_TTL: std::time::Duration = std::time::Duration::from_secs(60);

/// The catalogue's counts for one commune or (None) the whole country, kept until a change
/// (at most [`CATALOGUE_TTL`]).
async fn counted(
    state: &web::Data<AppState>,
    commune: Option<Commune>,
) -> Result<std::sync::Arc<Vec<Counted>>, PageError> {
    let key = commune.as_ref().map(|c| c.id);
    if let Some(kept) = state.catalogues.get(&key) {
        return Ok(kept);
    }
    let loaded_at = crate::cache::writes();
    let counts = db(state, move |c| {
        let communes = match &commune {
            Some(one) => vec![one.clone()],
            None => musharaka_communes::service::all(c)?,
        };
        let mut totals: Vec<(&Dataset, Table)> = datasets().map(|d| (d, d.empty_table())).collect();
        for commune in &communes {
            for ((_, total), (_, t)) in totals.iter_mut().zip(all_tables(c, commune)?) {
                total.extend(t);
            }
        }
        Ok(totals
            .iter()
            .map(|(d, t)| (*d, v::Summary::of(t)))
            .collect::<Vec<Counted>>())
    })
    .await?;
    Ok(state
        .catalogues
        .put(key, loaded_at, std::sync::Arc::new(counts)))
}

async fn national(state: web::Data<AppState>, ctx: Ctx) -> Reply {
    let communes = db(&state, musharaka_communes::service::all).await?;
    let counts = counted(&state, None).await?;
    Ok(html(
        v::catalogue(&ctx, &state.config, None, &communes, &counts),
        false,
    ))
}

async fn commune_page(site: Site) -> Reply {
    let counts = counted(&site.state, Some(site.commune.clone())).await?;
    Ok(html(
        v::catalogue(
            &site.ctx,
            &site.state.config,
            Some(&site.commune),
            &[],
            &counts,
        ),
        false,
    ))
}

async fn dictionary(ctx: Ctx) -> HttpResponse {
    html(v::dictionary(&ctx, datasets()), false)
}

/// The language of a CSV: `?lang=ar|fr`, else the reader's.
fn csv_lang(ctx: &Ctx, q: &LangQuery) -> Lang {
    q.lang
        .as_deref()
        .and_then(|l| l.parse().ok())
        .unwrap_or(ctx.lang)
}

fn file_response(
    state: &AppState,
    set: &Dataset,
    csv: bool,
    lang: Lang,
    commune: Option<&str>,
    table: &Table,
) -> Reply {
    let name = match commune {
        Some(slug) => format!("{slug}-{}", set.code),
        None => format!("morocco-{}", set.code),
    };
    let licence = &state.config.data_licence;
    let mut res = HttpResponse::Ok();
    res.insert_header(("Access-Control-Allow-Origin", "*"));
    if let Some(updated) = table.updated {
        let at = updated.and_utc().format("%a, %d %b %Y %H:%M:%S GMT");
        res.insert_header((header::LAST_MODIFIED, at.to_string()));
    }
    if csv {
        let body = export::csv(table, lang).map_err(Error::internal)?;
        Ok(res
            .content_type("text/csv; charset=utf-8")
            .insert_header(export::attachment(&format!("{name}-{}.csv", lang.code())))
            .body(body))
    } else {
        Ok(res.json(export::json(table, set.code, commune, licence)))
    }
}

/// A CSV download of `table` in `lang` (headers and values translated, codes beside).
pub fn csv_file(table: &Table, lang: Lang, file_name: &str) -> Reply {
    let body = export::csv(table, lang).map_err(Error::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(export::attachment(file_name))
        .body(body))
}

async fn national_file(
    state: web::Data<AppState>,
    ctx: Ctx,
    file: web::Path<String>,
    q: web::Query<LangQuery>,
) -> Reply {
    let (set, csv) = parse_file(&file)?;
    let table = db(&state, move |c| {
        let communes = musharaka_communes::service::all(c)?;
        set.load_all(c, &communes)
    })
    .await?;
    file_response(&state, set, csv, csv_lang(&ctx, &q), None, &table)
}

async fn commune_file(
    site: Site,
    path: web::Path<(String, String)>,
    q: web::Query<LangQuery>,
) -> Reply {
    let (set, csv) = parse_file(&path.1)?;
    let commune = site.commune.clone();
    let table = db(&site.state, move |c| (set.load)(c, &commune)).await?;
    let lang = csv_lang(&site.ctx, &q);
    file_response(
        &site.state,
        set,
        csv,
        lang,
        Some(&site.commune.slug),
        &table,
    )
}

async fn meetings_ics(site: Site) -> Reply {
    let commune = site.commune.clone();
    let meetings = db(&site.state, move |c| {
        musharaka_bodies::open_data::public_meetings(c, &commune)
    })
    .await?;
    let body = v::meetings_ics(&site.commune, &meetings, &site.state.config.base_url);
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .body(body))
}
