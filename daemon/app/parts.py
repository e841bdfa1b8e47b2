"""The parts built from one config, swapped whole on reload (as Alertmanager's reloader
does): build the new set completely, then swap one reference, so that every part always
agrees on one config.

What needs a restart stays as it runs: the servers (intake and outbox hold their
connections), the store's folder, the model and the reply-token key (tokens in mails already
sent must stay valid). A reload carries those over from the running config, so even the
texts of new mails agree with what intake and outbox really do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from daemon.app.pipeline import Pipeline
from daemon.config.schema import Config
from daemon.edges.authenticity import DnsFunc
from daemon.edges.render import Renderer
from daemon.risk.scorer import RiskScorer

RESTART_ONLY = ("imap", "smtp", "send_retry_seconds", "state_dir", "model_dir", "model_threads",
                "reply_key_file", "reply_key_env")


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
    changed = tuple(name for name in RESTART_ONLY if getattr(config, name) != getattr(running.config, name))
    kept = replace(config, **{name: getattr(running.config, name) for name in RESTART_ONLY})
    pipe = running.pipeline
    return build(kept, pipe.scorer, running.key, pipe.dnsfunc), changed
