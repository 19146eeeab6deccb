//! The fields of an error envelope, borrowed from the body while it is parsed.

use std::borrow::Cow;

/// A field of the error envelope; its discriminant is its slot in [`Fields`] and [`Kept`].
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
/// allocation, one after another in [`Field`] order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Kept {
    text: Box<str>,
    // Where each field ends in `text` (it starts where the one before ends): u32, as a body
    // is at most 4 GiB (`Decoder::max_body_size` saturates there).
    ends: [u32; 6],
    // Bit `field as usize` set for each field the body had (an absent field is not an empty one).
    present: u8,
}

impl Kept {
    pub(crate) fn new(fields: &Fields<'_>) -> Self {
        let mut text = String::with_capacity(fields.0.iter().flatten().map(|v| v.len()).sum());
        let mut ends = [0; 6];
        let mut present = 0;
        for (i, value) in fields.0.iter().enumerate() {
            if let Some(value) = value {
                text.push_str(value);
                present |= 1 << i;
            }
            // The total is at most the body's length, which fits in u32.
            ends[i] = u32::try_from(text.len()).unwrap_or(u32::MAX);
        }
        Kept {
            text: text.into_boxed_str(),
            ends,
            present,
        }
    }

    pub(crate) fn get(&self, field: Field) -> Option<&str> {
        let i = field as usize;
        if self.present & (1 << i) == 0 {
            return None;
        }
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start as usize..self.ends[i] as usize)
    }
}
