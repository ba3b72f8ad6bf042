//! Measures how much a hostile multipart request grows the server: 60 file parts of
//! 4.9 MB with a wrong CSRF token, posted to `/profile/association` by a signed-in
//! citizen, against the app in this process. Prints the peak resident set (VmHWM of
//! /proc/self) before and after. The body is streamed by the client, never built whole.
//!
//! cargo run -p musharaka-tests --bin multipart_rss
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::TestApp;
use std::io::Read;

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The multipart body, produced part by part as the client sends it.
struct Body {
    boundary: &'static str,
    parts: usize,
    part_len: usize,
    part: usize,
    pos: usize,
    chunk: Vec<u8>,
}

impl Read for Body {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.chunk.len() {
            self.pos = 0;
            self.chunk = if self.part == 0 {
                format!(
                    "--{b}\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\nwrong\r\n",
                    b = self.boundary
                )
                .into_bytes()
            } else if self.part <= self.parts {
                let mut c = format!(
                    "--{b}\r\nContent-Disposition: form-data; name=\"statutes\"; \
                     filename=\"s{n}.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n",
                    b = self.boundary,
                    n = self.part
                )
                .into_bytes();
                c.resize(c.len() + self.part_len, b'x');
                c.extend_from_slice(b"\r\n");
                c
            } else if self.part == self.parts + 1 {
                format!("--{}--\r\n", self.boundary).into_bytes()
            } else {
                return Ok(0);
            };
            self.part += 1;
        }
        let n = buf.len().min(self.chunk.len() - self.pos);
        buf[..n].copy_from_slice(&self.chunk[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

fn main() {
    let app = TestApp::start("sqlite");
    app.load_demo();
    let mut citizen = app.client();
    citizen
        .login(
            "citizen@demo.musharaka.ma",
            musharaka_cli::demo::DEMO_PASSWORD,
        )
        .assert_status(303);
    citizen.get("/profile/association").assert_status(200);
    let before = peak_kib();
    let body = Body {
        boundary: "rssBoundary",
        parts: 60,
        part_len: 4_900_000,
        part: 0,
        pos: 0,
        chunk: Vec::new(),
    };
    let status = citizen
        .try_post_reader(
            "/profile/association",
            "multipart/form-data; boundary=rssBoundary",
            body,
        )
        .map(|r| r.status.to_string())
        .unwrap_or_else(|e| format!("connection closed ({e})"));
    // Let the server finish whatever it was still reading.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let after = peak_kib();
    println!(
        "60 parts × 4.9 MB, wrong token: answer {status}; peak RSS {} MiB before, {} MiB after \
         (+{} MiB)",
        before / 1024,
        after / 1024,
        after.saturating_sub(before) / 1024
    );
}
