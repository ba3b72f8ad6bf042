//! Money: Moroccan dirhams (MAD) held as whole centimes in an `i64`, as the database stores
//! them (`BIGINT`). Every sum is checked: an overflow is an error, never a wrapped number.
//! Amounts typed by people are read with a ceiling ([`Money::CEILING_MAD`]) far above any
//! commune's budget and far below where `i64` arithmetic could overflow on a few sums.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{Error, ErrorKind, Lang};

/// An amount of money in MAD, exact to the centime.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(i64);

impl Money {
    pub const ZERO: Money = Money(0);
    /// The largest amount a form accepts, in dirhams (10^12 MAD).
    pub const CEILING_MAD: i64 = 1_000_000_000_000;
    /// [`Self::CEILING_MAD`] in centimes.
    pub const CEILING: Money = Money(Self::CEILING_MAD * 100);

    /// From centimes as stored.
    pub const fn from_centimes(centimes: i64) -> Self {
        Money(centimes)
    }

    /// Whole dirhams.
    pub fn from_mad(mad: i64) -> Option<Self> {
        mad.checked_mul(100).map(Money)
    }

    /// Centimes, as stored.
    pub const fn centimes(self) -> i64 {
        self.0
    }

    pub fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// `self + other`, or an error if it does not fit.
    pub fn checked_add(self, other: Money) -> Result<Money, Error> {
        self.0.checked_add(other.0).map(Money).ok_or_else(overflow)
    }

    /// `self - other`, or an error if it does not fit.
    pub fn checked_sub(self, other: Money) -> Result<Money, Error> {
        self.0.checked_sub(other.0).map(Money).ok_or_else(overflow)
    }

    /// The sum of `amounts`, or an error on overflow.
    pub fn sum(amounts: impl IntoIterator<Item = Money>) -> Result<Money, Error> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, |acc, m| acc.checked_add(m))
    }

    /// Reads an amount in dirhams as people type it: `1200`, `1 200`, `1200,50`, `1200.5`.
    /// `1.200,50` is refused (ambiguous), as are negative amounts, more than two decimals,
    /// and anything above [`Self::CEILING_MAD`].
    pub fn parse(text: &str) -> Option<Money> {
        let cleaned: String = text
            .trim()
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '\u{A0}')
            .map(|c| if c == ',' { '.' } else { c })
            .collect();
        let cleaned = cleaned.strip_prefix('+').unwrap_or(&cleaned);
        let (whole, frac) = match cleaned.split_once('.') {
            Some((w, f)) => (w, f),
            None => (cleaned, ""),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() && frac.is_empty()
            || !digits(whole)
            || !digits(frac)
            || frac.len() > 2
            || (whole.is_empty() && cleaned.is_empty())
        {
            return None;
        }
        let whole = whole.trim_start_matches('0');
        // More digits than the ceiling has is over it, whatever they are.
        if whole.len() > 13 {
            return None;
        }
        let mad: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().ok()?
        };
        let cents: i64 = match frac.len() {
            0 => 0,
            1 => frac.parse::<i64>().ok()? * 10,
            _ => frac.parse().ok()?,
        };
        let total = mad.checked_mul(100)?.checked_add(cents)?;
        (total <= Self::CEILING.0).then_some(Money(total))
    }

    /// For reading, in `lang`: `1 200` or `1 200,50` (narrow no-break space between
    /// thousands, comma before centimes; Moroccan usage writes Western digits in Arabic too).
    pub fn format(self, lang: Lang) -> String {
        let decimal = match lang {
            Lang::Ar | Lang::Fr | Lang::Tzm => ',',
        };
        let whole = (self.0 / 100).unsigned_abs();
        let frac = (self.0 % 100).unsigned_abs();
        // The sign is written apart: "-0,05" has a whole part of 0.
        let mut out = String::from(if self.0 < 0 { "-" } else { "" });
        out.push_str(&crate::i18n::format_count(
            i64::try_from(whole).unwrap_or(i64::MAX),
        ));
        if frac != 0 {
            out.push(decimal);
            out.push_str(&format!("{frac:02}"));
        }
        out
    }

    /// The exact decimal for machines (JSON, CSV, pabulib): `1200`, `1200.5`, `-0.05`.
    pub fn plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let whole = (self.0 / 100).unsigned_abs();
        let frac = (self.0 % 100).unsigned_abs();
        match frac {
            0 => format!("{sign}{whole}"),
            f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
            f => format!("{sign}{whole}.{f:02}"),
        }
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain())
    }
}

fn overflow() -> Error {
    Error::with_cause(ErrorKind::InvalidInput, "money overflow")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_type_them() {
        assert_eq!(Money::parse("1200"), Some(Money(120_000)));
        assert_eq!(Money::parse("1 200,50"), Some(Money(120_050)));
        assert_eq!(Money::parse("1\u{202F}200,5"), Some(Money(120_050)));
        assert_eq!(Money::parse("1200.5"), Some(Money(120_050)));
        assert_eq!(Money::parse("0,05"), Some(Money(5)));
        assert_eq!(Money::parse(",5"), Some(Money(50)));
        assert_eq!(Money::parse("1.200,50"), None);
        assert_eq!(Money::parse("-3"), None);
        assert_eq!(Money::parse("0.001"), None);
        assert_eq!(Money::parse("abc"), None);
        assert_eq!(Money::parse(""), None);
        assert_eq!(Money::parse("."), None);
        assert_eq!(Money::parse("1e3"), None);
    }

    #[test]
    fn amounts_above_the_ceiling_are_refused() {
        assert_eq!(Money::parse("1000000000000"), Some(Money::CEILING));
        assert_eq!(Money::parse("1000000000000,01"), None);
        assert_eq!(Money::parse("92233720368547758"), None);
        assert_eq!(Money::parse("99999999999999999999999999"), None);
        assert_eq!(Money::parse("0000000000000000000001"), Some(Money(100)));
    }

    #[test]
    fn sums_are_checked() {
        let big = Money::from_centimes(9_223_372_036_854_775_800);
        assert!(big.checked_add(Money(100)).is_err());
        assert!(Money::sum([big, big]).is_err());
        assert_eq!(
            Money::sum([Money(1), Money(2), Money(3)]).ok(),
            Some(Money(6))
        );
        assert!(Money(i64::MIN).checked_sub(Money(1)).is_err());
        assert_eq!(Money(5).checked_sub(Money(7)).ok(), Some(Money(-2)));
    }

    #[test]
    fn amounts_are_written_for_people_and_machines() {
        assert_eq!(Money(120_050).format(Lang::Fr), "1\u{202F}200,50");
        assert_eq!(
            Money(500_000_000).format(Lang::Ar),
            "5\u{202F}000\u{202F}000"
        );
        assert_eq!(Money(-5).format(Lang::Fr), "-0,05");
        assert_eq!(Money(120_050).plain(), "1200.5");
        assert_eq!(Money(120_005).plain(), "1200.05");
        assert_eq!(Money(120_000).plain(), "1200");
        assert_eq!(Money(-5).plain(), "-0.05");
        assert_eq!(
            Money(i64::MIN).format(Lang::Fr),
            "-92\u{202F}233\u{202F}720\u{202F}368\u{202F}547\u{202F}758,08"
        );
    }
}
