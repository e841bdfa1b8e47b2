"""`lifeline cases list/show` and `lifeline preview` on real files."""

import shutil

from daemon.commands.cli import main
from daemon.store.engine import Store
from tests.helpers import EXAMPLES, ROOT, Clock, Handling, shipped_config


def config_file(tmp_path):
    """A copy of the shipped config whose state_dir is the temporary folder."""
    text = (ROOT / "config.toml").read_text(encoding="utf-8").replace('state_dir = "var"', f'state_dir = "{tmp_path / "state"}"', 1)
    text = text.replace('templates_dir = "templates"', f'templates_dir = "{ROOT / "templates"}"', 1)
    text = text.replace('pin_table = "data/rajasthan_pins.csv"', f'pin_table = "{ROOT / "data" / "rajasthan_pins.csv"}"', 1)
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_cases_list_and_show(tmp_path, capsys):
    path = config_file(tmp_path)
    config = shipped_config(tmp_path / "state")
    store = Store(config.store_path)
    desk = Handling(config, store, Clock(), key=b"k" * 32)
    raw = (EXAMPLES / "facebook_plain.eml").read_bytes()
    desk.handle(raw, 1)
    store.close()
    assert main(["cases", "list", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "LL-2026-000001" in out and "forwarded" in out and "Jodhpur" in out
    assert main(["cases", "show", "LL-2026-000001", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "timeline:" in out and "received" in out and "forwarded" in out and "district_control_room -> hq_desk" in out
    assert main(["cases", "show", "LL-2026-999999", "--config", str(path)]) == 1
    import json
    assert main(["cases", "show", "LL-2026-000001", "--json", "--config", str(path)]) == 0
    [mail] = json.loads(capsys.readouterr().out)["mails"]  # each outgoing mail's status, attempts, refusals
    assert mail["purpose"] == "forward" and mail["status"] == "pending" and mail["attempts"] == 0
    assert mail["refused"] == [] and mail["to"] == ["cr-jodhpur-comm@police.example.in"]


def test_preview_renders_without_sending(tmp_path, capsys):
    path = config_file(tmp_path)
    assert main(["preview", str(EXAMPLES / "facebook_plain.eml"), "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "To: cr-jodhpur-comm@police.example.in" in out and "Suresh Meghwal" in out and "Tele-MANAS" in out
    assert main(["preview", str(EXAMPLES / "facebook_plain.eml"), "--template", "escalation", "--config", str(path)]) == 0
    out = capsys.readouterr().out
    assert "ESCALATED" in out and "Suresh Meghwal" not in out  # summary only
    assert not (tmp_path / "state" / "lifeline.json").exists()  # nothing stored, nothing sent
    assert main(["preview", str(EXAMPLES / "officer_ack_reply.eml"), "--config", str(path)]) == 1
