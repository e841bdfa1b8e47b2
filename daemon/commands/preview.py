"""Render what Lifeline would send for a saved report (.eml), without sending anything."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from daemon.core.case import arm, open_case
from daemon.commands.common import config_and_mail
from daemon.handlers.mails import mail_context
from daemon.reading.reader import ReadingRules, read
from daemon.edges.render import Renderer
from daemon.core.replies import Command
from daemon.core.risk import RiskLevel, RiskScore
from daemon.risk.scorer import UnknownScorer
from daemon.risk.onnx import load_scorer
from daemon.core.routing import route

TEMPLATES = ("forward", "reminder", "escalation", "repeat_update", "receipt", "status")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the report mail, as .eml")
    parser.add_argument("--template", default="forward", choices=TEMPLATES, help="which mail to render (default forward)")
    parser.add_argument("--config", type=Path, default=Path("config.toml"))


def run(args: argparse.Namespace) -> int:
    config, raw = config_and_mail(args.config, args.file)
    reading = read(raw, ReadingRules.from_config(config))
    if reading.report is None:
        print(f"lifeline: {args.file}: not a platform report (kind {reading.kind.value}); nothing to preview", file=sys.stderr)
        return 1
    now = datetime.now(timezone.utc)
    try:
        scorer = load_scorer(config.model_dir)
    except Exception:  # noqa: BLE001 - a preview without the model still shows the mail
        scorer = UnknownScorer()
    text = reading.report.post_text
    risk = scorer.score_batch([text])[0] if text else RiskScore(None, RiskLevel.UNKNOWN, "no post text")
    where = route(reading.report, config, now)
    case = arm(open_case("LL-PREVIEW", reading.report, risk, where, authentic=bool(reading.authentic),
                         source_message_id=reading.message.message_id, now=now), now, config.minute_seconds)
    extra = {
        "receipt": {"command": Command("ack", "", "ACK"), "result": "acknowledged"},
        "repeat_update": {"new_report": reading.report, "new_risk": risk.level.effective.value.upper(), "raised": False},
    }.get(args.template, {})
    if args.template in ("reminder", "escalation") and len(where.chain) > 1:
        from dataclasses import replace
        case = replace(case, step=1)
    mail = Renderer(config.templates_dir, config.timezone).render(args.template, mail_context(case, **extra))
    recipients = where.recipients if args.template != "escalation" else (where.chain[min(1, len(where.chain) - 1)].addresses)
    print(f"To: {', '.join(recipients)}")
    print(f"Subject: {mail.subject}\n")
    print(mail.text)
    return 0
