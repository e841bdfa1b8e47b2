"""`lifeline route FILE.eml [--at TIME] [--json]`: the JSON keys other tools rely on."""

import json

from daemon.commands.cli import main
from tests.helpers import EXAMPLES, ROOT


def test_route_json_has_the_contract_keys(capsys):
    assert main(["route", str(EXAMPLES / "instagram_html.eml"), "--json", "--config", str(ROOT / "config.toml"),
                 "--at", "2026-11-29T03:45:00+05:30"]) == 0
    route = json.loads(capsys.readouterr().out)
    assert {"station", "police_district", "district", "matched_by", "confidence", "recipients"} <= set(route)
    assert route["district"] == "Kota" and route["recipients"]


def test_route_answers_every_mail_with_held_and_reason(capsys):
    for name, kind, held in (("facebook_plain.eml", "platform_report", False),
                             ("forwarded_by_cyber_cell.eml", "platform_report", True),
                             ("officer_ack_reply.eml", "ack_reply", True), ("out_of_office.eml", "auto_reply", True)):
        assert main(["route", str(EXAMPLES / name), "--json", "--config", str(ROOT / "config.toml")]) == 0, name
        data = json.loads(capsys.readouterr().out)
        assert (data["kind"], data["held"]) == (kind, held), name
        assert isinstance(data["reason"], str) and ("district" in data)
        if kind != "platform_report":
            assert data["district"] is None and data["reason"]
    assert "not verified" in json.loads(
        (main(["route", str(EXAMPLES / "forwarded_by_cyber_cell.eml"), "--json", "--config", str(ROOT / "config.toml")]),
         capsys.readouterr().out)[1])["reason"]


def test_route_of_a_missing_file_is_a_clear_error(capsys, tmp_path):
    try:
        main(["route", str(tmp_path / "missing.eml"), "--config", str(ROOT / "config.toml")])
    except SystemExit as exit_:
        assert exit_.code == 2
    else:
        raise AssertionError("expected exit 2")
    assert "missing.eml" in capsys.readouterr().err
