"""Read the labelled posts (models/data/*.jsonl, v2/, v3/, v4/ and v5/*.jsonl), defensively.

Every line is checked; a bad line is skipped and counted with its reason (never silently
dropped), and a text that appears in both splits is kept in dev only, so the dev figures
are never inflated by a leaked duplicate. ``load_posts`` takes any number of sources
(folders of *.jsonl or single files), so another input is one more argument. The held-out
test split (models/data/test/) is never a training source: its lines are refused here.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

LEVELS = ("low", "medium", "high")  # class index order of the model output
LANGS = ("en", "hi", "hi-Latn")
SPLITS = ("train", "dev")
TRAINING_SOURCES = ("", "v2", "v3", "v4", "v5")  # folders under models/data that training reads; never test*/


@dataclass(frozen=True)
class Post:
    id: str
    text: str
    level: str
    lang: str
    split: str
    group: str = ""  # posts that say one idea (translations) share a group; "" = the post alone

    @property
    def label(self) -> int:
        return LEVELS.index(self.level)


@dataclass
class DataReport:
    files: list[str] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    counts: Counter = field(default_factory=Counter)  # (lang, level, split) -> n

    def lines(self) -> list[str]:
        out = [f"data files: {', '.join(self.files) or 'none'}"]
        for reason, n in sorted(self.skipped.items()):
            out.append(f"skipped {n} line(s): {reason}")
        for split in SPLITS:
            for lang in LANGS:
                row = [f"{lvl}={self.counts[(lang, lvl, split)]}" for lvl in LEVELS]
                out.append(f"{split:>5} {lang:<7} " + " ".join(row))
        return out


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def parse_line(line: str) -> tuple[Post | None, str | None]:
    """One JSONL line -> (post, None) or (None, reason it is unusable)."""
    if not line.strip():
        return None, "blank line"
    try:
        row = json.loads(line)
    except json.JSONDecodeError:
        return None, "not valid JSON"
    if not isinstance(row, dict):
        return None, "not a JSON object"
    values = {}
    for key in ("id", "text", "level", "lang", "split"):
        value = row.get(key)
        if not isinstance(value, str) or not value.strip():
            return None, f"missing or empty '{key}'"
        values[key] = value.strip()
    if values["level"] not in LEVELS:
        return None, "unknown level"
    if values["lang"] not in LANGS:
        return None, "unknown lang"
    if values["split"] == "test":
        return None, "test split (held out until the final evaluation; never trained on)"
    if values["split"] not in SPLITS:
        return None, "unknown split"
    group = row.get("group")
    group = group.strip() if isinstance(group, str) else ""
    return Post(values["id"], values["text"], values["level"], values["lang"], values["split"], group), None


def source_files(*sources: Path) -> list[tuple[str, Path]]:
    """(name, path) of every *.jsonl in the sources (folders or files); name = parent/file."""
    files = []
    for source in sources:
        paths = sorted(source.glob("*.jsonl")) if source.is_dir() else [source]
        files += [(f"{p.parent.name}/{p.name}", p) for p in paths]
    return files


def load_posts(*sources: Path) -> tuple[list[Post], DataReport]:
    """All usable posts of the sources, sorted by id (file order and glob order do not matter)."""
    report = DataReport()
    posts: list[Post] = []
    for name, path in source_files(*sources):
        report.files.append(name)
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                post, reason = parse_line(line)
                if post is None:
                    report.skipped[reason] += 1
                else:
                    posts.append(post)
    posts.sort(key=lambda p: (p.id, p.text))
    seen_ids: set[str] = set()
    dev_texts = {_normal(p.text) for p in posts if p.split == "dev"}
    seen_texts: set[tuple[str, str]] = set()
    kept: list[Post] = []
    for post in posts:
        norm = _normal(post.text)
        if post.id in seen_ids:
            report.skipped["duplicate id"] += 1
            continue
        if post.split == "train" and norm in dev_texts:
            report.skipped["train text also in dev (kept in dev only)"] += 1
            continue
        if (post.split, norm) in seen_texts:
            report.skipped["duplicate text"] += 1
            continue
        seen_ids.add(post.id)
        seen_texts.add((post.split, norm))
        kept.append(post)
        report.counts[(post.lang, post.level, post.split)] += 1
    return kept, report
