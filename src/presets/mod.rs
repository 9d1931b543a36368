//! Opinionated starting points: complete, validated values for a known setup.

mod aks;
mod lock;

pub use aks::{AksProduction, AksValues, PresetError};
pub use lock::{DigestLock, LockEntry, LockError};
