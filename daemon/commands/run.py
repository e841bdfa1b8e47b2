"""Run the daemon: watch the HQ mailbox and forward reports until SIGTERM/SIGINT."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from daemon.app import logs
from daemon.config import lastgood
from daemon.config.load import load_checked
from daemon.config.schema import ConfigError
from daemon.store.engine import StoreError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, default=Path("config.toml"), help="config.toml (default: ./config.toml)")
    parser.add_argument("--log-level", default="INFO", type=str.upper,
                        choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    parser.add_argument("--log-format", default="text", choices=logs.FORMATS,
                        help="text (default) or json: one object per line, for a log collector")


def run(args: argparse.Namespace) -> int:
    os.umask(0o077)  # whatever the daemon creates is its own (state folder 0700/0600; daemon.store.private)
    logs.setup(args.log_level, args.log_format)
    # the same checks as check-config and hot reload; a config they refuse does not start,
    # unless the last good one kept in state_dir passes them (daemon.config.lastgood)
    now = datetime.now(timezone.utc)
    fallback = None
    try:
        config = load_checked(args.config, now)
    except ConfigError as refused:
        try:
            config, fallback = lastgood.start_on(args.config, refused, now)
        except ConfigError as exc:
            print(f"lifeline: config: {exc}", file=sys.stderr)
            return 2
        print(f"lifeline: config: {refused}\nlifeline: {fallback}", file=sys.stderr)
    logs.setup(args.log_level, args.log_format, config.timezone)  # from here on, times in the config's zone
    from daemon.app.service import run_forever

    try:
        return run_forever(config, fallback=fallback)
    except StoreError as exc:
        print(f"lifeline: store: {exc}", file=sys.stderr)
        return 3
    except ConfigError as exc:  # a secret the config names cannot be read (the reply key)
        print(f"lifeline: config: {exc}", file=sys.stderr)
        return 2
