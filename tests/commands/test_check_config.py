import argparse
from pathlib import Path

from daemon.commands import check_config
from tests.helpers import ROOT

SHIPPED = (ROOT / "config.toml").read_text(encoding="utf-8")
AT = "2026-12-01T00:00"


def check(tmp_path: Path, capsys, old: str | None = None, new: str = "") -> tuple[int, str]:
    text = SHIPPED if old is None else SHIPPED.replace(old, new, 1)
    assert old is None or old in SHIPPED
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "rajasthan_pins.csv").write_text((ROOT / "data" / "rajasthan_pins.csv").read_text())
    (tmp_path / "data" / "rajasthan_places.csv").unlink(missing_ok=True)
    (tmp_path / "data" / "rajasthan_places.csv").symlink_to(ROOT / "data" / "rajasthan_places.csv")
    (tmp_path / "templates").symlink_to(ROOT / "templates")
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    rc = check_config.run(argparse.Namespace(path=path, at=AT))
    return rc, capsys.readouterr().out


def test_shipped_config_is_clean(tmp_path, capsys):
    rc, out = check(tmp_path, capsys)
    assert rc == 0, out
    assert "41 districts" in out


def test_roster_gap_is_found(tmp_path, capsys):
    rc, out = check(tmp_path, capsys, 'officer = "si-e"\nstart = "20:00"\nend = "08:00"',
                    'officer = "si-e"\nstart = "20:00"\nend = "06:00"')
    assert rc == 1
    assert "stations[PS Sardarpura]: roster gap" in out and "06:00 - " in out


def test_chain_not_ending_at_a_24x7_desk(tmp_path, capsys):
    rc, out = check(tmp_path, capsys, '  { who = "district_control_room", wait = { high = 5, medium = 10, low = 30, unknown = 5 } },\n  { who = "hq_desk" },\n]\n\n# -',
                    '  { who = "sho" },\n]\n\n# -')
    assert rc == 1 and "chains.railway: the last step is 'sho', not a 24x7 desk" in out


def test_unknown_template_name(tmp_path, capsys):
    rc, out = check(tmp_path, capsys, 'templates = ["forward", "desk_notice"]', 'templates = ["forward", "fowrard_hi"]')
    assert rc == 1 and "template 'fowrard_hi' not found" in out


def test_duplicate_alias_across_districts(tmp_path, capsys):
    rc, out = check(tmp_path, capsys, 'aliases = ["अलवर"]', 'aliases = ["अलवर", "Kotah"]')
    rc2, out2 = check(tmp_path / "x" if (tmp_path / "x").mkdir() is None else tmp_path, capsys,
                      'aliases = ["अलवर"]', 'aliases = ["अलवर", "Beawar"]')
    assert rc == 0, out  # a new alias nobody else uses is fine
    assert rc2 == 1 and "routing would be ambiguous" in out2 and "district Alwar" in out2


def test_schema_errors_exit_non_zero_with_line(tmp_path, capsys):
    rc, out = check(tmp_path, capsys, 'hq_desk = "scrb-hq-desk@police.example.in"', 'hq_desk = "not-an-address"')
    assert rc == 1 and "lifeline.hq_desk" in out and "config.toml:" in out
