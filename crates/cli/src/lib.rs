//! The command line: `musharaka serve | migrate | demo | create-admin | create-commune |
//! backup | restore | pb`, and the demo data they load ([`demo`]).

pub mod demo;
mod demo_petitions;

use clap::{Args, Parser, Subcommand};
use musharaka_communes::service::{create_commune, CommuneFacts};
use musharaka_core::{Config, Error, Lang};
use musharaka_db::AnyConnection;
use musharaka_identity::service::{create_admin, Grant};
use musharaka_identity::Role;

#[derive(Parser)]
#[command(
    name = "musharaka",
    version,
    about = "Citizen participation for Moroccan communes"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (migrations run first).
    Serve {
        /// Address to listen on (default from configuration: 127.0.0.1:8080).
        #[arg(long)]
        bind: Option<String>,
        /// Load the demo data if the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Load the demo data into an empty database.
    Demo,
    /// Create (or promote) an administrator account.
    CreateAdmin(CreateAdmin),
    /// Create a commune (its first admin: `create-admin --commune SLUG --role admin`).
    CreateCommune(CreateCommune),
    /// Write a consistent copy of the database to FILE while the server runs (SQLite:
    /// VACUUM INTO; PostgreSQL: pg_dump --format=custom).
    Backup {
        /// The backup file to create (must not exist).
        file: String,
    },
    /// Restore a backup FILE into the configured database, which must be empty.
    Restore {
        /// A file written by `musharaka backup` on the same kind of database.
        file: String,
    },
    /// Participatory budgeting tools.
    Pb {
        #[command(subcommand)]
        command: PbCommand,
    },
}

#[derive(Subcommand)]
enum PbCommand {
    /// Count a pabulib file with a rule; prints {"rule", "winners", "total_cost"} as JSON.
    Count {
        /// greedy, greedy-cardinality, mes, mes-cardinality, mes-add1, mes-add1-greedy,
        /// mes-add1-until-infeasible
        #[arg(long)]
        rule: String,
        /// The .pb file.
        file: String,
    },
    /// Import a pabulib file as a counted cycle (results phase) of a commune.
    Import {
        /// The .pb file.
        file: String,
        /// The commune (slug).
        #[arg(long)]
        commune: String,
    },
}

#[derive(Args)]
struct CreateAdmin {
    #[arg(long)]
    email: String,
    #[arg(long)]
    name: String,
    /// The commune (slug) where the role is granted.
    #[arg(long, requires = "role", conflicts_with = "platform")]
    commune: Option<String>,
    /// admin, secretariat, bureau, body_secretary, reviewer, evaluator or information_officer.
    #[arg(long, requires = "commune")]
    role: Option<String>,
    /// Administer every commune.
    #[arg(long)]
    platform: bool,
    /// Password; read from MUSHARAKA_ADMIN_PASSWORD when absent.
    #[arg(long, env = "MUSHARAKA_ADMIN_PASSWORD", hide_env_values = true)]
    password: String,
}

#[derive(Args)]
struct CreateCommune {
    /// Its address on the site: lowercase letters, digits and hyphens (e.g. sidi-ifni).
    #[arg(long)]
    slug: String,
    #[arg(long)]
    name_ar: String,
    #[arg(long)]
    name_fr: String,
    /// Name in Tifinagh.
    #[arg(long)]
    name_tzm: Option<String>,
    #[arg(long)]
    region_ar: String,
    #[arg(long)]
    region_fr: String,
    #[arg(long)]
    province_ar: String,
    #[arg(long)]
    province_fr: String,
    /// Legal population (last census).
    #[arg(long)]
    population: i64,
    #[arg(long)]
    census_year: i32,
    /// The commune is divided into arrondissements (art. 121 threshold).
    #[arg(long)]
    has_arrondissements: bool,
    #[arg(long, default_value = "")]
    email: String,
    #[arg(long, default_value = "")]
    phone: String,
    #[arg(long, default_value = "")]
    address_ar: String,
    #[arg(long, default_value = "")]
    address_fr: String,
}

impl CreateCommune {
    fn facts(self) -> CommuneFacts {
        let trim = |s: String| s.trim().to_string();
        CommuneFacts {
            slug: trim(self.slug),
            name_ar: trim(self.name_ar),
            name_fr: trim(self.name_fr),
            name_tzm: self.name_tzm.map(trim).filter(|s| !s.is_empty()),
            region_ar: trim(self.region_ar),
            region_fr: trim(self.region_fr),
            province_ar: trim(self.province_ar),
            province_fr: trim(self.province_fr),
            population: self.population,
            census_year: self.census_year,
            has_arrondissements: self.has_arrondissements,
            email: trim(self.email),
            phone: trim(self.phone),
            address_ar: trim(self.address_ar),
            address_fr: trim(self.address_fr),
        }
    }
}

/// Log lines on standard output: plain or JSON (`log_format`), colour codes only when
/// standard output is a terminal (never in a file or a journal).
pub fn init_tracing(format: &str) {
    use std::io::IsTerminal;
    let colour = std::io::stdout().is_terminal();
    let _ =
        tracing::subscriber::set_global_default(log_subscriber(format, colour, std::io::stdout));
}

/// The log subscriber: `json` gives one JSON object per line (`timestamp`, `level`,
/// `target`, `message` and the event's fields), anything else one plain line; `colour`
/// adds ANSI colour codes to plain lines. The filter comes from `RUST_LOG` (default info).
pub fn log_subscriber<W>(
    format: &str,
    colour: bool,
    writer: W,
) -> Box<dyn tracing::Subscriber + Send + Sync>
where
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    if format == "json" {
        Box::new(
            builder
                .json()
                .flatten_event(true)
                .with_current_span(false)
                .with_span_list(false)
                .with_ansi(false)
                .finish(),
        )
    } else {
        Box::new(builder.with_ansi(colour).finish())
    }
}

pub fn run() -> Result<(), String> {
    let cli = Cli::parse();
    if let Command::Pb {
        command: command @ PbCommand::Count { .. },
    } = &cli.command
    {
        return pb(command);
    }
    let config = Config::load()?;
    init_tracing(&config.log_format);
    match cli.command {
        Command::Serve { bind, demo } => serve(config, bind, demo),
        Command::Migrate => {
            let pool = musharaka_db::connect_pool(&config.database_url, 1)?;
            let mut conn = pool.get().map_err(|e| e.to_string())?;
            musharaka_db::run_migrations(&mut conn)?;
            println!("migrations applied");
            Ok(())
        }
        Command::Demo => {
            let state = musharaka_web::build_state(config, false)?;
            let mut conn = state.pool.get().map_err(|e| e.to_string())?;
            let loaded =
                crate::demo::load_if_empty(&mut conn, &state).map_err(|e| e.to_string())?;
            println!(
                "{}",
                if loaded {
                    "demo data loaded"
                } else {
                    "database not empty: demo data not loaded"
                }
            );
            Ok(())
        }
        Command::CreateAdmin(a) => create_admin_cmd(config, a),
        Command::CreateCommune(a) => {
            let pool = musharaka_db::connect_pool(&config.database_url, 1)?;
            let mut conn = pool.get().map_err(|e| e.to_string())?;
            musharaka_db::run_migrations(&mut conn)?;
            let line = create_commune_cmd(&mut conn, a)?;
            println!("{line}");
            Ok(())
        }
        Command::Backup { file } => {
            let start = std::time::Instant::now();
            eprintln!("backing up the database to {file} ...");
            let report = musharaka_db::backup::backup(&config.database_url, file.as_ref())?;
            println!(
                "backup written: {} ({} bytes, {:.1} s)",
                report.path.display(),
                report.bytes,
                start.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Restore { file } => {
            eprintln!("restoring {file} ...");
            musharaka_db::backup::restore(&config.database_url, file.as_ref())?;
            let pool = musharaka_db::connect_pool(&config.database_url, 1)?;
            let mut conn = pool.get().map_err(|e| e.to_string())?;
            musharaka_db::run_migrations(&mut conn)?;
            println!("restored {file}; migrations applied");
            Ok(())
        }
        Command::Pb {
            command: PbCommand::Import { file, commune },
        } => pb_import(config, &file, &commune),
        Command::Pb { command } => pb(&command),
    }
}

/// Counting needs no database or configuration: it reads the file and prints JSON.
fn pb(command: &PbCommand) -> Result<(), String> {
    match command {
        PbCommand::Count { rule, file } => {
            let rule: musharaka_budgets::Rule = rule.parse().map_err(|e| format!("{e}"))?;
            let outcome =
                musharaka_budgets::count_file(rule, file).map_err(|e| format!("{file}: {e}"))?;
            let json = serde_json::to_string(&outcome).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(())
        }
        PbCommand::Import { .. } => Err("pb import needs the database".into()),
    }
}

/// Progress of long CLI work on stderr: one line per stage, numbered, with the seconds
/// since the start (stdout keeps only the result).
struct Progress {
    start: std::time::Instant,
    stages: usize,
    done: usize,
}

impl Progress {
    fn new(stages: usize) -> Self {
        Progress {
            start: std::time::Instant::now(),
            stages,
            done: 0,
        }
    }

    fn line(&self, what: &str, elapsed: std::time::Duration) -> String {
        let percent = self.done * 100 / self.stages.max(1);
        format!(
            "[{}/{}] {percent:>3}% {:>7.1}s  {what}",
            self.done,
            self.stages,
            elapsed.as_secs_f64()
        )
    }

    /// Starts the next stage.
    fn stage(&mut self, what: &str) {
        eprintln!("{}", self.line(what, self.start.elapsed()));
        self.done += 1;
    }

    fn finish(&mut self, what: &str) {
        self.done = self.stages;
        eprintln!("{}", self.line(what, self.start.elapsed()));
    }
}

/// Imports a pabulib file into a commune: progress on stderr, then the new cycle's id and
/// address on stdout.
fn pb_import(config: Config, file: &str, slug: &str) -> Result<(), String> {
    let mut progress = Progress::new(4);
    progress.stage(&format!("reading {file}"));
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    progress.stage(&format!("parsing {} bytes", text.len()));
    let parsed = musharaka_budgets::pabulib::parse(&text).map_err(|e| format!("{file}: {e}"))?;
    progress.stage("opening the database (migrations)");
    let pool = musharaka_db::connect_pool(&config.database_url, 1)?;
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    musharaka_db::run_migrations(&mut conn)?;
    let commune = musharaka_communes::service::by_slug(&mut conn, slug)
        .map_err(|_| format!("no commune {slug:?}"))?;
    progress.stage(&format!(
        "importing {} projects and {} ballots into {slug} (one transaction)",
        parsed.projects.len(),
        parsed.votes.len()
    ));
    let cycle = musharaka_budgets::service::import_pabulib(&mut conn, commune.id, &text)
        .map_err(|e| format!("{file}: {e}"))?;
    progress.finish("done");
    println!("cycle {} imported: /{slug}/budgets/{}", cycle.id, cycle.id);
    Ok(())
}

#[cfg(test)]
mod progress_tests {
    use super::Progress;
    use std::time::Duration;

    #[test]
    fn a_line_per_stage_with_its_share_and_time() {
        let mut p = Progress::new(4);
        assert_eq!(
            p.line("reading x.pb", Duration::from_millis(0)),
            "[0/4]   0%     0.0s  reading x.pb"
        );
        p.done = 3;
        assert_eq!(
            p.line("importing", Duration::from_millis(12_340)),
            "[3/4]  75%    12.3s  importing"
        );
        p.done = 4;
        assert!(p.line("done", Duration::ZERO).starts_with("[4/4] 100%"));
    }
}

fn serve(config: Config, bind: Option<String>, demo: bool) -> Result<(), String> {
    let bind = bind.unwrap_or_else(|| config.bind.clone());
    if let Some(warning) = config.check_secrets(&bind)? {
        tracing::warn!("{warning}");
    }
    let state = musharaka_web::build_state(config, true)?;
    if demo {
        let mut conn = state.pool.get().map_err(|e| e.to_string())?;
        if crate::demo::load_if_empty(&mut conn, &state).map_err(|e| e.to_string())? {
            tracing::info!(
                "demo data loaded (password: {})",
                crate::demo::DEMO_PASSWORD
            );
        }
    }
    actix_web::rt::System::new().block_on(musharaka_web::run_server(state, &bind))
}

fn create_admin_cmd(config: Config, a: CreateAdmin) -> Result<(), String> {
    if a.password.chars().count() < musharaka_identity::password::MIN_LENGTH {
        return Err(format!(
            "password must have at least {} characters",
            musharaka_identity::password::MIN_LENGTH
        ));
    }
    let pool = musharaka_db::connect_pool(&config.database_url, 1)?;
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    musharaka_db::run_migrations(&mut conn)?;
    let grant = match (a.platform, a.commune, a.role) {
        (true, _, _) => Grant::Platform,
        (false, Some(slug), Some(role)) => {
            let commune = musharaka_communes::service::by_slug(&mut conn, &slug)
                .map_err(|_| format!("no commune {slug:?}"))?;
            let role: Role = role.parse().map_err(|_| format!("unknown role {role:?}"))?;
            Grant::Role(commune.id, role)
        }
        _ => return Err("give --platform, or --commune SLUG --role ROLE".into()),
    };
    let account = create_admin(&mut conn, &a.email, &a.name, &a.password, grant)
        .map_err(|e| e.to_string())?;
    println!("account {} ready", account.email);
    Ok(())
}

/// Creates the commune (audited, no actor: the command line); the line to print, or the
/// one-line reason it was refused.
fn create_commune_cmd(conn: &mut AnyConnection, a: CreateCommune) -> Result<String, String> {
    let facts = a.facts();
    let commune = create_commune(conn, None, &facts).map_err(|e| refusal(&e))?;
    Ok(format!("commune {} created: /{}", commune.id, commune.slug))
}

/// A refused command as one line: the option at fault and the reason (in French, the
/// administration's working language), else the error itself.
fn refusal(e: &Error) -> String {
    match e.fields.first() {
        Some((field, message)) => format!(
            "--{}: {}",
            field.replace('_', "-"),
            musharaka_web::state::i18n().t(Lang::Fr, message, &[])
        ),
        None => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use musharaka_db::testing::{backends, TestDb};

    fn parse(slug: &str, name_ar: &str) -> CreateCommune {
        let args = vec![
            "musharaka",
            "create-commune",
            "--slug",
            slug,
            "--name-ar",
            name_ar,
            "--name-fr",
            "Agadir",
            "--region-ar",
            "سوس ماسة",
            "--region-fr",
            "Souss-Massa",
            "--province-ar",
            "أكادير إداوتنان",
            "--province-fr",
            "Agadir Ida-Outanane",
            "--population",
            "421844",
            "--census-year",
            "2014",
        ];
        match Cli::try_parse_from(args).expect("arguments").command {
            Command::CreateCommune(a) => a,
            _ => panic!("not create-commune"),
        }
    }

    /// A writer the test reads back.
    #[derive(Clone, Default)]
    struct Buffer(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Buffer {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn logged(format: &str, colour: bool) -> String {
        let buffer = Buffer::default();
        let out = buffer.clone();
        let subscriber = log_subscriber(format, colour, move || out.clone());
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(route = "/{slug}", status = 200u16, "request");
        });
        let bytes = buffer.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn logs_are_json_or_plain_and_coloured_only_on_a_terminal() {
        let json = logged("json", true);
        let line: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
        assert_eq!(line["message"], "request");
        assert_eq!(line["route"], "/{slug}");
        assert_eq!(line["status"], 200);
        assert_eq!(line["level"], "INFO");
        assert!(!json.contains('\u{1b}'));
        let plain = logged("plain", false);
        assert!(
            plain.contains("request") && plain.contains("status=200"),
            "{plain}"
        );
        assert!(!plain.contains('\u{1b}'), "{plain:?}");
        assert!(logged("plain", true).contains('\u{1b}'));
    }

    #[test]
    fn create_commune_creates_once_and_refuses_bad_input_in_one_line() {
        for backend in backends() {
            let db = TestDb::new(backend);
            let mut conn = db.pool.get().expect("connection");
            let line = create_commune_cmd(&mut conn, parse("agadir", "جماعة أكادير")).unwrap();
            assert!(line.ends_with("created: /agadir"), "{line}");
            let commune = musharaka_communes::service::by_slug(&mut conn, "agadir").unwrap();
            assert_eq!(commune.name_fr, "Agadir");
            assert_eq!(commune.population, 421_844);
            let taken = create_commune_cmd(&mut conn, parse("agadir", "جماعة أكادير")).unwrap_err();
            assert_eq!(
                taken,
                "--slug: Cette adresse est déjà celle d’une autre commune."
            );
            let bad =
                create_commune_cmd(&mut conn, parse("Agadir Sud", "جماعة أكادير")).unwrap_err();
            assert!(bad.starts_with("--slug: Adresse invalide"), "{bad}");
            let blank = parse("inzegane", " ");
            let blank = create_commune_cmd(&mut conn, blank).unwrap_err();
            assert_eq!(blank, "--name-ar: Ce champ est obligatoire.");
            assert!(!blank.contains('\n'));
            let none = musharaka_communes::service::by_slug(&mut conn, "inzegane");
            assert!(none.is_err());
        }
        assert!(Cli::try_parse_from(["musharaka", "create-commune", "--slug", "x"]).is_err());
    }
}
