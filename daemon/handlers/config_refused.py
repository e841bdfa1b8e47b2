"""An edit of config.toml was refused: the HQ desk and the admins get the problems (once per
distinct file content: the digest names the mail)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from daemon.core import notices
from daemon.handlers.decision import Decision, NotifyDesk

if TYPE_CHECKING:
    from daemon.config.schema import Config


def handle(problems: tuple[str, ...], digest: str, config: Config) -> Decision[None]:
    """``config`` is the running one: its desk, admins and file."""
    context = notices.context("config_refused", source=notices.Source(subject=str(config.path)),
                              problems="\n- ".join(problems))
    return Decision((NotifyDesk(f"CONFIG-{digest[:16]}", "config-refused", context, None, tuple(config.admins)),), None)
