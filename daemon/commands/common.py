"""Subcommands of ``lifeline``; see daemon/commands/cli.py for the table."""

import sys
from datetime import datetime
from pathlib import Path

from daemon.config.load import load_checked, load_config
from daemon.config.schema import Config, ConfigError


def config_or_exit(config_path: Path, checked_at: datetime | None = None) -> Config:
    """The config for a command; if it does not load, say why and exit 2. With ``checked_at``
    it must also pass the one validator (as hot reload and check-config apply it then)."""
    try:
        return load_config(config_path) if checked_at is None else load_checked(config_path, checked_at)
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
