"""models/tools/feedback.py: exported feedback files as extra train posts, and the build's --extra."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from models.tools import build, train
from models.tools.data import DataReport, Post
from models.tools.feedback import add_extra, card_table, read_feedback


def _row(**over) -> str:
    row = {"id": "fb-LL-2026-000001", "text": "bas ab aur nahi", "level": "low", "lang": "hi-Latn", "split": "train",
           "source": "feedback", "tags": ["feedback", "outcome-false-alarm"], "outcome": "false alarm"}
    row.update(over)
    return json.dumps(row, ensure_ascii=False)


CURATED = [Post("en-0001", "A curated post", "high", "en", "train"), Post("en-0002", "A dev post", "low", "en", "dev")]


def test_reader_keeps_train_rows_and_counts_every_skip(tmp_path: Path):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join([
        _row(),
        _row(id="fb-LL-2026-000002", text="a  DEV post", level="medium"),  # already in dev: would leak
        _row(id="fb-LL-2026-000003", split="dev", text="other"),  # feedback never enters dev
        _row(id="fb-LL-2026-000001", text="same id again"),
        _row(id="fb-LL-2026-000004", text="aaj sab khatam", level="high"),
        _row(id="fb-LL-2026-000005", level="severe", text="x"),
        "{torn",
    ]) + "\n", encoding="utf-8")
    data = DataReport()
    posts, [report] = add_extra(list(CURATED), data, [path])
    assert [p.id for p in posts] == ["en-0001", "en-0002", "fb-LL-2026-000001", "fb-LL-2026-000004"]
    assert report.used == {("hi-Latn", "low"): 1, ("hi-Latn", "high"): 1}
    assert report.skipped == {"text already in the data": 1, "feedback posts are train only": 1, "duplicate id": 1,
                              "unknown level": 1, "not valid JSON": 1}
    assert data.counts[("hi-Latn", "low", "train")] == 1  # the card's [data] counts what was trained on
    assert len(report.sha256) == 64 and "2 train posts" in report.lines()[0]


def test_card_table_is_toml_with_the_files_sha256_and_counts(tmp_path: Path):
    path = tmp_path / "export.jsonl"
    path.write_text(_row() + "\n", encoding="utf-8")
    _, report = read_feedback(path, set(), set())
    table = tomllib.loads(card_table([report]))["inputs"]["feedback"]
    assert table["files"] == 1 and table["file_1"] == f"export.jsonl sha256:{report.sha256}"
    assert table["file_1_hi-Latn_low"] == 1
    assert tomllib.loads(card_table([]))["inputs"]["feedback"] == {"files": 0}  # default build says: none


def test_a_missing_file_stops_the_build_with_its_name(tmp_path: Path):
    with pytest.raises(SystemExit, match="feedback file .*nope.jsonl"):
        train.main(["--data", str(tmp_path), "--out", str(tmp_path / "out"), "--extra", str(tmp_path / "nope.jsonl")])


def test_build_reads_extra_files_before_anything_heavy(tmp_path: Path, capsys):
    data, extra = tmp_path / "data", tmp_path / "export.jsonl"
    data.mkdir()
    (data / "en.jsonl").write_text(json.dumps({"id": "en-0001", "text": "a post", "level": "high", "lang": "en",
                                               "split": "train"}) + "\n", encoding="utf-8")
    extra.write_text(_row() + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="no train posts for en/low"):  # the honest-data check, before any wheel
        train.main(["--data", str(data), "--out", str(tmp_path / "out"), "--extra", str(extra)])
    out = capsys.readouterr().out
    assert "feedback" in out and "1 train posts" in out and "hi-Latn/low=1" in out
    assert not (tmp_path / "out").exists()


def test_make_model_train_passes_feedback_as_extra_and_nothing_by_default(tmp_path: Path):
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("no make")
    extra = tmp_path / "export.jsonl"
    extra.write_text(_row() + "\n", encoding="utf-8")
    root = Path(build.ROOT)

    def planned(*args: str) -> list[str]:  # -n: print the recipes, run nothing
        out = subprocess.run(["make", "-n", "-C", str(root), "model-train", *args], capture_output=True, text=True).stdout
        return [line for line in out.splitlines() if "models.tools.train" in line]

    assert [line.split("models.tools.train", 1)[1].strip() for line in planned(f"FEEDBACK={extra}")] == [f"--extra {extra}"]
    assert all("--extra" not in line for line in planned())
