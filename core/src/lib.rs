//! What every part of `aliyun-errors` shares, written once: the generator (inside the proc
//! macro), the runtime, the CLI and the maintainers' pipeline each use these definitions
//! rather than a copy of them.
//!
//! - [`Retry`]: the retry classes, their names, order and byte form, and the status rule.
//! - [`Style`]: the envelope styles (families of gateways), by name.
//! - [`layout`]: a generated table's data (text, offsets, rows, lookup slots) and the hash
//!   that places its codes: [`layout::encode`] writes it, the runtime's `Table` reads it.
//! - [`code`]: which strings are codes; [`template`]: which codes a template claims and
//!   which messages a table's message matches.
//! - [`products`]: the columns of the CLI's embedded product list.
//!
//! ```
//! use aliyun_errors_core::Retry;
//! assert_eq!(Retry::from_word("conflict"), Some(Retry::Conflict));
//! assert_eq!(Retry::from_byte(Retry::Transient.as_byte()), Retry::Transient);
//! assert_eq!(Retry::for_status(503), Retry::Transient);
//! ```

pub mod code;
pub mod layout;
pub mod products;
mod retry;
mod style;
pub mod template;

pub use retry::Retry;
pub use style::Style;
