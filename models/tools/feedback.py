"""Exported feedback files (`lifeline feedback export`) as extra train posts for the build.

``make model-train FEEDBACK=FILE`` -> ``python -m models.tools.train --extra FILE``. Off by default.
Each line is read like models/data (``data.parse_line``) and must be split train: feedback
never enters dev or test, so the figures stay comparable between builds. A post whose text
(normalised) is already in the curated data is left out (it would leak into dev, or count
twice), as is a repeated id; every skipped line is counted with its reason. The card gets an
``[inputs.feedback]`` table: each file's sha256 and what it added, per language and level.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from models.tools.data import LANGS, LEVELS, DataReport, Post, _normal, parse_line


@dataclass
class FeedbackReport:
    path: str
    sha256: str
    used: Counter = field(default_factory=Counter)  # (lang, level) -> n
    skipped: Counter = field(default_factory=Counter)  # reason -> n

    def lines(self) -> list[str]:
        used = " ".join(f"{lang}/{lvl}={self.used[(lang, lvl)]}" for lang in LANGS for lvl in LEVELS)
        out = [f"feedback {self.path} (sha256 {self.sha256[:16]}…): {sum(self.used.values())} train posts: {used}"]
        out += [f"feedback: skipped {n} line(s): {reason}" for reason, n in sorted(self.skipped.items())]
        return out


def read_feedback(path: Path, known_texts: set[str], known_ids: set[str]) -> tuple[list[Post], FeedbackReport]:
    """The usable train posts of one exported file; SystemExit when it cannot be read."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SystemExit(f"feedback file {path}: {exc.strerror or exc}") from None
    report = FeedbackReport(str(path), hashlib.sha256(raw).hexdigest())
    posts: list[Post] = []
    for line in raw.decode("utf-8", errors="replace").splitlines():
        post, reason = parse_line(line)
        if post is not None and post.split != "train":
            post, reason = None, "feedback posts are train only"
        elif post is not None and _normal(post.text) in known_texts:
            post, reason = None, "text already in the data"
        elif post is not None and post.id in known_ids:
            post, reason = None, "duplicate id"
        if post is None:
            report.skipped[reason] += 1
            continue
        known_texts.add(_normal(post.text))
        known_ids.add(post.id)
        posts.append(post)
        report.used[(post.lang, post.level)] += 1
    return posts, report


def add_extra(posts: list[Post], data: DataReport, paths: list[Path]) -> tuple[list[Post], list[FeedbackReport]]:
    """The curated posts plus the feedback files' train posts (id order); their counts go
    into ``data`` too, so the card's [data] says what the model was trained on."""
    texts, ids = {_normal(p.text) for p in posts}, {p.id for p in posts}
    reports = []
    extra: list[Post] = []
    for path in paths:
        more, report = read_feedback(path, texts, ids)
        extra += more
        reports.append(report)
        for (lang, level), n in report.used.items():
            data.counts[(lang, level, "train")] += n
    return sorted(posts + extra, key=lambda p: (p.id, p.text)), reports


def card_table(reports: list[FeedbackReport]) -> str:
    """The card's [inputs.feedback] table (appended after the card is written)."""
    lines = ["", "# exported feedback files trained on (make model-train FEEDBACK=...); none by default",
             "[inputs.feedback]", f"files = {len(reports)}"]
    for i, report in enumerate(reports, 1):
        lines.append(f"file_{i} = {json.dumps(f'{Path(report.path).name} sha256:{report.sha256}', ensure_ascii=False)}")
        for (lang, level), n in sorted(report.used.items()):
            lines.append(f"{json.dumps(f'file_{i}_{lang}_{level}')} = {n}")
        for reason, n in sorted(report.skipped.items()):
            lines.append(f"{json.dumps(f'file_{i}_skipped: {reason}')} = {n}")
    return "\n".join(lines) + "\n"


def append_card(card: Path, reports: list[FeedbackReport]) -> None:
    with card.open("a", encoding="utf-8") as handle:
        handle.write(card_table(reports))
