"""The daily summary: figures for a store with a day of cases, the chart (PNG from
matplotlib), ``lifeline summary`` printing and rendering them, and the mail with the chart
inline by Content-ID. The rendered summary's screenshot and chart are left in
tests/artifacts/ (git-ignored) for a person to look at."""

from __future__ import annotations

import email
import email.policy
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from daemon.config.load import load_config
from daemon.core.case import acknowledge, attend, close, open_case
from daemon.core.outgoing import FAILED, OutgoingMail
from daemon.core.report import Report
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.route import Route
from daemon.core.summary import summarise
from daemon.edges.chart import chart_png
from daemon.edges.compose import compose
from daemon.edges.render import Renderer
from daemon.handlers.summary import CHART_CID, summary_context
from daemon.store.engine import Store
from tests.helpers import ROOT, SHIPPED, link_places

ARTIFACTS = ROOT / "tests" / "artifacts"
DAY = date(2026, 11, 30)
T0 = datetime(2026, 11, 29, 19, 0, tzinfo=timezone.utc)  # 30 Nov 00:30 IST


def route(district: str) -> Route:
    return Route("PS X", district, district, "station_place", 0.9, ("do@police.example.in",))


def a_day_of_cases() -> tuple[list[dict], list[OutgoingMail]]:
    """Jaipur East: 5 cases acknowledged after 1..5 min, reached after 20 min; Jodhpur: two,
    one acknowledged after 10 min and one never; one unknown-risk case; one case of the day
    before, still open; one failed delivery."""
    cases, mails = [], []

    def add(n, district, level, ack_min=None, reach_min=None, closed=None, at=None):
        at = at or T0 + timedelta(hours=n)
        case = open_case(f"LL-2026-{n:06d}", Report(platform="facebook"), RiskScore(0.5, RiskLevel(level)),
                         route(district), authentic=True, source_message_id=None, now=at)
        if ack_min is not None:
            case = acknowledge(case, "do@police.example.in", at + timedelta(minutes=ack_min))
        if reach_min is not None:
            case = attend(case, "do@police.example.in", at + timedelta(minutes=reach_min))
        if closed:
            case = close(case, "do@police.example.in", at + timedelta(minutes=30), closed)
        cases.append(case.to_json())
        sent = replace(OutgoingMail.queued(f"{case.id}.forward.1@x", case.id, "forward", ("do@x",), at),
                       status="sent", sent_at=at + timedelta(seconds=2 + n))
        mails.append(sent)

    for n in range(1, 6):
        add(n, "Jaipur East", "high", ack_min=n, reach_min=20, closed="safe" if n < 4 else None)
    add(6, "Jodhpur Commissionerate", "medium", ack_min=10)
    add(7, "Jodhpur Commissionerate", "low")
    add(8, "Jaipur East", "unknown", ack_min=2, closed="false alarm")
    add(9, "Jaipur East", "high", at=T0 - timedelta(days=1))  # the day before, still open
    mails.append(replace(OutgoingMail.queued("LL-2026-000007.reminder.1@x", "LL-2026-000007", "reminder", ("do@x",),
                                             T0 + timedelta(hours=8)), status=FAILED, last_error="550"))
    return cases, mails


def test_the_figures_of_a_day():
    cases, mails = a_day_of_cases()
    s = summarise(DAY, "Asia/Kolkata", cases, mails)
    assert s.cases == 8 and s.reports == 8 and s.unknown_risk == 1 and s.delivery_failures == 1
    assert dict(s.by_risk) == {"high": 5, "medium": 1, "low": 1, "unknown": 1}
    assert dict(s.by_outcome) == {"safe": 3, "attended": 2, "acknowledged": 1, "forwarded": 1, "false alarm": 1}
    times = dict(s.times)
    jaipur = times["Jaipur East"]
    assert jaipur["acknowledge"].n == 6 and jaipur["acknowledge"].median == 120 and jaipur["acknowledge"].p90 == 300
    assert jaipur["reach"].median == 1200 and jaipur["forward"].n == 6
    assert times["Jodhpur Commissionerate"]["acknowledge"].n == 1
    assert s.never_acknowledged == ("LL-2026-000007",)
    assert s.still_open == ("LL-2026-000004", "LL-2026-000005", "LL-2026-000006", "LL-2026-000007", "LL-2026-000009")


def store_with_a_day(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "rajasthan_pins.csv").write_text("pin,districts\n342003,Jodhpur\n")
    link_places(tmp_path / "data")
    (tmp_path / "templates").symlink_to(ROOT / "templates")
    (tmp_path / "config.toml").write_text(SHIPPED, encoding="utf-8")
    config = load_config(tmp_path / "config.toml")
    store = Store(config.store_path)
    cases, mails = a_day_of_cases()
    for case in cases:
        store.put_case(case)
    for mail in mails:
        store.add_outgoing(mail, b"raw")
    store.close()
    return tmp_path / "config.toml"


def test_lifeline_summary_prints_and_renders_the_chart(tmp_path):
    path = store_with_a_day(tmp_path)
    printed = subprocess.run([sys.executable, "-m", "daemon", "summary", "--date", DAY.isoformat(), "--config", str(path)],
                             capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert printed.returncode == 0, printed.stderr
    assert "30 Nov 2026 (IST" in printed.stdout and "Never acknowledged / बिना उत्तर:     1" in printed.stdout
    assert "to acknowledge / उत्तर तक:     2.0 min / 5.0 min (6)" in printed.stdout  # 1, 2, 2, 3, 4, 5 min
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    html = ARTIFACTS / "summary.html"
    rendered = subprocess.run([sys.executable, "-m", "daemon", "summary", "--date", DAY.isoformat(), "--config", str(path),
                               "--html", str(html)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert rendered.returncode == 0, rendered.stderr
    text = html.read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,iVBOR' in text and "Jodhpur Commissionerate" in text
    figures = summarise(DAY, "Asia/Kolkata", *a_day_of_cases())
    png = chart_png(figures)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    (ARTIFACTS / "summary-chart.png").write_bytes(png)
    screenshot_summary(html)


def screenshot_summary(html) -> None:
    """The rendered summary in headless Chromium, full page, to tests/artifacts/summary.png."""
    chromium = shutil.which("chromium")
    if not chromium:
        pytest.skip("chromium is not installed: run `make system-deps`")
    out = ARTIFACTS / "summary.png"
    out.unlink(missing_ok=True)
    subprocess.run([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={out}", "--window-size=960,1400", html.as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert out.exists() and out.stat().st_size > 10_000


def test_the_summary_mail_carries_the_chart_inline():
    config = load_config(ROOT / "config.toml")
    figures = summarise(DAY, "Asia/Kolkata", *a_day_of_cases())
    rendered = Renderer(config.templates_dir, config.timezone).render("summary", summary_context(figures, f"cid:{CHART_CID}"))
    raw = compose(rendered, sender="lifeline@x.in", sender_name="Lifeline", to=("desk@x.in",), msgid="s@x",
                  date=datetime.now(timezone.utc), images=((CHART_CID, chart_png(figures)),))
    mail = email.message_from_bytes(raw, policy=email.policy.default)
    parts = {p.get_content_type(): p for p in mail.walk()}
    assert {"multipart/alternative", "multipart/related", "text/plain", "text/html", "image/png"} <= set(parts)
    assert parts["image/png"]["Content-ID"] == f"<{CHART_CID}>"
    assert f'src="cid:{CHART_CID}"' in parts["text/html"].get_content()
    assert "8 cases, 1 never acknowledged" in str(mail["Subject"])


def test_the_summary_is_due_for_yesterday_after_the_send_time_and_sent_once(tmp_path):
    from datetime import time as clock

    from daemon.app.apply import Applier, people_index
    from daemon.app.daily import due_day
    from daemon.app.parts import build
    from daemon.risk.scorer import UnknownScorer

    ist = timezone(timedelta(hours=5, minutes=30))
    assert due_day(datetime(2026, 12, 1, 7, 5, tzinfo=ist), "Asia/Kolkata", clock(7)) == (
        date(2026, 11, 30), datetime(2026, 12, 2, 7, 0, tzinfo=ist))
    day, nxt = due_day(datetime(2026, 12, 1, 6, 0, tzinfo=ist), "Asia/Kolkata", clock(7))
    assert day == date(2026, 11, 29) and nxt == datetime(2026, 12, 1, 7, 0, tzinfo=ist)

    path = store_with_a_day(tmp_path)
    config = load_config(path)
    store = Store(config.store_path)
    try:
        applier = Applier(store, people_index(store), lambda: datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc))
        parts = build(config, UnknownScorer("test"), b"k" * 32)
        figures = summarise(DAY, config.timezone, store.all_cases(), store.all_outgoing())
        assert applier.summary(parts, figures, chart_png(figures)) is True
        assert applier.summary(parts, figures, b"") is False  # once per day
        [mail] = [m for m in store.all_outgoing() if m.purpose == "summary"]
        assert set(mail.to) == {config.hq_desk, *config.admins}
        raw = email.message_from_bytes(store.outgoing_raw(mail), policy=email.policy.default)
        assert any(p.get_content_type() == "image/png" for p in raw.walk())
    finally:
        store.close()
