"""Print (or render as HTML with its chart) the daily summary the desk gets, for one day."""

from __future__ import annotations

import argparse
import base64
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.commands.common import config_and_store
from daemon.core.outgoing import OutgoingMail
from daemon.core.summary import summarise
from daemon.edges.chart import chart_png
from daemon.edges.render import Renderer
from daemon.handlers.summary import summary_context


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", type=date.fromisoformat, default=None,
                        help="the local day, YYYY-MM-DD (default: yesterday in the config's time zone)")
    parser.add_argument("--html", type=Path, default=None, help="write the HTML summary, chart inline, to this file")
    parser.add_argument("--config", type=Path, default=Path("config.toml"))


def run(args: argparse.Namespace) -> int:
    config, data = config_and_store(args.config)
    day = args.date or (datetime.now(timezone.utc).astimezone(ZoneInfo(config.timezone)).date() - timedelta(days=1))
    outgoing = [OutgoingMail.from_json(row) for row in data.get("outbox", {}).values()]
    figures = summarise(day, config.timezone, data.get("cases", {}).values(), outgoing)
    renderer = Renderer(config.templates_dir, config.timezone)
    if args.html is None:
        print(renderer.render("summary", summary_context(figures, "")).text)
        return 0
    src = "data:image/png;base64," + base64.b64encode(chart_png(figures)).decode("ascii")
    mail = renderer.render("summary", summary_context(figures, src))
    args.html.write_text(mail.html or "", encoding="utf-8")
    print(f"{args.html}: summary of {day.isoformat()}, {figures.cases} cases")
    return 0
