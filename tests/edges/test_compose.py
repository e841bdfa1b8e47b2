"""compose: the raw-header fast path writes exactly the bytes the header registry writes."""

import email
import email.generator
import itertools
from datetime import datetime, timezone
from email import policy

import pytest

from daemon.edges import compose as compose_module
from daemon.edges.compose import compose
from daemon.edges.render import RenderedMail

WHEN = datetime(2026, 12, 2, 5, 40, tzinfo=timezone.utc)
CASES = [
    dict(sender_name="Lifeline HQ", to=("duty.officer@police.example.in",), case_id="LL-2026-000001",
         in_reply_to="forward.LL-2026-000001.1@ll.example.in", reply_to="hq+LL-2026-000001.abc@police.example.in"),
    dict(sender_name="लाइफ़लाइन मुख्यालय", to=("a@police.example.in", "b@police.example.in", "sho.jodhpur.city@police.example.in",
                                            "co.jodhpur@police.example.in"), case_id=None, in_reply_to=None, reply_to=None),
    dict(sender_name="Lifeline, HQ \"desk\"", to=("x@police.example.in",), case_id="LL-2026-000002",
         in_reply_to="y" * 90 + "@ll.example.in", reply_to=None),
]
SUBJECTS = ["[LL-2026-000001] HIGH risk — self-harm alert — Ratanada", "[LL-2026-000001] receipt: ACK", "उच्च जोखिम " * 12]


def _registry(mail, name, value):
    mail[name] = value


@pytest.fixture
def fixed_boundaries(monkeypatch):
    counter = [itertools.count()]
    monkeypatch.setattr(email.generator.Generator, "_make_boundary", classmethod(lambda cls, text=None: f"b{next(counter[0])}"))
    return lambda: counter.__setitem__(0, itertools.count())


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_same_bytes_as_the_header_registry(case, subject, fixed_boundaries, monkeypatch):
    rendered = RenderedMail(subject, "Text body\nline two\n", "<p>HTML body</p>")
    kwargs = dict(sender="lifeline@police.example.in", msgid="forward.LL-2026-000001.1.mac@ll.example.in", date=WHEN,
                  images=(("chart1", b"\x89PNG fake"),), **case)
    fixed_boundaries()
    fast = compose(rendered, **kwargs)
    monkeypatch.setattr(compose_module, "_set", _registry)
    fixed_boundaries()
    assert fast == compose(rendered, **kwargs)
    parsed = email.message_from_bytes(fast, policy=policy.default)
    assert parsed["X-Lifeline-Case"] == case["case_id"]
    assert parsed["Message-ID"] == "<forward.LL-2026-000001.1.mac@ll.example.in>"


def test_a_line_break_in_a_value_is_refused_not_written_raw():
    rendered = RenderedMail("ok\r\nBcc: someone@else.example", "body", None)
    with pytest.raises(ValueError):
        compose(rendered, sender="lifeline@police.example.in", sender_name="Lifeline", to=("a@police.example.in",),
                msgid="m@ll.example.in", date=WHEN)
