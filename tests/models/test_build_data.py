"""models/tools/data.py: defensive reading of the labelled posts."""

from __future__ import annotations

import json
from pathlib import Path

from models.tools.data import load_posts, parse_line


def _row(**over) -> str:
    row = {"id": "en-0001", "text": "a post", "level": "high", "lang": "en", "split": "train", "tags": []}
    row.update(over)
    return json.dumps(row, ensure_ascii=False)


def test_good_line_parses():
    post, reason = parse_line(_row(text="  ab jeene ka mann nahi  ", lang="hi-Latn", level="medium"))
    assert reason is None and post.text == "ab jeene ka mann nahi" and post.label == 1


def test_bad_lines_give_reasons():
    cases = {
        "": "blank line",
        "{oops": "not valid JSON",
        "[1, 2]": "not a JSON object",
        _row(text=""): "missing or empty 'text'",
        _row(text=5): "missing or empty 'text'",
        _row(level="severe"): "unknown level",
        _row(lang="ta"): "unknown lang",
        _row(split="test"): "test split (held out until the final evaluation; never trained on)",
        _row(split="final"): "unknown split",
    }
    for line, reason in cases.items():
        assert parse_line(line) == (None, reason), line


def test_load_counts_skips_and_keeps_leaked_text_in_dev_only(tmp_path: Path):
    (tmp_path / "b.jsonl").write_text("\n".join([
        _row(id="x-1", text="Same words", split="train"),
        _row(id="x-2", text="same   WORDS", split="dev"),  # the same post after normalisation
        _row(id="x-3", text="other", level="low"),
        _row(id="x-3", text="dup id", level="low"),
        "{broken",
    ]) + "\n", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(_row(id="a-1", text="another", lang="hi", level="low") + "\n", encoding="utf-8")
    posts, report = load_posts(tmp_path)
    assert [p.id for p in posts] == ["a-1", "x-2", "x-3"]
    assert report.skipped == {"not valid JSON": 1, "duplicate id": 1, "train text also in dev (kept in dev only)": 1}
    assert report.counts[("en", "high", "dev")] == 1 and report.counts[("hi", "low", "train")] == 1
    assert any("skipped 1 line(s): not valid JSON" in line for line in report.lines())


def test_sources_are_folders_or_files_and_groups_are_kept(tmp_path: Path):
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "en.jsonl").write_text(_row(id="v2-en-1", text="one idea", group="v2-g1") + "\n", encoding="utf-8")
    extra = tmp_path / "extra.jsonl"
    extra.write_text(_row(id="fb-1", text="from outcomes") + "\n" + _row(id="t-1", text="held", split="test") + "\n",
                     encoding="utf-8")
    posts, report = load_posts(tmp_path / "v2", extra)
    assert [(p.id, p.group) for p in posts] == [("fb-1", ""), ("v2-en-1", "v2-g1")]
    assert report.files == ["v2/en.jsonl", f"{tmp_path.name}/extra.jsonl"]
    assert report.skipped == {"test split (held out until the final evaluation; never trained on)": 1}
