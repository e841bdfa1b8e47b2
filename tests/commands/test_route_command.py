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


def test_route_of_a_missing_file_is_a_clear_error(capsys, tmp_path):
    try:
        main(["route", str(tmp_path / "missing.eml"), "--config", str(ROOT / "config.toml")])
    except SystemExit as exit_:
        assert exit_.code == 2
    else:
        raise AssertionError("expected exit 2")
    assert "missing.eml" in capsys.readouterr().err
