"""The service's handling of one incoming mail when the store cannot be written."""

import asyncio
import errno
import os

import daemon.app.service as service_module
import daemon.store.engine as store_module
import daemon.store.outbox as spool_module
from daemon.app.pipeline import Pipeline
from daemon.edges.imap import Incoming
from daemon.risk.scorer import UnknownScorer
from daemon.app.service import Service
from daemon.store.engine import Store
from tests.helpers import Clock, example, shipped_config


class Kicks:
    def __init__(self):
        self.count = 0

    def kick(self):
        self.count += 1

    def sync(self):  # stands in for the escalator too: timers are not under test here
        pass


def make_service(tmp_path):
    config = shipped_config(tmp_path)
    service = Service(config, scorer=UnknownScorer(), now=Clock())
    service.attach(Store(config.store_path))
    service.outbox = Kicks()
    service.escalator = Kicks()
    return service


def test_disk_full_leaves_mail_in_inbox_and_never_quarantines_it(tmp_path, monkeypatch):
    service = make_service(tmp_path)
    monkeypatch.setattr(service_module, "STORE_RETRY_SECONDS", 0)

    def disk_full(path, payload, **options):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    real = store_module.write_atomic
    monkeypatch.setattr(store_module, "write_atomic", disk_full)  # the live file
    monkeypatch.setattr(spool_module, "write_atomic", disk_full)  # and the spool: the whole disk is full
    incoming = Incoming(1, 7, example("facebook_plain.eml"))
    for _ in range(service_module.MAX_TRIES + 2):
        assert asyncio.run(service._handle(incoming)) is None  # stays in INBOX: not acknowledged
    assert service.store.all_cases() == [] and service.store.pending_outgoing() == []
    assert service.outbox.count == 0  # nothing to send, and no quarantine notice
    monkeypatch.setattr(store_module, "write_atomic", real)
    monkeypatch.setattr(spool_module, "write_atomic", real)
    assert asyncio.run(service._handle(incoming)) == "Processed"  # disk freed: taken as usual
    assert len(service.store.all_cases()) == 1
    service.store.close()


def test_poison_mail_is_quarantined_after_bounded_tries(tmp_path, monkeypatch):
    service = make_service(tmp_path)

    def boom(*args, **kwargs):
        raise ValueError("Test Person Delta +919800000002")  # a message quoting the mail

    monkeypatch.setattr(Pipeline, "run", boom)
    incoming = Incoming(1, 8, example("facebook_plain.eml"))
    results = [asyncio.run(service._handle(incoming)) for _ in range(service_module.MAX_TRIES)]
    assert results == [None] * (service_module.MAX_TRIES - 1) + ["Quarantine"]
    [notice] = service.store.pending_outgoing()
    assert notice.to_json()["to"] == [service.config.hq_desk]
    service.store.close()


def test_failure_log_has_no_exception_message(tmp_path, monkeypatch, caplog):
    service = make_service(tmp_path)

    def boom(pipeline, raws, *args, **kwargs):
        quoted = raws[0].decode(errors="replace")[:2000]  # like a parser error quoting its input
        raise ValueError(quoted)

    monkeypatch.setattr(Pipeline, "run", boom)
    with caplog.at_level("DEBUG", logger="lifeline"):
        asyncio.run(service._handle(Incoming(1, 9, example("facebook_plain.eml"))))
    assert "ValueError" in caplog.text and "boom" in caplog.text  # still useful to a developer
    assert "Suresh Meghwal" not in caplog.text and "9829041736" not in caplog.text
    service.store.close()


def test_a_chunk_is_committed_in_one_durable_write(tmp_path):
    from tests.helpers import numbered_report

    service = make_service(tmp_path)
    writes = service.store.writes
    batch = [Incoming(1, n, numbered_report(n)) for n in range(1, 9)]
    assert asyncio.run(service._handle_batch(batch)) == ["Processed"] * 8
    assert service.store.writes == writes + 1
    assert len(service.store.all_cases()) == 8 and len(service.store.pending_outgoing()) == 8
    service.store.close()


def test_a_poison_mail_in_a_chunk_is_found_alone_and_the_rest_go_on(tmp_path, monkeypatch):
    from tests.helpers import numbered_report

    service = make_service(tmp_path)
    poison = numbered_report(3)
    real = Pipeline.run

    def fragile(pipeline, raws, *args, **kwargs):
        if poison in raws:
            raise ValueError("parser bug")
        return real(pipeline, raws, *args, **kwargs)

    monkeypatch.setattr(Pipeline, "run", fragile)
    batch = [Incoming(1, n, numbered_report(n)) for n in range(1, 6)]
    for _ in range(service_module.MAX_TRIES - 1):
        folders = asyncio.run(service._handle_batch(batch))
        assert folders[2] is None and folders.count("Processed") == 4
    folders = asyncio.run(service._handle_batch(batch))
    assert folders[2] == "Quarantine"
    assert len(service.store.all_cases()) == 4  # no case twice, none for the poison mail
    service.store.close()


def test_a_loop_that_dies_stops_the_others_and_the_daemon_fails(tmp_path):
    # before: gather() let the outbox die while intake went on reading mail it could not answer
    import asyncio

    import pytest as _pytest

    from daemon.app.service import Service

    service = Service.__new__(Service)  # only _run_all and the stop event are exercised
    service.stop_event = asyncio.Event()
    seen = {}

    async def reader():
        await service.stop_event.wait()
        seen["reader stopped"] = True

    async def sender():
        await asyncio.sleep(0.01)
        raise UnicodeEncodeError("ascii", "о", 0, 1, "not ascii")

    async def main():
        service.stop_event = asyncio.Event()
        with _pytest.raises(UnicodeEncodeError):
            await asyncio.wait_for(service._run_all([reader(), sender()]), timeout=5)

    asyncio.run(main())
    assert seen == {"reader stopped": True}
