"""Canary ids carry an HMAC: only Lifeline can make a mail that counts as its canary."""

from datetime import datetime, timezone

from daemon.core.canary import found, new_id

KEY = b"k" * 32


def test_a_canary_id_is_found_only_with_its_token():
    cid = new_id(KEY, datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc))
    assert cid.startswith("CANARY-20261201060000-")
    assert found(KEY, [f"TEST {cid} — Lifeline canary"]) == cid
    assert found(KEY, [f"<{cid}.canary-forward.1@lifeline.police.example.in>"]) == cid
    forged = cid[:-1] + ("a" if cid[-1] != "a" else "b")
    assert found(KEY, [f"TEST {forged}"]) is None
    assert found(b"another key" * 3, [cid]) is None
