import pytest
from jinja2 import UndefinedError
from jinja2.exceptions import SecurityError

from daemon.core.case import open_case
from daemon.edges.render import Renderer, one_line
from daemon.core.report import Report
from daemon.core.risk import RiskLevel, RiskScore
from daemon.core.route import Route
from tests.helpers import ROOT, Clock

ROUTE = Route("PS Ratanada", "Jodhpur East", "Jodhpur", "station_place", 0.9, ("do@x",))


def forward_context(report):
    case = open_case("LL-2026-000001", report, RiskScore(0.91, RiskLevel.HIGH), ROUTE, authentic=True,
                     source_message_id=None, now=Clock()())
    return {"case": case, "report": report, "risk_label": "HIGH", "deadline_minutes": 5}


def test_forward_is_bilingual_and_carries_the_facts():
    report = Report(subject_name="Test Person", phones=("+919800000001",), post_text="alvida sab ko")
    mail = Renderer(ROOT / "templates").render("forward", forward_context(report))
    assert mail.subject == "[LL-2026-000001] HIGH risk — self-harm alert — PS Ratanada, Jodhpur East"
    for needle in ("Test Person", "+919800000001", "alvida sab ko", "14416", "ACK", "प्राप्त", "115"):
        assert needle in mail.text
    assert "Test Person" in mail.html


def test_html_part_escapes_report_text():
    report = Report(subject_name="<script>alert(1)</script>", post_text="a & b <b>bold</b>")
    mail = Renderer(ROOT / "templates").render("forward", forward_context(report))
    assert "<script>" not in mail.html and "&lt;script&gt;" in mail.html
    assert "<script>alert(1)</script>" in mail.text  # plain text is not HTML


def test_subject_cannot_carry_a_header_injection(tmp_path):
    (tmp_path / "t.subject.j2").write_text("Case {{ name }}")
    (tmp_path / "t.txt.j2").write_text("x")
    mail = Renderer(tmp_path).render("t", {"name": "x\r\nBcc: victim@example.org"})
    assert "\n" not in mail.subject and "\r" not in mail.subject


def test_missing_field_is_an_error_not_a_blank(tmp_path):
    (tmp_path / "t.subject.j2").write_text("{{ missing }}")
    (tmp_path / "t.txt.j2").write_text("x")
    with pytest.raises(UndefinedError):
        Renderer(tmp_path).render("t", {})


def test_templates_are_sandboxed(tmp_path):
    (tmp_path / "t.subject.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    (tmp_path / "t.txt.j2").write_text("x")
    with pytest.raises(SecurityError):
        Renderer(tmp_path).render("t", {})


def test_one_line_bounds_length():
    assert one_line("a\n b\t c") == "a b c"
    assert len(one_line("x" * 500, 50)) == 50


def test_forward_shows_the_level_and_both_probabilities():
    report = Report(subject_name="Test Person", post_text="alvida sab ko")
    context = forward_context(report)
    context["case"] = open_case("LL-2026-000001", report, RiskScore(0.8, RiskLevel.HIGH, p_high=0.71, p_risk=0.97),
                                ROUTE, authentic=True, source_message_id=None, now=Clock()())
    mail = Renderer(ROOT / "templates").render("forward", context)
    for part in (mail.text, mail.html):
        assert "HIGH" in part and "P(high) 0.71" in part and "P(any risk) 0.97" in part
    assert "उच्च खतरे की संभावना 0.71" in mail.text

