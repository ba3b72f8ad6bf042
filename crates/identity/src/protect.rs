//! Personal data (law 09.08) of petition signers and information requesters: the CIN
//! number is stored encrypted (ChaCha20-Poly1305, random nonce) and as a keyed hash
//! (HMAC-SHA256) for duplicate checks (one signature per CIN, a request repeated within
//! the year); IP addresses only as a keyed hash, for burst detection.

use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine};
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use hmac::{Hmac, Mac};
use musharaka_core::{Error, ErrorKind};
use rand::RngCore;
use sha2::Sha256;

pub struct Protector {
    cipher: ChaCha20Poly1305,
    hash_key: [u8; 32],
}

impl Protector {
    /// From the configured 64-hex-character key. The hash key is derived apart from the
    /// encryption key, so one never serves as the other.
    pub fn from_hex(key_hex: &str) -> Result<Self, Error> {
        let bytes = hex::decode(key_hex).map_err(|e| Error::with_cause(ErrorKind::Internal, e))?;
        if bytes.len() != 32 {
            return Err(Error::internal("cin_key must be 32 bytes"));
        }
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&bytes).map_err(Error::internal)?;
        mac.update(b"musharaka cin hash key");
        let hash_key: [u8; 32] = mac.finalize().into_bytes().into();
        Ok(Self {
            cipher: ChaCha20Poly1305::new(Key::from_slice(&bytes)),
            hash_key,
        })
    }

    /// A stable keyed hash (hex) of a normalised value.
    pub fn hash(&self, value: &str) -> String {
        let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(&self.hash_key) {
            Ok(m) => m,
            Err(_) => unreachable!("HMAC takes keys of any length"),
        };
        mac.update(value.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    pub fn encrypt(&self, plain: &str) -> Result<String, Error> {
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), plain.as_bytes())
            .map_err(|_| Error::internal("encryption failed"))?;
        let mut out = nonce.to_vec();
        out.extend(sealed);
        Ok(STANDARD_NO_PAD.encode(out))
    }

    pub fn decrypt(&self, stored: &str) -> Result<String, Error> {
        let raw = STANDARD_NO_PAD.decode(stored).map_err(Error::internal)?;
        if raw.len() < 12 {
            return Err(Error::internal("ciphertext too short"));
        }
        let (nonce, sealed) = raw.split_at(12);
        let plain = self
            .cipher
            .decrypt(Nonce::from_slice(nonce), sealed)
            .map_err(|_| Error::internal("decryption failed"))?;
        String::from_utf8(plain).map_err(Error::internal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    #[test]
    fn cin_numbers_round_trip_and_hash_stably() {
        let p = Protector::from_hex(KEY).expect("key");
        let sealed = p.encrypt("AB123456").expect("encrypt");
        assert!(!sealed.contains("AB123456"));
        assert_ne!(
            sealed,
            p.encrypt("AB123456").expect("encrypt"),
            "random nonce"
        );
        assert_eq!(p.decrypt(&sealed).expect("decrypt"), "AB123456");
        assert_eq!(p.hash("AB123456"), p.hash("AB123456"));
        assert_ne!(p.hash("AB123456"), p.hash("AB123457"));
        let other = Protector::from_hex(&KEY.replace('0', "1")).expect("key");
        assert!(other.decrypt(&sealed).is_err());
        assert_ne!(other.hash("AB123456"), p.hash("AB123456"));
        assert!(Protector::from_hex("abcd").is_err());
    }
}
