"""Learning from outcomes: a closed case's post and its outcome as a labelled example. Pure.

The label an outcome gives the post (the model's classes: low / medium / high):

    outcome (close)                      label                       why
    FALSE ALARM                          low                         the police say there was no risk
    HOSPITAL                             high                        the person needed hospital care
    SAFE, REACHED (CLOSE reached,        the case's level, at least  the officer chose not to say FALSE ALARM:
      or any other CLOSE <words> after   medium (unknown -> medium)  the risk was real, but reaching the person
      a REACHED)                                                     says nothing about how grave it was, so a
                                                                     model "low" is corrected to medium and a
                                                                     "high" is never lowered
    NOT FOUND, any other CLOSE <words>   no example                  the outcome says nothing about the post

Only authentic reports teach: a forged "report" closed as a false alarm would otherwise
teach the model to call its words low. An example holds the post text and nothing else
about the person (no name, phone, IP, place, reference): case id, language, the model's
level and score at the time, the outcome, the label and the time of closing. The text is
the first report's post; the level is the case's at closing (a repeat report that raised
it belongs to a later post: rare, and it only errs towards a higher label).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from daemon.core.isotime import from_iso, iso_utc
from daemon.core.replies import parse
from daemon.core.risk import RiskLevel

FALSE_ALARM, HOSPITAL, SAFE, REACHED = "false alarm", "hospital", "safe", "reached"
TRAINING_LANGS = ("en", "hi", "hi-Latn")  # the languages of models/data
_RANK = ("low", "medium", "high")


def outcome_kind(outcome: str | None, attended: bool) -> str | None:
    """false alarm / hospital / safe / reached, or None when the outcome teaches nothing.
    REACHED in any of its words (CLOSE पहुँचे) is reached; CLOSE <other words> is reached
    when someone had reported REACHED on the case first."""
    words = " ".join((outcome or "").lower().split())
    if words in (FALSE_ALARM, HOSPITAL, SAFE):
        return words
    if words == "not found":
        return None
    if words and parse(words).verb == "reached":
        return REACHED
    return REACHED if attended and words else None


def label_for(kind: str, level: RiskLevel) -> str:
    """The training label of an outcome kind, given the level the model gave the case."""
    if kind == FALSE_ALARM:
        return "low"
    if kind == HOSPITAL:
        return "high"
    had = level.value if level.value in _RANK else "medium"  # unknown: the risk was real, its degree not known
    return _RANK[max(_RANK.index(had), _RANK.index("medium"))]


@dataclass(frozen=True)
class Example:
    """One labelled post, as the feedback file holds it (one JSON line)."""

    case_id: str
    text: str
    lang: str | None  # as the reader saw it: en / hi / hi-Latn / mixed / None
    model: dict = field(compare=False)  # level, score (and any probabilities) at the time
    outcome: str
    label: str
    closed_at: datetime
    exported_at: datetime | None = None  # set by `lifeline feedback export`: kept past retention

    def to_json(self) -> dict:
        return {"case_id": self.case_id, "text": self.text, "lang": self.lang, "model": self.model,
                "outcome": self.outcome, "label": self.label, "closed_at": iso_utc(self.closed_at),
                "exported_at": iso_utc(self.exported_at)}

    @classmethod
    def from_json(cls, data: dict) -> "Example":
        """Raises KeyError / ValueError / TypeError on a row that is not an example."""
        if not isinstance(data["text"], str) or data["label"] not in _RANK or not isinstance(data["case_id"], str):
            raise ValueError("not an example")
        return cls(data["case_id"], data["text"], data.get("lang"), dict(data.get("model") or {}), str(data["outcome"]),
                   data["label"], from_iso(data["closed_at"]), from_iso(data.get("exported_at")))

    def exported(self, at: datetime) -> "Example":
        return self if self.exported_at else replace(self, exported_at=at)


def example_for(case, now: datetime) -> Example | None:
    """The example a closed case gives (``case`` is a daemon.core.case.Case), or None."""
    text = (case.report.post_text or "").strip()
    kind = outcome_kind(case.outcome, case.attended_at is not None)
    if kind is None or not text or not case.authentic:
        return None
    risk = case.risk
    model = {"level": risk.level.value, "score": risk.score}
    for name in ("p_high", "p_risk"):  # the model's probabilities, where the scorer gives them
        if getattr(risk, name, None) is not None:
            model[name] = getattr(risk, name)
    return Example(case.id, text, case.report.language, model, kind, label_for(kind, risk.level), now)


def training_lang(lang: str | None, text: str) -> str:
    """The models/data language of an example: a mixed or unknown one by its main script
    (mostly Devanagari: hi; else romanized Hindi, as Latin posts from Rajasthan mostly are,
    unless the reader said en)."""
    if lang in TRAINING_LANGS:
        return lang
    deva = sum(1 for c in text if "\u0900" <= c <= "\u097f")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "hi" if deva > latin else "hi-Latn"


def training_row(example: Example) -> dict:
    """The example in the models/data/*.jsonl schema (id, text, level, lang, split, ...):
    always split train, so dev and test stay the curated ones and builds stay comparable."""
    row_id = f"fb-{example.case_id}"
    return {"id": row_id, "text": example.text, "level": example.label,
            "lang": training_lang(example.lang, example.text), "split": "train", "source": "feedback",
            "group": row_id, "tags": ["feedback", "outcome-" + example.outcome.replace(" ", "-")],
            "outcome": example.outcome, "model": example.model, "closed_at": iso_utc(example.closed_at)}
