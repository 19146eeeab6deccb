//! A table row ([`Entry`]), the retry class ([`Retry`]) and how a row is picked.

use std::fmt;

/// When a failed call may be retried.
///
/// Displays as the lowercase word used in tables: `never`, `throttling`, `transient`,
/// `conflict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Retry {
    /// Retrying the same request fails the same way: fix the request instead.
    Never,
    /// The caller was throttled: retry after a back-off.
    Throttling,
    /// A passing failure of the server: retry, with a back-off.
    Transient,
    /// The server refused the call because a resource is changing (an incorrect status, a
    /// conflicting task, a token still processing): retry later, whatever the idempotency,
    /// with its own longer back-off.
    Conflict,
}

impl Retry {
    /// The lowercase word: `never`, `throttling`, `transient` or `conflict`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::Throttling => "throttling",
            Retry::Transient => "transient",
            Retry::Conflict => "conflict",
        }
    }

    /// The one retry rule: the code's class when the table knows the code (or its family),
    /// else the status's ([`Retry::for_status`]). Used by decoded errors and by `explain`.
    pub fn classify<E: crate::ErrorCode>(code: Option<E>, http_status: u16) -> Retry {
        match code {
            Some(code) => code.retry(),
            None => Retry::for_status(http_status),
        }
    }

    /// The class an HTTP status implies on its own: 429 throttling; 500, 502, 503, 504
    /// transient; else never.
    pub const fn for_status(http_status: u16) -> Retry {
        match http_status {
            429 => Retry::Throttling,
            500 | 502 | 503 | 504 => Retry::Transient,
            _ => Retry::Never,
        }
    }

    /// True for `Throttling` and `Transient`.
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retry::Never)
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One row of an error table: a code with one of its HTTP statuses and messages.
///
/// Only generated code builds an `Entry`; its fields are public to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Entry {
    /// The error code, byte-exact as the server sends it.
    pub code: &'static str,
    /// The HTTP status the server sends it with.
    pub http_status: u16,
    /// The message the server sends it with.
    pub message: &'static str,
    /// The code's retry class.
    pub retry: Retry,
}

/// Picks the row of `rows` (one code's rows, never empty) that a response matches: the row
/// whose status and message match; else the first row with that status; else the first.
pub(crate) fn select_entry(
    rows: &'static [Entry],
    http_status: Option<u16>,
    message: Option<&str>,
) -> &'static Entry {
    let status_matches = |e: &&Entry| http_status.is_none_or(|s| e.http_status == s);
    let by_message = message.and_then(|message| {
        rows.iter()
            .filter(status_matches)
            .find(|e| messages_match(e.message, message))
    });
    let by_status = || http_status.and_then(|s| rows.iter().find(|e| e.http_status == s));
    by_message.or_else(by_status).unwrap_or(&rows[0])
}

/// Compares a table's message with a real one as a reader would: curly and straight quotes
/// alike, runs of white space as one space, surrounding space and one trailing period
/// ignored; a `%s` or `%d` in the table's message (`a`) matches any text of the real one.
pub fn messages_match(a: &str, b: &str) -> bool {
    if !(a.contains("%s") || a.contains("%d")) {
        return folded(a).eq(folded(b));
    }
    let pattern: String = folded(a).collect();
    let text: String = folded(b).collect();
    let mut pieces = pattern.split("%s").flat_map(|p| p.split("%d"));
    // The first piece starts the text, the last ends it, the others come in order between:
    // leftmost matches suffice when every wildcard takes any text (linear in the text).
    let first = pieces.next().unwrap_or("");
    let Some(mut rest) = text.strip_prefix(first) else {
        return false;
    };
    let middle: Vec<&str> = pieces.collect();
    let Some((last, middle)) = middle.split_last() else {
        return rest.is_empty();
    };
    for piece in middle {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

/// Whether a code matches a template code (`ACS.InvalidParameter.%s`): `%s` stands for one
/// or more characters, `%d` for one or more digits; the rest compares exactly. (Generated
/// `from_template` compares each template's literal start and end first.)
pub fn template_matches(template: &str, code: &str) -> bool {
    /// A template's parts: a character to match, or a wildcard (digits only, or any).
    #[derive(Clone, Copy)]
    enum Part {
        Char(char),
        Any { digits: bool },
    }
    // Codes are short; a long one matches no template (and costs no time).
    if code.len() > 1024 {
        return false;
    }
    let mut parts = Vec::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('%', Some('s')) => parts.push(Part::Any { digits: false }),
            ('%', Some('d')) => parts.push(Part::Any { digits: true }),
            _ => {
                parts.push(Part::Char(c));
                continue;
            }
        }
        chars.next();
    }
    let text: Vec<char> = code.chars().collect();
    // matched[j]: the parts so far match the first j characters.
    let mut matched = vec![false; text.len() + 1];
    matched[0] = true;
    for part in parts {
        let mut next = vec![false; text.len() + 1];
        match part {
            Part::Char(c) => {
                for j in 0..text.len() {
                    next[j + 1] = matched[j] && text[j] == c;
                }
            }
            Part::Any { digits } => {
                // A run of at least one allowed character after a matched prefix.
                for j in 1..=text.len() {
                    let allowed = !digits || text[j - 1].is_ascii_digit();
                    next[j] = allowed && (matched[j - 1] || next[j - 1]);
                }
            }
        }
        matched = next;
    }
    matched[text.len()]
}

fn folded(message: &str) -> impl Iterator<Item = char> + '_ {
    let message = message.trim();
    let message = message.strip_suffix('.').unwrap_or(message).trim_end();
    let mut in_space = false;
    message.chars().filter_map(move |ch| {
        if ch.is_whitespace() {
            let first = !in_space;
            in_space = true;
            return first.then_some(' ');
        }
        in_space = false;
        Some(match ch {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
            other => other,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_any_text_where_they_say_so() {
        assert!(messages_match(
            "The used capacity of disk type has exceeded the quota in the zone,  %s.",
            "The used capacity of disk type has exceeded the quota in the zone, cn-hangzhou-k."
        ));
        assert!(messages_match("%s", "anything at all"));
        assert!(messages_match("%s", ""));
        assert!(messages_match(
            "Instance %s is in %s state",
            "Instance i-1 is in Stopped state"
        ));
        assert!(!messages_match(
            "Instance %s is in %s state",
            "Disk d-1 is in Stopped state"
        ));
        // In a message, `%d` too stands for any text (servers fill it with words as well).
        assert!(messages_match(
            "Retry after %d seconds",
            "Retry after 30 seconds"
        ));
        assert!(messages_match(
            "Retry after %d seconds",
            "Retry after a few seconds"
        ));
        assert!(!messages_match("ab%sbc", "abc"));
        assert!(messages_match("a%s", "a"));
        assert!(messages_match("100% sure", "100% sure"));
        // Symmetry is gone only for templates: the real message's `%s` is text.
        assert!(!messages_match("plain", "%s"));

        assert!(template_matches(
            "ACS.InvalidParameter.%s",
            "ACS.InvalidParameter.RegionId"
        ));
        assert!(!template_matches(
            "ACS.InvalidParameter.%s",
            "ACS.InvalidParameter."
        ));
        assert!(!template_matches(
            "ACS.InvalidParameter.%s",
            "ACS.Other.RegionId"
        ));
        assert!(template_matches("Quota.%d.Exceeded", "Quota.10.Exceeded"));
        assert!(!template_matches("Quota.%d.Exceeded", "Quota.ten.Exceeded"));
        assert!(template_matches("%s.%s", "a.b.c"));
    }

    #[test]
    fn codes_over_1024_bytes_match_no_template() {
        let code = |len: usize| format!("A.{}", "x".repeat(len - 2));
        assert!(template_matches("A.%s", &code(1024)));
        assert!(!template_matches("A.%s", &code(1025)));
        assert!(!template_matches("A.%s", &code(4000)));
    }

    #[test]
    fn retry_classes_name_themselves_and_follow_the_status_rule() {
        let words: Vec<String> = [
            Retry::Never,
            Retry::Throttling,
            Retry::Transient,
            Retry::Conflict,
        ]
        .iter()
        .map(|r| format!("{r}/{}/{}", r.as_str(), r.is_retryable()))
        .collect();
        assert_eq!(
            words,
            [
                "never/never/false",
                "throttling/throttling/true",
                "transient/transient/true",
                "conflict/conflict/true"
            ]
        );
        assert_eq!(format!("{:>10}", Retry::Never), "     never");
        assert_eq!(Retry::for_status(429), Retry::Throttling);
        for status in [500, 502, 503, 504] {
            assert_eq!(Retry::for_status(status), Retry::Transient);
        }
        for status in [200, 400, 404, 501, 505] {
            assert_eq!(Retry::for_status(status), Retry::Never);
        }
    }

    #[test]
    fn messages_fold_quotes_space_and_trailing_period() {
        assert!(messages_match(
            "The parameter \u{201C}Action\u{201D} isn\u{2019}t valid.",
            "The parameter \"Action\"  isn't\tvalid"
        ));
        assert!(messages_match("  a b. ", "a   b"));
        assert!(!messages_match("a b", "a c"));
        assert!(!messages_match("ab", "a b"));
    }
}
