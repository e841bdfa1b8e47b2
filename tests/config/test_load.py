"""Loading config.toml: file:line: key: message for every problem, paths beside the file, PINs."""

from pathlib import Path

import pytest

from daemon.config.load import load_config, load_pins, parse_config
from daemon.config.schema import ConfigError
from daemon.core.districts import DISTRICTS
from tests.helpers import ROOT, SHIPPED, edited_config, line_with


def test_shipped_config_covers_all_41_districts_each_with_a_control_room():
    config = load_config(ROOT / "config.toml")
    assert sorted(d.name for d in config.districts) == sorted(DISTRICTS)
    assert all(d.control_room.endswith("@police.example.in") for d in config.districts)
    names = {p.name for p in config.police_districts}
    assert {"Jaipur East", "Jaipur West", "Jaipur North", "Jaipur South", "Jodhpur East", "Jodhpur West",
            "GRP Jodhpur", "GRP Ajmer", "Bhiwadi"} <= names
    assert config.pins["342003"] == ("Jodhpur",)


def test_unknown_key_names_path_and_line(tmp_path):
    path = edited_config(tmp_path, 'mailbox = "do-sardarpura-jdh@police.example.in"',
                         'mailbox = "do-sardarpura-jdh@police.example.in"\nmailboxx = "x@police.example.in"')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    n = line_with(path, "mailboxx")
    assert f"config.toml:{n}: stations[1].mailboxx: unknown key" in str(exc.value)


def test_bad_value_names_path_and_line(tmp_path):
    path = edited_config(tmp_path, 'end = "20:00"', 'end = "25:99"')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert "stations[1].shifts[0].end" in str(exc.value)
    assert f"config.toml:{line_with(path, '25:99')}:" in str(exc.value)


def test_unknown_district_and_chain_references(tmp_path):
    path = edited_config(tmp_path, 'district = "Kota"', 'district = "Kotta"\nchain = "nochain"')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    problems = exc.value.problems
    assert any("'Kotta' is not a configured district" in p and f":{line_with(path, 'Kotta')}:" in p for p in problems)
    assert any("'nochain' is not a configured chain" in p for p in problems)


def test_every_problem_is_listed_not_only_the_first(tmp_path):
    path = edited_config(tmp_path, 'hq_desk = "scrb-hq-desk@police.example.in"',
                         'hq_desk = "not-an-address"\nhq_dsek = "x@police.example.in"')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert len(exc.value.problems) == 2 and str(exc.value) == "\n".join(exc.value.problems)
    assert any(p.startswith(f"config.toml:{line_with(path, 'hq_dsek')}: lifeline.hq_dsek: unknown key")
               for p in exc.value.problems)


def test_missing_required_key(tmp_path):
    path = edited_config(tmp_path, 'hq_desk = "scrb-hq-desk@police.example.in"\n', "")
    with pytest.raises(ConfigError, match="lifeline.hq_desk: required key is missing"):
        load_config(path)


def test_relative_paths_are_beside_the_file(tmp_path):
    config = load_config(edited_config(tmp_path, 'state_dir = "var"', 'state_dir = "state/here"'))
    assert config.state_dir == tmp_path / "state" / "here"
    assert config.templates_dir == tmp_path / "templates" and config.pin_table == tmp_path / "data" / "rajasthan_pins.csv"
    assert config.path == tmp_path / "config.toml"
    absolute = load_config(edited_config(tmp_path, 'state_dir = "var"', f'state_dir = "{tmp_path / "abs"}"'))
    assert absolute.state_dir == tmp_path / "abs"


def test_unreadable_pin_table_names_the_key_and_line(tmp_path):
    path = edited_config(tmp_path, 'pin_table = "data/rajasthan_pins.csv"', 'pin_table = "data/missing.csv"')
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert str(exc.value).startswith(f"config.toml:{line_with(path, 'missing.csv')}: lifeline.pin_table: cannot read ")


def test_pin_table_format(tmp_path):
    csv = tmp_path / "pins.csv"
    csv.write_text("# comment\npin,districts\n342003,Jodhpur\n305901,Ajmer|Beawar\n\n", encoding="utf-8")
    assert load_pins(csv) == {"342003": ("Jodhpur",), "305901": ("Ajmer", "Beawar")}
    assert load_pins(None) == {}


def test_file_problems_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "none.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[lifeline\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(binary)


def test_data_without_a_file_resolves_against_the_working_folder(tmp_path, monkeypatch):
    import tomllib

    monkeypatch.chdir(ROOT)
    config = parse_config(tomllib.loads(SHIPPED))
    assert config.state_dir == Path.cwd() / "var" and config.path is None and config.pins


def test_feedback_is_off_by_default_on_when_set_and_a_typo_is_refused(tmp_path):
    assert load_config(ROOT / "config.toml").feedback.enabled is False  # the shipped file says so
    assert load_config(edited_config(tmp_path, "[feedback]\nenabled = false", "[feedback]\nenabled = true")).feedback.enabled
    path = edited_config(tmp_path, "[feedback]\nenabled = false", "[feedback]\nenable = true")
    with pytest.raises(ConfigError) as exc:
        load_config(path)
    assert f"config.toml:{line_with(path, 'enable = true')}: feedback.enable: unknown key" in str(exc.value)
