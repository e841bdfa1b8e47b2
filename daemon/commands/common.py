"""Subcommands of ``lifeline``; see daemon/cli.py for the table."""

import sys
from pathlib import Path

from daemon.config.schema import Config, ConfigError, load_config


def config_or_exit(config_path: Path) -> Config:
    """The config for a command; if it does not load, say why and exit 2."""
    try:
        return load_config(config_path)
    except ConfigError as exc:
        print(f"lifeline: config: {exc}", file=sys.stderr)
    raise SystemExit(2)


def config_and_mail(config_path: Path, mail_path: Path) -> tuple[Config, bytes]:
    """The config and a mail file for commands that read one; on a problem, say it and exit 2."""
    config = config_or_exit(config_path)
    try:
        return config, Path(mail_path).read_bytes()
    except OSError as exc:
        print(f"lifeline: {mail_path}: {exc.strerror}", file=sys.stderr)
    raise SystemExit(2)
