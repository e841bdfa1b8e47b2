"""What every reply command gets and gives, and its guard's shape."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from daemon.core.case import Case
from daemon.handlers.decision import Effect

if TYPE_CHECKING:
    from daemon.config.schema import Config


@dataclass(frozen=True)
class Guard:
    desk_only: bool = False  # only the HQ desk may use it
    on_held: bool = False  # it runs on a held case (else: a note)


@dataclass(frozen=True)
class By:
    """Who sent the command, and when."""

    sender: str
    is_desk: bool
    now: datetime
    config: Config


@dataclass(frozen=True)
class Done:
    """A command's result: the case, the receipt's one line, and the mails it queues."""

    case: Case
    result: str
    effects: tuple[Effect, ...] = ()
