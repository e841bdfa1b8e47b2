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


def test_refusal_is_mailed_to_hq_desk_and_admins_through_the_outbox(tmp_path):
    import base64

    from daemon.config.load import load_config
    from daemon.config.watch import refusal_notice
    from daemon.app.desk import Desk
    from daemon.edges.render import Renderer
    from daemon.store.engine import Store
    from tests.helpers import Clock, replaced

    config = replaced(load_config(ROOT / "config.toml"), state_dir=tmp_path)
    store = Store(config.store_path)
    try:
        desk = Desk(config, store, Renderer(config.templates_dir, config.timezone), Clock())
        refusal_notice(desk.send_notice, config, ("config.toml:12: stations[3].district: 'Kotta' is not a configured district",), "ab" * 32)
        mails = store.pending_outgoing()
        assert len(mails) == 1
        assert mails[0]["to"] == ["scrb-hq-desk@police.example.in", "scrb-config-admin@police.example.in"]
        assert "Kotta" in store.outgoing_raw(mails[0]).decode("utf-8", "replace")
    finally:
        store.close()


def test_refusal_notice_needs_only_a_send_callback():
    from daemon.config.load import load_config
    from daemon.config.watch import refusal_notice

    sent = []
    refusal_notice(lambda *mail: sent.append(mail), load_config(ROOT / "config.toml"), ("a problem",), "cd" * 32)
    [(key, purpose, template, context, to)] = sent
    assert key == "CONFIG-" + "cd" * 8 and purpose == "config-refused" and template == "desk_notice"
    assert to == ("scrb-hq-desk@police.example.in", "scrb-config-admin@police.example.in")
    assert "a problem" in context["reason"] and context["source_subject"].endswith("config.toml")
