//! One pagination type for every list: a page number that is always in range, so an
//! offset can never overflow (a `?page=9223372036854775807` is page `MAX`, not a 500).

use serde::{Deserialize, Deserializer};

/// A 1-based page number, clamped to `1..=Page::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Page(u32);

impl Page {
    /// The last page anyone may ask for: deep enough for any list we show, small enough
    /// that `MAX * per_page` fits comfortably in an `i64` offset.
    pub const MAX: u32 = 100_000;
    pub const FIRST: Page = Page(1);

    /// Any number, clamped into range.
    pub fn new(n: i64) -> Self {
        Page(n.clamp(1, i64::from(Self::MAX)) as u32)
    }

    /// From a query-string value: blank or unreadable means the first page, a huge or
    /// negative number is clamped. Lists never fail on a page number.
    pub fn parse(raw: Option<&str>) -> Self {
        let Some(text) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
            return Self::FIRST;
        };
        match text.parse::<i64>() {
            Ok(n) => Self::new(n),
            // Digits too long for an i64: clamp by sign rather than falling back to 1.
            Err(_) if text.starts_with('-') => Self::FIRST,
            Err(_) if text.bytes().all(|b| b.is_ascii_digit()) => Page(Self::MAX),
            Err(_) => Self::FIRST,
        }
    }

    pub fn number(self) -> i64 {
        i64::from(self.0)
    }

    /// Rows to skip for this page.
    pub fn offset(self, per_page: i64) -> i64 {
        (self.number() - 1).saturating_mul(per_page.max(0))
    }

    pub fn next(self) -> Self {
        Self::new(self.number() + 1)
    }

    pub fn previous(self) -> Option<Self> {
        (self.0 > 1).then(|| Page(self.0 - 1))
    }
}

impl Default for Page {
    fn default() -> Self {
        Self::FIRST
    }
}

impl std::fmt::Display for Page {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// `?page=` in a query struct: `#[serde(default)] page: Page`.
impl<'de> Deserialize<'de> for Page {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Option::<String>::deserialize(d)?;
        Ok(Self::parse(raw.as_deref()))
    }
}

/// Every row of a paged list, fetched page after page (an export of a whole list).
pub fn all_pages<T, E>(
    mut fetch: impl FnMut(Page) -> std::result::Result<Paged<T>, E>,
) -> std::result::Result<Vec<T>, E> {
    let mut out = Vec::new();
    let mut page = Page::default();
    loop {
        let paged = fetch(page)?;
        out.extend(paged.rows);
        if !paged.has_next {
            return Ok(out);
        }
        page = page.next();
    }
}

/// One page of rows and whether another follows (fetch `per_page + 1`, then `cut`).
#[derive(Debug, Clone)]
pub struct Paged<T> {
    pub rows: Vec<T>,
    pub page: Page,
    pub has_next: bool,
}

impl<T> Paged<T> {
    /// Takes the rows of a query limited to `per_page + 1` at `page.offset(per_page)`.
    pub fn cut(mut rows: Vec<T>, page: Page, per_page: i64) -> Self {
        let per_page = usize::try_from(per_page.max(0)).unwrap_or(0);
        let has_next = rows.len() > per_page;
        rows.truncate(per_page);
        Paged {
            rows,
            page,
            has_next,
        }
    }

    /// The same page with its rows turned into others (one for one, in order).
    pub fn try_map<U, E>(self, f: impl FnOnce(Vec<T>) -> Result<Vec<U>, E>) -> Result<Paged<U>, E> {
        Ok(Paged {
            rows: f(self.rows)?,
            page: self.page,
            has_next: self.has_next,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_page_number_is_clamped() {
        assert_eq!(Page::parse(None), Page::FIRST);
        assert_eq!(Page::parse(Some("")), Page::FIRST);
        assert_eq!(Page::parse(Some("3")).number(), 3);
        assert_eq!(Page::parse(Some("-7")), Page::FIRST);
        assert_eq!(Page::parse(Some("abc")), Page::FIRST);
        assert_eq!(Page::parse(Some("9223372036854775807")).number(), 100_000);
        assert_eq!(
            Page::parse(Some("99999999999999999999999")).number(),
            100_000
        );
        assert_eq!(Page::parse(Some("-99999999999999999999999")), Page::FIRST);
    }

    #[test]
    fn offsets_never_overflow() {
        assert_eq!(Page::new(1).offset(20), 0);
        assert_eq!(Page::new(3).offset(20), 40);
        assert_eq!(Page::new(i64::MAX).offset(i64::MAX), i64::MAX);
        assert_eq!(Page::new(2).previous(), Some(Page::FIRST));
        assert_eq!(Page::FIRST.previous(), None);
    }

    #[test]
    fn a_page_is_cut_with_its_next_flag() {
        let p = Paged::cut(vec![1, 2, 3], Page::FIRST, 2);
        assert_eq!((p.rows, p.has_next), (vec![1, 2], true));
        let p = Paged::cut(vec![1], Page::FIRST, 2);
        assert!(!p.has_next);
    }
}
