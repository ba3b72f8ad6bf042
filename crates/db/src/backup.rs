//! `musharaka backup` and `musharaka restore`.
//!
//! SQLite: `VACUUM INTO` writes a consistent copy of the live database (one read
//! transaction: writers go on, the copy is the database as of its start) into a new file;
//! restoring copies that file to the configured path, which must not hold a database yet.
//! PostgreSQL: `pg_dump --format=custom` (a consistent snapshot as well) and `pg_restore`
//! into an empty database; both programs come with the PostgreSQL client package and must
//! be at least the server's version.

use crate::connection::Backend;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use std::path::Path;
use std::process::Command;

/// What a backup wrote.
#[derive(Debug, Clone)]
pub struct BackupReport {
    pub path: std::path::PathBuf,
    pub bytes: u64,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Writes a consistent copy of the database named by `url` to `dest` (which must not
/// exist), while the server may keep writing.
pub fn backup(url: &str, dest: &Path) -> Result<BackupReport, String> {
    if dest.exists() {
        return Err(format!("{} already exists", dest.display()));
    }
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    match Backend::from_url(url)? {
        Backend::Sqlite(path) => {
            let mut conn = diesel::sqlite::SqliteConnection::establish(&path)
                .map_err(|e| format!("cannot open database: {e}"))?;
            diesel::sql_query("PRAGMA busy_timeout = 5000")
                .execute(&mut conn)
                .map_err(|e| e.to_string())?;
            diesel::sql_query("VACUUM INTO ?")
                .bind::<diesel::sql_types::Text, _>(dest.display().to_string())
                .execute(&mut conn)
                .map_err(|e| format!("VACUUM INTO {}: {e}", dest.display()))?;
        }
        Backend::Postgres(url) => {
            let dest_s = dest.display().to_string();
            run(Command::new("pg_dump").args([
                "--format=custom",
                "--no-owner",
                "--no-acl",
                "--file",
                &dest_s,
                "--dbname",
                &url,
            ]))?;
        }
    }
    let bytes = std::fs::metadata(dest)
        .map_err(|e| format!("{}: {e}", dest.display()))?
        .len();
    Ok(BackupReport {
        path: dest.to_path_buf(),
        bytes,
    })
}

/// Restores `src` (a file written by [`backup`] for the same backend) into the database
/// named by `url`, which must be empty: a SQLite file that does not exist yet (or has no
/// table), a PostgreSQL database without tables.
pub fn restore(url: &str, src: &Path) -> Result<(), String> {
    if !src.is_file() {
        return Err(format!("{}: no such backup file", src.display()));
    }
    match Backend::from_url(url)? {
        Backend::Sqlite(path) => {
            let target = Path::new(&path);
            if target.exists() {
                let mut conn = diesel::sqlite::SqliteConnection::establish(&path)
                    .map_err(|e| format!("cannot open database: {e}"))?;
                let tables: Count = diesel::sql_query(
                    "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'",
                )
                .get_result(&mut conn)
                .map_err(|e| e.to_string())?;
                if tables.n > 0 {
                    return Err(format!(
                        "{path} is not empty: restore only into a new database"
                    ));
                }
                drop(conn);
                std::fs::remove_file(target).map_err(|e| format!("{path}: {e}"))?;
                for ext in ["-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{path}{ext}"));
                }
            }
            if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            }
            // Copy beside the target, check it, then move it into place: a half-written
            // file never has the database's name.
            let partial = format!("{path}.restoring");
            std::fs::copy(src, &partial).map_err(|e| format!("{}: {e}", src.display()))?;
            let check = (|| -> Result<(), String> {
                let mut conn = diesel::sqlite::SqliteConnection::establish(&partial)
                    .map_err(|e| format!("cannot open backup: {e}"))?;
                #[derive(QueryableByName)]
                struct Check {
                    #[diesel(sql_type = diesel::sql_types::Text)]
                    integrity_check: String,
                }
                let rows: Vec<Check> = diesel::sql_query("PRAGMA integrity_check")
                    .load(&mut conn)
                    .map_err(|e| format!("backup is not a SQLite database: {e}"))?;
                match rows.first().map(|r| r.integrity_check.as_str()) {
                    Some("ok") => Ok(()),
                    other => Err(format!("backup fails the integrity check: {other:?}")),
                }
            })();
            if let Err(e) = check {
                let _ = std::fs::remove_file(&partial);
                return Err(e);
            }
            std::fs::rename(&partial, target).map_err(|e| format!("{path}: {e}"))?;
        }
        Backend::Postgres(url) => {
            let mut conn = diesel::pg::PgConnection::establish(&url)
                .map_err(|e| format!("cannot open database: {e}"))?;
            let tables: Count = diesel::sql_query(
                "SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname = 'public'",
            )
            .get_result(&mut conn)
            .map_err(|e| e.to_string())?;
            if tables.n > 0 {
                return Err("the database is not empty: restore only into a new database".into());
            }
            drop(conn);
            let src_s = src.display().to_string();
            run(Command::new("pg_restore").args([
                "--no-owner",
                "--no-acl",
                "--exit-on-error",
                "--single-transaction",
                "--dbname",
                &url,
                &src_s,
            ]))?;
        }
    }
    Ok(())
}

/// Runs a PostgreSQL client program; its error output is the error.
fn run(cmd: &mut Command) -> Result<(), String> {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let out = cmd.output().map_err(|e| {
        format!("{program}: {e} (install the PostgreSQL client: apt-get install postgresql-client)")
    })?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{program} failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}
