"""Secrets named by config.toml, read at use time: server passwords and the reply-token key.

They never live in config.toml: an env var or a file names them. They are read where they
are used (the IMAP login, the SMTP login, the desk's reply tokens), not when the config is
loaded, so rotating a password needs no restart.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from daemon.config.schema import Config, ConfigError, ServerConfig
from daemon.store.private import make_dir


def password(server: ServerConfig) -> str | None:
    """The server's password: from password_file, else password_env; None when neither is set."""
    if server.password_file:
        return Path(server.password_file).read_text(encoding="utf-8").strip()
    if server.password_env:
        value = os.environ.get(server.password_env)
        if value is None:
            raise ConfigError(f"environment variable {server.password_env} (password_env) is not set")
        return value
    return None


def web_token(web) -> str | None:
    """The status page's token ([web] token_file, else token_env); None: no token (loopback
    only, which the schema enforces). Raises ConfigError naming the key."""
    if web.token_file:
        try:
            value = Path(web.token_file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"web.token_file {web.token_file}: {exc.strerror}") from None
    elif web.token_env:
        value = os.environ.get(web.token_env, "").strip()
        if not value:
            raise ConfigError(f"environment variable {web.token_env} (web.token_env) is not set")
    else:
        return None
    if len(value) < 12:
        raise ConfigError("the web token is shorter than 12 characters")
    return value


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
        make_dir(path.parent)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, secrets.token_hex(32).encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
    return path.read_bytes().strip()
