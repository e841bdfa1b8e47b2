"""The last good config: kept (0600, atomically) when a config passes the validator, and
started on when the file on disk is refused; without one, the file's own error stands."""

import json
import re
import os
import stat
from datetime import datetime, timedelta, timezone

import pytest

from daemon.config import lastgood
from daemon.config.load import load_checked
from daemon.config.schema import ConfigError
from tests.config.test_watch import SHIPPED, setup

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def refused(path):
    with pytest.raises(ConfigError) as exc:
        load_checked(path, NOW)
    return exc.value


def test_a_good_config_is_kept_once_with_its_first_time_and_0600(tmp_path):
    path, *_ = setup(tmp_path)
    config = load_checked(path, NOW)
    assert lastgood.keep(config, NOW)
    assert not lastgood.keep(load_checked(path, NOW), NOW + timedelta(hours=1))  # same text: unchanged
    kept_file = config.state_dir / lastgood.FILE
    assert stat.S_IMODE(os.stat(kept_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(config.state_dir).st_mode) == 0o700
    kept = lastgood.read(config.state_dir)
    assert kept.text == SHIPPED and kept.saved_at == NOW and kept.source == str(path.resolve())
    assert not [p for p in os.listdir(config.state_dir) if p.endswith(".tmp")]


@pytest.mark.parametrize("broken, why", [
    (SHIPPED.replace('district = "Kota"', 'district = "Kotta"', 1),  # refused by cross-references
     r"config\.toml:\d+: stations\[\d+\]\.district: 'Kotta' is not a configured district"),
    (SHIPPED.replace("[summary]", "[summary", 1),  # not even TOML: state_dir is read from its line
     r"config\.toml: not valid TOML: .* \(at line \d+, column \d+\)"),
])
def test_a_refused_file_starts_on_the_last_good_one_and_says_why_with_file_and_line(tmp_path, broken, why):
    path, *_ = setup(tmp_path)
    lastgood.keep(load_checked(path, NOW), NOW)
    path.write_text(broken, encoding="utf-8")
    problem = refused(path)
    config, line = lastgood.start_on(path, problem, NOW + timedelta(days=1))
    assert config.source_text == SHIPPED and config.path == path.resolve()
    assert config.station("PS Sardarpura") is not None
    assert line.startswith("running on the last good config of 01 Dec 2026 05:30 IST; config.toml refused: ")
    assert re.search(why, line), line


def test_without_a_last_good_copy_the_files_own_error_stands(tmp_path):
    path, *_ = setup(tmp_path)
    path.write_text(SHIPPED.replace('district = "Kota"', 'district = "Kotta"', 1), encoding="utf-8")
    problem = refused(path)
    with pytest.raises(ConfigError) as exc:
        lastgood.start_on(path, problem, NOW)
    assert "'Kotta' is not a configured district" in str(exc.value) and "no last good config" in str(exc.value)
    assert exc.value.problems == problem.problems


def test_a_last_good_copy_of_another_file_is_not_used(tmp_path):
    path, *_ = setup(tmp_path)
    lastgood.keep(load_checked(path, NOW), NOW)
    state = load_checked(path, NOW).state_dir
    data = json.loads((state / lastgood.FILE).read_text())
    data["source"] = str(tmp_path / "other.toml")
    (state / lastgood.FILE).write_text(json.dumps(data))
    path.write_text(SHIPPED.replace('district = "Kota"', 'district = "Kotta"', 1), encoding="utf-8")
    with pytest.raises(ConfigError):
        lastgood.start_on(path, refused(path), NOW)


def test_a_last_good_copy_that_no_longer_passes_is_refused_too_naming_both(tmp_path):
    path, *_ = setup(tmp_path)
    config = load_checked(path, NOW)
    lastgood.keep(config, NOW)
    state = config.state_dir
    data = json.loads((state / lastgood.FILE).read_text())
    data["text"] = SHIPPED.replace('district = "Kota"', 'district = "Kotah"', 1)
    (state / lastgood.FILE).write_text(json.dumps(data))
    path.write_text(SHIPPED.replace('district = "Kota"', 'district = "Kotta"', 1), encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        lastgood.start_on(path, refused(path), NOW)
    assert "Kotta" in str(exc.value) and "Kotah" in str(exc.value) and "refused too" in str(exc.value)
