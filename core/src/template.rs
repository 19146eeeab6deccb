//! The template rules: which codes are templates, in which order they are tried, which codes
//! a template code claims, and which real messages a table's message matches.

/// Whether a code matches a template code (`ACS.InvalidParameter.%s`): `%s` stands for one
/// or more characters, `%d` for one or more digits; the rest compares exactly. The literal
/// text before the first wildcard and after the last is compared first, without allocating.
#[inline]
pub fn template_matches(template: &str, code: &str) -> bool {
    // Codes are short; a long one matches no template (and costs no time).
    code.len() <= 1024
        && literal_ends_fit(template.as_bytes(), code.as_bytes())
        && matches_in_full(template, code)
}

/// The whole match, for a code that has the template's literal start and end.
fn matches_in_full(template: &str, code: &str) -> bool {
    /// A template's parts: a character to match, or a wildcard (digits only, or any).
    #[derive(Clone, Copy)]
    enum Part {
        Char(char),
        Any { digits: bool },
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

/// Whether the code starts with the template's text before its first wildcard and ends with
/// its text after the last: the test that turns most codes away, byte by byte, allocating
/// nothing.
#[inline]
fn literal_ends_fit(template: &[u8], code: &[u8]) -> bool {
    let wildcard_at =
        |i: usize| template[i] == b'%' && matches!(template.get(i + 1), Some(b's' | b'd'));
    // Front to back up to the first wildcard: most codes differ at their first bytes.
    let mut head = 0;
    while head < template.len() && !wildcard_at(head) {
        if code.get(head) != Some(&template[head]) {
            return false;
        }
        head += 1;
    }
    if head == template.len() {
        return code.len() == template.len();
    }
    let mut tail = template.len();
    while !wildcard_at(tail - 2) {
        let from_end = template.len() - tail + 1;
        if code.len() < from_end || code[code.len() - from_end] != template[tail - 1] {
            return false;
        }
        tail -= 1;
    }
    true
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

/// Whether a code is a template (`ACS.InvalidParameter.%s`): it holds `%s` or `%d`, and
/// its literal text holds a letter or a digit. A code of placeholders and punctuation alone
/// (`%s`, `%d`, `%s.%s`) would claim every code: it is an exact variant.
pub fn is_template(code: &str) -> bool {
    let literal = literal_text(code);
    literal.len() != code.len() && literal.chars().any(char::is_alphanumeric)
}

/// The indices of a table's template codes in the order they are tried, most specific
/// first: the longest literal text (the code without its `%s` and `%d`), then table order.
pub fn template_order(codes: &[&str]) -> Vec<usize> {
    let mut templates: Vec<usize> = (0..codes.len())
        .filter(|&i| is_template(codes[i]))
        .collect();
    // A stable sort: table order among templates of the same literal length.
    templates.sort_by_key(|&i| std::cmp::Reverse(literal_text(codes[i]).chars().count()));
    templates
}

/// A code without its placeholders (`%s`, `%d`).
fn literal_text(code: &str) -> String {
    code.replace("%s", "").replace("%d", "")
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
    fn a_code_must_carry_the_text_around_the_wildcards() {
        assert!(template_matches("A.%s.B", "A.x.B"));
        assert!(!template_matches("A.%s.B", "A.x.C"));
        assert!(!template_matches("A.%s.B", "B.x.B"));
        assert!(!template_matches("A.%s.B", "A.B"));
        assert!(!template_matches("A.%s", "A."));
        assert!(!template_matches("A.%s", "A"));
        // A code shorter than the text after the last wildcard.
        assert!(!template_matches("%sLong", "g"));
        assert!(!template_matches("%sX", ""));
        assert!(template_matches("%%s", "%x"));
        // Without a wildcard a template is its code.
        assert!(template_matches("A.B", "A.B"));
        assert!(!template_matches("A.B", "A.BC"));
        assert!(!template_matches("A.B", "A"));
    }

    #[test]
    fn codes_over_1024_bytes_match_no_template() {
        let code = |len: usize| format!("A.{}", "x".repeat(len - 2));
        assert!(template_matches("A.%s", &code(1024)));
        assert!(!template_matches("A.%s", &code(1025)));
        assert!(!template_matches("A.%s", &code(4000)));
    }
}

#[cfg(test)]
mod order_tests {
    use super::*;

    #[test]
    fn templates_are_codes_with_a_placeholder_and_literal_text() {
        assert!(is_template("ACS.InvalidParameter.%s"));
        assert!(is_template("Quota.%d"));
        for exact in ["%s", "%d", "%s.%s", "Plain", "100%"] {
            assert!(!is_template(exact), "{exact}");
        }
    }

    #[test]
    fn the_longest_literal_text_is_tried_first_then_table_order() {
        let codes = [
            "A.%s",
            "Plain",
            "Long.Text.%s",
            "B.%s",
            "%s",
            "Long.Text.%d.X",
        ];
        assert_eq!(template_order(&codes), [5, 2, 0, 3]);
    }
}
