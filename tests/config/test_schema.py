from pathlib import Path

import pytest

from daemon.config.schema import ConfigError
from daemon.config.load import load_config
from daemon.core.districts import DISTRICTS
from tests.helpers import ROOT

SHIPPED = (ROOT / "config.toml").read_text(encoding="utf-8")


def edited(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    assert old in SHIPPED
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "rajasthan_pins.csv").write_text("pin,districts\n342003,Jodhpur\n")
    path = tmp_path / "config.toml"
    path.write_text(SHIPPED.replace(old, new, count), encoding="utf-8")
    return path


def line_with(path: Path, text: str) -> int:
    return next(i for i, l in enumerate(path.read_text().splitlines(), 1) if text in l)


def test_shipped_config_covers_all_41_districts_each_with_a_control_room():
    config = load_config(ROOT / "config.toml")
    assert sorted(d.name for d in config.districts) == sorted(DISTRICTS)
    assert all(d.control_room.endswith("@police.example.in") for d in config.districts)
    names = {p.name for p in config.police_districts}
    assert {"Jaipur East", "Jaipur West", "Jaipur North", "Jaipur South", "Jodhpur East", "Jodhpur West",
            "GRP Jodhpur", "GRP Ajmer", "Bhiwadi"} <= names
    assert config.pins["342003"] == ("Jodhpur",)


def test_unknown_key_names_path_and_line(tmp_path):
    path = edited(tmp_path, 'mailbox = "do-sardarpura-jdh@police.example.in"',
                  'mailbox = "do-sardarpura-jdh@police.example.in"\nmailboxx = "x@police.example.in"')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    n = line_with(path, "mailboxx")
    assert f"config.toml:{n}: stations[1].mailboxx: unknown key" in str(exc.value)


def test_bad_value_names_path_and_line(tmp_path):
    path = edited(tmp_path, 'end = "20:00"', 'end = "25:99"')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert "stations[1].shifts[0].end" in str(exc.value)
    assert f"config.toml:{line_with(path, '25:99')}:" in str(exc.value)


def test_inline_password_is_refused(tmp_path):
    path = edited(tmp_path, 'password_env = "LIFELINE_IMAP_PASSWORD"', 'password = "hunter2"')
    with pytest.raises(ConfigError, match="secrets never live in config.toml"):
        load_config(path)


def test_unknown_district_and_chain_references(tmp_path):
    path = edited(tmp_path, 'district = "Kota"', 'district = "Kotta"\nchain = "nochain"')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    problems = exc.value.problems
    assert any("'Kotta' is not a configured district" in p and f":{line_with(path, 'Kotta')}:" in p for p in problems)
    assert any("'nochain' is not a configured chain" in p for p in problems)


def test_shift_for_an_unknown_officer(tmp_path):
    path = edited(tmp_path, 'officer = "si-e"', 'officer = "si-zz"')
    with pytest.raises(ConfigError, match="'si-zz' is not one of this station's officers"):
        load_config(path)


def test_district_outside_the_41_is_refused(tmp_path):
    path = edited(tmp_path, 'name = "Alwar"', 'name = "Anupgarh"')
    with pytest.raises(ConfigError, match="not one of Rajasthan's 41 districts"):
        load_config(path)


def test_config_is_frozen():
    config = load_config(ROOT / "config.toml")
    with pytest.raises(Exception):
        config.stations[0].mailbox = "x@police.example.in"
