//! Throw-away databases for tests: a fresh SQLite file, or (when
//! `MUSHARAKA_TEST_POSTGRES` names a server) a fresh PostgreSQL database dropped at the end.

use crate::connection::{connect_pool, run_migrations, Pool};
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::Connection;
use rand::Rng;

/// A migrated database that disappears when dropped.
pub struct TestDb {
    pub url: String,
    pub pool: Pool,
    cleanup: Cleanup,
}

enum Cleanup {
    Dir(std::path::PathBuf),
    Postgres { server: String, name: String },
}

/// Which backends the test run covers: SQLite always, PostgreSQL when configured.
/// Under `CI=true` a missing PostgreSQL server is a failure, not a skip.
pub fn backends() -> Vec<&'static str> {
    let mut v = vec!["sqlite"];
    if std::env::var("MUSHARAKA_TEST_POSTGRES").is_ok() {
        v.push("postgres");
    } else if std::env::var("CI").as_deref() == Ok("true") {
        panic!("CI=true but MUSHARAKA_TEST_POSTGRES is not set");
    }
    v
}

fn random_name() -> String {
    let n: u64 = rand::rng().random();
    format!("musharaka_test_{n:016x}")
}

impl TestDb {
    pub fn new(backend: &str) -> Self {
        match backend {
            "postgres" => Self::postgres(),
            _ => Self::sqlite(),
        }
    }

    pub fn sqlite() -> Self {
        let dir = std::env::temp_dir().join(random_name());
        std::fs::create_dir_all(&dir).expect("create test dir");
        let url = format!("sqlite://{}", dir.join("test.db").display());
        Self::open(url, Cleanup::Dir(dir))
    }

    pub fn postgres() -> Self {
        let server = std::env::var("MUSHARAKA_TEST_POSTGRES").expect("MUSHARAKA_TEST_POSTGRES");
        let name = random_name();
        let mut admin = PgConnection::establish(&server).expect("connect to PostgreSQL");
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create test database");
        let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
        let url = format!("{base}/{name}");
        Self::open(url, Cleanup::Postgres { server, name })
    }

    fn open(url: String, cleanup: Cleanup) -> Self {
        let pool = connect_pool(&url, 8).expect("open test pool");
        let mut conn = pool.get().expect("test connection");
        run_migrations(&mut conn).expect("migrate test database");
        drop(conn);
        Self { url, pool, cleanup }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Dir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Postgres { server, name } => {
                if let Ok(mut admin) = PgConnection::establish(server) {
                    let _ = admin
                        .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                }
            }
        }
    }
}
