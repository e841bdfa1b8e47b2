"""The audit chain: written with the case transaction, and any edit or deletion is found."""

import json

from daemon.commands.cli import main
from daemon.store.audit import GENESIS, Head, chain, verify_file, verify_lines
from daemon.store.engine import Store
from tests.helpers import ROOT, Clock, Handling, example, shipped_config
from tests.app.test_apply import officer_reply


def run_desk(tmp_path):
    config = shipped_config(tmp_path)
    store = Store(config.store_path)
    desk = Handling(config, store, Clock())
    case_id = desk.handle(example("facebook_plain.eml"), 1).case_id
    desk.handle(officer_reply(case_id, "cr-jodhpur-comm@police.example.in", store=store), 2)
    desk.handle(example("forwarded_by_cyber_cell.eml"), 3)
    return config, store, case_id


def lines(store):
    return store.audit_path.read_bytes().splitlines()


def test_every_case_event_is_chained_in_order(tmp_path):
    config, store, case_id = run_desk(tmp_path)
    entries = [json.loads(x) for x in lines(store)]
    assert [(e["case_id"], e["kind"]) for e in entries] == [
        (case_id, "received"), (case_id, "forwarded"), (case_id, "acknowledged"),
        ("LL-2026-000002", "received"), ("LL-2026-000002", "held"),
    ]
    assert entries[0]["prev"] == GENESIS
    assert all(b["prev"] == a["hash"] for a, b in zip(entries, entries[1:]))
    assert Head(5, entries[-1]["hash"]) == store.audit.head
    assert verify_file(store.audit_path, store.audit.head).ok
    # the person's words never sit in the append-only log, only their hash
    assert "detail" not in entries[2] and len(entries[2]["detail_sha256"]) == 64
    store.close()


def test_chain_written_in_the_same_durable_write_as_the_case(tmp_path):
    config, store, _ = run_desk(tmp_path)
    store.close()
    reopened = Store(config.store_path)
    assert reopened.audit.head.seq == 5
    reopened.close()


def test_uncommitted_tail_from_a_crash_is_cut_on_open(tmp_path):
    config, store, _ = run_desk(tmp_path)
    head = store.audit.head
    store.close()
    extra = chain(head, "LL-2026-000009", [{"at": "2026-11-28T21:20:00Z", "kind": "received", "actor": "lifeline"}])
    with open(config.store_path.with_name("lifeline-audit.jsonl"), "ab") as f:
        f.write(json.dumps(extra[0].__dict__).encode() + b"\n" + b'{"seq": 7, "torn')
    reopened = Store(config.store_path)
    assert len(lines(reopened)) == 5 and verify_file(reopened.audit_path, reopened.audit.head).ok
    reopened.close()


def test_edit_is_found_and_located(tmp_path):
    config, store, _ = run_desk(tmp_path)
    raw = lines(store)
    entry = json.loads(raw[2])
    entry["actor"] = "someone-else@police.example.in"
    raw[2] = json.dumps(entry).encode()
    result = verify_lines(raw, store.audit.head)
    assert not result.ok and "line 3" in result.problems[0] and "edited" in result.problems[0]
    store.close()


def test_edit_with_recomputed_hash_breaks_the_next_link(tmp_path):
    from daemon.store.audit import AuditEntry, entry_hash

    config, store, _ = run_desk(tmp_path)
    raw = lines(store)
    entry = AuditEntry(**json.loads(raw[1]))
    forged = AuditEntry(**{**entry.body(), "kind": "closed", "hash": ""})
    forged = AuditEntry(**{**forged.body(), "hash": entry_hash(forged.body())})
    raw[1] = json.dumps(forged.__dict__).encode()
    result = verify_lines(raw, store.audit.head)
    assert not result.ok and "line 3" in result.problems[0] and "does not link" in result.problems[0]
    store.close()


def test_deletion_in_the_middle_and_at_the_end_are_found(tmp_path):
    config, store, _ = run_desk(tmp_path)
    raw = lines(store)
    middle = verify_lines(raw[:2] + raw[3:], store.audit.head)
    assert not middle.ok and "line 3" in middle.problems[0] and "deleted" in middle.problems[0]
    end = verify_lines(raw[:-1], store.audit.head)
    assert not end.ok and "entries at the end were deleted" in end.problems[0]
    store.close()


def test_cli_verify_ok_then_broken(tmp_path, capsys):
    config_text = (ROOT / "config.toml").read_text().replace('state_dir = "var"', f'state_dir = "{tmp_path}"')
    config_text = config_text.replace('templates_dir = "templates"', f'templates_dir = "{ROOT / "templates"}"')
    config_text = config_text.replace('pin_table = "data/', f'pin_table = "{ROOT / "data"}/')
    config_text = config_text.replace('places_table = "data/', f'places_table = "{ROOT / "data"}/')
    (tmp_path / "config.toml").write_text(config_text)
    config, store, _ = run_desk(tmp_path)
    store.close()
    assert main(["audit", "verify", "--config", str(tmp_path / "config.toml")]) == 0
    assert "5 entries" in capsys.readouterr().out
    raw = config.store_path.with_name("lifeline-audit.jsonl").read_bytes().splitlines()
    config.store_path.with_name("lifeline-audit.jsonl").write_bytes(b"\n".join(raw[:1] + raw[2:]) + b"\n")
    assert main(["audit", "verify", "--config", str(tmp_path / "config.toml")]) == 1
    assert "line 2" in capsys.readouterr().err
