//! Outgoing mail. Messages are queued in the `jobs` table inside the transaction that
//! causes them (nothing is sent for a rolled-back change, nothing queued is lost), and
//! delivered by a worker through lettre: SMTP in production, `.eml` files in dev and tests.

use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::message::{Body, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{FileTransport, Message, SmtpTransport, Transport};
use musharaka_db::{jobs, AnyConnection, Pool};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

const JOB_KIND: &str = "mail";

/// A message ready to send: already translated into the recipient's language.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// What every domain needs to write mail: the translations and the public address for
/// links. The one mail composer: domain services build messages with `compose` and queue
/// them with `enqueue` inside their transaction.
#[derive(Clone, Copy)]
pub struct MailContext<'a> {
    pub i18n: &'a musharaka_core::I18n,
    pub base_url: &'a str,
}

impl MailContext<'_> {
    /// A message in `lang`: subject and body are Fluent ids, both given `args`.
    pub fn compose(
        &self,
        to: &str,
        lang: musharaka_core::Lang,
        subject: &str,
        body: &str,
        args: &[(&str, String)],
    ) -> OutgoingMail {
        let args: Vec<(&str, musharaka_core::i18n::FluentValue<'_>)> = args
            .iter()
            .map(|(k, v)| (*k, musharaka_core::i18n::FluentValue::from(v.as_str())))
            .collect();
        OutgoingMail {
            to: to.to_string(),
            subject: self.i18n.t(lang, subject, &args),
            body: self.i18n.t(lang, body, &args),
        }
    }

    /// An absolute link to a path of this site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.base_url.trim_end_matches('/'))
    }
}

/// Queues a message inside the caller's transaction.
pub fn enqueue(conn: &mut AnyConnection, mail: &OutgoingMail) -> diesel::QueryResult<()> {
    enqueue_at(conn, mail, None, None)
}

/// Queues a message for later (`run_at`), cancellable by `tag` (`jobs::cancel_tagged`).
pub fn enqueue_at(
    conn: &mut AnyConnection,
    mail: &OutgoingMail,
    run_at: Option<chrono::NaiveDateTime>,
    tag: Option<&str>,
) -> diesel::QueryResult<()> {
    let payload = serde_json::to_string(mail)
        .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
    jobs::enqueue(conn, JOB_KIND, &payload, run_at, tag)
}

enum Delivery {
    File(FileTransport),
    Smtp(Box<SmtpTransport>),
}

/// The configured transport and sender address.
pub struct Mailer {
    delivery: Delivery,
    from: Mailbox,
    pub file_dir: Option<PathBuf>,
}

impl Mailer {
    /// `file://DIR`, `smtp://[user:pass@]HOST:PORT` (STARTTLS when the server offers it
    /// is required on 587), `smtps://...` (implicit TLS) or `smtp+plain://HOST:PORT` (no TLS,
    /// for a local relay).
    pub fn from_url(url: &str, from: &str) -> Result<Self, String> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("mail_from {from:?}: {e}"))?;
        if let Some(dir) = url.strip_prefix("file://") {
            let dir = PathBuf::from(dir);
            std::fs::create_dir_all(&dir)
                .map_err(|e| format!("mail directory {}: {e}", dir.display()))?;
            return Ok(Self {
                delivery: Delivery::File(FileTransport::new(&dir)),
                from,
                file_dir: Some(dir),
            });
        }
        let transport = smtp_transport(url)?;
        Ok(Self {
            delivery: Delivery::Smtp(Box::new(transport)),
            from,
            file_dir: None,
        })
    }

    fn send(&self, mail: &OutgoingMail) -> Result<(), String> {
        let to: Mailbox = mail.to.parse().map_err(|e| format!("recipient: {e}"))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            // Base64 is valid on every server (no 8BITMIME needed) and decodes exactly.
            .body(
                Body::new_with_encoding(mail.body.clone(), ContentTransferEncoding::Base64)
                    .map_err(|_| "message body".to_string())?,
            )
            .map_err(|e| format!("message: {e}"))?;
        match &self.delivery {
            Delivery::File(t) => t.send(&message).map(|_| ()).map_err(|e| e.to_string()),
            Delivery::Smtp(t) => t.send(&message).map(|_| ()).map_err(|e| e.to_string()),
        }
    }

    /// Sends every due message; returns how many were sent. Failures are recorded on the
    /// job and retried later.
    pub fn deliver_due(&self, pool: &Pool) -> Result<usize, String> {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        let mut sent = 0;
        loop {
            let batch = jobs::claim_due(&mut conn, JOB_KIND, 50).map_err(|e| e.to_string())?;
            if batch.is_empty() {
                return Ok(sent);
            }
            // The batch's bookkeeping is one write at the end (sent jobs marked done
            // together), not one per message: the worker keeps off the write lock that
            // signatures and ballots wait for. A crash before it resends the batch (mail is
            // at-least-once, as before).
            let mut done = Vec::with_capacity(batch.len());
            for job in batch {
                let result = serde_json::from_str::<OutgoingMail>(&job.payload)
                    .map_err(|e| e.to_string())
                    .and_then(|m| self.send(&m));
                match result {
                    Ok(()) => {
                        done.push(job.id);
                        sent += 1;
                    }
                    Err(e) => {
                        tracing::warn!(job = job.id, error = %e, "mail delivery failed");
                        jobs::fail(&mut conn, &job, &e).map_err(|e| e.to_string())?;
                    }
                }
            }
            jobs::complete_all(&mut conn, &done).map_err(|e| e.to_string())?;
        }
    }
}

fn smtp_transport(url: &str) -> Result<SmtpTransport, String> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| format!("mail URL {url:?} must be file://DIR or smtp://HOST:PORT"))?;
    let (userinfo, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, rest),
    };
    let hostport = hostport.trim_end_matches('/');
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (
            h,
            Some(
                p.parse::<u16>()
                    .map_err(|_| format!("mail URL {url:?}: bad port"))?,
            ),
        ),
        None => (hostport, None),
    };
    if host.is_empty() {
        return Err(format!("mail URL {url:?} has no host"));
    }
    let builder = match scheme {
        "smtp" => SmtpTransport::starttls_relay(host).map_err(|e| e.to_string())?,
        "smtps" => SmtpTransport::relay(host).map_err(|e| e.to_string())?,
        "smtp+plain" => SmtpTransport::builder_dangerous(host),
        _ => {
            return Err(format!(
                "mail URL {url:?} must start with file://, smtp://, smtps:// or smtp+plain://"
            ))
        }
    };
    let builder = match port {
        Some(p) => builder.port(p),
        None => builder,
    };
    let builder = match userinfo.and_then(|u| u.split_once(':')) {
        Some((user, pass)) => builder.credentials(Credentials::new(user.into(), pass.into())),
        None => builder,
    };
    Ok(builder.timeout(Some(Duration::from_secs(20))).build())
}

/// A background thread that delivers queued mail every few seconds, or at once when woken.
#[derive(Clone)]
pub struct Worker {
    wake: mpsc::Sender<()>,
}

impl Worker {
    pub fn spawn(mailer: std::sync::Arc<Mailer>, pool: Pool) -> Self {
        let (wake, rx) = mpsc::channel::<()>();
        std::thread::spawn(move || loop {
            if let Err(e) = mailer.deliver_due(&pool) {
                tracing::warn!(error = %e, "mail worker");
            }
            match rx.recv_timeout(Duration::from_secs(5)) {
                Ok(()) => {
                    // A burst of wakes (one per signature) is one pass, not one each.
                    while rx.try_recv().is_ok() {}
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        });
        Self { wake }
    }

    /// Asks the worker to look for new mail now.
    pub fn wake(&self) {
        let _ = self.wake.send(());
    }

    /// Whether the worker thread still runs (it drops its end of the channel when it
    /// stops); asking also wakes it, which does no harm.
    pub fn is_running(&self) -> bool {
        self.wake.send(()).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked() {
        assert!(Mailer::from_url("ftp://x", "a@b.ma").is_err());
        assert!(Mailer::from_url("smtp://:25", "a@b.ma").is_err());
        assert!(Mailer::from_url("smtp://mail.example.ma:notaport", "a@b.ma").is_err());
        assert!(Mailer::from_url("smtp://u:p@mail.example.ma:587", "a@b.ma").is_ok());
        assert!(Mailer::from_url("smtp://mail.example.ma", "not an address").is_err());
    }

    #[test]
    fn queued_mail_is_written_once_as_eml() {
        let db = musharaka_db::testing::TestDb::sqlite();
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("file://{}", dir.path().display());
        let mailer = Mailer::from_url(&url, "Musharaka <no-reply@musharaka.ma>").expect("mailer");
        let mut conn = db.pool.get().expect("conn");
        let mail = OutgoingMail {
            to: "amina@example.ma".into(),
            subject: "تأكيد".into(),
            body: "مرحبا".into(),
        };
        enqueue(&mut conn, &mail).expect("enqueue");
        drop(conn);
        assert_eq!(mailer.deliver_due(&db.pool).expect("deliver"), 1);
        assert_eq!(mailer.deliver_due(&db.pool).expect("deliver again"), 0);
        let files: Vec<_> = std::fs::read_dir(dir.path()).expect("read").collect();
        assert_eq!(files.len(), 1);
    }
}
