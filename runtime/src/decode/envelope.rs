//! The fields of an error envelope, borrowed from the body while it is parsed, for every
//! response family: RPC (`Code`), ROA (`code`, `errorCode` + `errorMsg`), OSS and MNS (`EC`,
//! `RecommendDoc`, a namespace, the `{"Error": {…}}` wrapper, MNS batch results), log service
//! (`errorCode` + `errorMessage`, `error_code`), Function Compute and DataHub (`ErrorCode` +
//! `ErrorMessage`), Model Studio (`request_id`, the `{"error": {…}}` wrapper), its
//! OpenAI-compatible mode (`{"error": {"type", …}}`) and the legacy open platform
//! (`{"error_response": {…}}`).

use std::borrow::Cow;

pub use aliyun_errors_core::Style;

/// A field of the error envelope; its discriminant is its slot in [`Fields`] and [`Kept`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    RequestId,
    HostId,
    Code,
    Message,
    Recommend,
    AccessDeniedDetail,
    Ec,
    ErrorType,
}

const SLOTS: usize = 8;

/// What a key's spelling says of the envelope's family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    None,
    Rpc,
    Roa,
    Oss,
    Sls,
    Fc,
    DashScope,
}

/// An object wrapping the envelope, by its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Wrapper {
    /// OSS's JSON APIs: `{"Error": {…}}`.
    Oss,
    /// Model Studio and its OpenAI-compatible mode: `{"error": {…}}`.
    Error,
    /// The legacy open platform: `{"error_response": {…}}`.
    Top,
}

impl Wrapper {
    pub(crate) fn from_key(key: &str) -> Option<Wrapper> {
        match key {
            "Error" => Some(Wrapper::Oss),
            "error" => Some(Wrapper::Error),
            "error_response" => Some(Wrapper::Top),
            _ => None,
        }
    }
}

impl Field {
    /// The field a key names, and what its spelling tells of the family.
    #[inline]
    pub(crate) fn from_key(key: &str) -> Option<(Field, Hint)> {
        Some(match key {
            "RequestId" => (Field::RequestId, Hint::None),
            "requestId" | "requestid" => (Field::RequestId, Hint::Roa),
            "request_id" => (Field::RequestId, Hint::DashScope),
            "HostId" | "hostId" => (Field::HostId, Hint::None),
            "Code" => (Field::Code, Hint::Rpc),
            "code" => (Field::Code, Hint::Roa),
            "errorCode" | "error_code" => (Field::Code, Hint::Sls),
            "ErrorCode" => (Field::Code, Hint::Fc),
            "Message" => (Field::Message, Hint::None),
            "message" => (Field::Message, Hint::Roa),
            "errorMessage" | "error_message" => (Field::Message, Hint::Sls),
            "ErrorMessage" => (Field::Message, Hint::Fc),
            "errorType" => (Field::ErrorType, Hint::Fc),
            "errorMsg" => (Field::Message, Hint::Roa),
            "Recommend" | "recommend" => (Field::Recommend, Hint::None),
            "RecommendDoc" => (Field::Recommend, Hint::Oss),
            "AccessDeniedDetail" | "accessDeniedDetail" | "accessdenieddetail" => {
                (Field::AccessDeniedDetail, Hint::None)
            }
            "EC" => (Field::Ec, Hint::Oss),
            _ => return None,
        })
    }
}

/// The most other fields an error keeps, and the most bytes of their names and values.
pub(crate) const MAX_EXTRA_FIELDS: usize = 64;
pub(crate) const MAX_EXTRA_BYTES: usize = 64 << 10;

/// The envelope's fields as found, one slot per [`Field`] (the first non-empty occurrence
/// wins), the other scalar fields (bounded), and the family the keys point to.
#[derive(Debug, Default)]
pub(crate) struct Fields<'a> {
    slots: [Option<Cow<'a, str>>; SLOTS],
    extra: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    extra_bytes: usize,
    truncated: bool,
    /// `code`/`errorCode` spelling, `errorMsg`, `EC`/`RecommendDoc`, a namespace or wrapper.
    code_hint: Option<Hint>,
    roa_message: bool,
    oss: bool,
    /// Model Studio's snake-case `request_id`.
    snake_request_id: bool,
    /// The wrapper the envelope came in, and whether it held OpenAI's `type` or `param`.
    wrapper: Option<Wrapper>,
    openai: bool,
}

impl<'a> Fields<'a> {
    /// Sets a field unless an earlier occurrence already gave it a non-empty value.
    pub(crate) fn set(&mut self, field: Field, value: Cow<'a, str>) {
        let slot = &mut self.slots[field as usize];
        if slot.as_deref().is_none_or(str::is_empty) {
            *slot = Some(value);
        }
    }

    /// Sets a field whatever an earlier occurrence gave it.
    pub(crate) fn replace(&mut self, field: Field, value: Cow<'a, str>) {
        self.slots[field as usize] = Some(value);
    }

    /// Sets a field named by its key, noting what the key's spelling tells.
    #[inline]
    pub(crate) fn set_key(&mut self, (field, hint): (Field, Hint), value: Cow<'a, str>) {
        match (field, hint) {
            (Field::Code, hint) if self.code_hint.is_none() => self.code_hint = Some(hint),
            (Field::Message, Hint::Roa) => self.roa_message = true,
            (Field::RequestId, Hint::DashScope) => self.snake_request_id = true,
            (_, Hint::Oss) => self.oss = true,
            _ => {}
        }
        self.set(field, value);
    }

    /// The envelope is inside this wrapper object.
    pub(crate) fn mark_wrapper(&mut self, wrapper: Wrapper) {
        if wrapper == Wrapper::Oss {
            self.oss = true;
        }
        self.wrapper.get_or_insert(wrapper);
    }

    /// The wrapper object held OpenAI's `type` or `param`.
    pub(crate) fn mark_openai(&mut self) {
        self.openai = true;
    }

    /// The first other field of this name.
    pub(crate) fn extra_value(&self, name: &str) -> Option<&str> {
        self.extra
            .iter()
            .find_map(|(n, v)| (n == name).then_some(v.as_ref()))
    }

    /// An envelope has a code (an error status's may be empty), but in the OpenAI-compatible
    /// mode, where `"code": null` is common and the message or type tell the error.
    pub(crate) fn is_envelope(&self) -> bool {
        let has = |field| self.get(field).is_some_and(|v: &str| !v.is_empty());
        self.get(Field::Code).is_some()
            || (self.openai && (has(Field::Message) || has(Field::ErrorType)))
    }

    /// An envelope that marks a 2xx body as an error: an empty code is none there (Model
    /// Studio's successes carry `"code": ""`).
    pub(crate) fn is_error_in_success(&self) -> bool {
        self.is_envelope() && self.get(Field::Code) != Some("")
    }

    /// Keeps another scalar field, within the bounds; past them, notes the loss.
    pub(crate) fn add_extra(&mut self, name: Cow<'a, str>, value: Cow<'a, str>) {
        let size = name.len() + value.len();
        if self.extra.len() >= MAX_EXTRA_FIELDS || self.extra_bytes + size > MAX_EXTRA_BYTES {
            self.truncated = true;
            return;
        }
        self.extra_bytes += size;
        self.extra.push((name, value));
    }

    /// The body has an OSS mark of its own (a namespace, the JSON `Error` wrapper).
    pub(crate) fn mark_oss(&mut self) {
        self.oss = true;
    }

    pub(crate) fn get(&self, field: Field) -> Option<&str> {
        self.slots[field as usize].as_deref()
    }

    /// The family the keys point to.
    pub(crate) fn style(&self) -> Style {
        if self.oss {
            return Style::Oss;
        }
        match self.wrapper {
            Some(Wrapper::Top) => return Style::Top,
            Some(Wrapper::Error) if self.openai => return Style::OpenAi,
            Some(Wrapper::Error) => return Style::DashScope,
            _ => {}
        }
        match self.code_hint {
            Some(Hint::Roa) if self.snake_request_id => Style::DashScope,
            Some(Hint::Roa) => Style::Roa,
            Some(Hint::Sls) if self.roa_message => Style::Roa,
            Some(Hint::Sls) => Style::Sls,
            Some(Hint::Fc) => Style::Fc,
            _ => Style::Rpc,
        }
    }
}

/// The fields an [`ApiError`](super::ApiError) keeps, copied out of the body into one
/// allocation: the slots one after another in [`Field`] order, then each other field's name
/// and value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Kept {
    text: Box<str>,
    // Where each slot ends in `text` (it starts where the one before ends): u32 keeps
    // `ApiError` small (a body is at most 4 GiB: `Decoder::max_body_size` saturates there).
    ends: [u32; SLOTS],
    // Bit `field as usize` set for each field the body had (an absent field is not an empty one).
    present: u8,
    truncated: bool,
    // Per other field: where its name and its value end in `text`.
    extra: Box<[[u32; 2]]>,
}

impl Kept {
    pub(crate) fn new(fields: &Fields<'_>) -> Self {
        let slots: usize = fields.slots.iter().flatten().map(|v| v.len()).sum();
        let mut text = String::with_capacity(slots + fields.extra_bytes);
        // The total is at most the body's length (or the headers'), which fits in u32.
        let end = |text: &String| u32::try_from(text.len()).unwrap_or(u32::MAX);
        let mut ends = [0; SLOTS];
        let mut present = 0;
        for (i, value) in fields.slots.iter().enumerate() {
            if let Some(value) = value {
                text.push_str(value);
                present |= 1 << i;
            }
            ends[i] = end(&text);
        }
        let mut extra = Vec::with_capacity(fields.extra.len());
        for (name, value) in &fields.extra {
            text.push_str(name);
            let name_end = end(&text);
            text.push_str(value);
            extra.push([name_end, end(&text)]);
        }
        Kept {
            text: text.into_boxed_str(),
            ends,
            present,
            truncated: fields.truncated,
            extra: extra.into_boxed_slice(),
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

    pub(crate) fn extra(&self) -> impl Iterator<Item = (&str, &str)> {
        let starts = std::iter::once(self.ends[SLOTS - 1]).chain(self.extra.iter().map(|e| e[1]));
        self.extra
            .iter()
            .zip(starts)
            .map(|([name_end, value_end], start)| {
                let slice = |a: u32, b: u32| self.text.get(a as usize..b as usize).unwrap_or("");
                (slice(start, *name_end), slice(*name_end, *value_end))
            })
    }

    pub(crate) fn truncated(&self) -> bool {
        self.truncated
    }
}
