"""The parts built from one config, swapped whole on reload (as Alertmanager's reloader
does): build the new set completely, then swap one reference, so that every part always
agrees on one config.

What needs a restart stays as it runs: the servers (intake and outbox hold their
connections), the store's folder, the model and the reply-token key (tokens in mails already
sent must stay valid). A reload carries those over from the running config, so even the
texts of new mails agree with what intake and outbox really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from daemon.app.pipeline import Pipeline
from daemon.config.schema import Config
from daemon.edges.authenticity import DnsFunc
from daemon.edges.render import Renderer
from daemon.risk.scorer import RiskScorer

# tables whose running values stay, and [lifeline] keys whose running values stay
KEPT_TABLES = ("imap", "smtp")
KEPT_KEYS = ("send_retry_seconds", "state_dir", "model_dir", "model_threads", "reply_key_file", "reply_key_env")


@dataclass(frozen=True)
class Parts:
    config: Config
    pipeline: Pipeline
    renderer: Renderer
    key: bytes  # the reply-token HMAC key


def build(config: Config, scorer: RiskScorer, key: bytes, dnsfunc: DnsFunc | None = None) -> Parts:
    return Parts(config, Pipeline.build(config, scorer, dnsfunc), Renderer(config.templates_dir, config.timezone), key)


def reloaded(running: Parts, config: Config) -> tuple[Parts, tuple[str, ...]]:
    """The parts for a validated new config, and the restart-only settings it changed (kept)."""
    old = running.config
    changed = tuple(name for name in KEPT_TABLES + KEPT_KEYS if getattr(config, name) != getattr(old, name))
    lifeline = config.lifeline.model_copy(update={name: getattr(old.lifeline, name) for name in KEPT_KEYS})
    kept = config.model_copy(update={"lifeline": lifeline, **{name: getattr(old, name) for name in KEPT_TABLES}})
    pipe = running.pipeline
    return build(kept, pipe.scorer, running.key, pipe.dnsfunc), changed
