from datetime import datetime, timezone

from daemon.config.watch import ConfigWatcher
from tests.helpers import ROOT

SHIPPED = (ROOT / "config.toml").read_text(encoding="utf-8")
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)


def setup(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "rajasthan_pins.csv").write_text("pin,districts\n342003,Jodhpur\n")
    (tmp_path / "templates").symlink_to(ROOT / "templates")
    path = tmp_path / "config.toml"
    path.write_text(SHIPPED, encoding="utf-8")
    applied, refused = [], []
    watcher = ConfigWatcher(path, lambda: NOW, applied.append, lambda p, d: refused.append(p))
    return path, watcher, applied, refused


def test_good_edit_is_applied_once(tmp_path):
    path, watcher, applied, refused = setup(tmp_path)
    assert watcher.check() is None  # unchanged
    path.write_text(SHIPPED.replace('places = ["Sardarpura", "सरदारपुरा"]', 'places = ["Sardarpura", "सरदारपुरा", "Jalori Gate"]'))
    result = watcher.check()
    assert result.applied and not refused
    assert "Jalori Gate" in applied[0].station("PS Sardarpura").places
    assert watcher.check() is None


def test_bad_edit_is_refused_and_reported_once_then_a_fix_applies(tmp_path):
    path, watcher, applied, refused = setup(tmp_path)
    path.write_text(SHIPPED.replace('district = "Kota"', 'district = "Kotta"'))
    result = watcher.check()
    assert not result.applied and not applied
    assert any("'Kotta' is not a configured district" in p for p in refused[0])
    assert watcher.check() is None and len(refused) == 1  # same bad content: told once
    path.write_text(SHIPPED)
    assert watcher.check() is None  # back to the running content: nothing to do
    path.write_text(SHIPPED + "\n# a comment\n")
    assert watcher.check().applied


def test_roster_gap_is_refused_too(tmp_path):
    path, watcher, applied, refused = setup(tmp_path)
    path.write_text(SHIPPED.replace('officer = "si-e"\nstart = "20:00"\nend = "08:00"', 'officer = "si-e"\nstart = "20:00"\nend = "06:00"'))
    assert not watcher.check().applied
    assert any("roster gap" in p for p in refused[0])

