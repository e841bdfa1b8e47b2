"""Score post texts with the risk model: `lifeline score TEXT` or `--jsonl FILE`.

Output is one JSON object per input, same order: {"id", "score", "level", "p_high", "p_risk"}
(p_high = the model's P(high), which sets the level high; p_risk = 1 - P(low); plus
"problem" when a post could not be scored; its level is then "unknown", handled as high).
Bad input lines are reported per line, never dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from daemon.core.risk import RiskScore
from daemon.risk.onnx import load_scorer

DEFAULT_MODEL_DIR = Path("models/risk")
BATCH = 64


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", nargs="?", help="a post text to score")
    parser.add_argument("--jsonl", type=Path, metavar="FILE",
                        help='score every line {"text": ..., "id": ...} of FILE ("-" for stdin)')
    parser.add_argument("--model-dir", type=Path, default=DEFAULT_MODEL_DIR,
                        help="folder with model.onnx, tokenizer.json and card.toml (default: models/risk)")
    parser.add_argument("--threads", type=int, default=2, help="intra-op threads (default 2)")


def _result(ident, score: RiskScore) -> dict:
    def r4(value):
        return None if value is None else round(value, 4)

    out = {"id": ident, "score": r4(score.score), "level": score.level.value,
           "p_high": r4(score.p_high), "p_risk": r4(score.p_risk)}
    if score.problem:
        out["problem"] = score.problem
    return out


def _read_jsonl(lines) -> list[tuple[object, str | None, str | None]]:
    """(id, text, problem) per non-blank line; problem set when the line is unusable."""
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            rows.append((f"line-{number}", None, f"line {number}: not valid JSON"))
            continue
        if not isinstance(obj, dict):
            rows.append((f"line-{number}", None, f"line {number}: not a JSON object"))
            continue
        ident = obj.get("id", f"line-{number}")
        text = obj.get("text")
        if not isinstance(text, str):
            rows.append((ident, None, f"line {number}: 'text' missing or not a string"))
            continue
        rows.append((ident, text, None))
    return rows


def run(args: argparse.Namespace) -> int:
    if (args.text is None) == (args.jsonl is None):
        print("score: give either TEXT or --jsonl FILE", file=sys.stderr)
        return 2
    if args.text is not None:
        rows = [("text", args.text, None)]
    else:
        try:
            if str(args.jsonl) == "-":
                rows = _read_jsonl(sys.stdin)
            else:
                with args.jsonl.open(encoding="utf-8", errors="replace") as handle:
                    rows = _read_jsonl(handle)
        except OSError as exc:
            print(f"{args.jsonl}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    scorer = load_scorer(args.model_dir, threads=args.threads)
    unknown = 0
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        good = [(i, text) for i, (_ident, text, problem) in enumerate(chunk) if problem is None]
        scores = dict(zip((i for i, _ in good), scorer.score_batch([t for _, t in good])))
        for i, (ident, _text, problem) in enumerate(chunk):
            if problem is not None:
                out = {"id": ident, "score": None, "level": "unknown", "p_high": None, "p_risk": None,
                       "problem": problem}
            else:
                out = _result(ident, scores[i])
            unknown += out["level"] == "unknown"
            print(json.dumps(out, ensure_ascii=False), flush=False)
    sys.stdout.flush()
    if unknown:
        print(f"score: {unknown} of {len(rows)} input(s) scored unknown (handled as high)", file=sys.stderr)
    return 1 if unknown else 0
