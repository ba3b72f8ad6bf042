//! Reading and writing the pabulib `.pb` format.
//!
//! pabulib (pabulib.org) is the research library of participatory-budgeting data; its format is
//! what pabutools reads and what other cities' results are published in, so the platform imports
//! and exports it. A file is UTF-8 (maybe with a BOM), LF or CRLF (mixed), with sections `META`,
//! `PROJECTS` and `VOTES`, each a title line then a header line, cells separated by `;` and quoted
//! with `"` (`""` escapes a quote). A real CSV reader is needed: names hold `;` and quotes.
//!
//! Parsing follows pabutools' `parse_pabulib` (cells trimmed, `none` meaning absent, costs read
//! as exact decimals with `,` accepted as decimal separator) but reports bad input as a
//! [`PbError`] with its line number instead of an exception. Cumulative, scoring and ordinal
//! ballots are read as the set of projects they list, which is what counting uses.

use std::collections::HashMap;

use num_rational::BigRational;

use crate::count::number::{format_decimal, parse_decimal};
use crate::count::{Instance, Profile, Project};

/// One CSV row and the line it starts on (1-based; 0 for rows built in memory).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
}

impl Row {
    /// A row built in memory (not read from a file).
    pub fn new(cells: Vec<String>) -> Self {
        Self { line: 0, cells }
    }

    /// The trimmed cell at `index`, `None` if missing or `none` (pabulib's "no value").
    pub fn get(&self, index: usize) -> Option<&str> {
        let cell = self.cells.get(index)?.trim();
        (!cell.eq_ignore_ascii_case("none")).then_some(cell)
    }
}

/// A pabulib file, kept as its three tables so it can be written back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PbFile {
    /// `key;value` rows.
    pub meta: Vec<Row>,
    pub project_columns: Vec<String>,
    pub projects: Vec<Row>,
    pub vote_columns: Vec<String>,
    pub votes: Vec<Row>,
}

/// What counting needs from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Election {
    pub instance: Instance,
    pub profile: Profile,
    /// `approval`, `choose-1`, `cumulative`, `scoring` or `ordinal`.
    pub vote_type: String,
}

/// A malformed pabulib file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PbError {
    #[error("line {line}: the file is not valid UTF-8")]
    Utf8 { line: u64 },
    #[error("line {line}: {message}")]
    Csv { line: u64, message: String },
    #[error("line {line}: data before any META, PROJECTS or VOTES section")]
    OutsideSection { line: u64 },
    #[error("line {line}: section {section} has no header line")]
    MissingHeader { line: u64, section: String },
    #[error("the file has no {0} section")]
    MissingSection(&'static str),
    #[error("line {line}: the {section} header has no `{column}` column")]
    MissingColumn {
        line: u64,
        section: &'static str,
        column: &'static str,
    },
    #[error("META has no `{0}`")]
    MissingMeta(&'static str),
    #[error("line {line}: `{value}` is not a valid {what}")]
    InvalidNumber {
        line: u64,
        what: &'static str,
        value: String,
    },
    #[error("line {line}: project without an id")]
    EmptyProjectId { line: u64 },
    #[error("line {line}: project `{id}` is listed twice")]
    DuplicateProject { line: u64, id: String },
    #[error("line {line}: the vote names `{id}`, which is not a project")]
    UnknownProject { line: u64, id: String },
    #[error("line {line}: unsupported vote_type `{value}`")]
    UnsupportedVoteType { line: u64, value: String },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    None,
    Meta,
    Projects,
    Votes,
}

fn section_of(row: &Row) -> Option<Section> {
    if row.cells.is_empty() {
        return None;
    }
    match row.cells[0].trim().to_ascii_lowercase().as_str() {
        "meta" => Some(Section::Meta),
        "projects" => Some(Section::Projects),
        "votes" => Some(Section::Votes),
        _ => None,
    }
}

fn is_blank(row: &Row) -> bool {
    row.cells.is_empty() || (row.cells.len() == 1 && row.cells[0].trim().is_empty())
}

/// Reads all CSV rows with their line numbers.
fn read_rows(text: &str) -> Result<Vec<Row>, PbError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| PbError::Csv {
            line: e.position().map_or(0, |p| p.line()),
            message: e.to_string(),
        })?;
        let line = record.position().map_or(0, |p| p.line());
        rows.push(Row {
            line,
            cells: record.iter().map(str::to_owned).collect(),
        });
    }
    Ok(rows)
}

/// Parses a pabulib file's text into its tables.
pub fn parse(text: &str) -> Result<PbFile, PbError> {
    let mut file = PbFile::default();
    let mut section = Section::None;
    let mut rows = read_rows(text)?.into_iter();
    while let Some(row) = rows.next() {
        if is_blank(&row) {
            continue;
        }
        if let Some(next) = section_of(&row) {
            section = next;
            let header = rows.next().ok_or_else(|| PbError::MissingHeader {
                line: row.line,
                section: row.cells[0].trim().to_owned(),
            })?;
            let columns = header.cells.iter().map(|c| c.trim().to_owned()).collect();
            match section {
                Section::Projects => file.project_columns = columns,
                Section::Votes => file.vote_columns = columns,
                Section::Meta | Section::None => {}
            }
            continue;
        }
        match section {
            Section::None => return Err(PbError::OutsideSection { line: row.line }),
            Section::Meta => file.meta.push(row),
            Section::Projects => file.projects.push(row),
            Section::Votes => file.votes.push(row),
        }
    }
    Ok(file)
}

/// Parses a pabulib file's text straight into what counting needs.
pub fn parse_election(text: &str) -> Result<Election, PbError> {
    parse(text)?.election()
}

impl PbFile {
    /// The META row for `key` (the last one if repeated, as pabutools keeps).
    pub fn meta_row(&self, key: &str) -> Option<&Row> {
        self.meta
            .iter()
            .rev()
            .find(|row| row.get(0).is_some_and(|k| k == key))
    }

    /// The META value for `key`.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta_row(key).and_then(|row| row.get(1))
    }

    /// The instance and profile, validated.
    pub fn election(&self) -> Result<Election, PbError> {
        let budget = self.budget()?;
        let vote_type = self.vote_type()?;
        let (projects, index) = self.read_projects()?;
        let profile = self.read_votes(&index)?;
        Ok(Election {
            instance: Instance { budget, projects },
            profile,
            vote_type,
        })
    }

    fn budget(&self) -> Result<BigRational, PbError> {
        let row = self
            .meta_row("budget")
            .ok_or(PbError::MissingMeta("budget"))?;
        let value = row.get(1).unwrap_or("");
        parse_decimal(value).ok_or_else(|| PbError::InvalidNumber {
            line: row.line,
            what: "budget",
            value: value.to_owned(),
        })
    }

    fn vote_type(&self) -> Result<String, PbError> {
        let row = self
            .meta_row("vote_type")
            .ok_or(PbError::MissingMeta("vote_type"))?;
        let value = row.get(1).unwrap_or("").to_owned();
        match value.as_str() {
            "approval" | "choose-1" | "cumulative" | "scoring" | "ordinal" => Ok(value),
            _ => Err(PbError::UnsupportedVoteType {
                line: row.line,
                value,
            }),
        }
    }

    fn column(
        columns: &[String],
        section: &'static str,
        column: &'static str,
        line: u64,
    ) -> Result<usize, PbError> {
        columns
            .iter()
            .position(|c| c == column)
            .ok_or(PbError::MissingColumn {
                line,
                section,
                column,
            })
    }

    fn header_line(rows: &[Row]) -> u64 {
        rows.first().map_or(0, |r| r.line.saturating_sub(1))
    }

    fn read_projects(&self) -> Result<(Vec<Project>, HashMap<String, usize>), PbError> {
        if self.project_columns.is_empty() {
            return Err(PbError::MissingSection("PROJECTS"));
        }
        let line = Self::header_line(&self.projects);
        let id_col = Self::column(&self.project_columns, "PROJECTS", "project_id", line)?;
        let cost_col = Self::column(&self.project_columns, "PROJECTS", "cost", line)?;
        let mut projects = Vec::with_capacity(self.projects.len());
        let mut index = HashMap::new();
        for row in &self.projects {
            let id = row.get(id_col).unwrap_or("");
            if id.is_empty() {
                return Err(PbError::EmptyProjectId { line: row.line });
            }
            let raw_cost = row.get(cost_col).unwrap_or("");
            let cost = parse_decimal(raw_cost).ok_or_else(|| PbError::InvalidNumber {
                line: row.line,
                what: "cost",
                value: raw_cost.to_owned(),
            })?;
            if index.insert(id.to_owned(), projects.len()).is_some() {
                return Err(PbError::DuplicateProject {
                    line: row.line,
                    id: id.to_owned(),
                });
            }
            projects.push(Project {
                id: id.to_owned(),
                cost,
            });
        }
        Ok((projects, index))
    }

    fn read_votes(&self, index: &HashMap<String, usize>) -> Result<Profile, PbError> {
        if self.vote_columns.is_empty() {
            return Err(PbError::MissingSection("VOTES"));
        }
        let line = Self::header_line(&self.votes);
        let vote_col = Self::column(&self.vote_columns, "VOTES", "vote", line)?;
        let mut ballots = Vec::with_capacity(self.votes.len());
        for row in &self.votes {
            let mut ballot = Vec::new();
            for id in row.get(vote_col).unwrap_or("").split(',') {
                let id = id.trim();
                if id.is_empty() {
                    continue;
                }
                let &p = index.get(id).ok_or_else(|| PbError::UnknownProject {
                    line: row.line,
                    id: id.to_owned(),
                })?;
                ballot.push(p);
            }
            ballots.push(ballot);
        }
        // Indices come from `index`, so they are in range.
        Profile::from_ballots(index.len(), ballots).map_err(|e| PbError::Csv {
            line: 0,
            message: e.to_string(),
        })
    }

    /// A file for an approval election held on the platform. `meta` gives the descriptive keys
    /// (description, country, unit, …); `budget`, `num_projects`, `num_votes` and `vote_type`
    /// (if absent) are filled in from the election.
    pub fn from_election(
        meta: &[(String, String)],
        instance: &Instance,
        profile: &Profile,
    ) -> Self {
        let mut pairs: Vec<(String, String)> = meta
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "budget" | "num_projects" | "num_votes"))
            .cloned()
            .collect();
        if !pairs.iter().any(|(k, _)| k == "vote_type") {
            pairs.push(("vote_type".into(), "approval".into()));
        }
        pairs.push(("num_projects".into(), instance.projects.len().to_string()));
        pairs.push(("num_votes".into(), profile.num_voters().to_string()));
        pairs.push(("budget".into(), format_decimal(&instance.budget)));
        let projects = instance
            .projects
            .iter()
            .map(|p| Row::new(vec![p.id.clone(), format_decimal(&p.cost)]))
            .collect();
        let votes = profile
            .ballots()
            .iter()
            .enumerate()
            .map(|(i, ballot)| {
                let ids: Vec<&str> = ballot
                    .iter()
                    .map(|&p| instance.projects[p].id.as_str())
                    .collect();
                Row::new(vec![(i + 1).to_string(), ids.join(",")])
            })
            .collect();
        Self {
            meta: pairs
                .into_iter()
                .map(|(k, v)| Row::new(vec![k, v]))
                .collect(),
            project_columns: vec!["project_id".into(), "cost".into()],
            projects,
            vote_columns: vec!["voter_id".into(), "vote".into()],
            votes,
        }
    }
}

/// Writes a file in the pabulib format (LF line ends, quoting only where needed).
pub fn to_pabulib_string(file: &PbFile) -> String {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut write = |cells: &[String]| {
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(cells);
    };
    let key_value = ["key".to_owned(), "value".to_owned()];
    write(&["META".to_owned()]);
    write(&key_value);
    file.meta.iter().for_each(|r| write(&r.cells));
    write(&["PROJECTS".to_owned()]);
    write(&file.project_columns);
    file.projects.iter().for_each(|r| write(&r.cells));
    write(&["VOTES".to_owned()]);
    write(&file.vote_columns);
    file.votes.iter().for_each(|r| write(&r.cells));
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\u{feff}META\r\nkey;value\r\ndescription;\"Test; with \"\"quotes\"\"\"\nbudget;100.5\r\nvote_type;approval\nnum_projects;3\r\n\
PROJECTS\nproject_id;cost;name\n1;4000.0;\"a;b\"\r\n11;50,25;\"say \"\"hi\"\"\"\n2;10;none\n\
VOTES\r\nvoter_id;vote\n1;1,11\r\n2; 2 ,1\n3;\n4\n";

    #[test]
    fn parses_the_format_traps() {
        let file = parse(SAMPLE).unwrap();
        assert_eq!(file.meta("description"), Some("Test; with \"quotes\""));
        assert_eq!(file.projects[0].cells[2], "a;b");
        assert_eq!(file.projects[1].cells[2], "say \"hi\"");
        assert_eq!(file.projects[2].get(2), None);
        let e = file.election().unwrap();
        assert_eq!(e.instance.budget, parse_decimal("100.5").unwrap());
        let costs: Vec<String> = e
            .instance
            .projects
            .iter()
            .map(|p| format_decimal(&p.cost))
            .collect();
        assert_eq!(costs, ["4000", "50.25", "10"]);
        assert_eq!(
            e.profile.ballots(),
            &[vec![0, 1], vec![0, 2], vec![], vec![]]
        );
    }

    #[test]
    fn line_numbers_in_errors() {
        let bad_cost = "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;x\nVOTES\nvoter_id;vote\n";
        assert_eq!(
            parse_election(bad_cost),
            Err(PbError::InvalidNumber {
                line: 7,
                what: "cost",
                value: "x".into()
            })
        );
        let unknown = "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n1;1\n2;1,7\n";
        assert_eq!(
            parse_election(unknown),
            Err(PbError::UnknownProject {
                line: 11,
                id: "7".into()
            })
        );
        let no_cost = "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;price\n1;5\nVOTES\nvoter_id;vote\n";
        assert!(matches!(
            parse_election(no_cost),
            Err(PbError::MissingColumn {
                line: 6,
                column: "cost",
                ..
            })
        ));
        let dup = "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\n1;6\nVOTES\nvoter_id;vote\n";
        assert!(matches!(
            parse_election(dup),
            Err(PbError::DuplicateProject { line: 8, .. })
        ));
        let stray = "hello;world\nMETA\nkey;value\n";
        assert_eq!(
            parse_election(stray),
            Err(PbError::OutsideSection { line: 1 })
        );
        let no_budget = "META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n";
        assert_eq!(
            parse_election(no_budget),
            Err(PbError::MissingMeta("budget"))
        );
        let bad_type = "META\nkey;value\nbudget;1\nvote_type;quadratic\n";
        assert!(matches!(
            parse_election(bad_type),
            Err(PbError::UnsupportedVoteType { line: 4, .. })
        ));
        assert_eq!(
            parse_election("META\n"),
            Err(PbError::MissingHeader {
                line: 1,
                section: "META".into()
            })
        );
    }

    #[test]
    fn garbage_never_panics() {
        for text in [
            "",
            ";;;",
            "\"",
            "VOTES\n",
            "META\nkey;value\nbudget",
            "\u{feff}",
            "PROJECTS\nproject_id;cost\n;;\n",
        ] {
            let _ = parse_election(text);
        }
    }

    #[test]
    fn other_vote_types_count_listed_projects() {
        let text = "META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n1;5\n2;5\nVOTES\nvoter_id;vote;points\n1;2,1;7,3\n";
        let e = parse_election(text).unwrap();
        assert_eq!(e.vote_type, "cumulative");
        assert_eq!(e.profile.ballots(), &[vec![0, 1]]);
        let choose1 = text.replace("cumulative", "choose-1");
        assert!(parse_election(&choose1).is_ok());
    }

    #[test]
    fn round_trips() {
        let file = parse(SAMPLE).unwrap();
        let written = to_pabulib_string(&file);
        let again = parse(&written).unwrap();
        let strip = |f: &PbFile| {
            let cells = |rows: &[Row]| rows.iter().map(|r| r.cells.clone()).collect::<Vec<_>>();
            (
                cells(&f.meta),
                f.project_columns.clone(),
                cells(&f.projects),
                f.vote_columns.clone(),
                cells(&f.votes),
            )
        };
        assert_eq!(strip(&file), strip(&again));
        assert_eq!(file.election().unwrap(), again.election().unwrap());

        let e = file.election().unwrap();
        let meta = [("description".to_owned(), "Musharaka export".to_owned())];
        let exported = to_pabulib_string(&PbFile::from_election(&meta, &e.instance, &e.profile));
        let back = parse_election(&exported).unwrap();
        assert_eq!(back.instance, e.instance);
        assert_eq!(back.profile, e.profile);
    }
}
