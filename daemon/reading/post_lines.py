"""A post written as one line with its time in the label: 'Post (26 Nov 2026, 22:15 IST): "..."' (or
unquoted: 'Post (26 Nov 2026, 22:15 IST): words'),
'Story posted 29 Oct 2026 at 02:10 IST: "..."', 'Reel caption (posted ...): "..."', 'Status text:
"..." (posted ...)', or 'Thread posted <time>:' with the words on the next line.

The label reader cannot split these lines (the time's own colons come before the label's), so
they are read here: the head names a post (its words or a posting verb) and the value is the
quoted text, or the line below a head that ends with a colon. Lines about someone else (the
friend who flagged the post, a reporter's comment) are never the person's post.
"""

from __future__ import annotations

import re

from daemon.reading.labels import BULLETS, Field
from daemon.reading.others import about_someone_else
from daemon.reading.times import lone_time, parse_time

# words that say the text after them is a post (English, Hinglish, Hindi)
_POST_HEAD = re.compile(
    r"\b(?:post|posts|posted|posting|story|stories|reel|caption|status|message|messages|content|video|thread|"
    r"comment|commented|update|text|wrote|written|shared|uploaded|published|flagged|likha|tweet)\b"
    r"|पोस्ट|स्टोरी|रील|कैप्शन|संदेश|टिप्पणी|सामग्री", re.I)
# the head of a line about someone else's words ("Comment by friend", "Reporter's note")
_OTHER_HEAD = re.compile(r"\b(?:by|from|friend|reporter|reported by|officer|admin|moderator|reviewer)\b|मित्र|दोस्त",
                         re.I)
_OPEN = {"\"": "\"", "“": "”", "«": "»", "„": "“"}
# a quoted value after the head's colon, with an optional trailer ("(posted ...)", "at <time>")
_QUOTED = re.compile(r"[:：][ \t]*(?P<q>[\"“«„])(?P<post>[^\"“”«»\n]{2,2000}?)[\"”»“][ \t]*(?P<trailer>[^\n]*?)[ \t.]*$")
# 'Post (01 Dec 2026, 08:24 PM IST): words' unquoted: a time in brackets between the head and its colon
_HEAD_AND_TIME = r"^(?P<head>[^\W\d_][^:：(\n]{0,40}?)[ \t]*+\((?P<when>[^()\n]{0,40}\d[^()\n]{0,40})\)[ \t]*+"
_BRACKETED = re.compile(_HEAD_AND_TIME + r"[:：][ \t]*+(?P<post>\S.*)$")
# 'Post 2026-10-18T21:59:03Z: words': the head, its time unbracketed, then the words after ": "
_TIMED_HEAD = re.compile(r"^(?P<head>[^\W\d_][^\d:：(\n]{0,30}?)[ \t]+(?P<when>\d[^\n]{5,40}?)[:：][ \t]+(?P<post>\S.*)$")
_LEAD = re.compile(r"^[ \t>*\-–" + BULLETS + "]*")
# the head alone with its time in brackets, the words on the line below
_BRACKETED_ALONE = re.compile(_HEAD_AND_TIME + "$")
# "Label: value": a labelled field, never words of a post
LABELLED_LINE = re.compile(r"^[^:：]{1,40}[:：]\s")
# '— 21 Nov 2026, 03:01 AM IST' under quoted words: the post, signed with its time
_SIGNED = re.compile(r"^[ \t]*+[—–]{1,2}[ \t]*+(?P<when>\S.*)$")


def _words_above(lines: list[str], i: int, skip: set[int]) -> tuple[int, str] | None:
    """(first line, words) of the lines just above line i up to a blank line, when they are
    words and not labelled fields."""
    j = i - 1
    while j >= 0 and j > i - 8 and lines[j].strip() and j not in skip:
        j -= 1
    block = [line.strip() for line in lines[j + 1: i]]
    if not block or (j >= 0 and lines[j].strip()) or any(LABELLED_LINE.match(b) for b in block):
        return None
    return j + 1, " ".join(block).strip("\"“”«»")


def _head_ok(head: str) -> bool:
    """A head of at most twelve words that names a post and no one else."""
    words = head.split()
    return 0 < len(words) <= 12 and bool(_POST_HEAD.search(head)) and not _OTHER_HEAD.search(head) \
        and not about_someone_else(head, len(head))


def _time_field(text: str, label: str, line: int) -> list[Field]:
    """A post-time field when ``text`` (the head or the trailer) carries a date-time."""
    when, _ = parse_time(text)
    return [Field("post_time", label, text.strip(" ()"), line, line)] if when else []


def post_lines(lines: list[str], skip: set[int]) -> list[Field]:
    """Post and post-time fields of lines that carry a post with its time in the label."""
    out: list[Field] = []
    for i, raw in enumerate(lines[:400]):
        if i in skip or len(raw) > 2500:
            continue
        line = _LEAD.sub("", raw).rstrip()
        m = _QUOTED.search(line)
        if m:
            head = line[: m.start()].strip()
            if not _head_ok(head) or not (parse_time(head)[0] or parse_time(m.group("trailer"))[0]
                                          or re.search(r"[(（]", head) or len(head.split()) > 2):
                continue  # a plain 'Caption: "..."' is the label reader's; here only what it cannot split
            out.append(Field("post", head, m.group("post").strip(), i, i))
            out += _time_field(head, head, i) or _time_field(m.group("trailer"), head, i)
            continue
        b = _BRACKETED.match(line) or _TIMED_HEAD.match(line)
        if b and _head_ok(b.group("head")) and parse_time(b.group("when"))[0]:
            out.append(Field("post", b.group("head"), b.group("post").strip(), i, i))
            out += _time_field(b.group("when"), b.group("head"), i)
            continue
        signed = _SIGNED.match(line)
        if signed and lone_time(signed.group("when")) and i > 0:
            words = _words_above(lines, i, skip)
            if words is not None:
                out.append(Field("post", "quoted post", words[1], words[0], i - 1))
                out += _time_field(signed.group("when"), "quoted post", i)
            continue
        alone = _BRACKETED_ALONE.match(line)
        if alone and _head_ok(alone.group("head")) and parse_time(alone.group("when"))[0]:
            line = f"{alone.group('head')} ({alone.group('when')}):"  # 'Story text (<time>)' with the words below
        if line.endswith((":", "：")) and parse_time(line)[0] and _head_ok(line[:-1]):
            j = i + 1
            while j < len(lines) and j < i + 3 and not lines[j].strip():
                j += 1
            below = lines[j].strip() if j < len(lines) else ""
            if below and not LABELLED_LINE.match(below) and j not in skip:
                out.append(Field("post", line[:-1], below.strip("\"“”«»"), i, j))
                out += _time_field(line[:-1], line[:-1], i)
    return out
