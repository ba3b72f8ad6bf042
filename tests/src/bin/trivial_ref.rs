//! The speed reference (issue 17): the trivial handler on the product's stack and pool,
//! never served by the product. `GET /read` reads 20 rows through the same r2d2 pool
//! (`web::block`) and renders them with maud; `POST /insert` inserts one row from a
//! posted form. Pages are judged as a share of this binary's req/s in the same run.
//!
//! DATABASE_URL=sqlite:///tmp/ref.db target/release/trivial_ref --bind 127.0.0.1:8090
#![allow(clippy::unwrap_used, clippy::expect_used)]

use actix_web::{web, App, HttpResponse, HttpServer};
use diesel::prelude::*;
use musharaka_db::schema::audit_log;
use musharaka_db::Pool;

/// The product's allocator (`musharaka`'s main): the same stack.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

async fn read(pool: web::Data<Pool>) -> actix_web::Result<HttpResponse> {
    let pool = pool.clone();
    let rows: Vec<(i64, String, String)> = web::block(move || {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        audit_log::table
            .select((audit_log::id, audit_log::action, audit_log::target))
            .order(audit_log::id)
            .limit(20)
            .load(&mut conn)
            .map_err(|e| e.to_string())
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    let page = maud::html! {
        (maud::DOCTYPE)
        html lang="fr" { head { meta charset="utf-8"; title { "Trivial" } } body {
            h1 { "Twenty rows" }
            table { @for (id, action, target) in &rows { tr { td { (id) } td { (action) } td { (target) } } } }
        } }
    };
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(page.into_string()))
}

async fn insert(
    pool: web::Data<Pool>,
    form: web::Form<std::collections::HashMap<String, String>>,
) -> actix_web::Result<HttpResponse> {
    let pool = pool.clone();
    let note = form.into_inner().remove("note").unwrap_or_default();
    web::block(move || {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        musharaka_db::write_transaction(&mut conn, |c| {
            diesel::insert_into(audit_log::table)
                .values((
                    audit_log::action.eq("reference"),
                    audit_log::target.eq(note),
                    audit_log::created_at.eq(now()),
                ))
                .execute(c)
        })
        .map_err(|e| e.to_string())
    })
    .await?
    .map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok"))
}

fn main() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let args: Vec<String> = std::env::args().collect();
    let bind = args
        .iter()
        .position(|a| a == "--bind")
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| "127.0.0.1:8090".into());
    // The product's pool: same manager, same size.
    let pool = musharaka_db::connect_pool(&url, 16).expect("database");
    {
        let mut conn = pool.get().expect("connection");
        musharaka_db::run_migrations(&mut conn).expect("migrations");
        let n: i64 = audit_log::table
            .count()
            .get_result(&mut conn)
            .expect("count");
        for i in n..20 {
            diesel::insert_into(audit_log::table)
                .values((
                    audit_log::action.eq("reference"),
                    audit_log::target.eq(format!("row {i}")),
                    audit_log::created_at.eq(now()),
                ))
                .execute(&mut conn)
                .expect("seed");
        }
    }
    // The product's checkpointer too (SQLite): checkpoints off the writers' path.
    let _checkpointer = musharaka_db::checkpoint::spawn(&pool);
    let pool = web::Data::new(pool);
    actix_web::rt::System::new()
        .block_on(async move {
            HttpServer::new(move || {
                App::new()
                    .app_data(pool.clone())
                    .route("/read", web::get().to(read))
                    .route("/insert", web::post().to(insert))
                    .route("/healthz", web::get().to(|| async { "ok" }))
            })
            .bind(&bind)?
            .run()
            .await
        })
        .expect("server");
}
