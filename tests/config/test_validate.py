"""The one validator: references across tables, and the findings a schema-valid config can
still have, applied alike by ``check-config``, hot reload (test_watch.py) and ``lifeline run``."""

import os
import subprocess
import sys
import tomllib
from datetime import datetime, timezone

import pytest

from daemon.config.load import load_checked, load_config
from daemon.config.schema import Config, ConfigError
from daemon.config.validate import cross_references, findings
from tests.helpers import ROOT, SHIPPED, link_places

NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)
NIGHT = 'officer = "si-e"\nstart = "20:00"\nend = "08:00"'
GAP = 'officer = "si-e"\nstart = "20:00"\nend = "06:00"'


def written(tmp_path, old=None, new=""):
    (tmp_path / "data").mkdir(exist_ok=True)
    (tmp_path / "data" / "rajasthan_pins.csv").write_text("pin,districts\n342003,Jodhpur\n")
    link_places(tmp_path / "data")
    if not (tmp_path / "templates").exists():
        (tmp_path / "templates").symlink_to(ROOT / "templates")
    assert old is None or old in SHIPPED
    path = tmp_path / "config.toml"
    path.write_text(SHIPPED if old is None else SHIPPED.replace(old, new, 1), encoding="utf-8")
    return path


def test_cross_references_name_the_key_path():
    data = tomllib.loads(SHIPPED.replace('district = "Kota"', 'district = "Kotta"', 1))
    config = Config.model_validate(data)
    [(loc, message)] = cross_references(config)
    assert loc[0] == "stations" and loc[2] == "district" and "'Kotta' is not a configured district" in message
    assert config.stations[loc[1]].district == "Kotta"


def test_shipped_config_has_no_findings():
    assert findings(load_config(ROOT / "config.toml"), NOW) == []


def test_each_kind_of_finding_names_its_key(tmp_path):
    assert any(": stations[PS Sardarpura]: roster gap" in f for f in findings(load_config(written(tmp_path, NIGHT, GAP)), NOW))
    found = findings(load_config(written(tmp_path, 'templates = ["forward", "desk_notice"]', 'templates = ["forward", "nope"]')), NOW)
    assert len(found) == 1 and found[0].startswith("config.toml:")
    assert found[0].endswith(f": lifeline.templates: template 'nope' not found in {tmp_path / 'templates'}")
    found = findings(load_config(written(tmp_path, 'aliases = ["अलवर"]', 'aliases = ["अलवर", "Beawar"]')), NOW)
    assert any("routing would be ambiguous" in f for f in found)


def test_load_checked_refuses_what_findings_find(tmp_path):
    assert load_checked(written(tmp_path), NOW).hq_desk == "scrb-hq-desk@police.example.in"
    with pytest.raises(ConfigError) as exc:
        load_checked(written(tmp_path, NIGHT, GAP), NOW)
    assert any("roster gap" in p for p in exc.value.problems)
    with pytest.raises(ConfigError, match="is not a configured district"):
        load_checked(written(tmp_path, 'district = "Kota"', 'district = "Kotta"'), NOW)


def test_run_refuses_a_config_that_check_config_refuses(tmp_path):
    """Today's shifts are whatever they are; a station with nobody on duty from 06:00 to
    08:00 every day has a gap in any 7 days, so ``run`` must not start on it."""
    path = written(tmp_path, NIGHT, GAP)
    state = tmp_path / "var"
    result = subprocess.run([sys.executable, "-m", "daemon", "run", "--config", str(path)],
                            capture_output=True, text=True, timeout=60, cwd=ROOT, env={**os.environ})
    assert result.returncode == 2, result.stderr
    assert "lifeline: config:" in result.stderr and "roster gap" in result.stderr
    assert not (state / "lifeline.json").exists()  # refused before the store was opened


def test_reply_auth_required_old_values_migrate_or_are_refused_naming_the_key(tmp_path):
    assert load_config(written(tmp_path)).reply_auth_required == "closing"  # the default
    top = "[lifeline]\n"
    assert load_config(written(tmp_path, top, top + "reply_auth_required = true\n")).reply_auth_required == "all"
    with pytest.raises(ConfigError, match=r"config.toml:\d+: lifeline.reply_auth_required: .*false is no longer accepted"):
        load_config(written(tmp_path, top, top + "reply_auth_required = false\n"))
    with pytest.raises(ConfigError, match="lifeline.reply_auth_required"):
        load_config(written(tmp_path, top, top + 'reply_auth_required = "sometimes"\n'))


def test_reply_auth_required_with_no_way_to_authenticate_is_refused(tmp_path):
    blind = SHIPPED.replace('trusted_authserv_ids = ["mail.police.example.in"]', "trusted_authserv_ids = []").replace(
        "verify_dkim = true", "verify_dkim = false")
    path = written(tmp_path)
    path.write_text(blind, encoding="utf-8")
    with pytest.raises(ConfigError, match="lifeline.reply_auth_required: 'closing' needs a way to authenticate replies"):
        load_config(path)
    path.write_text(blind.replace("[lifeline]\n", '[lifeline]\nreply_auth_required = "none"\n', 1), encoding="utf-8")
    assert load_config(path).reply_auth_required == "none"
