//! Ballots: the online vote and paper ballots, one per voter.

use super::*;

/// What a ballot page needs: the cycle, its districts and the projects on the ballot.
pub struct BallotContext {
    pub cycle: Cycle,
    pub districts: Vec<District>,
    pub projects: Vec<Proposal>,
}

pub fn ballot_context(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<BallotContext> {
    let cycle = store::cycle(conn, commune_id, cycle_id)?;
    let districts = store::districts(conn, commune_id, cycle_id)?;
    let projects = store::all_proposals(conn, commune_id, cycle_id)?
        .into_iter()
        .filter(Proposal::on_ballot)
        .collect();
    Ok(BallotContext {
        cycle,
        districts,
        projects,
    })
}

impl BallotContext {
    /// Checks a ballot against the cycle's rulebook.
    pub fn check(&self, choices: &[i64], birth_year: Option<i32>) -> Vec<BallotProblem> {
        let districts: Vec<_> = self.districts.iter().map(|d| (d.id, d.amount())).collect();
        let projects: Vec<_> = self
            .projects
            .iter()
            .map(|p| BallotProject {
                id: p.id,
                district_id: p.district_id,
                cost: p.cost(),
            })
            .collect();
        let age = birth_year.map(|y| rules::age_in(self.cycle.year, y));
        rules::check_ballot(&self.cycle.rulebook(), &districts, &projects, choices, age)
    }
}

/// How a ballot arrives. Every ballot carries its voter's keyed CIN hash (computed by the
/// caller, who holds the key): one ballot per person per cycle, whatever the channel
/// ([`rules::one_ballot_per_person`]).
pub enum Voter<'a> {
    /// The signed-in voter, online, with the keyed hash of the CIN they typed.
    Online {
        voter: &'a Permissions,
        cin_hash: String,
    },
    /// A paper ballot from the numbered stack, entered by an officer for a voter known by
    /// `voter_key` (`account:<id>`, or `cin:<hash>`), with the keyed hash of the voter's CIN
    /// (required for a new ballot; without it only "already voted" can be answered).
    Paper {
        officer: &'a Permissions,
        voter_key: String,
        voter_id: Option<i64>,
        number: String,
        cin_hash: Option<String>,
    },
}

pub(super) fn invalid_ballot() -> Error {
    Error::field(ErrorKind::InvalidInput, "ballot", "pb-ballot-invalid")
}

/// Casts (or, online, replaces) a ballot. One ballot per voter per cycle under a unique
/// constraint: a concurrent double submit leaves one; a voter who voted on paper cannot
/// vote online and the reverse; a stack number is used once.
pub fn cast_ballot(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    voter: &Voter<'_>,
    choices: &[i64],
    birth_year: Option<i32>,
) -> Result<()> {
    let ctx = ballot_context(conn, commune_id, cycle_id)?;
    if ctx.cycle.phase(now()) != Phase::Voting {
        return Err(Error::field(
            ErrorKind::Conflict,
            "ballot",
            "pb-voting-closed",
        ));
    }
    match voter {
        Voter::Online { voter: p, .. } => {
            if !p.account.is_confirmed() {
                return Err(ErrorKind::EmailNotConfirmed.into());
            }
            if birth_year.is_none() {
                return Err(Error::invalid("birth_year", "field-required"));
            }
        }
        Voter::Paper { officer, .. } => {
            if !may_enter_paper(officer, commune_id) {
                return Err(ErrorKind::Forbidden.into());
            }
        }
    }
    if !ctx.check(choices, birth_year).is_empty() {
        return Err(invalid_ballot());
    }
    let district_of: HashMap<i64, i64> =
        ctx.projects.iter().map(|p| (p.id, p.district_id)).collect();
    let mut chosen: Vec<i64> = choices.to_vec();
    chosen.sort_unstable();
    chosen.dedup();
    let t = now();
    match voter {
        Voter::Online { voter: p, cin_hash } => {
            let key = account_key(p.account.id);
            write_transaction(conn, |conn| {
                lock_voter(conn, cycle_id, &key, cin_hash)?;
                let own = store::ballot_identity(conn, commune_id, cycle_id, &key)?;
                let same = store::ballot_by_cin(conn, commune_id, cycle_id, cin_hash)?;
                let ballot_id = match identity_rule(Channel::Online, own, same)? {
                    rules::BallotWrite::ReplaceOwn(id) => id,
                    rules::BallotWrite::New => {
                        // The write takes the write lock (SQLite) and the unique constraint
                        // on the voter key decides between concurrent submits.
                        insert_ballot_if_absent(
                            conn,
                            commune_id,
                            cycle_id,
                            &key,
                            p.account.id,
                            birth_year,
                            t,
                        )?;
                        let (id, channel, _) = store::ballot_of(conn, commune_id, cycle_id, &key)?
                            .ok_or_else(|| Error::internal("ballot vanished"))?;
                        if channel != Channel::Online.key() {
                            return Err(Error::field(
                                ErrorKind::Conflict,
                                "ballot",
                                "pb-voted-on-paper",
                            ));
                        }
                        id
                    }
                };
                stamp_cin(conn, ballot_id, cin_hash)?;
                store::touch_ballot(conn, ballot_id, birth_year, t)?;
                write_items(conn, commune_id, cycle_id, ballot_id, &chosen, &district_of)
            })
        }
        Voter::Paper {
            officer,
            voter_key,
            voter_id,
            number,
            cin_hash,
        } => write_transaction(conn, |conn| {
            if let Some(cin_hash) = cin_hash.as_deref() {
                lock_voter(conn, cycle_id, voter_key, cin_hash)?;
            }
            if store::paper_number_used(conn, cycle_id, number)? {
                return Err(Error::field(
                    ErrorKind::Conflict,
                    "paper_number",
                    "pb-paper-number-used",
                ));
            }
            let own = store::ballot_identity(conn, commune_id, cycle_id, voter_key)?;
            if own.is_some() {
                return Err(Error::field(
                    ErrorKind::Conflict,
                    "voter",
                    "pb-already-voted",
                ));
            }
            let cin_hash = cin_hash
                .as_deref()
                .ok_or_else(|| Error::invalid("voter_cin", "lp-ballot-cin-required"))?;
            let same = store::ballot_by_cin(conn, commune_id, cycle_id, cin_hash)?;
            identity_rule(Channel::Paper, own, same)?;
            let ballot_id = store::insert_ballot(
                conn,
                &NewBallotRow {
                    commune_id,
                    cycle_id,
                    voter_key,
                    voter_id: *voter_id,
                    channel: Channel::Paper.key(),
                    paper_number: Some(number),
                    officer_id: Some(officer.account.id),
                    birth_year,
                    created_at: t,
                    updated_at: t,
                },
            )?;
            stamp_cin(conn, ballot_id, cin_hash)?;
            write_items(conn, commune_id, cycle_id, ballot_id, &chosen, &district_of)?;
            Ok(officer
                .audit(
                    commune_id,
                    "pb_ballot.paper",
                    format!("pb_ballot:{ballot_id}"),
                )
                .after(json!({ "number": number, "projects": chosen }))
                .record(conn)?)
        }),
    }
}

/// Serialises the writes of one person in a cycle (their voter key, then their CIN, always
/// in that order so two writers never wait on each other): the identity rule then reads
/// both of a concurrent submit's rows, never one from before and one from after it.
fn lock_voter(conn: &mut AnyConnection, cycle_id: i64, voter_key: &str, cin: &str) -> Result<()> {
    lock_until_commit(conn, &format!("pb_ballot:{cycle_id}:{voter_key}"))?;
    Ok(lock_until_commit(
        conn,
        &format!("pb_ballot:{cycle_id}:cin:{cin}"),
    )?)
}

/// The identity rule on stored ballots, refused with a translated message on the CIN field.
fn identity_rule(
    channel: Channel,
    own: Option<store::BallotIdentity>,
    same: Option<store::BallotIdentity>,
) -> Result<rules::BallotWrite> {
    let cast = |b: Option<store::BallotIdentity>| {
        b.map(|(id, channel, cin_known)| rules::CastBallot {
            id,
            channel: channel.parse().unwrap_or(Channel::Import),
            cin_known,
        })
    };
    rules::one_ballot_per_person(channel, cast(own), cast(same)).map_err(|r| {
        let (field, message) = match r {
            rules::IdentityRefusal::VotedOnPaper => ("ballot", "pb-voted-on-paper"),
            rules::IdentityRefusal::CinDiffers => ("voter_cin", "lp-ballot-cin-differs"),
            rules::IdentityRefusal::AlreadyVoted {
                channel: Channel::Online,
            } => ("voter_cin", "lp-ballot-cin-voted-online"),
            rules::IdentityRefusal::AlreadyVoted { .. } => {
                ("voter_cin", "lp-ballot-cin-voted-paper")
            }
        };
        Error::field(ErrorKind::Conflict, field, message)
    })
}

/// Stamps the ballot with its voter's CIN hash; the unique index refuses a second ballot of
/// the same person that raced past the rule (two accounts submitting at once).
fn stamp_cin(conn: &mut AnyConnection, ballot_id: i64, cin_hash: &str) -> Result<()> {
    store::set_ballot_cin(conn, ballot_id, cin_hash).map_err(|e| {
        let e = Error::from(e);
        if e.kind == ErrorKind::Conflict {
            Error::field(
                ErrorKind::Conflict,
                "voter_cin",
                "lp-ballot-cin-voted-online",
            )
        } else {
            e
        }
    })
}

pub(super) fn insert_ballot_if_absent(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    key: &str,
    voter_id: i64,
    birth_year: Option<i32>,
    t: NaiveDateTime,
) -> Result<()> {
    let new = NewBallotRow {
        commune_id,
        cycle_id,
        voter_key: key,
        voter_id: Some(voter_id),
        channel: Channel::Online.key(),
        paper_number: None,
        officer_id: None,
        birth_year,
        created_at: t,
        updated_at: t,
    };
    Ok(store::insert_ballot_if_absent(conn, &new)?)
}

pub(super) fn write_items(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    ballot_id: i64,
    chosen: &[i64],
    district_of: &HashMap<i64, i64>,
) -> Result<()> {
    store::clear_ballot_items(conn, ballot_id)?;
    let items: Vec<(i64, i64, i64)> = chosen
        .iter()
        .filter_map(|p| district_of.get(p).map(|d| (ballot_id, *p, *d)))
        .collect();
    Ok(store::insert_ballot_items(
        conn, commune_id, cycle_id, &items,
    )?)
}

/// Who a paper ballot is for: an account by its e-mail, or a keyed hash of a CIN
/// (`cin:<hash>`, computed by the caller, who holds the key).
#[derive(Debug, Clone)]
pub enum PaperVoter {
    Email(String),
    CinKey(String),
}

/// A paper ballot as the officer typed it.
#[derive(Debug, Clone)]
pub struct PaperBallot {
    pub number: String,
    pub voter: PaperVoter,
    /// The keyed hash of the voter's CIN (every ballot carries one).
    pub cin_hash: Option<String>,
    pub choices: Vec<i64>,
    pub birth_year: Option<i32>,
}

/// Enters a paper ballot from the numbered stack (any back-office role of the commune).
pub fn cast_paper_ballot(
    conn: &mut AnyConnection,
    officer: &Permissions,
    commune_id: i64,
    cycle_id: i64,
    b: &PaperBallot,
) -> Result<()> {
    if !may_enter_paper(officer, commune_id) {
        return Err(ErrorKind::Forbidden.into());
    }
    let (voter_key, voter_id) = match &b.voter {
        PaperVoter::CinKey(key) => (key.clone(), None),
        PaperVoter::Email(email) => {
            let account =
                musharaka_identity::store::account_by_email(conn, email)?.ok_or_else(|| {
                    Error::field(ErrorKind::InvalidInput, "voter_email", "pb-voter-unknown")
                })?;
            (account_key(account.id), Some(account.id))
        }
    };
    let bctx = ballot_context(conn, commune_id, cycle_id)?;
    if !bctx.check(&b.choices, b.birth_year).is_empty() {
        return Err(Error::field(
            ErrorKind::InvalidInput,
            "ballot",
            "pb-ballot-invalid",
        ));
    }
    let voter = Voter::Paper {
        officer,
        voter_key,
        voter_id,
        number: b.number.clone(),
        cin_hash: b.cin_hash.clone(),
    };
    cast_ballot(conn, commune_id, cycle_id, &voter, &b.choices, b.birth_year)
}
