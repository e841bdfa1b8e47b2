"""[web], [alerts], [summary], [canary] and [feedback]: the desk's status page, who is told
when the daemon goes deaf, the daily summary, the synthetic report that proves the whole
path, and the labelled examples closed cases leave for the next model.

Small models of their own, hung on the root schema by one field each. The page token is a
secret: named by an env var or a file (read by daemon.config.secrets.web_token), never
written in config.toml.
"""

from __future__ import annotations

import ipaddress
from datetime import time

from pydantic import BaseModel, ConfigDict, Field, model_validator


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


def split_listen(listen: str) -> tuple[str, int]:
    """"127.0.0.1:9310" / "[::1]:9310" -> (host, port); ValueError when malformed."""
    host, sep, port = listen.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"listen {listen!r} must be host:port, e.g. 127.0.0.1:9310")
    return host.strip("[]"), int(port)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name or 0.0.0.0-like wildcard: treat as reachable from outside


class WebConfig(_Section):
    """[web]: the read-only status page, /metrics, /healthz and /readyz."""

    enabled: bool = True
    listen: str = "127.0.0.1:9310"
    # required for any non-loopback listen; sent as a Bearer token or as the Basic-auth password
    token_env: str | None = None
    token_file: str | None = None
    show_personal_data: bool = False  # name, phones, post: only on a case's own page
    refresh_seconds: int = Field(default=20, ge=5, le=600)
    # how officers reach the page (e.g. https://lifeline.police.example.in behind a proxy);
    # escalation mails link a case's page under it. Default: http://<listen>
    public_url: str | None = None

    def case_url(self, case_id: str) -> str:
        """The case's own page, as an officer's escalation mail links it."""
        return f"{(self.public_url or 'http://' + self.listen).rstrip('/')}/case/{case_id}"

    @model_validator(mode="before")
    @classmethod
    def _no_inline_secret(cls, data):
        if isinstance(data, dict) and ({"token", "password"} & set(data)):
            raise ValueError("secrets never live in config.toml; use token_env or token_file")
        return data

    @model_validator(mode="after")
    def _guarded(self):
        host, _ = split_listen(self.listen)
        if self.enabled and not is_loopback(host) and not (self.token_env or self.token_file):
            raise ValueError(f"listen {self.listen!r} is not loopback: set token_env or token_file "
                             "so that only the desk can read the page")
        return self


class AlertsConfig(_Section):
    """[alerts]: when intake or sending has failed this long, tell the desk by every route."""

    after_minutes: float = Field(default=5, gt=0)  # scaled by lifeline.minute_seconds
    # an admin's script (argv, no shell) for an SMS / phone gateway; gets the text as its
    # last argument and on stdin
    alert_command: tuple[str, ...] = ()
    command_timeout_seconds: float = Field(default=20, gt=0)


class SummaryConfig(_Section):
    """[summary]: the daily summary of yesterday to the HQ desk and the admins."""

    enabled: bool = True
    at: time = time(7, 0)  # local time ([lifeline] timezone)


class CanaryConfig(_Section):
    """[canary]: every ``every_hours`` a synthetic report (marked TEST, a person who does not
    exist) goes through SMTP to the HQ mailbox; the daemon reads, scores and routes it like
    any report, but its forward goes to ``mailbox`` only (never a station). When that forward
    is not back in the HQ mailbox within ``within_seconds``, the desk is alerted."""

    enabled: bool = False
    every_hours: float = Field(default=6, gt=0)
    within_seconds: float = Field(default=300, gt=0)
    # where the canary's forward is sent; it must deliver into the HQ mailbox Lifeline reads
    # (e.g. its plus-address scrb-sm-desk+canary@...), so the round trip is seen by intake
    mailbox: str | None = Field(default=None, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

    @model_validator(mode="after")
    def _mailbox(self):
        if self.enabled and not self.mailbox:
            raise ValueError("an enabled canary needs mailbox (an address delivered into the HQ mailbox)")
        return self


class FeedbackConfig(_Section):
    """[feedback]: closed cases (FALSE ALARM, SAFE, HOSPITAL, REACHED) leave their post and
    outcome as a labelled example in state_dir (see daemon.core.feedback). Off by default: it
    keeps post text beyond the case, so an admin turns it on knowingly."""

    enabled: bool = False
