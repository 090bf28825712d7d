//! PINs: privacy among people who share a computer, not security.
//!
//! A PIN is 4 to 8 digits. It is stored as an Argon2id hash (RustCrypto's
//! `argon2`) with a random salt from the operating system, in the PHC string
//! format, so the parameters travel with the hash. The parameters make one
//! guess cost about a quarter of a second of CPU and 64 MiB of memory: trying
//! all 10,000 four-digit PINs takes most of an hour, while signing in stays
//! well under half a second (see `benches/pin.rs`).
//!
//! Exports never carry a PIN or its hash (see `super::export`). Profiles made
//! by older versions hold a salted SHA-256; [`PinHash::needs_upgrade`] says so,
//! and the app replaces it with an Argon2id hash at the next good sign-in.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Argon2id memory cost in KiB (64 MiB).
pub const MEMORY_KIB: u32 = 64 * 1024;
/// Argon2id passes over memory.
pub const PASSES: u32 = 4;

/// A stored PIN.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PinHash {
    /// `$argon2id$v=19$m=…,t=…,p=1$salt$hash`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phc: String,
    /// Older versions: salted SHA-256 (read only, to migrate).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub salt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hash: String,
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, PASSES, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

#[derive(Debug, thiserror::Error)]
#[error("the PIN could not be stored: {0}")]
pub struct PinError(String);

impl PinHash {
    /// Hashes a new PIN with a fresh random salt.
    pub fn new(pin: &str) -> Result<PinHash, PinError> {
        let hash = hasher()
            .hash_password(pin.as_bytes())
            .map_err(|e| PinError(e.to_string()))?;
        Ok(PinHash {
            phc: hash.to_string(),
            ..PinHash::default()
        })
    }

    /// Whether `pin` is this PIN. Takes about as long as hashing it.
    pub fn matches(&self, pin: &str) -> bool {
        if !self.phc.is_empty() {
            return hasher()
                .verify_password(pin.as_bytes(), self.phc.as_str())
                .is_ok();
        }
        if self.salt.is_empty() || self.hash.is_empty() {
            return false;
        }
        let mut h = Sha256::new();
        h.update(self.salt.as_bytes());
        h.update(b":");
        h.update(pin.as_bytes());
        let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        constant_time_eq(hex.as_bytes(), self.hash.as_bytes())
    }

    /// An older, weak hash that should be replaced at the next good sign-in.
    pub fn needs_upgrade(&self) -> bool {
        self.phc.is_empty()
    }

    /// A hash in the old format, for migration tests.
    pub fn legacy(pin: &str) -> PinHash {
        let salt = format!("{:016x}", fastrand::u64(..));
        let mut h = Sha256::new();
        h.update(salt.as_bytes());
        h.update(b":");
        h.update(pin.as_bytes());
        PinHash {
            phc: String::new(),
            hash: h.finalize().iter().map(|b| format!("{b:02x}")).collect(),
            salt,
        }
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A PIN is 4 to 8 digits.
pub fn valid_pin(pin: &str) -> bool {
    (4..=8).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argon2_round_trip_and_random_salt() {
        let a = PinHash::new("2468").unwrap();
        assert!(
            a.phc.starts_with("$argon2id$v=19$m=65536,t=4,p=1$"),
            "{}",
            a.phc
        );
        assert!(a.matches("2468"));
        assert!(!a.matches("2469"));
        let b = PinHash::new("2468").unwrap();
        assert_ne!(a.phc, b.phc, "each hash has its own salt");
        assert!(!a.needs_upgrade());
    }

    #[test]
    fn legacy_hashes_still_verify_and_ask_for_an_upgrade() {
        let old = PinHash::legacy("1234");
        assert!(old.matches("1234"));
        assert!(!old.matches("4321"));
        assert!(old.needs_upgrade());
        // As written by version 0.1 (no `phc` field).
        let text = format!("(salt: \"{}\", hash: \"{}\")", old.salt, old.hash);
        let read: PinHash = ron::from_str(&text).unwrap();
        assert!(read.matches("1234"));
        assert!(
            !PinHash::default().matches(""),
            "an empty hash matches nothing"
        );
    }

    #[test]
    fn pins_are_digits() {
        assert!(valid_pin("1234"));
        assert!(valid_pin("12345678"));
        assert!(!valid_pin("123"));
        assert!(!valid_pin("12a4"));
    }
}
