"""The desk's status page in a real browser (Debian's headless Chromium through Selenium and
the system chromedriver) and /metrics parsed by prometheus_client, against a running daemon
on the dev mail stack with real cases: one acknowledged, one waiting, one held.

Screenshots (phone 390 px and desktop) are left in tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import base64
import re
import shutil
import time

import pytest
from prometheus_client.parser import text_string_to_metric_families

from daemon.dev.devstack.process import store_cases
from tests.conftest import running_stack
from tests.e2e.desk_daemon import ARTIFACTS, desk_daemon
from tests.e2e.test_escalation import reply, station_report
from tests.e2e.test_forward_ack import HQ, message_id, send_as, wait_until
from tests.helpers import numbered_report

pytestmark = pytest.mark.e2e

DO = "do-malviyanagar-jpr@police.example.in"
CHROMEDRIVER = "/usr/bin/chromedriver"


def forged(n: int) -> bytes:
    """A report whose dkim=pass was written by a server we do not run: held for the desk."""
    return numbered_report(n).replace(b"Authentication-Results: mail.police.example.in;",
                                      b"Authentication-Results: mx.attacker.example;")


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    with running_stack("lifeline-e2e-desk-") as stack:
        with desk_daemon(stack, tmp_path_factory.mktemp("desk")) as running:
            stack.deliver(HQ, station_report())  # LL-2026-000001: Malviya Nagar, acknowledged below
            wait_until(lambda: len(store_cases(running.store_path)) == 1, 20, "the first case")
            fwd = stack.wait_for(DO, lambda raw: b"LL-2026-000001.forward.1" in raw, timeout=10)
            send_as(stack, DO, reply(DO, "ACK", thread=message_id(fwd)))
            stack.deliver(HQ, numbered_report(2))  # LL-2026-000002: Jodhpur, waiting
            stack.deliver(HQ, forged(3))  # LL-2026-000003: held
            cases = lambda: {c["id"]: c["state"] for c in store_cases(running.store_path)}  # noqa: E731
            wait_until(lambda: cases() == {"LL-2026-000001": "acknowledged", "LL-2026-000002": "forwarded",
                                           "LL-2026-000003": "held"}, 30, "three cases in their states")
            yield running


def browser(width: int, height: int, phone: bool):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not shutil.which("chromium") or not shutil.which(CHROMEDRIVER):
        pytest.skip("chromium + chromium-driver are not installed: run `make system-deps`")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--lang=en-IN"):
        options.add_argument(arg)
    if phone:  # a phone honours <meta name=viewport>; a desktop window would not show the bug
        options.add_experimental_option("mobileEmulation", {
            "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2},
            "userAgent": "Mozilla/5.0 (Linux; Android 14) Mobile"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def screenshot(driver, name: str) -> None:
    """The whole page, not just the first screen (DevTools: capture beyond the viewport)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
    (ARTIFACTS / name).write_bytes(base64.b64decode(shot["data"]))


@pytest.mark.parametrize("width,height,phone", [(390, 844, True), (1366, 900, False)], ids=["phone", "desktop"])
def test_status_page_shows_cases_held_reports_and_health(desk, width, height, phone):
    from selenium.webdriver.common.by import By

    driver = browser(width, height, phone)
    try:
        started = time.perf_counter()
        driver.get(desk.url + "/")
        loaded = driver.execute_script(
            "const t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime;")
        print(f"PAGE LOAD {width}px: {loaded:.0f} ms in the browser, {1000 * (time.perf_counter() - started):.0f} ms round trip")
        text = driver.find_element(By.TAG_NAME, "body").text
        screenshot(driver, f"status-{'phone' if phone else 'desktop'}.png")

        open_cases = driver.find_element(By.ID, "open")
        waiting = open_cases.find_element(By.ID, "case-LL-2026-000002")
        acked = open_cases.find_element(By.ID, "case-LL-2026-000001")
        # the unacknowledged case comes first: it is the one that needs someone now
        order = [a.get_attribute("id") for a in open_cases.find_elements(By.TAG_NAME, "article")]
        assert order == ["case-LL-2026-000002", "case-LL-2026-000001"]
        assert "HIGH" in waiting.text and "Waiting for acknowledgement" in waiting.text
        assert "not yet" in waiting.text and re.search(r"Deadline\nसमय सीमा\nin \d+ (min|s) \(\d\d:\d\d IST\)", waiting.text)
        assert "District control room: sent" in waiting.text and "IST" in waiting.text
        assert "1 of 2" in waiting.text  # Jodhpur: control room, then the HQ desk
        assert f"{DO} at" in acked.text and "Acknowledged" in acked.text
        assert "Station duty officer: sent" in acked.text

        held = driver.find_element(By.ID, "held")
        assert "LL-2026-000003" in held.text and "not verified as sent by the platform" in held.text

        health = driver.find_element(By.ID, "health")
        assert "connected (IDLE)" in driver.find_element(By.ID, "health-intake").text
        assert "working" in driver.find_element(By.ID, "health-smtp").text
        assert "loaded" in driver.find_element(By.ID, "health-model").text or "unknown" in health.text
        today = driver.find_element(By.ID, "today").text
        assert "3\nreports" in today.replace(" रिपोर्ट", "")
        assert "खुले मामले" in text and "आज" in text  # Hindi labels

        # no personal data on the status page
        for secret in ("Suresh Meghwal", "Test Person", "98290", "+91", "अलविदा"):
            assert secret not in text, secret
        # readable on a phone: nothing wider than the screen
        overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"page is {overflow}px wider than the {width}px screen"

        driver.find_element(By.LINK_TEXT, "LL-2026-000002").click()
        case_text = driver.find_element(By.TAG_NAME, "body").text
        assert "LL-2026-000002" in case_text and "Timeline" in case_text and "forward" in case_text
        assert "Test Person 2" not in case_text and "show_personal_data = false" in case_text
        assert driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0
        screenshot(driver, f"case-{'phone' if phone else 'desktop'}.png")
    finally:
        driver.quit()


def test_metrics_scrape_parses_and_counts_the_cases(desk):
    started = time.perf_counter()
    status, body = desk.get("/metrics")
    print(f"METRICS SCRAPE {1000 * (time.perf_counter() - started):.1f} ms, {len(body)} bytes")
    assert status == 200
    samples = {}
    for family in text_string_to_metric_families(body.decode("utf-8")):
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    assert samples[("lifeline_intake_mails_total", (("kind", "platform_report"),))] == 3
    assert samples[("lifeline_intake_mails_total", (("kind", "ack_reply"),))] == 1
    assert samples[("lifeline_cases", (("risk", "high"), ("state", "held")))] == 1
    assert samples[("lifeline_cases", (("risk", "high"), ("state", "acknowledged")))] == 1
    assert samples[("lifeline_time_to_forward_seconds_count", (("district", "Jaipur"),))] == 1
    assert samples[("lifeline_time_to_forward_seconds_count", (("district", "Jodhpur"),))] == 1
    assert samples[("lifeline_time_to_acknowledge_seconds_count", (("district", "Jaipur"),))] == 1
    assert samples[("lifeline_queue_depth", (("queue", "held_cases"),))] == 1
    assert samples[("lifeline_link_up", (("link", "intake"),))] == 1
    assert samples[("lifeline_ready", ())] == 1
    assert samples[("lifeline_last_intake_timestamp_seconds", ())] > time.time() - 600
    assert samples[("lifeline_model_seconds_count", ())] >= 1
    assert ("lifeline_escalations_total", (("district", "Jodhpur"),)) not in samples  # none yet
    assert desk.get("/healthz")[0] == 200 and desk.ready()["status"] == 200
