"""Any other line from a recipient: a human read the case, so it acknowledges, and is kept
as a note (the same transition as ACK)."""

from __future__ import annotations

from daemon.handlers.commands.ack import run
from daemon.handlers.commands.base import Guard

GUARD = Guard()

__all__ = ["GUARD", "run"]
