//! iCalendar (RFC 5545) text, written by hand: the format is small, and the escaping and
//! folding rules are the whole job. Every `.ics` the platform serves goes through these.

use chrono::NaiveDateTime;

/// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, a line break is `\n`,
/// other control characters are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 §3.1: a content line is at most 75 octets; longer lines continue on the next
/// line after CRLF and one space, never splitting a UTF-8 character. Ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(ch);
        used += len;
    }
    out.push_str("\r\n");
    out
}

/// A UTC date-time as RFC 5545 writes it (`20260302T090000Z`).
pub fn utc(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The host part of the configured base URL, for UIDs (`musharaka.ma` when it has none).
pub fn uid_host(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let host = rest.split(['/', ':']).next().unwrap_or_default();
    if host.is_empty() {
        "musharaka.ma"
    } else {
        host
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ical_text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn ical_lines_fold_at_75_octets_on_char_boundaries() {
        let line = format!("SUMMARY:{}", "دورة".repeat(30));
        let folded = fold(&line);
        for l in folded.split("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn uid_host_comes_from_the_base_url() {
        assert_eq!(uid_host("https://musharaka.ma/x"), "musharaka.ma");
        assert_eq!(uid_host("http://127.0.0.1:8080"), "127.0.0.1");
        assert_eq!(uid_host(""), "musharaka.ma");
    }
}
