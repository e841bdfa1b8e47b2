"""The forward as a duty officer sees it on a phone: the HTML part of a real report's
forward in headless Chromium at 390 px (mobile emulation). No sideways scroll, a viewport
tag, tap-to-call links, large reply words, the Hindi complete. The screenshot is left in
tests/artifacts/forward-phone.png for a person to look at."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from daemon.config.load import load_config
from daemon.core.case import arm, open_case
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.routing import route
from daemon.edges.render import Renderer
from daemon.handlers.mails import mail_context
from daemon.reading.reader import ReadingRules, read
from tests.e2e.desk_daemon import ARTIFACTS
from tests.e2e.test_desk_page import browser, screenshot
from tests.e2e.test_escalation import station_report
from tests.helpers import ROOT

pytestmark = pytest.mark.e2e

NOW = datetime(2026, 12, 1, 18, 30, tzinfo=timezone.utc)


def forward_html() -> str:
    config = load_config(ROOT / "config.toml")
    reading = read(station_report(), ReadingRules.from_config(config))
    case = open_case("LL-2026-000001", reading.report, RiskScore(0.93, RiskLevel.HIGH), route(reading.report, config, NOW),
                     authentic=True, source_message_id=reading.message.message_id, now=NOW)
    case = arm(case, NOW, config.minute_seconds, config.repeat_last_step_minutes)
    return Renderer(config.templates_dir, config.timezone).render("forward", mail_context(case)).html


def test_the_forward_reads_on_a_390px_phone():
    from selenium.webdriver.common.by import By

    html = forward_html()
    assert '<meta name="viewport"' in html and "FIR दर्ज न करें" in html
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = ARTIFACTS / "forward-phone.html"
    page.write_text(html, encoding="utf-8")
    driver = browser(390, 844, True)
    try:
        driver.get(page.as_uri())
        screenshot(driver, "forward-phone.png")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390, f"the page is {width}px wide: it scrolls sideways"
        calls = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href^='tel:']")]
        assert "tel:+919829041736" in calls and "tel:14416" in calls, calls
        words = driver.find_elements(By.CSS_SELECTOR, ".word")
        assert {"ACK", "प्राप्त", "REACHED", "NEED HELP"} <= {w.text for w in words}
        sizes = {float(w.value_of_css_property("font-size").removesuffix("px")) for w in words}
        assert min(sizes) >= 18, sizes  # the reply words are large
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "Suresh Meghwal" in body and "धारा 115" in body
    finally:
        driver.quit()
