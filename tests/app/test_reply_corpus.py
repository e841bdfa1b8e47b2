"""The black-box reply corpus (tests/corpus/replies: 54 attacks, 16 genuine replies, written
without reading the code) through the real pipeline, handlers and store, each against a fresh,
forwarded, not yet acknowledged case, with the shipped config. Delivery as its README says:
an ``authenticated`` mail gets our MTA's stamp on top (a pass for the sending account's
domain); an ``external`` one arrives as our MTA would pass it on: our Received and our own
"no pass" stamp on top of what the attacker wrote (RFC 8601 section 5: our MTA prepends)."""

import pytest

from daemon.store.engine import Store
from tests.e2e import reply_corpus as rc
from tests.helpers import Clock, Handling, example, forward_id, replaced, shipped_config

# one set of conventions for both harnesses: filling, our MTA's headers and the judgement
# come from tests/e2e/reply_corpus.py (the end-to-end run of the same corpus)
MANIFEST = rc.manifest()
WHO = rc.people()


def station_report() -> bytes:
    return example("facebook_plain.eml").replace(b"City (profile): Jodhpur, Rajasthan", "City (profile): Malviya Nagar, Jaipur".encode())


def run(entry: dict, tmp_path, **changes):
    """(snapshot before, case after, sender, outcome): the template against a fresh forwarded
    case, delivered as our MTA passes it on (it stamps outside mail too: the +stamp runs)."""
    config = shipped_config(tmp_path)
    if changes:
        config = replaced(config, **changes)
    store = Store(config.store_path)
    try:
        desk = Handling(config, store, Clock())
        case_id = desk.handle(station_report(), 1).case_id
        before = rc.snapshot(store.get_case(case_id))
        mail = store.outgoing(forward_id(store, case_id))
        vals = rc.values(entry, rc.read_forward(store.outgoing_raw(mail), tuple(mail.to)), WHO)
        outcome = desk.handle(rc.rendered(entry, vals, stamp_external=True), 2)
        return before, store.get_case(case_id), vals["_sender"], outcome
    finally:
        store.close()


@pytest.mark.parametrize("entry", MANIFEST, ids=[e["file"].split("-")[0] for e in MANIFEST])
def test_each_corpus_reply_has_its_expected_outcome_with_the_shipped_config(entry, tmp_path):
    before, after, sender, outcome = run(entry, tmp_path)
    ok, seen = rc.verdict(entry, before, after, entry["expect"], sender)
    if entry.get("needs_auth_required"):
        # the one flaw is a missing authentication on a non-closing ACK: with the default
        # ("closing") such an ACK acts, as the architecture says; "all" stops it (below)
        assert after["state"] != "closed" and after["route"]["station"] == before["station"], seen
    else:
        assert ok, f"{entry['file']}: expected {entry['expect']}, observed {seen} ({outcome.action})"


@pytest.mark.parametrize("entry", [e for e in MANIFEST if e.get("needs_auth_required")],
                         ids=[e["file"].split("-")[0] for e in MANIFEST if e.get("needs_auth_required")])
def test_unauthenticated_acks_change_nothing_when_all_replies_must_be_authenticated(entry, tmp_path):
    before, after, sender, outcome = run(entry, tmp_path, reply_auth_required="all")
    ok, seen = rc.verdict(entry, before, after, "no_change", sender)
    assert ok, f"{seen} ({outcome.action})"
