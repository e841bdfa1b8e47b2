"""`lifeline score`: one output line per input, same order; bad lines get a problem."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from daemon.commands import score

REPO = Path(__file__).resolve().parents[2]
MODEL_DIR = REPO / "models" / "risk"


def _run(argv: list[str], capsys) -> tuple[int, list[dict], str]:
    parser = argparse.ArgumentParser()
    score.add_arguments(parser)
    code = score.run(parser.parse_args(argv))
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


@pytest.fixture(scope="module")
def model_dir() -> Path:
    if not (MODEL_DIR / "model.onnx").is_file():
        pytest.fail("risk model not built: run `make model`")
    return MODEL_DIR


def test_jsonl_keeps_order_ids_and_reports_bad_lines(tmp_path: Path, capsys, model_dir: Path):
    lines = [
        json.dumps({"id": "a", "text": "Tonight I am taking all the pills I saved. Goodbye everyone."}),
        "{not json",
        json.dumps({"text": "this exam is killing me lol"}),
        json.dumps({"id": 7, "body": "no text key"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": ""}),
    ]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = _run(["--jsonl", str(path), "--model-dir", str(model_dir)], capsys)
    assert [o["id"] for o in out] == ["a", "line-2", "line-3", 7, "line-6", "e"]
    assert [o["level"] for o in out] == ["high", "unknown", "low", "unknown", "unknown", "unknown"]
    assert 0.0 <= out[0]["score"] <= 1.0 and out[0]["score"] > out[2]["score"]
    # the two decisions' probabilities: P(high) for the tier, p_risk = 1 - P(low) for triage
    assert 0.0 <= out[0]["p_high"] <= out[0]["p_risk"] <= 1.0 and out[0]["p_high"] > out[2]["p_high"]
    assert out[1]["p_high"] is None and out[1]["p_risk"] is None and out[1]["score"] is None
    assert "not valid JSON" in out[1]["problem"] and "'text'" in out[3]["problem"]
    assert "empty" in out[5]["problem"]
    assert code == 1 and "4 of 6" in err


def test_single_text(capsys, model_dir: Path):
    code, out, _ = _run(["RIP legend, condolences to the family 🙏", "--model-dir", str(model_dir)], capsys)
    assert code == 0 and len(out) == 1 and out[0]["level"] == "low"


def test_missing_model_scores_unknown_and_says_why(tmp_path: Path, capsys):
    code, out, err = _run(["I want to die", "--model-dir", str(tmp_path)], capsys)
    assert code == 1
    assert out[0]["level"] == "unknown" and out[0]["score"] is None and "card" in out[0]["problem"]


def test_needs_text_or_jsonl(capsys):
    code, out, err = _run([], capsys)
    assert code == 2 and out == [] and "either TEXT or --jsonl" in err


def test_unreadable_file(tmp_path: Path, capsys):
    code, out, err = _run(["--jsonl", str(tmp_path / "missing.jsonl")], capsys)
    assert code == 2 and out == [] and "missing.jsonl" in err
