"""Desk notices: every text fills, and every notice renders through the desk template."""

import string

import pytest

from daemon.core import notices
from daemon.edges.render import Renderer
from tests.helpers import ROOT

KEYS = {"case_id", "title", "reason", "action", "report", "source_from", "source_subject", "source_message_id", "folder"}


def fields_of(notice: notices.Notice) -> set[str]:
    return {name for text in (notice.title, notice.reason) for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("name", sorted(notices.NOTICES))
def test_every_notice_fills_and_renders(name):
    fields = {f: f"<{f}>" for f in fields_of(notices.NOTICES[name]) - {"case_id"}}
    context = notices.context(name, case_id="LL-2026-000001", **fields)
    assert set(context) == KEYS
    assert "{" not in context["title"] + context["reason"]
    mail = Renderer(ROOT / "templates").render("desk_notice", context)
    assert context["title"] in mail.text and context["action"] in mail.text


def test_without_a_source_mail_the_title_stands_as_its_subject():
    context = notices.context("need_help_no_step", case_id="LL-2026-000001", sender="sho@police.example.in")
    assert context["source_subject"] == context["title"] == "NEED HELP on LL-2026-000001"
    assert context["folder"] == notices.NO_FOLDER and context["source_from"] is None
    source = notices.Source("a@b", "subject", "<m@b>")
    context = notices.context("reply_stranger", case_id="LL-2026-000001", source=source, folder="Lifeline/Replies", tried="close")
    assert (context["source_from"], context["source_subject"], context["source_message_id"]) == ("a@b", "subject", "<m@b>")
