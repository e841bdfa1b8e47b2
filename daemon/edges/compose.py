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


def compose(
    rendered: RenderedMail, *, sender: str, sender_name: str, to: tuple[str, ...], msgid: str,
    date: datetime, case_id: str | None = None, in_reply_to: str | None = None,
    reply_to: str | None = None, images: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    """``images``: (Content-ID, PNG bytes) shown inline by the HTML part (``<img src="cid:...">``)."""
    mail = EmailMessage(policy=SMTP)
    mail["From"] = formataddr((sender_name, sender))
    mail["To"] = ", ".join(to)
    mail["Subject"] = rendered.subject
    mail["Date"] = format_datetime(date)
    mail["Message-ID"] = f"<{msgid}>"
    if reply_to:  # plus-address with the case's HMAC token: how replies prove their case
        mail["Reply-To"] = reply_to
    if in_reply_to:
        mail["In-Reply-To"] = f"<{in_reply_to}>"
        mail["References"] = f"<{in_reply_to}>"
    if case_id:
        mail["X-Lifeline-Case"] = case_id
    mail.set_content(rendered.text, charset="utf-8")
    if rendered.html:
        mail.add_alternative(rendered.html, subtype="html", charset="utf-8")
        html = mail.get_payload()[-1]
        for cid, png in images:
            html.add_related(png, maintype="image", subtype="png", cid=f"<{cid}>", filename=f"{cid}.png")
    return mail.as_bytes()
