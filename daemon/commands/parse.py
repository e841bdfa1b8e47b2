"""Print how Lifeline reads a mail file (kind and extracted fields)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from daemon.commands.common import config_or_exit
from daemon.reading.reader import ReadingRules, read

# Without --config: the platform domains are ReadingRules' default (daemon.core.domains).
DEFAULT_RULES = ReadingRules(
    message_id_domain="lifeline.police.example.in",
    own_addresses=("scrb-sm-desk@police.example.in", "scrb-hq-desk@police.example.in"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="an .eml file")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--config", type=Path, help="config.toml (for trusted domains)")


def run(args: argparse.Namespace) -> int:
    rules = DEFAULT_RULES
    if args.config:
        rules = ReadingRules.from_config(config_or_exit(args.config))
    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        print(f"{args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    reading = read(raw, rules)
    data = reading.to_json()
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        for key, value in data.items():
            print(f"{key:>15}: {value}")
    return 0
