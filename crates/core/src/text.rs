//! Free-text fields: trimmed, required or optional, at most so many characters (characters,
//! not bytes: an Arabic letter is two bytes). One check for every form and service.

use crate::{Error, Result};

/// The message key of a text field's problem: blank when `required`, or longer than `max`
/// characters once trimmed. `None` when the text is fine.
pub fn text_problem(value: &str, max: usize, required: bool) -> Option<&'static str> {
    let v = value.trim();
    if required && v.is_empty() {
        Some("field-required")
    } else if v.chars().count() > max {
        Some("field-too-long")
    } else {
        None
    }
}

/// A required text, trimmed, or `field` marked invalid.
pub fn required<'a>(value: &'a str, field: &str, max: usize) -> Result<&'a str> {
    checked(value, field, max, true)
}

/// An optional text, trimmed (possibly empty), or `field` marked invalid when too long.
pub fn optional<'a>(value: &'a str, field: &str, max: usize) -> Result<&'a str> {
    checked(value, field, max, false)
}

fn checked<'a>(value: &'a str, field: &str, max: usize, required: bool) -> Result<&'a str> {
    match text_problem(value, max, required) {
        Some(message) => Err(Error::invalid(field, message)),
        None => Ok(value.trim()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_required_text_and_long_text_are_refused_by_characters() {
        assert_eq!(text_problem("  ", 10, true), Some("field-required"));
        assert_eq!(text_problem("  ", 10, false), None);
        // Five Arabic letters are ten bytes but five characters.
        assert_eq!(text_problem(" عريضة ", 5, true), None);
        assert_eq!(text_problem("عريضتان", 5, true), Some("field-too-long"));
        assert_eq!(required("  نص  ", "text", 10).ok(), Some("نص"));
        let e = optional("abcdef", "note", 3).expect_err("too long");
        assert_eq!(
            e.fields,
            [("note".to_string(), "field-too-long".to_string())]
        );
    }
}
