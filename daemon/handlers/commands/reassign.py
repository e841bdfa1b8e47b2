"""NOT OURS <station> / ASSIGN <station>: the case goes to another station with that
station's chain from step 0; a name that is no station leaves the case where it is and
alerts the HQ desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from daemon.core.case import Case, reassign, with_event
from daemon.core.replies import Command
from daemon.core.routing import station_route
from daemon.handlers.commands.base import By, Done, Guard
from daemon.handlers.mails import desk_alert, forward

if TYPE_CHECKING:
    from daemon.config.schema import Config, Station

GUARD = Guard(on_held=True)  # ASSIGN is how the HQ desk routes a held case


def station_named(config: Config, name: str) -> Station | None:
    """A station named in a command: exact, with or without the 'PS ' prefix, any case."""
    wanted = " ".join(name.lower().removeprefix("ps ").split())
    if not wanted:
        return None
    for st in config.stations:
        if st.name.lower().removeprefix("ps ") == wanted:
            return st
    return None


def run(case: Case, command: Command, by: By) -> Done:
    station = station_named(by.config, command.argument)
    if station is None:
        case = with_event(case, by.now, "reassign_refused", by.sender, command.argument)
        alert = desk_alert(case, "reassign_refused", sender=by.sender, station=command.argument)
        return Done(case, f"station '{command.argument}' not recognised; the HQ desk was told — the case stays where it is",
                    (alert,))
    route = station_route(by.config, station, "reassigned", 1.0, by.now)
    case = reassign(case, route, by.sender, by.now, by.config.minute_seconds)
    return Done(case, f"re-routed to {case.route.label}; clock restarted", (forward(case),))
