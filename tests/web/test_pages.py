"""The desk's pages from a real store: urgency order, no personal data on the status page,
personal data on a case page only when the config allows; the token guard; [web] checks."""

from __future__ import annotations

import asyncio
import base64
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer

from daemon.app.health import Health
from daemon.config.load import parse_config
from daemon.config.schema import ConfigError
from daemon.config.web import WebConfig
from daemon.store.engine import Store
from daemon.web import view
from daemon.web.metrics import Metrics
from daemon.web.server import WebServer
from tests.helpers import Clock, Handling, example, numbered_report, replaced, shipped_config

TOKEN = "a-long-desk-token-1234"


@pytest.fixture
def world(tmp_path):
    config = shipped_config(tmp_path)
    store = Store(config.store_path)
    clock = Clock()
    desk = Handling(config, store, clock, key=b"k" * 32)
    for uid, raw in enumerate((example("facebook_plain.eml"), numbered_report(2)), 1):
        desk.handle(raw, uid)
        clock.value += timedelta(minutes=1)
    health = Health(clock, "imap:993", "smtp:587")
    yield config, store, clock, health
    store.close()


def test_status_page_orders_by_urgency_and_hides_personal_data(world):
    config, store, clock, health = world
    clock.value += timedelta(minutes=5)  # the first case is now past its 5-minute deadline
    page = view.status_page(store.storage.read(), health, config, clock())
    assert [c["id"] for c in page["cases"]] == ["LL-2026-000001", "LL-2026-000002"]
    first = page["cases"][0]
    assert first["overdue"] and first["deadline"].endswith("IST") and first["risk_en"].startswith("UNKNOWN")
    assert first["told"][0]["who"] == "District control room" and first["told"][0]["status"] == "queued"
    flat = repr(page)
    for secret in ("Suresh Meghwal", "Test Person", "+91", "अलविदा"):
        assert secret not in flat
    assert page["today"]["reports"] == 2 and page["health"]["ready"] is False  # intake never connected


def test_case_page_shows_personal_data_only_when_allowed(world):
    config, store, clock, health = world
    hidden = view.case_page(store.storage.read(), "ll-2026-000001", config, clock())
    assert hidden["person"] is None and "Suresh Meghwal" not in repr(hidden)
    shown_config = replaced(config, web=WebConfig(show_personal_data=True))
    shown = view.case_page(store.storage.read(), "LL-2026-000001", shown_config, clock())
    assert shown["person"]["name"] == "Suresh Meghwal" and shown["person"]["phones"] == ["+919829041736"]
    assert view.case_page(store.storage.read(), "LL-2026-999999", config, clock()) is None


def _serve(world, token, requests):
    config, store, clock, health = world
    metrics = Metrics()
    metrics.watch(store.storage.read, health, lambda: 0)
    server = WebServer(lambda: config, health, store.storage.read, metrics, clock, token)

    async def go():
        async with TestClient(TestServer(server.app())) as client:
            return [(r.status, await r.text(), r.headers) for r in
                    [await client.get(path, headers=headers) for path, headers in requests]]

    return asyncio.run(go())


def test_token_guards_everything_but_the_probes(world):
    basic = "Basic " + base64.b64encode(f"desk:{TOKEN}".encode()).decode()
    results = _serve(world, TOKEN, [
        ("/", {}), ("/", {"Authorization": "Bearer wrong-token-xxxx"}), ("/", {"Authorization": basic}),
        ("/metrics", {"Authorization": f"Bearer {TOKEN}"}), ("/healthz", {}), ("/readyz", {}),
        ("/case/LL-2026-000001", {"Authorization": basic}),
    ])
    statuses = [r[0] for r in results]
    assert statuses == [401, 401, 200, 200, 200, 503, 200]
    assert "Basic" in results[0][2]["WWW-Authenticate"]
    page = results[2]
    assert "<meta name=\"viewport\"" in page[1] and "default-src 'none'" in page[2]["Content-Security-Policy"]
    assert "Suresh Meghwal" not in results[6][1]


def test_page_escapes_what_came_from_a_mail(world):
    config, store, clock, health = world
    data = store.get_case("LL-2026-000001")
    data["hold_reason"], data["state"] = "<script>alert(1)</script>", "held"
    store.put_case(data)
    [(status, text, _)] = _serve(world, None, [("/", {})])
    assert status == 200 and "<script>alert(1)" not in text and "&lt;script&gt;" in text


def test_non_loopback_listen_needs_a_token(tmp_path):
    import tomllib
    from tests.helpers import ROOT

    data = tomllib.loads((ROOT / "config.toml").read_text(encoding="utf-8"))
    data["web"] = {"listen": "0.0.0.0:9310"}
    with pytest.raises(ConfigError, match="web.*token_env or token_file"):
        parse_config(data)
    data["web"] = {"listen": "0.0.0.0:9310", "token": "inline"}
    with pytest.raises(ConfigError, match="secrets never live in config.toml"):
        parse_config(data)
    data["web"] = {"listen": "10.0.0.5:9310", "token_env": "LIFELINE_WEB_TOKEN"}
    assert parse_config(data).web.listen == "10.0.0.5:9310"
