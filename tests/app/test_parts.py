"""Parts are built whole from one config and swapped whole on reload."""

from daemon.app import parts
from daemon.config.load import load_config
from daemon.risk.scorer import UnknownScorer
from tests.helpers import ROOT, Clock, replaced


def test_a_reload_takes_new_routing_and_keeps_what_needs_a_restart(tmp_path):
    running = parts.build(load_config(ROOT / "config.toml"), UnknownScorer(), b"k" * 32)
    old = running.config
    edited = replaced(old, min_confidence=0.5, state_dir=tmp_path, send_retry_seconds=(9.0,),
                      smtp=old.smtp.model_copy(update={"from_address": "other@police.example.in"}))
    new, kept = parts.reloaded(running, edited)
    assert new.config.min_confidence == 0.5 and new.pipeline.config is new.config  # one config for every part
    assert new.config.path == old.path and new.config.pins == old.pins  # still the loaded file
    assert set(kept) == {"smtp", "state_dir", "send_retry_seconds"}
    assert new.config.smtp == old.smtp and new.config.state_dir == old.state_dir
    assert new.config.send_retry_seconds == old.send_retry_seconds
    assert new.key == running.key and new.pipeline.scorer is running.pipeline.scorer
    assert running.config is old and old.min_confidence != 0.5  # the running parts are untouched until swapped


def test_the_service_swaps_its_parts_on_reload(tmp_path):
    from daemon.app.service import Service

    config = replaced(load_config(ROOT / "config.toml"), state_dir=tmp_path)
    service = Service(config, scorer=UnknownScorer(), now=Clock())
    before = service.parts
    service._reload(replaced(config, min_confidence=0.5))
    assert service.parts is not before and service.config.min_confidence == 0.5
    assert service.parts.key == before.key
