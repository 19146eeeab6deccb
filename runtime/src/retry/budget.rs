//! [`Budget`]: a token bucket that a client's calls share, so that a fleet's retries cannot
//! multiply an outage's load (smithy-rs's standard retry quota).

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

/// A retry budget: tokens that every retry of a client's calls takes and successes give
/// back. Clones share one bucket (one per client); it is lock-free.
///
/// [`Budget::default`] has smithy-rs's standard numbers: 500 tokens, 5 a retry, 10 a retry
/// after a transport timeout, 1 back on a success without retry (a successful retry gives
/// back what it took). An empty bucket stops every retry until successes refill it.
///
/// ```
/// use aliyun_errors::retry::Budget;
///
/// let budget = Budget::builder().capacity(10).retry_cost(5).build();
/// let shared = budget.clone();
/// assert!(budget.try_acquire(false));
/// assert!(shared.try_acquire(false));
/// assert!(!budget.try_acquire(false), "the two clones emptied one bucket");
/// budget.release(5);
/// assert_eq!(shared.available(), 5);
/// ```
#[derive(Clone, Debug)]
pub struct Budget {
    tokens: Arc<AtomicU32>,
    capacity: u32,
    retry_cost: u32,
    timeout_retry_cost: u32,
    success_reward: u32,
}

impl Default for Budget {
    fn default() -> Self {
        Budget::builder().build()
    }
}

impl Budget {
    /// A builder starting from the default numbers.
    pub fn builder() -> BudgetBuilder {
        BudgetBuilder {
            capacity: 500,
            retry_cost: 5,
            timeout_retry_cost: 10,
            success_reward: 1,
        }
    }

    /// The tokens left.
    pub fn available(&self) -> u32 {
        self.tokens.load(Ordering::Relaxed)
    }

    /// What a retry costs: after a transport timeout, or after any other failure.
    pub fn cost(&self, timeout: bool) -> u32 {
        if timeout {
            self.timeout_retry_cost
        } else {
            self.retry_cost
        }
    }

    /// Takes a retry's cost if the bucket holds it; false (and nothing taken) if not.
    pub fn try_acquire(&self, timeout: bool) -> bool {
        let cost = self.cost(timeout);
        self.tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
                tokens.checked_sub(cost)
            })
            .is_ok()
    }

    /// Gives tokens back, up to the capacity.
    pub fn release(&self, tokens: u32) {
        let capacity = self.capacity;
        let _ = self
            .tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |held| {
                Some(held.saturating_add(tokens).min(capacity))
            });
    }

    /// A call succeeded: its last retry's cost comes back (`retry_cost`, 0 when it made
    /// none), or the success reward when it needed no retry.
    pub fn record_success(&self, retry_cost: u32) {
        self.release(if retry_cost > 0 {
            retry_cost
        } else {
            self.success_reward
        });
    }
}

/// Builds a [`Budget`]; see [`Budget::builder`].
#[derive(Clone, Copy, Debug)]
pub struct BudgetBuilder {
    capacity: u32,
    retry_cost: u32,
    timeout_retry_cost: u32,
    success_reward: u32,
}

impl BudgetBuilder {
    /// The tokens of a full bucket, which it starts with (default 500).
    pub fn capacity(mut self, tokens: u32) -> Self {
        self.capacity = tokens;
        self
    }

    /// What a retry takes (default 5).
    pub fn retry_cost(mut self, tokens: u32) -> Self {
        self.retry_cost = tokens;
        self
    }

    /// What a retry after a transport timeout takes (default 10).
    pub fn timeout_retry_cost(mut self, tokens: u32) -> Self {
        self.timeout_retry_cost = tokens;
        self
    }

    /// What a success without retry gives back (default 1).
    pub fn success_reward(mut self, tokens: u32) -> Self {
        self.success_reward = tokens;
        self
    }

    /// The bucket, full.
    pub fn build(self) -> Budget {
        Budget {
            tokens: Arc::new(AtomicU32::new(self.capacity)),
            capacity: self.capacity,
            retry_cost: self.retry_cost,
            timeout_retry_cost: self.timeout_retry_cost,
            success_reward: self.success_reward,
        }
    }
}
