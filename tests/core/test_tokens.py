"""Reply tokens: deterministic per key and case, different across cases and keys."""

import os
import stat

import pytest

from daemon.config.schema import ConfigError
from daemon.config.secrets import load_key
from daemon.core.tokens import reply_to, token, tokens_in, valid
from tests.helpers import replaced, shipped_config

KEY = b"k" * 32


def test_token_depends_on_case_and_key():
    assert token(KEY, "LL-2026-000001") == token(KEY, "LL-2026-000001")
    assert token(KEY, "LL-2026-000001") != token(KEY, "LL-2026-000002")
    assert token(KEY, "LL-2026-000001") != token(b"x" * 32, "LL-2026-000001")
    assert valid(KEY, "LL-2026-000001", token(KEY, "LL-2026-000001").upper())
    assert not valid(KEY, "LL-2026-000002", token(KEY, "LL-2026-000001"))
    assert not valid(KEY, "LL-2026-000001", None)


def test_plus_address_round_trip():
    address = reply_to("scrb-sm-desk@police.example.in", KEY, "LL-2026-000123")
    assert address.startswith("scrb-sm-desk+LL-2026-000123.") and address.endswith("@police.example.in")
    [(case_id, found)] = tokens_in([f"Desk <{address}>"])
    assert case_id == "LL-2026-000123" and valid(KEY, case_id, found)
    tag = f"Re: [LL-2026-000123 {token(KEY, 'LL-2026-000123')}] HIGH"
    assert tokens_in([tag]) == [("LL-2026-000123", token(KEY, "LL-2026-000123"))]
    assert tokens_in(["Re: [LL-2026-000123] HIGH"]) == []


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
