"""Rendered mail -> RFC 5322 bytes with Lifeline's deterministic headers.

The Message-ID is a function of (case, purpose, sequence), so a mail resent after an
ambiguous failure is recognisably the same mail, and replies can be matched to the case.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from daemon.edges.render import RenderedMail

MAX_LINE = 78  # the SMTP policy's max_line_length: longer headers are folded by the registry


def _set(mail: EmailMessage, name: str, value: str) -> None:
    """A short printable ASCII value is stored as it is: the header registry would parse it
    only to write the same bytes back, and that was a third of composing a forward. Anything
    else (non-ASCII, a line break, longer than one line) goes through the registry, which
    encodes, folds or refuses it."""
    if value.isascii() and value.isprintable() and len(name) + 2 + len(value) <= MAX_LINE:
        mail.set_raw(name, value)
    else:
        mail[name] = value


def compose(
    rendered: RenderedMail, *, sender: str, sender_name: str, to: tuple[str, ...], msgid: str,
    date: datetime, case_id: str | None = None, in_reply_to: str | None = None,
    reply_to: str | None = None, images: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    """``images``: (Content-ID, PNG bytes) shown inline by the HTML part (``<img src="cid:...">``)."""
    mail = EmailMessage(policy=SMTP)
    _set(mail, "From", formataddr((sender_name, sender)))
    _set(mail, "To", ", ".join(to))
    _set(mail, "Subject", rendered.subject)
    _set(mail, "Date", format_datetime(date))
    _set(mail, "Message-ID", f"<{msgid}>")
    if reply_to:  # plus-address with the case's HMAC token: how replies prove their case
        _set(mail, "Reply-To", reply_to)
    if in_reply_to:
        _set(mail, "In-Reply-To", f"<{in_reply_to}>")
        _set(mail, "References", f"<{in_reply_to}>")
    if case_id:
        _set(mail, "X-Lifeline-Case", case_id)
    mail.set_content(rendered.text, charset="utf-8")
    if rendered.html:
        mail.add_alternative(rendered.html, subtype="html", charset="utf-8")
        html = mail.get_payload()[-1]
        for cid, png in images:
            html.add_related(png, maintype="image", subtype="png", cid=f"<{cid}>", filename=f"{cid}.png")
    return mail.as_bytes()
