//! Per-operation error kinds (feature `operations`, `<product>::ops::<Api>Error`): the
//! [`Operation`] trait they implement, and [`OtherCode`], what their `Other` variant holds.
//!
//! An operation's kind is generated as an enum of the codes its API documents and `Other`;
//! everything else it does comes from its product's table, through the one implementation
//! of [`ErrorCode`] for every [`Operation`] below (its `ALL` are the documented variants).

use std::fmt;
use std::hash::Hash;

use crate::code::ErrorCode;
use crate::table::{ApiIndex, Table};

/// An operation's error kind: the codes one API documents, each a variant named as its
/// product's, and `Other` for every other code of the product's table.
///
/// ```
/// # #[cfg(feature = "operations")] {
/// use aliyun_errors::{ErrorCode, Operation, ecs::EcsError, ecs::ops::DescribeInstancesError};
///
/// assert_eq!(DescribeInstancesError::API, "DescribeInstances");
/// let kind = DescribeInstancesError::from(EcsError::InvalidFilterValue);
/// assert_eq!(kind, DescribeInstancesError::InvalidFilterValue);
/// assert_eq!(kind.product(), EcsError::InvalidFilterValue);
/// assert_eq!(kind.code(), "InvalidFilterValue");
/// # }
/// ```
pub trait Operation: Copy + Eq + Hash + fmt::Debug + fmt::Display + 'static {
    /// The product's enum (`EcsError`).
    type Product: ErrorCode;

    /// The API whose documented errors the variants are (`"DescribeInstances"`).
    const API: &'static str;

    /// The documented variants, in the product table's order (the kind's
    /// [`ErrorCode::ALL`]).
    const DOCUMENTED: &'static [Self];

    /// The documented codes' indices in the product's table, ascending, as little-endian
    /// `u16`s.
    #[doc(hidden)]
    const INDICES: &'static [u8];

    /// The code's index in the product's table.
    #[doc(hidden)]
    fn product_index(self) -> usize;

    /// The `Other` variant holding a code.
    #[doc(hidden)]
    fn other(code: OtherCode<Self::Product>) -> Self;

    /// The product's code: the variant of the product's enum this kind stands for.
    fn product(self) -> Self::Product {
        Self::Product::from_index(self.product_index())
    }
}

/// Every operation's kind is a code of its product's table: the product's lookups, rows and
/// retry classes, its documented variants as `ALL`.
impl<K: Operation> ErrorCode for K {
    const ALL: &'static [Self] = K::DOCUMENTED;
    const TABLE: &'static Table = <K::Product as ErrorCode>::TABLE;
    const API_INDEX: &'static ApiIndex = <K::Product as ErrorCode>::API_INDEX;

    fn index(self) -> usize {
        self.product_index()
    }

    fn table_data() -> &'static Table {
        K::Product::table_data()
    }

    fn from_index(index: usize) -> Self {
        match position(K::INDICES, index) {
            Some(at) => K::DOCUMENTED[at],
            None => K::other(OtherCode::new(K::Product::from_index(index))),
        }
    }
}

/// The position of the product index `index` in an operation's `indices` (little-endian
/// `u16`s, ascending): its variant in the kind's documented variants.
fn position(indices: &[u8], index: usize) -> Option<usize> {
    let (mut low, mut high) = (0, indices.len() / 2);
    while low < high {
        let mid = (low + high) / 2;
        match usize::from(aliyun_errors_core::layout::u16_at(indices, mid)).cmp(&index) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// An operation kind's `Debug`: a documented variant is named as the product's.
pub fn debug<K: Operation>(kind: K, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let product = kind.product();
    match position(K::INDICES, kind.product_index()) {
        Some(_) => fmt::Debug::fmt(&product, f),
        None => f
            .debug_tuple("Other")
            .field(&OtherCode::new(product))
            .finish(),
    }
}

/// A code of the product's table that the operation's API does not document, carried by the
/// kind's `Other` variant. Its inside cannot be matched on, so that a pattern never stops
/// matching silently when a later metadata documents the code for this API (it then gets a
/// variant of its own); read it with [`product`](OtherCode::product) in a guard:
///
/// ```
/// # #[cfg(feature = "operations")] {
/// use aliyun_errors::{ecs::EcsError, ecs::ops::DescribeInstancesError};
///
/// let kind = DescribeInstancesError::from(EcsError::Throttling);
/// match kind {
///     DescribeInstancesError::Other(other) if other.product() == EcsError::Throttling => {}
///     _ => unreachable!("`Throttling` is not among DescribeInstances's documented codes"),
/// }
/// # }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OtherCode<E>(E);

impl<E> OtherCode<E> {
    pub(crate) const fn new(code: E) -> Self {
        OtherCode(code)
    }

    /// The product's code.
    pub fn product(self) -> E {
        self.0
    }
}

impl<E: ErrorCode> OtherCode<E> {
    /// The code as the server sends it.
    pub fn code(self) -> &'static str {
        self.0.code()
    }
}

impl<E: fmt::Debug> fmt::Debug for OtherCode<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OtherCode").field(&self.0).finish()
    }
}
