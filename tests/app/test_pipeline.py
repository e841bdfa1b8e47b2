"""The pipeline: declared stages, one model call per batch, reports and replies prepared."""

from datetime import datetime, timezone

from daemon.app.pipeline import STAGES, Pipeline
from daemon.core.risk import RiskLevel, RiskScore
from tests.helpers import example, numbered_report, shipped_config

NOW = datetime(2026, 11, 28, 21, 17, tzinfo=timezone.utc)


class CountingScorer:
    def __init__(self):
        self.calls = []

    def score_batch(self, texts):
        self.calls.append(len(texts))
        return [RiskScore(0.9, RiskLevel.HIGH) for _ in texts]


def test_the_stages_in_order():
    assert [name for name, _ in STAGES] == ["read", "authenticate", "score", "route"]


def test_a_batch_is_scored_in_one_model_call_and_each_report_routed(tmp_path):
    scorer = CountingScorer()
    pipe = Pipeline.build(shipped_config(tmp_path), scorer)
    batch = pipe.run([numbered_report(n) for n in range(1, 5)] + [example("officer_ack_reply.eml")], NOW)
    assert scorer.calls == [4]
    reports, [ack] = batch[:4], batch[4:]
    for mail in reports:
        assert mail.risk.level is RiskLevel.HIGH and mail.route.police_district and mail.verdict is not None
    assert ack.risk is None and ack.route is None and ack.verdict is None
    assert ack.reply_authenticated is False  # no Authentication-Results from our MTA


def test_a_report_without_a_post_is_unknown_risk_and_not_scored(tmp_path):
    scorer = CountingScorer()
    raw = example("facebook_plain.eml")
    start = raw.index(b"CONTENT OF CONCERN")
    without_post = raw[:start] + raw[raw.index(b"This information", start):]
    mail = Pipeline.build(shipped_config(tmp_path), scorer).one(without_post, NOW)
    assert mail.reading.report is not None and not mail.reading.report.post_text
    assert mail.risk == RiskScore(None, RiskLevel.UNKNOWN, "no post text to score") and scorer.calls == []


def test_held_reports_say_what_actually_failed(tmp_path):
    """Each way a "platform report" can fail authentication gives its own hold reason (once,
    every one said "sender is not a trusted platform domain")."""
    from daemon.store.engine import Store
    from tests.helpers import Clock, Handling

    config = shipped_config(tmp_path)
    store = Store(config.store_path)
    desk = Handling(config, store, Clock())
    genuine = example("facebook_plain.eml")
    ar = genuine[genuine.index(b"Authentication-Results:"):genuine.index(b"From: Facebook")]
    variants = {
        "DKIM failed": genuine.replace(b"dkim=pass", b"dkim=fail").replace(b"dmarc=pass", b"dmarc=fail"),
        "no results": genuine.replace(ar, b""),
        "untrusted results": genuine.replace(b"Authentication-Results: mail.police.example.in;",
                                             b"Authentication-Results: mx.attacker.example;"),
        "not a platform domain": genuine.replace(b"records@support.facebook.com", b"records@support.facebook-help.example"),
    }
    for n, (failure, raw) in enumerate(variants.items(), 1):
        raw = raw.replace(b"8812045567", f"55{n:08d}".encode()).replace(b"100078812345670", f"1000{n:011d}".encode())
        outcome = desk.handle(raw, n)
        case = store.get_case(outcome.case_id)
        assert case["state"] == "held", failure
        assert case["hold_reason"].startswith(f"not verified as sent by the platform: {failure}: "), case["hold_reason"]
    assert "sender is not a trusted platform domain" not in str(store.all_cases())
