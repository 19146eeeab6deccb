//! The fields of an error envelope, borrowed from the body while it is parsed.

use std::borrow::Cow;

/// A field of the error envelope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    RequestId,
    HostId,
    Code,
    Message,
    Recommend,
    AccessDeniedDetail,
}

impl Field {
    /// Every field, in the order of [`Fields`]' slots.
    pub(crate) const ALL: [Field; 6] = [
        Field::RequestId,
        Field::HostId,
        Field::Code,
        Field::Message,
        Field::Recommend,
        Field::AccessDeniedDetail,
    ];

    /// The field a key names: the RPC spelling (`RequestId`) or the ROA one (`requestId`).
    pub(crate) fn from_key(key: &str) -> Option<Field> {
        Some(match key {
            "RequestId" | "requestId" => Field::RequestId,
            "HostId" | "hostId" => Field::HostId,
            "Code" | "code" => Field::Code,
            "Message" | "message" => Field::Message,
            "Recommend" | "recommend" => Field::Recommend,
            "AccessDeniedDetail" | "accessDeniedDetail" => Field::AccessDeniedDetail,
            _ => return None,
        })
    }
}

/// The envelope's fields as found, one slot per [`Field`]; the first occurrence wins.
#[derive(Debug, Default)]
pub(crate) struct Fields<'a>([Option<Cow<'a, str>>; 6]);

impl<'a> Fields<'a> {
    /// Sets a field unless an earlier occurrence already did.
    pub(crate) fn set(&mut self, field: Field, value: Cow<'a, str>) {
        let slot = &mut self.0[field as usize];
        if slot.is_none() {
            *slot = Some(value);
        }
    }

    pub(crate) fn get(&self, field: Field) -> Option<&str> {
        self.0[field as usize].as_deref()
    }
}

/// The fields an [`ApiError`](super::ApiError) keeps, copied out of the body into one
/// allocation, each found as a span of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Kept {
    text: Box<str>,
    // u32 spans: a body is at most 4 GiB (`Decoder::max_body_size` saturates there).
    spans: [Option<(u32, u32)>; 6],
}

impl Kept {
    pub(crate) fn new(fields: &Fields<'_>) -> Self {
        let total = Field::ALL
            .iter()
            .map(|&f| fields.get(f).map_or(0, str::len))
            .sum();
        let mut text = String::with_capacity(total);
        let mut spans = [None; 6];
        for field in Field::ALL {
            if let Some(value) = fields.get(field) {
                let start = text.len();
                text.push_str(value);
                spans[field as usize] = u32::try_from(start)
                    .ok()
                    .zip(u32::try_from(text.len()).ok());
            }
        }
        Kept {
            text: text.into_boxed_str(),
            spans,
        }
    }

    pub(crate) fn get(&self, field: Field) -> Option<&str> {
        let (start, end) = self.spans[field as usize]?;
        self.text.get(start as usize..end as usize)
    }
}
