"""Reply commands, one module per verb (as Mailman's email commands), each with its guard.

The guards, as the table below runs them (a guard that fails turns the command into a note;
the case's transitions themselves are in daemon.core.case):

    verb        module       who may use it    on a held case
    ack         ack          case recipients   a note (the HQ desk decides first)
    note        note         case recipients   a note
    reached     reached      case recipients   a note
    close       close        case recipients   runs (the desk may close a held case)
    need_help   need_help    case recipients   a note
    reassign    reassign     case recipients   runs (ASSIGN is how the desk routes a held case)
    release     release      the HQ desk       runs (it is for held cases)
    status      status       the HQ desk       runs

Only the HQ desk may reply to a held case at all (daemon.handlers.reply checks it first).
"""

from __future__ import annotations

from types import ModuleType

from daemon.core.case import Case, CaseState, acknowledge, with_event
from daemon.core.replies import Command
from daemon.handlers.commands import ack, close, need_help, note, reached, reassign, release, status
from daemon.handlers.commands.base import By, Done, Guard

__all__ = ["COMMANDS", "By", "Done", "run"]

COMMANDS: dict[str, ModuleType] = {
    "ack": ack, "note": note, "reached": reached, "close": close, "need_help": need_help,
    "reassign": reassign, "release": release, "status": status,
}


def run(case: Case, command: Command, by: By) -> Done:
    """The command's guard, then the command."""
    module = COMMANDS[command.verb]
    guard: Guard = module.GUARD
    if guard.desk_only and not by.is_desk:
        return Done(acknowledge(case, by.sender, by.now, command.line), "only the HQ desk may use this command; taken as a note")
    if case.state is CaseState.HELD and not guard.on_held:
        return Done(with_event(case, by.now, "note", by.sender, command.line), "case is held for the HQ desk; noted")
    return module.run(case, command, by)
