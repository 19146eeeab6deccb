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

/// The envelope's fields as found; the first occurrence of a field wins.
#[derive(Debug, Default)]
pub(crate) struct Fields<'a> {
    pub request_id: Option<Cow<'a, str>>,
    pub host_id: Option<Cow<'a, str>>,
    pub code: Option<Cow<'a, str>>,
    pub message: Option<Cow<'a, str>>,
    pub recommend: Option<Cow<'a, str>>,
    pub access_denied_detail: Option<Cow<'a, str>>,
}

impl<'a> Fields<'a> {
    pub(crate) fn slot(&mut self, field: Field) -> &mut Option<Cow<'a, str>> {
        match field {
            Field::RequestId => &mut self.request_id,
            Field::HostId => &mut self.host_id,
            Field::Code => &mut self.code,
            Field::Message => &mut self.message,
            Field::Recommend => &mut self.recommend,
            Field::AccessDeniedDetail => &mut self.access_denied_detail,
        }
    }

    /// Sets a field unless an earlier occurrence already did.
    pub(crate) fn set(&mut self, field: Field, value: Cow<'a, str>) {
        let slot = self.slot(field);
        if slot.is_none() {
            *slot = Some(value);
        }
    }
}
