"""Reply grammar: the first non-quoted line of an officer's reply -> one Command. Pure.

Officers answer from phones, in English or Hindi, in capitals or not, with punctuation and
a sentence after the word; the grammar takes the leading words and ignores the rest. Any
other line from an allowed sender is still an acknowledgement (a human read the case), kept
as a note. Accepted (case-insensitive; trailing text is a note):

  ACK, ACKNOWLEDGED, RECEIVED, OK, प्राप्त, प्राप्त हुआ, मिला           -> ack
  REACHED, ATTENDED, ON SPOT, पहुँचे, पहुंचे, पहुँच गए, मौके पर         -> reached
  SAFE, सुरक्षित                                                      -> close (safe)
  HOSPITAL, अस्पताल                                                  -> close (hospital)
  NOT FOUND, नहीं मिला                                               -> close (not found)
  FALSE ALARM, झूठा अलार्म                                            -> close (false alarm)
  CLOSE <outcome>, बंद <outcome>                                      -> close (outcome)
  NOT OURS <station>, हमारा नहीं <station>, ASSIGN <station>           -> reassign
  NEED HELP, HELP, मदद चाहिए, सहायता                                    -> need_help
  desk only: RELEASE, STATUS, स्थिति                                   -> release / status
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    verb: str  # ack / reached / close / reassign / need_help / release / status / note
    argument: str = ""  # outcome for close, station for reassign
    line: str = ""  # the line the command was read from (kept as a note on the case)


_RULES: tuple[tuple[str, str, str], ...] = (
    # (verb, fixed argument, leading-words pattern). Longer phrases first.
    ("reassign", "", r"not\s+ours|not\s+our\s+(?:area|station|case)|हमारा\s+नहीं|हमारे\s+क्षेत्र\s+का\s+नहीं|assign|reassign"),
    ("need_help", "", r"need\s+help|help\s+needed|help|मदद\s+चाहिए|मदद|सहायता"),
    ("close", "false alarm", r"false\s+alarm|झूठा\s+अलार्म|झूठी\s+सूचना"),
    ("close", "not found", r"not\s+found|नहीं\s+मिला|नहीं\s+मिली"),
    ("close", "", r"close[d]?|बंद"),
    ("close", "safe", r"safe|सुरक्षित"),
    ("close", "hospital", r"hospital(?:i[sz]ed)?|अस्पताल"),
    ("reached", "", r"reached|attended|on\s+spot|पहुँचे|पहुंचे|पहुँच\s+गए|पहुंच\s+गए|पहुँच|पहुंच|मौके\s+पर"),
    ("ack", "", r"ack(?:nowledged?)?|received|recieved|rcvd|noted|ok(?:ay)?|प्राप्त(?:\s+हुआ)?|मिल\s+गया|मिला|ठीक\s+है"),
    ("release", "", r"release"),
    ("status", "", r"status|स्थिति"),
)
# a word ends at a space, punctuation (the Devanagari danda । ॥ too: "सुरक्षित।") or a non-word character
_COMPILED = tuple((verb, arg, re.compile(rf"^(?:{pattern})(?=$|[\s.,:;!\-–—/()\u0964\u0965]|[^\w\u0900-\u097F])", re.I))
                  for verb, arg, pattern in _RULES)

DESK_ONLY = frozenset({"release", "status"})


def first_line(text: str) -> str:
    """The first line the sender wrote: not blank, not quoted, not an 'On .. wrote:' header."""
    for raw in (text or "").splitlines():
        line = unicodedata.normalize("NFC", raw).strip().lstrip("\ufeff")
        if not line or line.startswith(">"):
            continue
        if re.match(r"^(?:on .{0,200} wrote:|-{2,}\s*original message|from:\s)", line, re.I):
            break
        return line[:500]
    return ""


def parse(text: str) -> Command:
    """Read the reply's command; anything unknown is a note (which still acknowledges)."""
    line = first_line(text)
    head = re.sub(r"^[\s*_\"'`\[(]+", "", line)
    for verb, fixed, pattern in _COMPILED:
        m = pattern.match(head)
        if not m:
            continue
        rest = head[m.end():].strip(" \t.,:;!-–—/()\u0964\u0965")
        if verb == "close":
            return Command("close", fixed or _outcome(rest), line)
        if verb == "reassign":
            return Command("reassign", re.sub(r"^(?:to|को)\s+", "", rest, flags=re.I).strip(), line)
        return Command(verb, "", line)
    return Command("note", "", line)


def _outcome(rest: str) -> str:
    """CLOSE <outcome>: a known outcome word if there is one, else the words given."""
    inner = parse(rest) if rest else None
    if inner and inner.verb == "close" and inner.argument:
        return inner.argument
    return " ".join(rest.split())[:100] or "closed"


# reply_auth_required = "closing" (the default, daemon.config.replies): these verbs, and every
# command from the HQ desk, need an authenticated sender
CLOSING_VERBS = frozenset({"close", "release", "reassign"})


def needs_auth(mode: str, verb: str, from_desk: bool) -> bool:
    """Must this command be authenticated before it acts? ("all" / "closing" / "none")"""
    if mode == "all":
        return True
    if mode == "none":
        return False
    return from_desk or verb in CLOSING_VERBS
