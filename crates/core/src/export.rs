//! What every export shares.

use std::borrow::Cow;

/// A CSV cell that a spreadsheet will not run as a formula (CSV/formula injection):
/// text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
/// apostrophe. Every CSV export writes its text cells through this one function.
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-1+2"), "'-1+2");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("عريضة"), "عريضة");
        assert_eq!(csv_cell(""), "");
    }
}
