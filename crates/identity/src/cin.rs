//! National identity card numbers (CIN), shared by every domain that records one
//! (petition signers, decree 2.16.403 art. 3; information requesters, law 31.13 art. 14).

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// A Moroccan national identity card number (CIN), normalised.
///
/// Pattern: one or two Latin letters followed by one to six digits (`AB123456`, `J123456`,
/// `A1234`). Older series have fewer digits, so only the shape is checked, not a length per
/// series; a check digit does not exist. Normalisation removes every space, upper-cases the
/// letters and turns Arabic-Indic digits (٠–٩, ۰–۹) into ASCII, so the same card always gives
/// the same string (and the same keyed hash for the one-signature-per-CIN rule).
///
/// Personal data (law 09.08): `Debug` prints no digits and the type is not `Serialize`, so it
/// cannot slip into logs or JSON by accident; use [`Cin::as_str`] deliberately.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Cin(String);

/// Why a CIN was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CinError {
    #[error("the CIN number is empty")]
    Empty,
    #[error("a CIN number is 1 or 2 letters followed by 1 to 6 digits")]
    Format,
}

/// Maximum letters in a CIN prefix.
pub const CIN_MAX_LETTERS: usize = 2;
/// Maximum digits after the prefix.
pub const CIN_MAX_DIGITS: usize = 6;

impl Cin {
    /// Normalises and validates `input` (see the type's documentation).
    pub fn parse(input: &str) -> Result<Self, CinError> {
        let normalised: String = input
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(normalise_char)
            .collect();
        if normalised.is_empty() {
            return Err(CinError::Empty);
        }
        let letters = normalised
            .bytes()
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        let digits = &normalised[letters..];
        let shape_ok = (1..=CIN_MAX_LETTERS).contains(&letters)
            && (1..=CIN_MAX_DIGITS).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit());
        if shape_ok {
            Ok(Self(normalised))
        } else {
            Err(CinError::Format)
        }
    }

    /// The normalised number. Personal data: only for the bureau's file, the keyed hash and
    /// encryption at rest.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn normalise_char(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => shift_digit(c, '\u{0660}'),
        '\u{06F0}'..='\u{06F9}' => shift_digit(c, '\u{06F0}'),
        _ => c.to_ascii_uppercase(),
    }
}

fn shift_digit(c: char, zero: char) -> char {
    char::from_digit(u32::from(c) - u32::from(zero), 10).unwrap_or(c)
}

impl fmt::Debug for Cin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Cin(<redacted>)")
    }
}
