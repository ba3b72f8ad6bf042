//! A tiny XML writer for feeds (Atom) and other XML outputs: every element is closed
//! (no HTML void elements), text and attributes are escaped, and characters XML 1.0 does
//! not allow (control characters other than tab, newline and carriage return, and the
//! non-characters U+FFFE/U+FFFF) are dropped, so the output always parses.

/// Escapes text for XML content and attributes, dropping characters XML 1.0 forbids:
/// for XML written with `format!` (the council and budget feeds, the results chart).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(ch),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// An XML document being written.
pub struct Xml {
    out: String,
    open: Vec<&'static str>,
}

/// Whether XML 1.0 allows `c` in a document.
fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || (c >= ' '
            && c != '\u{FFFE}'
            && c != '\u{FFFF}'
            && !('\u{7F}'..='\u{84}').contains(&c)
            && !('\u{86}'..='\u{9F}').contains(&c))
}

fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars().filter(|c| allowed(*c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' | '\r' | '\t' if attribute => {
                out.push_str(&format!("&#{};", u32::from(c)));
            }
            c => out.push(c),
        }
    }
}

impl Default for Xml {
    fn default() -> Self {
        Self::new()
    }
}

impl Xml {
    pub fn new() -> Self {
        Xml {
            out: String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"),
            open: Vec::new(),
        }
    }

    fn start(&mut self, name: &'static str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_into(&mut self.out, v, true);
            self.out.push('"');
        }
    }

    /// Opens an element (closed by `close`).
    pub fn open(&mut self, name: &'static str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start(name, attrs);
        self.out.push('>');
        self.open.push(name);
        self
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) -> &mut Self {
        if let Some(name) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
        self
    }

    /// An element with text content.
    pub fn text(&mut self, name: &'static str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.start(name, attrs);
        self.out.push('>');
        escape_into(&mut self.out, text, false);
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
        self
    }

    /// An empty element, written `<name ... />`.
    pub fn empty(&mut self, name: &'static str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start(name, attrs);
        self.out.push_str("/>");
        self
    }

    /// The document, with every element still open closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }
}

/// One entry of an [`atom`] feed.
pub struct AtomEntry<'a> {
    pub title: String,
    pub id: String,
    pub link: String,
    pub updated: chrono::NaiveDateTime,
    pub published: Option<chrono::NaiveDateTime>,
    pub author: &'a str,
    pub summary: String,
}

impl<'a> AtomEntry<'a> {
    /// An entry for the page at `url`: "`name` — `status`", its dates (when it was
    /// `updated`, `published`), `author` and `summary`.
    pub fn at(
        url: String,
        (name, status): (&str, &str),
        (updated, published): (chrono::NaiveDateTime, chrono::NaiveDateTime),
        author: &'a str,
        summary: String,
    ) -> Self {
        AtomEntry {
            title: format!("{name} — {status}"),
            id: url.clone(),
            link: url,
            updated,
            published: Some(published),
            author,
            summary,
        }
    }
}

/// Where a commune's feed is read: the reader's language, the commune, the site's address
/// (no trailing slash).
#[derive(Clone, Copy)]
pub struct Feed<'a> {
    pub lang: musharaka_core::Lang,
    pub commune: &'a musharaka_communes::Commune,
    pub base: &'a str,
}

/// The [`atom`] feed of a commune's list page `{base}/{slug}/{page}`, titled by the Fluent
/// id `title` (with the commune's name), one entry per row (`entry` gets the page's address).
pub fn commune_atom<'a, R>(
    at: Feed<'a>,
    (page, title): (&str, &str),
    rows: &'a [R],
    entry: impl Fn(&str, &'a R) -> AtomEntry<'a>,
) -> String {
    let list_url = format!("{}/{}/{page}", at.base, at.commune.slug);
    let args = [("commune", at.commune.name(at.lang).into())];
    let title = crate::state::i18n().t(at.lang, title, &args);
    let entries: Vec<AtomEntry> = rows.iter().map(|r| entry(&list_url, r)).collect();
    atom(at.lang, &title, &list_url, &entries)
}

/// The translated `{prefix}{status}` of an entry.
pub fn status_text(lang: musharaka_core::Lang, prefix: &str, status: &str) -> String {
    crate::state::i18n().t(lang, &format!("{prefix}{status}"), &[])
}

fn stamp(d: chrono::NaiveDateTime) -> String {
    d.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The Atom feed (RFC 4287) of a list page: `list_url` is its id and link,
/// `{list_url}.atom` its own address, and it was updated when its newest entry was.
pub fn atom(
    lang: musharaka_core::Lang,
    title: &str,
    list_url: &str,
    entries: &[AtomEntry<'_>],
) -> String {
    let updated = entries.iter().map(|e| e.updated).max().unwrap_or_default();
    let self_url = format!("{list_url}.atom");
    let mut x = Xml::new();
    x.open(
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", lang.code()),
        ],
    )
    .text("title", &[], title)
    .text("id", &[], list_url)
    .empty("link", &[("href", list_url)])
    .empty("link", &[("rel", "self"), ("href", &self_url)])
    .text("updated", &[], &stamp(updated));
    for e in entries {
        x.open("entry", &[])
            .text("title", &[], &e.title)
            .text("id", &[], &e.id)
            .empty("link", &[("href", &e.link)])
            .text("updated", &[], &stamp(e.updated));
        if let Some(published) = e.published {
            x.text("published", &[], &stamp(published));
        }
        x.open("author", &[])
            .text("name", &[], e.author)
            .close()
            .text("summary", &[], &e.summary)
            .close();
    }
    x.finish()
}

#[cfg(test)]
mod tests {
    use super::{escape, Xml};

    #[test]
    fn xml_is_escaped() {
        assert_eq!(
            escape("<a href=\"x\">&'\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
    }

    #[test]
    fn text_and_attributes_are_escaped_and_control_characters_dropped() {
        let mut x = Xml::new();
        x.open("feed", &[("xmlns", "http://www.w3.org/2005/Atom")])
            .text("title", &[], "a <b> & \u{1}c\u{0}")
            .empty("link", &[("href", "/x?a=1&b=\"2\"")]);
        let s = x.finish();
        assert!(s.ends_with(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>a &lt;b&gt; &amp; c</title>\
             <link href=\"/x?a=1&amp;b=&quot;2&quot;\"/></feed>"
        ));
    }
}
