//! The council's public JSON (`docs/api.md`, "Council") and the public addresses it links
//! to. Names follow Popolo and Open Civic Data where they fit: a session is an event
//! (`start_date`, `end_date`, `status`, `location`, `agenda`), a vote is a vote event
//! (`counts` of `yes`/`no`/`abstain`, `votes` by `voter`, `result`). The web layer routes,
//! calls one of these and serialises.

use crate::model::{Ballot, Matter, SessionKind, VoteCounts};
use crate::records::{
    key, parse, DeliberationRow, ItemRow, MinutesRow, SessionRow, SittingRow, VoteRow,
};
use crate::rules::{self, SessionDeadlines, VoteInput};
use crate::service::public::{DeliberationDetail, ItemDetail, SessionDetail};
use crate::VoteChoice;
use chrono::Datelike;
use musharaka_communes::model::CommitteeWithMembers;
use musharaka_communes::{Committee, Commune, CouncilMember};
use musharaka_core::time::format_date;
use musharaka_core::{I18n, Lang};
use serde_json::{json, Value};

// ---------------------------------------------------------------------------------------
// Public addresses, names and the majority a vote was decided by
// ---------------------------------------------------------------------------------------

pub fn session_href(slug: &str, id: i64) -> String {
    format!("/{slug}/council/sessions/{id}")
}

pub fn register_href(slug: &str) -> String {
    format!("/{slug}/council/deliberations")
}

pub fn deliberation_href(slug: &str, id: i64) -> String {
    format!("/{slug}/council/deliberations/{id}")
}

pub fn minutes_href(slug: &str, id: i64) -> String {
    format!("/{slug}/council/minutes/{id}")
}

/// The petition page an item came from, when its reference names one (`source_ref` holds
/// the petition's id, as `petitions` writes it).
pub fn petition_href(slug: &str, item: &ItemRow) -> Option<String> {
    (item.source == "petition")
        .then(|| item.source_ref.as_deref()?.parse::<i64>().ok())
        .flatten()
        .map(|id| format!("/{slug}/petitions/{id}"))
}

/// "Ordinary session of February 2026" / "Extraordinary session of 3 March 2026", in
/// `lang` (the pages use the reader's language, the JSON every language).
pub fn session_name(t: &I18n, lang: Lang, s: &SessionRow) -> String {
    match s.kind() {
        SessionKind::Ordinary(_) => {
            let month = t.t(lang, &format!("month-{}", s.starts_on.month()), &[]);
            t.t(
                lang,
                "cp-session-ordinary",
                &[("month", month.into()), ("year", s.starts_on.year().into())],
            )
        }
        SessionKind::Extraordinary(_) => t.t(
            lang,
            "cp-session-extraordinary",
            &[("date", format_date(t, lang, s.starts_on).into())],
        ),
    }
}

/// What the stored vote's majority rule was: its basis and the votes needed (art. 43),
/// recomputed from the stored counts by the same pure rule that decided it.
pub struct Majority {
    pub basis: &'static str,
    pub votes_needed: Option<u32>,
}

pub fn majority_of(v: &VoteRow, item: &ItemRow) -> Majority {
    let matter = parse::<Matter>(&item.matter).unwrap_or(Matter::General);
    let ballot = parse::<Ballot>(&v.ballot).unwrap_or(Ballot::First);
    let basis = match rules::majority_basis(matter, ballot) {
        crate::MajorityBasis::VotesCast => "votes_cast",
        crate::MajorityBasis::MembersInOffice => "members_in_office",
    };
    let count = |n: i32| u32::try_from(n).unwrap_or(0);
    let input = VoteInput {
        counts: VoteCounts {
            in_favour: count(v.in_favour),
            against: count(v.against),
            abstain: count(v.abstain),
        },
        matter,
        ballot,
        members_in_office: count(v.members_in_office),
        members_present: count(v.members_present),
        president_vote: v.president_vote.as_deref().and_then(parse::<VoteChoice>),
    };
    Majority {
        basis,
        votes_needed: rules::outcome(&input).ok().map(|o| o.votes_needed),
    }
}

// ---------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------

fn api_base(slug: &str) -> String {
    format!("/api/v1/communes/{slug}")
}

/// Popolo's options for our vote choices.
pub fn option(choice: &str) -> &str {
    match choice {
        "in_favour" => "yes",
        "against" => "no",
        other => other,
    }
}

/// Popolo's `result`: `pass`, `fail`, or (art. 43) `second_sitting_required`.
pub fn result(decision: &str) -> &str {
    match decision {
        "adopted" => "pass",
        "rejected" => "fail",
        other => other,
    }
}

fn committee_value(c: &Committee) -> Value {
    json!({ "id": c.id, "name": { "ar": c.name_ar, "fr": c.name_fr } })
}

fn committee_ref(committees: &[CommitteeWithMembers], id: Option<i64>) -> Value {
    id.and_then(|id| committees.iter().find(|c| c.committee.id == id))
        .map_or(Value::Null, |c| committee_value(&c.committee))
}

fn source_value(slug: &str, item: &ItemRow) -> Value {
    json!({ "type": item.source, "ref": item.source_ref, "url": petition_href(slug, item) })
}

/// A session as an Open Civic Data event (without its agenda).
pub fn session_json(t: &I18n, commune: &Commune, s: &SessionRow, d: &SessionDeadlines) -> Value {
    json!({
        "id": s.id,
        "url": session_href(&commune.slug, s.id),
        "api_url": format!("{}/sessions/{}", api_base(&commune.slug), s.id),
        "name": { "ar": session_name(t, Lang::Ar, s), "fr": session_name(t, Lang::Fr, s) },
        "classification": s.kind,
        "ordinary_month": match s.kind() {
            SessionKind::Ordinary(m) => json!(key(&m)),
            SessionKind::Extraordinary(_) => Value::Null,
        },
        "trigger": s.trigger_by,
        "trigger_note": s.trigger_note,
        // Arts. 36–37: the request an extraordinary session was held on.
        "request": s.requested_on.map(|on| json!({
            "requested_on": on,
            "requesting_members": s.requesting_members,
        })),
        "start_date": s.starts_on,
        "end_date": s.last_day(),
        "extended_until": s.extended_until,
        "all_day": true,
        "timezone": "Africa/Casablanca",
        "location": { "name": s.place },
        "status": s.status.key(),
        "deadlines": {
            "notice_by": d.notice_by,
            "agenda_to_governor_by": d.agenda_to_governor_by,
            "governor_additions_by": d.governor_additions_by,
            "last_day": d.last_day,
            "last_day_if_extended": d.last_day_if_extended,
        },
    })
}

fn sitting_json(s: &SittingRow) -> Value {
    let in_office = s.members_in_office.unwrap_or(0).max(0) as u32;
    json!({
        "id": s.id,
        "start_time": format!("{}Z", s.starts_at.format("%Y-%m-%dT%H:%M:%S")),
        "convocation": s.convocation,
        "public": s.is_public,
        "closed": (!s.is_public).then(|| json!({
            "requested_by": s.closed_requester,
            "reasons": s.closed_reasons,
        })),
        // Art. 48: the council's vote on a request to sit closed, adopted or not.
        "closed_request": s.closed_decision.as_ref().map(|d| json!({
            "requested_by": s.closed_requester,
            "requesting_members": s.closed_requesting_members,
            "decision": d,
            "in_favour": s.closed_in_favour,
            "against": s.closed_against,
            "abstain": s.closed_abstain,
        })),
        "quorum": s.quorum_decision.as_ref().map(|q| json!({
            "decision": q,
            "may_deliberate": s.may_deliberate(),
            "present": s.members_present,
            "required": rules::absolute_majority(in_office),
            "in_office": s.members_in_office,
        })),
    })
}

/// A vote as a Popolo vote event, with the majority rule that decided it (art. 43).
fn vote_event_json(v: &VoteRow, item: &ItemRow) -> Value {
    let m = majority_of(v, item);
    json!({
        "id": v.id,
        "sitting_id": v.sitting_id,
        "ballot": v.ballot,
        "result": result(&v.decision),
        "decision": v.decision,
        "reason": v.reason,
        "majority": { "basis": m.basis, "votes_needed": m.votes_needed },
        "counts": [
            { "option": "yes", "value": v.in_favour },
            { "option": "no", "value": v.against },
            { "option": "abstain", "value": v.abstain },
        ],
        "members_present": v.members_present,
        "members_in_office": v.members_in_office,
        "president_vote": v.president_vote.as_deref().map(option),
    })
}

fn deliberation_ref(slug: &str, d: &DeliberationRow) -> Value {
    json!({
        "id": d.id,
        "number": d.number(),
        "outcome": d.outcome,
        "signed": d.signed_at.is_some(),
        "url": deliberation_href(slug, d.id),
    })
}

fn agenda_item_json(slug: &str, committees: &[CommitteeWithMembers], it: &ItemDetail) -> Value {
    let i = &it.item;
    json!({
        "id": i.id,
        "order": i.number,
        "title": { "ar": i.title_ar, "fr": i.title_fr },
        "description": i.summary,
        "committee": committee_ref(committees, i.committee_id),
        "committee_report": i.committee_report,
        "matter": i.matter,
        "source": source_value(slug, i),
        "status": i.status.key(),
        "status_reasons": i.status_reasons,
        "vote_events": it.votes.iter().map(|v| vote_event_json(v, i)).collect::<Vec<_>>(),
        "deliberations": it.deliberations.iter().map(|d| deliberation_ref(slug, d)).collect::<Vec<_>>(),
    })
}

fn minutes_json(slug: &str, m: &MinutesRow) -> Value {
    json!({
        "id": m.id,
        "url": minutes_href(slug, m.id),
        "president_signed_at": m.president_signed_at,
        "secretary_signed_at": m.secretary_signed_at,
        "corrects_id": m.corrects_id,
    })
}

/// A session with its sittings, agenda (items with vote events and deliberations) and
/// signed minutes.
pub fn session_detail_json(t: &I18n, d: &SessionDetail) -> Value {
    let slug = &d.commune.slug;
    let mut v = session_json(t, &d.commune, &d.session, &d.deadlines);
    v["sittings"] = d.sittings.iter().map(sitting_json).collect();
    v["agenda"] = d
        .items
        .iter()
        .map(|it| agenda_item_json(slug, &d.committees, it))
        .collect();
    v["minutes"] = d.minutes.iter().map(|m| minutes_json(slug, m)).collect();
    v
}

/// A register entry.
pub fn deliberation_summary_json(commune: &Commune, d: &DeliberationRow, item: &ItemRow) -> Value {
    json!({
        "id": d.id,
        "number": d.number(),
        "year": d.year,
        "sequence": d.sequence,
        "date": d.decided_on,
        "outcome": d.outcome,
        "status": if d.signed_at.is_some() { "signed" } else { "draft" },
        "signed_at": d.signed_at,
        "title": { "ar": item.title_ar, "fr": item.title_fr },
        "committee_id": item.committee_id,
        "item_id": item.id,
        "session_id": item.session_id,
        "corrects_id": d.corrects_id,
        "url": deliberation_href(&commune.slug, d.id),
        "api_url": format!("{}/deliberations/{}", api_base(&commune.slug), d.id),
    })
}

fn voter_json(members: &[CouncilMember], id: i64) -> Value {
    match members.iter().find(|m| m.id == id) {
        Some(m) => json!({ "id": m.id, "name": { "ar": m.name_ar, "fr": m.name_fr } }),
        None => json!({ "id": id, "name": null }),
    }
}

/// One deliberation with its text, source, corrections and vote event (with each
/// member's vote when recorded).
pub fn deliberation_json(t: &I18n, d: &DeliberationDetail) -> Value {
    let slug = &d.commune.slug;
    let del = &d.deliberation;
    let mut v = deliberation_summary_json(&d.commune, del, &d.item);
    v["text"] = json!({ "ar": del.text_ar, "fr": del.text_fr });
    v["source"] = source_value(slug, &d.item);
    v["committee"] = d.committee.as_ref().map_or(Value::Null, committee_value);
    v["item"] = json!({
        "id": d.item.id,
        "order": d.item.number,
        "matter": d.item.matter,
        "description": d.item.summary,
    });
    v["session"] = json!({
        "id": d.session.id,
        "name": { "ar": session_name(t, Lang::Ar, &d.session), "fr": session_name(t, Lang::Fr, &d.session) },
        "url": session_href(slug, d.session.id),
    });
    v["corrected_by"] = d
        .related
        .iter()
        .filter(|r| r.corrects_id == Some(del.id))
        .map(|r| json!(r.id))
        .collect();
    v["vote_event"] = d.vote.as_ref().map_or(Value::Null, |vote| {
        let mut e = vote_event_json(vote, &d.item);
        e["start_date"] = json!(d.sitting.as_ref().map(|s| s.starts_at.date()));
        e["votes"] = d
            .member_votes
            .iter()
            .map(|(id, choice)| json!({ "voter": voter_json(&d.members, *id), "option": option(choice) }))
            .collect();
        e
    });
    v
}
