//! Agenda items: adding, refusal (art. 40), postponement, committee reports, documents.

use super::*;

pub(super) async fn item_add(s: Desk, Id(id): Id, CsrfForm(form): CsrfForm<ItemForm>) -> Reply {
    let ItemChoices {
        matter,
        source,
        committee,
        requesters,
    } = match form.parse() {
        Ok(parsed) => parsed,
        Err(errors) => return session_errors(&s, id, &errors).await,
    };
    on_session_page(
        &s,
        (id, "#agenda"),
        |_| None,
        move |c, user, cid, today| {
            if let Some(k) = committee {
                communes_store::committee(c, cid, k).map_err(|_| {
                    Error::field(ErrorKind::InvalidInput, "committee", "field-choice")
                })?;
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
            service::add_item(c, user, cid, id, &item, requesters, today)
        },
    )
    .await
}

pub(super) async fn item_refuse(s: Desk, Id(id): Id<ItemId>, form: CsrfForm<ReasonsForm>) -> Reply {
    item_settle(s, id, form.0.reasons, false).await
}

pub(super) async fn item_postpone(
    s: Desk,
    Id(id): Id<ItemId>,
    form: CsrfForm<ReasonsForm>,
) -> Reply {
    item_settle(s, id, form.0.reasons, true).await
}

/// The session page of item `id` (404 for another commune's item).
async fn session_of(s: &Desk, id: ItemId) -> Result<i64, PageError> {
    let item = s.db(move |c, _, cid| Ok(store::item(c, cid, id)?)).await?;
    Ok(item.session_id)
}

/// Refuses (art. 40) or postpones an item; both need reasons.
async fn item_settle(s: Desk, id: ItemId, reasons: String, postpone: bool) -> Reply {
    let session = session_of(&s, id).await?;
    // A refusal the law forbids (art. 40) is shown on the item, not on a reason.
    let rename = |kind| match kind {
        ErrorKind::Conflict => Some(format!("requesters-{id}")),
        _ => Some(format!("reasons-{id}")),
    };
    on_session_page(
        &s,
        (session, "#agenda"),
        rename,
        move |c, user, cid, today| {
            if postpone {
                service::postpone_item(c, user, cid, id, &reasons, today).map(|_| ())
            } else {
                service::refuse_item(c, user, cid, id, &reasons, today)
            }
        },
    )
    .await
}

/// The competent committee's report on an item (art. 28).
pub(super) async fn item_report(
    s: Desk,
    Id(id): Id<ItemId>,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> Reply {
    let committee = form.committee()?;
    let session = session_of(&s, id).await?;
    let rename = |_| Some(format!("report-{id}"));
    on_session_page(&s, (session, "#agenda"), rename, move |c, user, cid, _| {
        service::set_committee_report(c, user, cid, id, committee, &form.report)
    })
    .await
}

/// Art. 28: the council's decision without debate on an item its committee did not study.
pub(super) async fn item_study_decision(
    s: Desk,
    Id(id): Id<ItemId>,
    CsrfForm(form): CsrfForm<StudyDecisionForm>,
) -> Reply {
    let session = session_of(&s, id).await?;
    let decided = match form.parse(id) {
        Ok(decided) => decided,
        Err(errors) => return session_errors(&s, session, &errors).await,
    };
    on_session_page(
        &s,
        (session, "#agenda"),
        |_| None,
        move |c, user, cid, today| {
            service::decide_unstudied_item(c, user, cid, id, decided, today).map_err(|e| {
                let fields = e
                    .fields
                    .iter()
                    .map(|(f, m)| (study_field(f, id), m.clone()))
                    .collect();
                musharaka_core::Error { fields, ..e }
            })
        },
    )
    .await
}

/// The session page's name of a field the art. 28 decision marks: its inputs carry the
/// item's id; the law's refusals stay on the page's flash.
fn study_field(field: &str, item: ItemId) -> String {
    match field {
        "in_favour" => format!("study_in_favour-{item}"),
        "decided_on" => format!("decided_on-{item}"),
        law => law.to_string(),
    }
}

/// A PDF document for an item (public, like the agenda).
pub(super) async fn item_document(
    s: Desk,
    Id(id): Id<ItemId>,
    payload: actix_multipart::Multipart,
) -> Reply {
    let form = crate::uploads::read_form(&s.ctx, payload, s.state.config.upload_max_bytes).await?;
    let session = session_of(&s, id).await?;
    let (file, kind) = match form.file("document", &[crate::uploads::FileKind::Pdf]) {
        Ok(found) => found,
        Err(e) => {
            let errors = renamed(e.fields, Some(format!("document-{id}")));
            return session_errors(&s, session, &errors).await;
        }
    };
    let config = s.state.config.clone();
    s.db(move |c, user, cid| {
        let upload = crate::uploads::store_public(c, &config, (&file, kind), user.account.id, cid)?;
        service::attach_document(c, user, cid, id, upload)
    })
    .await?;
    Ok(session_done(&s.commune, session, "#agenda"))
}

/// Art. 41: the governor's objection to an item, as received by the president.
pub(super) async fn item_objection(
    s: Desk,
    Id(id): Id<ItemId>,
    CsrfForm(form): CsrfForm<ObjectionForm>,
) -> Reply {
    let session = session_of(&s, id).await?;
    let mut errors = FieldErrors::new();
    let field = format!("received_on-{id}");
    let Some(received_on) = parse_date(&form.received_on, &field, true, &mut errors) else {
        return session_errors(&s, session, &errors).await;
    };
    let in_court = form.in_court.is_some();
    let rename = |_| Some(format!("objection_reasons-{id}"));
    on_session_page(
        &s,
        (session, "#agenda"),
        rename,
        move |c, user, cid, today| {
            let objection = (received_on, form.objection_reasons.as_str(), in_court);
            service::record_objection(c, user, cid, id, objection, today)
        },
    )
    .await
}

/// Art. 41: the administrative court's ruling on an objection referred to it.
pub(super) async fn item_ruling(
    s: Desk,
    Id(id): Id<ItemId>,
    CsrfForm(form): CsrfForm<RulingForm>,
) -> Reply {
    let ruling: musharaka_councils::rules::CourtRuling =
        parse(form.ruling.trim()).ok_or(Error::new(ErrorKind::InvalidInput))?;
    let session = session_of(&s, id).await?;
    let rename = |_| Some(format!("ruling-{id}"));
    on_session_page(&s, (session, "#agenda"), rename, move |c, user, cid, _| {
        service::record_court_ruling(c, user, cid, id, ruling)
    })
    .await
}
