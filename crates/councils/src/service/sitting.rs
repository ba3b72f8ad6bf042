//! Sittings, attendance and quorum (arts. 42–43), votes (arts. 45–46).

use super::*;
use crate::records::{ItemId, SittingId};

/// A sitting as the secretariat plans it.
pub struct NewSitting {
    pub starts_at: NaiveDateTime,
    pub convocation: Convocation,
    pub publicity: Publicity,
}

/// The council's decision, without debate, on a request to sit closed (art. 48): how many
/// members asked (for a request by a third of members) and the counts of its vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosedSittingVote {
    pub requesting_members: u32,
    pub counts: VoteCounts,
}

/// Adds a sitting ([`add_sitting_with_request`] with no council decision: a closed sitting
/// is then possible only at the governor's request, art. 48).
pub fn add_sitting(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    s: &NewSitting,
) -> Result<SittingRow> {
    add_sitting_with_request(conn, actor, commune_id, session_id, s, None)
}

/// Adds a sitting. Its convocation follows the sequence of art. 42
/// ([`rules::validate_convocation_sequence`]: a second only after a first that missed its
/// quorum, 3 to 5 days later; a third only after such a second, after the third working
/// day). A closed sitting carries who asked and why, and the request is decided by
/// [`rules::publicity_for_request`] (art. 48): the governor's request closes it; the
/// president's or a third of members' needs the council's vote (`vote`), and a request the
/// council does not adopt leaves the sitting public — the request and the count are kept.
pub fn add_sitting_with_request(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    s: &NewSitting,
    vote: Option<ClosedSittingVote>,
) -> Result<SittingRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let session = store::session(conn, commune_id, session_id)?;
        if session.status.is_final() {
            return Err(Error::with_cause(ErrorKind::Conflict, "session is over"));
        }
        let cal = musharaka_communes::holidays::calendar(conn)?;
        let date = local_date(s.starts_at);
        let prior = store::sittings_of(conn, commune_id, session.id)?
            .into_iter()
            .rfind(|p| local_date(p.starts_at) < date)
            .map(|p| rules::PriorSitting {
                convocation: parse::<Convocation>(&p.convocation).unwrap_or(Convocation::First),
                date: local_date(p.starts_at),
                quorum_missed: p.quorum_decision.as_deref() == Some("not_reached"),
            });
        rules::validate_convocation_sequence(session.kind(), s.convocation, prior, date, &cal)
            .map_err(convocation_error)?;
        let in_office = count(store::members_in_office(conn, commune_id, date)?.len());
        let closed = closed_sitting(&s.publicity, vote, in_office)?;
        let row = store::insert_sitting(
            conn,
            &NewSittingRow {
                commune_id,
                session_id: session.id,
                starts_at: s.starts_at,
                convocation: key(&s.convocation),
                is_public: closed.is_public,
                closed_requester: closed.requester,
                closed_reasons: closed.reasons,
                created_at: now(),
                closed_requesting_members: closed.requesting_members,
                closed_in_favour: closed.counts.map(|c| c.in_favour as i32),
                closed_against: closed.counts.map(|c| c.against as i32),
                closed_abstain: closed.counts.map(|c| c.abstain as i32),
                closed_decision: closed.decision,
            },
        )?;
        actor
            .audit(commune_id, "sitting.add", format!("sitting:{}", row.id))
            .after(json!(row))
            .record(conn)?;
        Ok(row)
    })
}

/// What is stored about a sitting's publicity (art. 48).
struct ClosedRecord {
    is_public: bool,
    requester: Option<String>,
    reasons: Option<String>,
    requesting_members: Option<i32>,
    counts: Option<VoteCounts>,
    decision: Option<String>,
}

/// Art. 48: applies [`rules::publicity_for_request`] to a requested closed sitting. The
/// council's vote on the request is decided like any vote (art. 43, votes cast; a tie without
/// the president's side leaves the sitting public).
fn closed_sitting(
    publicity: &Publicity,
    vote: Option<ClosedSittingVote>,
    in_office: u32,
) -> Result<ClosedRecord> {
    let Publicity::Closed { requester, reasons } = publicity else {
        return Ok(ClosedRecord {
            is_public: true,
            requester: None,
            reasons: None,
            requesting_members: None,
            counts: None,
            decision: None,
        });
    };
    let governor = *requester == crate::model::ClosedSittingRequester::GovernorForPublicOrder;
    let vote = vote.filter(|_| !governor);
    let decision = match vote {
        Some(v) => {
            let input = VoteInput {
                counts: v.counts,
                matter: Matter::General,
                ballot: Ballot::First,
                members_in_office: in_office,
                members_present: v.counts.participants(),
                president_vote: None,
            };
            let out = rules::outcome(&input).map_err(|e| {
                Error::with_cause(ErrorKind::InvalidInput, e)
                    .with_field("closed_in_favour", "council-error-counts")
            })?;
            Some(out.decision)
        }
        None => None,
    };
    let requesting = vote.map(|v| v.requesting_members).unwrap_or(0);
    let request = rules::ClosedSittingRequest {
        requester: *requester,
        reasons: reasons.clone(),
        requesting_members: requesting,
    };
    let publicity = rules::publicity_for_request(request, in_office, decision).map_err(|e| {
        let message = match e {
            rules::ClosedSittingError::NotAThirdOfMembers { .. } => "council-error-closed-third",
            rules::ClosedSittingError::CouncilDecisionRequired => "council-error-closed-decision",
        };
        Error::with_cause(ErrorKind::InvalidInput, e).with_field("closed_requesting", message)
    })?;
    Ok(ClosedRecord {
        is_public: publicity == Publicity::Public,
        requester: Some(key(requester)),
        reasons: Some(reasons.as_str().to_string()),
        requesting_members: vote
            .filter(|_| *requester == crate::model::ClosedSittingRequester::ThirdOfMembers)
            .and_then(|v| i32::try_from(v.requesting_members).ok()),
        counts: vote.map(|v| v.counts),
        decision: decision.map(|d| key(&d)),
    })
}

/// A sitting out of the sequence of art. 42: invalid input on the convocation field.
fn convocation_error(e: rules::ConvocationSequenceError) -> Error {
    use rules::ConvocationDateError as D;
    use rules::ConvocationSequenceError as E;
    let message = match e {
        E::NoFailedFirst => "council-error-convocation-no-failed-first",
        E::NoFailedSecond => "council-error-convocation-no-failed-second",
        E::NextConvocationExpected { .. } => "council-error-convocation-next-expected",
        E::Date(D::TooEarly { .. }) => "council-error-convocation-too-early",
        E::Date(D::TooLate { .. }) => "council-error-convocation-too-late",
        E::Date(D::NotNextWorkingDay { .. }) => "council-error-convocation-next-working-day",
        E::Date(D::NoThirdConvocation) => "council-error-convocation-no-third",
    };
    Error::with_cause(ErrorKind::InvalidInput, e).with_field("convocation", message)
}

/// A member's attendance at a sitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Present,
    Absent,
    Excused,
}

/// Records attendance at the opening and applies the quorum rule (art. 42): the answer
/// says whether the sitting may deliberate, and why.
pub fn record_attendance(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    sitting_id: SittingId,
    presence: &[(i64, Presence)],
) -> Result<QuorumDecision> {
    record_attendance_on(conn, actor, commune_id, sitting_id, presence, today())
}

/// [`record_attendance`] on `today`: never for a sitting after today (art. 47).
pub fn record_attendance_on(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    sitting_id: SittingId,
    presence: &[(i64, Presence)],
    today: NaiveDate,
) -> Result<QuorumDecision> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let sitting = store::sitting(conn, commune_id, sitting_id)?;
        let session = store::session(conn, commune_id, sitting.session_id)?;
        rules::validate_not_in_future(local_date(sitting.starts_at), today)
            .map_err(|e| future_error(e, LAW_FIELD))?;
        let in_office = store::members_in_office(conn, commune_id, sitting.starts_at.date())?;
        if presence.iter().any(|(m, _)| !in_office.contains(m)) {
            return Err(Error::invalid("presence", "field-choice"));
        }
        let stored: Vec<(i64, String)> = presence.iter().map(|(m, p)| (*m, key(p))).collect();
        store::replace_attendance(conn, commune_id, sitting.id, &stored)?;
        let present = presence
            .iter()
            .filter(|(_, p)| *p == Presence::Present)
            .count() as u32;
        let convocation = parse::<Convocation>(&sitting.convocation).unwrap_or(Convocation::First);
        let decision = rules::quorum(session.kind(), convocation, in_office.len() as u32, present)
            .map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
        let decision_key = match decision {
            QuorumDecision::Reached { .. } => "reached",
            QuorumDecision::NotReached { .. } => "not_reached",
            QuorumDecision::AnyAttendance { .. } => "any_attendance",
        };
        let in_office_count = in_office.len() as i32;
        store::set_quorum(
            conn,
            sitting.id,
            decision_key,
            present as i32,
            in_office_count,
        )?;
        actor
            .audit(
                commune_id,
                "sitting.attendance",
                format!("sitting:{}", sitting.id),
            )
            .after(json!({"present": present, "in_office": in_office.len(), "quorum": decision}))
            .record(conn)?;
        Ok(decision)
    })
}

/// How the secretariat records a vote: each member's vote, or the counts only.
pub enum VoteEntry {
    PerMember(Vec<(i64, VoteChoice)>),
    Counts {
        counts: VoteCounts,
        president_vote: Option<VoteChoice>,
    },
}

/// Records an open vote on an item at a sitting that may deliberate. The outcome is
/// computed from the counts by art. 43 (majority basis, tie rule); it cannot be typed.
pub fn record_vote(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    sitting_id: SittingId,
    ballot: Ballot,
    tally: &VoteEntry,
) -> Result<VoteRow> {
    let today = today();
    record_vote_on(
        conn,
        actor,
        commune_id,
        (item_id, sitting_id),
        ballot,
        tally,
        today,
    )
}

/// [`record_vote`] on `today`: never at a sitting after today (art. 47); a tie only vote by
/// vote (art. 43, [`rules::validate_tie_record`]).
pub fn record_vote_on(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    (item_id, sitting_id): (ItemId, SittingId),
    ballot: Ballot,
    tally: &VoteEntry,
    today: NaiveDate,
) -> Result<VoteRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        let sitting = store::sitting(conn, commune_id, sitting_id)?;
        let session = store::session(conn, commune_id, sitting.session_id)?;
        if item.session_id != session.id || item.status != ItemStatus::OnAgenda {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "item not on this sitting's agenda",
            ));
        }
        if session.status != SessionStatus::Open {
            return Err(Error::with_cause(ErrorKind::Conflict, "session not open"));
        }
        rules::validate_not_in_future(local_date(sitting.starts_at), today)
            .map_err(|e| future_error(e, LAW_FIELD))?;
        check_committees(conn, commune_id)?;
        let decided = store::study_decision(conn, item.id)?.and_then(|d| d.decision());
        rules::validate_committee_study(
            item.committee_id,
            item.committee_report.as_deref(),
            decided,
        )
        .map_err(|e| committee_study_error(e, LAW_FIELD))?;
        check_objection(conn, &item, LAW_FIELD)?;
        if !sitting.may_deliberate() {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "no quorum (art. 42)",
            ));
        }
        let present: Vec<i64> = store::attendance_of(conn, sitting.id)?
            .into_iter()
            .filter(|(_, s)| parse::<Attendance>(s) == Some(Attendance::Present))
            .map(|(m, _)| m)
            .collect();
        let president =
            musharaka_communes::lookup::member_holding(conn, commune_id, CouncilRole::President)?;
        let (counts, president_vote) = match tally {
            VoteEntry::PerMember(votes) => {
                if votes.iter().any(|(m, _)| !present.contains(m)) {
                    return Err(Error::invalid("votes", "council-error-voter-absent"));
                }
                let pv = votes
                    .iter()
                    .find(|(m, _)| Some(*m) == president)
                    .map(|(_, c)| *c);
                (VoteCounts::from_votes(votes.iter().map(|(_, c)| *c)), pv)
            }
            VoteEntry::Counts {
                counts,
                president_vote,
            } => (*counts, *president_vote),
        };
        let input = VoteInput {
            counts,
            matter: parse::<Matter>(&item.matter).unwrap_or(Matter::General),
            ballot,
            members_in_office: sitting.members_in_office.unwrap_or(0) as u32,
            members_present: present.len() as u32,
            president_vote,
        };
        let out = rules::outcome(&input).map_err(|e| {
            Error::with_cause(ErrorKind::InvalidInput, e)
                .with_field("in_favour", "council-error-counts")
        })?;
        rules::validate_tie_record(&out, matches!(tally, VoteEntry::PerMember(_))).map_err(
            |e| {
                Error::with_cause(ErrorKind::InvalidInput, e)
                    .with_field(LAW_FIELD, "council-error-tie-each-vote")
            },
        )?;
        let vote = store::insert_vote(
            conn,
            &NewVoteRow {
                commune_id,
                item_id: item.id,
                sitting_id: sitting.id,
                ballot: key(&ballot),
                in_favour: counts.in_favour as i32,
                against: counts.against as i32,
                abstain: counts.abstain as i32,
                members_present: present.len() as i32,
                members_in_office: input.members_in_office as i32,
                president_vote: president_vote.map(|v| key(&v)),
                decision: key(&out.decision),
                reason: key(&out.reason),
                recorded_by: Some(actor.account.id),
                created_at: now(),
            },
        )?;
        if let VoteEntry::PerMember(votes) = tally {
            for (m, c) in votes {
                store::insert_member_vote(conn, vote.id, *m, &key(c))?;
            }
        }
        if out.decision != Decision::SecondSittingRequired {
            store::set_item_status(conn, item.id, ItemStatus::Decided)?;
        }
        actor
            .audit(
                commune_id,
                "vote.record",
                format!("agenda_item:{}", item.id),
            )
            .after(json!({"vote": vote, "outcome": out}))
            .record(conn)?;
        Ok(vote)
    })
}
