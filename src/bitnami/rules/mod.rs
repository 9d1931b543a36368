//! The Bitnami chart's rules (`AV11xx`), in code order.

use super::Values;
use crate::check::Rule;

/// Every rule of the Bitnami dialect, sorted by code.
pub static RULES: &[Rule<Values>] = &[];
