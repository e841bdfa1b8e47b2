"""Per-case reply tokens: an HMAC of the case id, so a forged case number alone does nothing.

Every mail Lifeline sends carries the token in its Reply-To plus-address
(``desk+LL-2026-000123.<token>@domain``) and in the subject tag; a reply whose case is named
only by a subject tag must carry a valid token (or thread to one of our Message-IDs).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

from daemon.config import Config, ConfigError

TOKEN_CHARS = 10
PLUS_TOKEN = re.compile(r"\+(LL-\d{4}-\d{6})\.([a-z2-7]{%d})@" % TOKEN_CHARS, re.I)
SUBJECT_TOKEN = re.compile(r"\[(LL-\d{4}-\d{6})(?:[ .:#]([a-z2-7]{%d}))?\]" % TOKEN_CHARS, re.I)


def token(key: bytes, case_id: str) -> str:
    digest = hmac.new(key, case_id.upper().encode("ascii"), hashlib.sha256).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:TOKEN_CHARS]


def valid(key: bytes, case_id: str, candidate: str | None) -> bool:
    return bool(candidate) and hmac.compare_digest(token(key, case_id), candidate.lower())


def reply_to(address: str, key: bytes, case_id: str) -> str:
    """``desk@x`` -> ``desk+LL-2026-000123.<token>@x``."""
    local, _, domain = address.partition("@")
    return f"{local}+{case_id}.{token(key, case_id)}@{domain}"


def tokens_in(texts: list[str]) -> list[tuple[str, str]]:
    """(case id, token) pairs found as plus-addresses or subject tags."""
    out: list[tuple[str, str]] = []
    for text in texts:
        out += [(m.group(1).upper(), m.group(2)) for m in PLUS_TOKEN.finditer(text or "")]
        out += [(m.group(1).upper(), m.group(2)) for m in SUBJECT_TOKEN.finditer(text or "") if m.group(2)]
    return out


def load_key(config: Config) -> bytes:
    """The HMAC key: secret file, else env var, else a key generated once into state_dir."""
    if config.reply_key_file:
        try:
            data = Path(config.reply_key_file).read_bytes().strip()
        except OSError as exc:
            raise ConfigError(f"reply_key_file {config.reply_key_file}: {exc.strerror}") from None
        if len(data) < 16:
            raise ConfigError(f"reply_key_file {config.reply_key_file}: key shorter than 16 bytes")
        return data
    if config.reply_key_env:
        value = os.environ.get(config.reply_key_env)
        if value is None or len(value) < 16:
            raise ConfigError(f"environment variable {config.reply_key_env} (reply_key_env) is not set or shorter than 16 characters")
        return value.encode("utf-8")
    path = config.state_dir / "reply.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, secrets.token_hex(32).encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
    return path.read_bytes().strip()
