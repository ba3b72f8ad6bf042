//! The council secretariat's back office (role `secretariat`): sessions, agenda, sittings
//! with attendance and quorum, votes item by item (one item per screen, for a phone),
//! deliberations and minutes. Every handler starts with `scope`.

use super::{db, html, see_other};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::{parse_date, parse_number, require_text, CsrfForm};
use crate::state::AppState;
use crate::views::council_admin as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use chrono::{NaiveDateTime, NaiveTime};
use musharaka_communes::{service as communes, store as communes_store, Commune};
use musharaka_core::{Error, ErrorKind};
use musharaka_councils::records::parse;
use musharaka_councils::service::{
    self, NewItem, NewSession, NewSitting, Presence, Signatory, VoteEntry,
};
use musharaka_councils::{
    store, Ballot, ClosedSittingRequester, Convocation, ExtraordinaryTrigger, ItemSource, Matter,
    OrdinaryMonth, Publicity, Reasons, SessionEvent, SessionKind, VoteChoice, VoteCounts,
};
use musharaka_identity::Permissions;
use serde::Deserialize;
use std::collections::HashMap;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/{slug}/admin/council")
            .route("", web::get().to(dashboard))
            .route("/sessions", web::post().to(session_create))
            .route("/sessions/new", web::get().to(session_new))
            .route("/sessions/{id}", web::get().to(session_page))
            .route(
                "/sessions/{id}/transition",
                web::post().to(session_transition),
            )
            .route("/sessions/{id}/extend", web::post().to(session_extend))
            .route("/sessions/{id}/items", web::post().to(item_add))
            .route("/sessions/{id}/sittings", web::post().to(sitting_add))
            .route("/sessions/{id}/minutes", web::post().to(minutes_save))
            .route("/items/{id}/refuse", web::post().to(item_refuse))
            .route("/items/{id}/report", web::post().to(item_report))
            .route("/items/{id}/documents", web::post().to(item_document))
            .route("/items/{id}/postpone", web::post().to(item_postpone))
            .route("/items/{id}/deliberation", web::get().to(deliberation_page))
            .route(
                "/items/{id}/deliberation",
                web::post().to(deliberation_save),
            )
            .route(
                "/deliberations/{id}/sign",
                web::post().to(deliberation_sign),
            )
            .route(
                "/deliberations/{id}/correct",
                web::post().to(deliberation_correct),
            )
            .route("/minutes/{id}/sign", web::post().to(minutes_sign))
            .route("/minutes/{id}/correct", web::post().to(minutes_correct))
            .route("/sittings/{id}", web::get().to(sitting_page))
            .route("/sittings/{id}/attendance", web::post().to(attendance_save))
            .route("/sittings/{id}/items/{item}", web::get().to(vote_page))
            .route(
                "/sittings/{id}/items/{item}/vote",
                web::post().to(vote_save),
            ),
    );
}

/// Loads the commune and checks the secretariat role, in one place.
async fn scope(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    slug: &str,
) -> Result<(Commune, Permissions), PageError> {
    let user = ctx.require_user()?.clone();
    let slug = slug.to_string();
    let commune = db(state, move |c| communes::by_slug(c, &slug)).await?;
    service::require_secretariat(&user, commune.id)?;
    Ok((commune, user))
}

fn base(commune: &Commune) -> String {
    format!("/{}/admin/council", commune.slug)
}

fn today() -> chrono::NaiveDate {
    musharaka_core::time::local_date(musharaka_core::time::now())
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

async fn dashboard(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug).await?;
    let id = commune.id;
    let (sessions, warnings) = db(&state, move |c| {
        Ok((
            store::all_sessions(c, id)?,
            service::deadline_warnings(c, id, today())?,
        ))
    })
    .await?;
    Ok(html(
        v::dashboard(&ctx, &commune, &sessions, &warnings, q.done.as_deref()),
        false,
    ))
}

// ---- sessions ------------------------------------------------------------------

#[derive(Deserialize, Default, Clone)]
pub struct SessionForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub trigger: String,
    #[serde(default)]
    pub trigger_note: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub place: String,
}

impl SessionForm {
    fn kind(
        &self,
        starts_on: Option<chrono::NaiveDate>,
        errors: &mut FieldErrors,
    ) -> Option<SessionKind> {
        match self.kind.as_str() {
            "ordinary" => {
                let month = starts_on.and_then(service::ordinary_month_of);
                if month.is_none() && starts_on.is_some() {
                    errors.push(("starts_on".into(), "council-error-ordinary-start".into()));
                }
                month.map(SessionKind::Ordinary)
            }
            "extraordinary" => match parse::<ExtraordinaryTrigger>(&self.trigger) {
                Some(t) => Some(SessionKind::Extraordinary(t)),
                None => {
                    errors.push(("trigger".into(), "field-choice".into()));
                    None
                }
            },
            _ => {
                errors.push(("kind".into(), "field-choice".into()));
                None
            }
        }
    }
}

async fn session_new(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug).await?;
    let form = SessionForm {
        kind: "ordinary".into(),
        ..Default::default()
    };
    Ok(html(v::session_form(&ctx, &commune, &form, &vec![]), false))
}

async fn session_create(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<SessionForm>,
) -> Result<HttpResponse, PageError> {
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let mut errors = FieldErrors::new();
    let starts_on = parse_date(&form.starts_on, "starts_on", true, &mut errors);
    let ends_on = parse_date(&form.ends_on, "ends_on", true, &mut errors);
    require_text(&form.place, "place", 300, &mut errors);
    let kind = form.kind(starts_on, &mut errors);
    let (Some(starts_on), Some(ends_on), Some(kind), true) =
        (starts_on, ends_on, kind, errors.is_empty())
    else {
        return Ok(html(v::session_form(&ctx, &commune, &form, &errors), true));
    };
    let (cid, f) = (commune.id, form.clone());
    let result = db(&state, move |c| {
        service::create_session(
            c,
            &user,
            cid,
            &NewSession {
                kind,
                trigger_note: Some(&f.trigger_note),
                starts_on,
                ends_on,
                place: &f.place,
            },
        )
    })
    .await;
    match result {
        Ok(s) => Ok(see_other(&format!(
            "{}/sessions/{}?done=admin-saved",
            base(&commune),
            s.id
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => Ok(html(
            v::session_form(&ctx, &commune, &form, &e.fields),
            true,
        )),
        Err(e) => Err(e),
    }
}

/// Everything the session management page shows.
pub struct SessionView {
    pub session: musharaka_councils::records::SessionRow,
    pub items: Vec<musharaka_councils::records::ItemRow>,
    pub sittings: Vec<musharaka_councils::records::SittingRow>,
    pub minutes: Vec<musharaka_councils::records::MinutesRow>,
    pub committees: Vec<(i64, String)>,
    /// PDF documents per agenda item: item id → (upload id, file name).
    pub documents: HashMap<i64, Vec<(i64, String)>>,
    /// Members in office today: what art. 40's "half the members" is measured against.
    pub members_in_office: u32,
}

async fn load_session(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
) -> Result<SessionView, PageError> {
    let (cid, lang) = (commune.id, ctx.lang);
    db(state, move |c| {
        let session = store::session(c, cid, id)?;
        let items = store::items(c, cid, id)?;
        let mut documents = HashMap::new();
        for it in &items {
            documents.insert(it.id, store::documents_of(c, cid, it.id)?);
        }
        let in_office = store::members_in_office(c, cid, today())?.len();
        Ok(SessionView {
            documents,
            items,
            members_in_office: u32::try_from(in_office).unwrap_or(u32::MAX),
            sittings: store::sittings_of(c, cid, id)?,
            minutes: store::minutes_of(c, cid, id)?,
            committees: communes_store::committees(c, cid)?
                .into_iter()
                .map(|k| (k.committee.id, k.committee.name(lang).to_string()))
                .collect(),
            session,
        })
    })
    .await
}

async fn session_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, _) = scope(&state, &ctx, &slug).await?;
    let view = load_session(&state, &ctx, &commune, id).await?;
    Ok(html(
        v::session_page(&ctx, &commune, &view, &vec![], q.done.as_deref()),
        false,
    ))
}

/// Re-shows the session page with field errors (422) after a failed form on it.
async fn session_errors(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let view = load_session(state, ctx, commune, id).await?;
    Ok(html(
        v::session_page(ctx, commune, &view, errors, None),
        true,
    ))
}

/// `session_errors` for a refusal the law forbids whatever is typed (409, the field marked
/// with the rule's message), or invalid input (422).
async fn session_errors_as(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
    kind: ErrorKind,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let mut res = session_errors(state, ctx, commune, id, errors).await?;
    if kind == ErrorKind::Conflict {
        *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
    }
    Ok(res)
}

#[derive(Deserialize)]
pub struct ExtendForm {
    #[serde(default)]
    extended_until: String,
}

/// Art. 34: the president's one extension of an ordinary session, to a chosen last day.
async fn session_extend(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ExtendForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let mut errors = FieldErrors::new();
    let Some(day) = parse_date(&form.extended_until, "extended_until", true, &mut errors) else {
        return session_errors(&state, &ctx, &commune, id, &errors).await;
    };
    let cid = commune.id;
    let result = db(&state, move |c| {
        service::extend_session(c, &user, cid, id, day)
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sessions/{id}?done=admin-saved",
            base(&commune)
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            session_errors_as(&state, &ctx, &commune, id, e.kind, &e.fields).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct EventForm {
    #[serde(default)]
    event: String,
}

async fn session_transition(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<EventForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let event: SessionEvent = parse(&form.event).ok_or(ErrorKind::InvalidInput)?;
    let cid = commune.id;
    db(&state, move |c| {
        service::transition_session(c, &user, cid, id, event)
    })
    .await?;
    Ok(see_other(&format!(
        "{}/sessions/{id}?done=admin-saved",
        base(&commune)
    )))
}

#[derive(Deserialize, Default)]
pub struct ItemForm {
    #[serde(default)]
    title_ar: String,
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    committee: String,
    #[serde(default)]
    matter: String,
    #[serde(default)]
    source: String,
    /// How many members asked for the item (art. 40), when the source is members.
    #[serde(default)]
    requesters: String,
}

impl ItemForm {
    /// The number of requesting members, read only for an item asked for by members.
    fn requesters(&self, source: Option<ItemSource>, errors: &mut FieldErrors) -> Option<u32> {
        match (source, self.requesters.trim()) {
            (Some(ItemSource::Members), "") => {
                errors.push(("requesters".into(), "field-required".into()));
                None
            }
            (Some(ItemSource::Members), n) => parse_number::<u32>(n, "requesters", errors),
            _ => None,
        }
    }
}

async fn item_add(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ItemForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let mut errors = FieldErrors::new();
    require_text(&form.title_ar, "title_ar", 500, &mut errors);
    require_text(&form.title_fr, "title_fr", 500, &mut errors);
    let matter = parse::<Matter>(&form.matter);
    let source = parse::<ItemSource>(&form.source).filter(|s| {
        matches!(
            s,
            ItemSource::President | ItemSource::Members | ItemSource::Governor
        )
    });
    let committee = match form.committee.as_str() {
        "" => None,
        s => parse_number::<i64>(s, "committee", &mut errors),
    };
    if matter.is_none() {
        errors.push(("matter".into(), "field-choice".into()));
    }
    if source.is_none() {
        errors.push(("source".into(), "field-choice".into()));
    }
    let requesters = form.requesters(source, &mut errors);
    let (Some(matter), Some(source), true) = (matter, source, errors.is_empty()) else {
        return session_errors(&state, &ctx, &commune, id, &errors).await;
    };
    let cid = commune.id;
    let result = db(&state, move |c| {
        if let Some(k) = committee {
            communes_store::committee(c, cid, k)
                .map_err(|_| Error::field(ErrorKind::InvalidInput, "committee", "field-choice"))?;
        }
        let item = NewItem {
            title_ar: &form.title_ar,
            title_fr: &form.title_fr,
            summary: &form.summary,
            committee_id: committee,
            matter,
            source,
            source_ref: None,
        };
        service::add_item(c, &user, cid, id, &item, requesters, today())
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sessions/{id}?done=admin-saved#agenda",
            base(&commune)
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            session_errors(&state, &ctx, &commune, id, &e.fields).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct ReasonsForm {
    #[serde(default)]
    reasons: String,
}

async fn item_refuse(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReasonsForm>,
) -> Result<HttpResponse, PageError> {
    item_settle(state, ctx, path.into_inner(), form.reasons, false).await
}

async fn item_postpone(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReasonsForm>,
) -> Result<HttpResponse, PageError> {
    item_settle(state, ctx, path.into_inner(), form.reasons, true).await
}

/// Refuses (art. 40) or postpones an item; both need reasons.
async fn item_settle(
    state: web::Data<AppState>,
    ctx: Ctx,
    (slug, id): (String, i64),
    reasons: String,
    postpone: bool,
) -> Result<HttpResponse, PageError> {
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    let result = db(&state, move |c| {
        if postpone {
            service::postpone_item(c, &user, cid, id, &reasons, today()).map(|_| ())
        } else {
            service::refuse_item(c, &user, cid, id, &reasons, today())
        }
    })
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "{}/sessions/{}?done=admin-saved#agenda",
            base(&commune),
            item.session_id
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            // A refusal the law forbids (art. 40) is shown on the item, not on a reason.
            let field = match e.kind {
                ErrorKind::Conflict => format!("requesters-{id}"),
                _ => format!("reasons-{id}"),
            };
            let fields = e
                .fields
                .into_iter()
                .map(|(_, m)| (field.clone(), m))
                .collect();
            session_errors_as(&state, &ctx, &commune, item.session_id, e.kind, &fields).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize, Default)]
pub struct SittingForm {
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    convocation: String,
    #[serde(default)]
    closed: Option<String>,
    #[serde(default)]
    requester: String,
    #[serde(default)]
    closed_reasons: String,
}

async fn sitting_add(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<SittingForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let mut errors = FieldErrors::new();
    let date = parse_date(&form.date, "date", true, &mut errors);
    let time = NaiveTime::parse_from_str(form.time.trim(), "%H:%M")
        .map_err(|_| errors.push(("time".into(), "field-date".into())))
        .ok();
    let convocation = parse::<Convocation>(&form.convocation);
    if convocation.is_none() {
        errors.push(("convocation".into(), "field-choice".into()));
    }
    let publicity = if form.closed.is_some() {
        let requester = parse::<ClosedSittingRequester>(&form.requester);
        let reasons = Reasons::new(form.closed_reasons.clone()).ok();
        if requester.is_none() {
            errors.push(("requester".into(), "field-choice".into()));
        }
        if reasons.is_none() {
            errors.push(("closed_reasons".into(), "field-required".into()));
        }
        requester
            .zip(reasons)
            .map(|(requester, reasons)| Publicity::Closed { requester, reasons })
    } else {
        Some(Publicity::Public)
    };
    let (Some(date), Some(time), Some(convocation), Some(publicity), true) =
        (date, time, convocation, publicity, errors.is_empty())
    else {
        return session_errors(&state, &ctx, &commune, id, &errors).await;
    };
    // The form's time is Casablanca time; the database keeps UTC.
    let starts_at = musharaka_core::time::casablanca_to_utc(NaiveDateTime::new(date, time));
    let cid = commune.id;
    db(&state, move |c| {
        service::add_sitting(
            c,
            &user,
            cid,
            id,
            &NewSitting {
                starts_at,
                convocation,
                publicity: publicity.clone(),
            },
        )
    })
    .await?;
    Ok(see_other(&format!(
        "{}/sessions/{id}?done=admin-saved#sittings",
        base(&commune)
    )))
}

#[derive(Deserialize, Default)]
pub struct TextsForm {
    #[serde(default)]
    text_ar: String,
    #[serde(default)]
    text_fr: String,
}

async fn minutes_save(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let result = db(&state, move |c| {
        service::save_minutes(c, &user, cid, id, &form.text_ar, Some(&form.text_fr))
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sessions/{id}?done=admin-saved#minutes",
            base(&commune)
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            session_errors(&state, &ctx, &commune, id, &e.fields).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct SignForm {
    #[serde(default)]
    who: String,
}

async fn minutes_sign(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<SignForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let who = match form.who.as_str() {
        "president" => Signatory::President,
        "secretary" => Signatory::Secretary,
        _ => return Err(ErrorKind::InvalidInput.into()),
    };
    let cid = commune.id;
    let m = db(&state, move |c| {
        service::sign_minutes(c, &user, cid, id, who)
    })
    .await?;
    Ok(see_other(&format!(
        "{}/sessions/{}?done=admin-saved#minutes",
        base(&commune),
        m.session_id
    )))
}

async fn minutes_correct(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let original = db(&state, move |c| Ok(store::minutes_by_id(c, cid, id)?)).await?;
    let result = db(&state, move |c| {
        service::correct_minutes(c, &user, cid, id, &form.text_ar, Some(&form.text_fr))
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sessions/{}?done=admin-saved#minutes",
            base(&commune),
            original.session_id
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            session_errors(&state, &ctx, &commune, original.session_id, &e.fields).await
        }
        Err(e) => Err(e),
    }
}

// ---- sittings: attendance and votes ------------------------------------------------

/// A sitting with what its pages need.
pub struct SittingView {
    pub session: musharaka_councils::records::SessionRow,
    pub sitting: musharaka_councils::records::SittingRow,
    pub members: Vec<musharaka_communes::CouncilMember>,
    pub attendance: HashMap<i64, String>,
    pub items: Vec<musharaka_councils::records::ItemRow>,
}

async fn load_sitting(
    state: &web::Data<AppState>,
    commune: &Commune,
    id: i64,
) -> Result<SittingView, PageError> {
    let cid = commune.id;
    db(state, move |c| {
        let sitting = store::sitting(c, cid, id)?;
        let session = store::session(c, cid, sitting.session_id)?;
        let in_office = store::members_in_office(c, cid, sitting.starts_at.date())?;
        let members = communes_store::members(c, cid)?
            .into_iter()
            .filter(|m| in_office.contains(&m.id))
            .collect();
        Ok(SittingView {
            attendance: store::attendance_of(c, sitting.id)?.into_iter().collect(),
            items: store::items(c, cid, session.id)?,
            session,
            sitting,
            members,
        })
    })
    .await
}

async fn sitting_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, _) = scope(&state, &ctx, &slug).await?;
    let view = load_sitting(&state, &commune, id).await?;
    Ok(html(
        v::sitting_page(&ctx, &commune, &view, &vec![], q.done.as_deref()),
        false,
    ))
}

async fn attendance_save(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let mut presence = Vec::new();
    for (k, value) in &form {
        if let Some(member) = k
            .strip_prefix("member_")
            .and_then(|m| m.parse::<i64>().ok())
        {
            let p: Presence = parse(value).ok_or(ErrorKind::InvalidInput)?;
            presence.push((member, p));
        }
    }
    let cid = commune.id;
    let result = db(&state, move |c| {
        service::record_attendance(c, &user, cid, id, &presence)
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sittings/{id}?done=admin-saved",
            base(&commune)
        ))),
        Err(PageError(e)) if !e.fields.is_empty() || e.kind == ErrorKind::InvalidInput => {
            let view = load_sitting(&state, &commune, id).await?;
            let fields = if e.fields.is_empty() {
                vec![("presence".to_string(), "council-error-counts".to_string())]
            } else {
                e.fields
            };
            Ok(html(
                v::sitting_page(&ctx, &commune, &view, &fields, None),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

async fn vote_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, item_id) = path.into_inner();
    let (commune, _) = scope(&state, &ctx, &slug).await?;
    let view = load_sitting(&state, &commune, id).await?;
    let item = view
        .items
        .iter()
        .find(|i| i.id == item_id)
        .cloned()
        .ok_or(ErrorKind::NotFound)?;
    let cid = commune.id;
    let votes = db(&state, move |c| Ok(store::votes_of(c, cid, item_id)?)).await?;
    Ok(html(
        v::vote_page(&ctx, &commune, &view, &item, &votes, &vec![]),
        false,
    ))
}

async fn vote_save(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64, i64)>,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, PageError> {
    let (slug, id, item_id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let field = |k: &str| form.get(k).map(String::as_str).unwrap_or_default();
    let mut errors = FieldErrors::new();
    let ballot = parse::<Ballot>(field("ballot")).unwrap_or(Ballot::First);
    let entry = if field("mode") == "counts" {
        let n = |k: &str, errors: &mut FieldErrors| parse_number::<u32>(field(k), k, errors);
        let counts = (
            n("in_favour", &mut errors),
            n("against", &mut errors),
            n("abstain", &mut errors),
        );
        let president_vote = parse::<VoteChoice>(field("president_vote"));
        match counts {
            (Some(in_favour), Some(against), Some(abstain)) => Some(VoteEntry::Counts {
                counts: VoteCounts {
                    in_favour,
                    against,
                    abstain,
                },
                president_vote,
            }),
            _ => None,
        }
    } else {
        let mut votes = Vec::new();
        for (k, value) in &form {
            if let Some(member) = k.strip_prefix("vote_").and_then(|m| m.parse::<i64>().ok()) {
                match parse::<VoteChoice>(value) {
                    Some(choice) => votes.push((member, choice)),
                    None if value.is_empty() => {}
                    None => errors.push((k.clone(), "field-choice".into())),
                }
            }
        }
        Some(VoteEntry::PerMember(votes))
    };
    let cid = commune.id;
    let result = match (entry, errors.is_empty()) {
        (Some(entry), true) => {
            db(&state, move |c| {
                service::record_vote(c, &user, cid, item_id, id, ballot, &entry)
            })
            .await
        }
        _ => Err(PageError(Error::new(ErrorKind::InvalidInput))),
    };
    match result {
        Ok(_) => Ok(see_other(&format!(
            "{}/sittings/{id}/items/{item_id}?done=admin-saved",
            base(&commune)
        ))),
        Err(PageError(e)) if matches!(e.kind, ErrorKind::InvalidInput) => {
            let view = load_sitting(&state, &commune, id).await?;
            let item = view
                .items
                .iter()
                .find(|i| i.id == item_id)
                .cloned()
                .ok_or(ErrorKind::NotFound)?;
            let votes = db(&state, move |c| Ok(store::votes_of(c, cid, item_id)?)).await?;
            let mut fields = errors;
            fields.extend(e.fields);
            if fields.is_empty() {
                fields.push(("in_favour".into(), "council-error-counts".into()));
            }
            Ok(html(
                v::vote_page(&ctx, &commune, &view, &item, &votes, &fields),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

// ---- deliberations -------------------------------------------------------------

async fn deliberation_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, item_id) = path.into_inner();
    let (commune, _) = scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let (item, votes, delibs) = db(&state, move |c| {
        Ok((
            store::item(c, cid, item_id)?,
            store::votes_of(c, cid, item_id)?,
            store::deliberations_of_item(c, cid, item_id)?,
        ))
    })
    .await?;
    Ok(html(
        v::deliberation_page(
            &ctx,
            &commune,
            &item,
            &votes,
            &delibs,
            &TextsForm::default().into(),
            &vec![],
            q.done.as_deref(),
        ),
        false,
    ))
}

impl From<TextsForm> for v::Texts {
    fn from(f: TextsForm) -> Self {
        v::Texts {
            ar: f.text_ar,
            fr: f.text_fr,
        }
    }
}

async fn deliberation_save(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, item_id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let (ar, fr) = (form.text_ar.clone(), form.text_fr.clone());
    let result = db(&state, move |c| {
        let draft = store::deliberations_of_item(c, cid, item_id)?
            .into_iter()
            .find(|d| d.signed_at.is_none());
        match draft {
            Some(d) => service::edit_deliberation(c, &user, cid, d.id, &ar, Some(&fr)),
            None => service::write_deliberation(c, &user, cid, item_id, &ar, Some(&fr)),
        }
    })
    .await;
    match result {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "{}/items/{item_id}/deliberation?done=admin-saved",
                base(&commune)
            )))
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            let (item, votes, delibs) = db(&state, move |c| {
                Ok((
                    store::item(c, cid, item_id)?,
                    store::votes_of(c, cid, item_id)?,
                    store::deliberations_of_item(c, cid, item_id)?,
                ))
            })
            .await?;
            Ok(html(
                v::deliberation_page(
                    &ctx,
                    &commune,
                    &item,
                    &votes,
                    &delibs,
                    &form.into(),
                    &e.fields,
                    None,
                ),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct EmptyForm {}

async fn deliberation_sign(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let d = db(&state, move |c| {
        service::sign_deliberation(c, &user, cid, id)
    })
    .await?;
    Ok(see_other(&format!(
        "{}/items/{}/deliberation?done=admin-saved",
        base(&commune),
        d.item_id
    )))
}

async fn deliberation_correct(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<TextsForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let d = db(&state, move |c| {
        service::correct_deliberation(c, &user, cid, id, &form.text_ar, Some(&form.text_fr))
    })
    .await?;
    Ok(see_other(&format!(
        "{}/items/{}/deliberation?done=admin-saved",
        base(&commune),
        d.item_id
    )))
}

/// Labels for the forms: ordinary months are used by the views.
pub fn ordinary_months() -> [OrdinaryMonth; 3] {
    OrdinaryMonth::ALL
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    report: String,
}

/// The competent committee's report on an item (art. 28).
async fn item_report(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    let result = db(&state, move |c| {
        service::set_committee_report(c, &user, cid, id, &form.report)
    })
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "{}/sessions/{}?done=admin-saved#agenda",
            base(&commune),
            item.session_id
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let fields = e
                .fields
                .into_iter()
                .map(|(_, m)| (format!("report-{id}"), m))
                .collect();
            session_errors(&state, &ctx, &commune, item.session_id, &fields).await
        }
        Err(e) => Err(e),
    }
}

/// A PDF document for an item (public, like the agenda).
async fn item_document(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug).await?;
    let form = crate::uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let cid = commune.id;
    let item = db(&state, move |c| Ok(store::item(c, cid, id)?)).await?;
    let field = format!("document-{id}");
    let Some(file) = form.files.into_iter().find(|f| f.field == "document") else {
        return session_errors(
            &state,
            &ctx,
            &commune,
            item.session_id,
            &vec![(field, "field-required".into())],
        )
        .await;
    };
    let kind = match crate::uploads::check_kind(&file, &[crate::uploads::FileKind::Pdf]) {
        Ok(k) => k,
        Err(_) => {
            return session_errors(
                &state,
                &ctx,
                &commune,
                item.session_id,
                &vec![(field, "error-upload_type".into())],
            )
            .await
        }
    };
    let config = state.config.clone();
    db(&state, move |c| {
        let upload = crate::uploads::store(
            c,
            &config,
            &file,
            kind,
            Some(user.account.id),
            Some(cid),
            false,
        )?;
        service::attach_document(c, &user, cid, id, upload)
    })
    .await?;
    Ok(see_other(&format!(
        "{}/sessions/{}?done=admin-saved#agenda",
        base(&commune),
        item.session_id
    )))
}
