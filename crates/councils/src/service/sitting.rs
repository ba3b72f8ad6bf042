//! Sittings, attendance and quorum (arts. 42–43), votes (arts. 45–46).

use super::*;

/// A sitting as the secretariat plans it.
pub struct NewSitting {
    pub starts_at: NaiveDateTime,
    pub convocation: Convocation,
    pub publicity: Publicity,
}

/// Adds a sitting; a closed sitting carries who asked and why (art. 48).
pub fn add_sitting(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    s: &NewSitting,
) -> Result<SittingRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let session = store::session(conn, commune_id, session_id)?;
        if session.status().is_final() {
            return Err(Error::with_cause(ErrorKind::Conflict, "session is over"));
        }
        let (is_public, requester, reasons) = match &s.publicity {
            Publicity::Public => (true, None, None),
            Publicity::Closed { requester, reasons } => (
                false,
                Some(key(requester)),
                Some(reasons.as_str().to_string()),
            ),
        };
        let row = store::insert_sitting(
            conn,
            &NewSittingRow {
                commune_id,
                session_id: session.id,
                starts_at: s.starts_at,
                convocation: key(&s.convocation),
                is_public,
                closed_requester: requester,
                closed_reasons: reasons,
                created_at: now(),
            },
        )?;
        actor
            .audit(commune_id, "sitting.add", format!("sitting:{}", row.id))
            .after(json!(row))
            .record(conn)?;
        Ok(row)
    })
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
    sitting_id: i64,
    presence: &[(i64, Presence)],
) -> Result<QuorumDecision> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let sitting = store::sitting(conn, commune_id, sitting_id)?;
        let session = store::session(conn, commune_id, sitting.session_id)?;
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
    item_id: i64,
    sitting_id: i64,
    ballot: Ballot,
    tally: &VoteEntry,
) -> Result<VoteRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        let sitting = store::sitting(conn, commune_id, sitting_id)?;
        let session = store::session(conn, commune_id, sitting.session_id)?;
        if item.session_id != session.id || item.status() != ItemStatus::OnAgenda {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "item not on this sitting's agenda",
            ));
        }
        if session.status() != SessionStatus::Open {
            return Err(Error::with_cause(ErrorKind::Conflict, "session not open"));
        }
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
