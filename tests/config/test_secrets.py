"""Secrets named by config.toml, read at use time: server passwords and the reply-token key."""

import os
import stat

import pytest

from daemon.config.schema import ConfigError, ImapConfig
from daemon.config.secrets import load_key, password
from tests.helpers import replaced, shipped_config


def test_password_from_a_file_is_read_at_each_use(tmp_path):
    secret = tmp_path / "pw"
    secret.write_text("first\n", encoding="utf-8")
    server = ImapConfig(host="mail.example.in", password_file=str(secret))
    assert password(server) == "first"
    secret.write_text("rotated\n", encoding="utf-8")
    assert password(server) == "rotated"  # no restart needed


def test_password_from_env_and_missing_env(monkeypatch):
    server = ImapConfig(host="mail.example.in", password_env="LL_TEST_PW")
    monkeypatch.delenv("LL_TEST_PW", raising=False)
    with pytest.raises(ConfigError, match="LL_TEST_PW"):
        password(server)
    monkeypatch.setenv("LL_TEST_PW", "s3cret")
    assert password(server) == "s3cret"
    assert password(ImapConfig(host="mail.example.in")) is None


def test_loading_the_shipped_config_reads_no_secret(monkeypatch, tmp_path):
    monkeypatch.delenv("LIFELINE_IMAP_PASSWORD", raising=False)
    config = shipped_config(tmp_path)  # loads although the password variable is not set
    with pytest.raises(ConfigError, match="LIFELINE_IMAP_PASSWORD"):
        password(config.imap)


def test_generated_key_is_private_and_stable(tmp_path):
    config = shipped_config(tmp_path)
    first = load_key(config)
    assert load_key(config) == first and len(first) >= 32
    assert stat.S_IMODE(os.stat(tmp_path / "reply.key").st_mode) == 0o600


def test_key_from_env_and_missing_env(tmp_path, monkeypatch):
    config = replaced(shipped_config(tmp_path), reply_key_env="LL_TEST_KEY")
    monkeypatch.delenv("LL_TEST_KEY", raising=False)
    with pytest.raises(ConfigError, match="LL_TEST_KEY"):
        load_key(config)
    monkeypatch.setenv("LL_TEST_KEY", "s" * 20)
    assert load_key(config) == b"s" * 20


def test_key_file_too_short_or_missing(tmp_path):
    short = tmp_path / "short.key"
    short.write_bytes(b"tiny")
    with pytest.raises(ConfigError, match="shorter than 16 bytes"):
        load_key(replaced(shipped_config(tmp_path), reply_key_file=short))
    with pytest.raises(ConfigError, match="reply_key_file"):
        load_key(replaced(shipped_config(tmp_path), reply_key_file=tmp_path / "none.key"))
    good = tmp_path / "good.key"
    good.write_bytes(b"k" * 32 + b"\n")
    assert load_key(replaced(shipped_config(tmp_path), reply_key_file=good)) == b"k" * 32
