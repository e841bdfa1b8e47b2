"""Machine-written and packed reports -> label lines: box-drawing tables read as bars,
then whole-body exports (daemon.reading.exports), telex sentences (daemon.reading.telex),
pager one-liners (daemon.reading.pager) and lines holding several fields
(daemon.reading.inline_lines), in that order.
"""

from __future__ import annotations

from daemon.reading.exports import form_text, json_text, kv_text, org_text, yaml_text
from daemon.reading.inline_lines import inline_text
from daemon.reading.pager import pager_text
from daemon.reading.telex import telex_text


# box-drawing tables ("│ Name │ Ramesh Joshi", "├──── ACCESS ────"): their bars read as "|", their rules as "-"
_BOX = str.maketrans({**{c: "|" for c in "│┃║╎╏┆┇┊┋"}, **{c: "-" for c in "─━═┄┅┈┉╌╍"},
                      **{c: "+" for c in "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╯╰┏┓┗┛┣┫┳┻╋"}})


def machine_text(text: str) -> str:
    """Report text with any JSON, key = value, form, Org-mode or box-drawing export, telex
    sentences, pager one-liners and lines holding several fields, turned into label lines."""
    if "│" in text or "┃" in text or "║" in text:
        text = text.translate(_BOX)
    text = pager_text(telex_text(org_text(form_text(text))))
    return inline_text(json_text(text) or kv_text(text) or yaml_text(text) or text)
