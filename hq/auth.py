"""Device credentials and enrolment codes.

A device secret is 32 random bytes, so it cannot be guessed or brute-forced from its hash: HQ keeps
an HMAC-SHA256 of it (keyed by a fixed label and the device id, so equal hashes never line up
across devices) and compares in constant time. argon2 exists to slow down guessing of weak
passwords; here it would only add ~50 ms of CPU to every request (40 of them for a week offline)
and buy nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

PROTOCOL_HEADER = "X-Showroom-Protocol"
PROTOCOL_MIN, PROTOCOL_MAX = 1, 1
ENROL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes are read aloud and typed


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def secret_hash(device_id: str, secret: str) -> str:
    return hmac.new(b"showroom-device-secret:" + device_id.encode(), secret.encode(), hashlib.sha256).hexdigest()


def secret_matches(device_id: str, secret: str, stored: str) -> bool:
    return hmac.compare_digest(secret_hash(device_id, secret), stored)


def new_enrol_code() -> str:
    raw = "".join(secrets.choice(ENROL_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def enrol_code_hash(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(cleaned.encode()).hexdigest()


def parse_bearer(header: str | None) -> tuple[str, str] | None:
    """'Bearer <device_id>.<secret>' -> (device_id, secret), or None when malformed."""
    if not header or not header.startswith("Bearer "):
        return None
    device_id, dot, secret = header[7:].strip().partition(".")
    if not dot or len(device_id) != 36 or not secret or len(secret) > 200:
        return None
    return device_id, secret


def protocol_ok(value: str | None) -> bool:
    try:
        return PROTOCOL_MIN <= int(value) <= PROTOCOL_MAX
    except (TypeError, ValueError):
        return False
