//! Which strings are error codes: the one rule the table reader, the importers and the
//! decoder's callers share.

/// What makes a code invalid, or `None` for a valid one: a code is any non-empty text
/// without control characters or white space, byte-exact as servers send it.
pub fn code_problem(code: &str) -> Option<&'static str> {
    if code.is_empty() {
        Some("empty code")
    } else if code.chars().any(char::is_control) {
        Some("control character in a code")
    } else if code.chars().any(char::is_whitespace) {
        Some("white space inside a code")
    } else {
        None
    }
}

/// Whether a string is a valid code ([`code_problem`] finds nothing).
pub fn is_valid_code(code: &str) -> bool {
    code_problem(code).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_any_text_without_space_or_control() {
        for code in [
            "10001",
            "ACS.InvalidParameter.%s",
            "Throttli∂ngException",
            "%s",
        ] {
            assert!(is_valid_code(code), "{code}");
        }
        assert_eq!(code_problem(""), Some("empty code"));
        assert_eq!(code_problem("a\u{7}"), Some("control character in a code"));
        assert_eq!(code_problem("a\tb"), Some("control character in a code"));
        assert_eq!(code_problem("a b"), Some("white space inside a code"));
        assert_eq!(
            code_problem("a\u{3000}b"),
            Some("white space inside a code")
        );
    }
}
