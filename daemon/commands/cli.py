"""The ``lifeline`` command. Each subcommand lives in its own module under daemon/commands."""

from __future__ import annotations

import argparse
import importlib
import sys

# name -> module under daemon.commands; each module has add_arguments(parser) and run(args) -> int
COMMANDS = {
    "run": "run",
    "devstack": "devstack",
    "parse": "parse",
    "audit": "audit",
    "check-config": "check_config",
    "route": "route",
    "preview": "preview",
    "cases": "cases",
    "score": "score",
    "summary": "summary",
    "feedback": "feedback",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lifeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(f"daemon.commands.{module_name}")
        sub_parser = sub.add_parser(name, help=(module.__doc__ or "").strip().splitlines()[0])
        module.add_arguments(sub_parser)
        sub_parser.set_defaults(run_command=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run_command(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
