"""The one evaluation on the held-out test split: ``python -m models.tools.test_eval``.

Scores models/data/test/*.jsonl through the runtime itself (daemon.risk.onnx: the detected
language's thresholds, exactly what the daemon decides) and, with ``--before DIR``, an older
model folder by its own card's rule (score = P(high) + w * P(medium) against one pair of
thresholds), in the same run. Prints the before/after table; ``--write-card`` appends the
figures to models/risk/card.toml as [test.*]. Nothing here feeds back into training: run it
once, after ``make model-train``, and do not tune on what it says.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

import numpy as np

from daemon.risk.onnx import CARD_FILE, TOKENIZER_FILE, MODEL_FILE, configure_tokenizer, open_model
from models.tools import evaluate as ev
from models.tools.build import DATA, OUT, run_model, say, session_for
from models.tools.card import _table
from models.tools.data import LANGS, LEVELS

MARKER = "# ---- held-out test split"
COLUMNS = (("auc_high_medium_vs_low_by_p_risk", "AUC h+m|low (p_risk)"), ("auc_high_vs_rest_by_p_high", "AUC h|rest (p_high)"),
           ("recall_high_at_high", "recall high"), ("low_flagged_high", "low->high"),
           ("auc_high_medium_vs_low_by_score", "AUC h+m|low (score)"), ("auc_high_vs_rest_by_score", "AUC h|rest (score)"),
           ("low_flagged_medium_or_high", "low->med+"), ("medium_flagged_high", "med->high"))


def read_test(split: str = "test") -> list[dict]:
    """The posts of a held-out split (models/data/<split>/)."""
    rows = []
    for path in sorted((DATA / split).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") == split and row.get("level") in LEVELS and row.get("lang") in LANGS:
                    rows.append(row)
    return sorted(rows, key=lambda r: r["id"])


def after(model_dir: Path, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(probs, levels) from the runtime scorer, as the daemon scores them."""
    scorer = open_model(model_dir, threads=2)
    results = scorer.score_batch(texts)
    if any(r.p_high is None for r in results):
        raise SystemExit("the runtime left a test post unscored")
    probs = np.array([[1.0 - r.p_risk, r.p_risk - r.p_high, r.p_high] for r in results])
    pred = np.array([LEVELS.index(r.level.value) for r in results])
    return probs, pred


def before(model_dir: Path, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(probs, levels) of an older model folder by its own card's rule (the blended score against one
    threshold pair for the first models; the runtime's per-language rule for those that have it)."""
    from tokenizers import Tokenizer

    card = tomllib.loads((model_dir / CARD_FILE).read_text(encoding="utf-8"))
    if card["thresholds"].get("on") == "p_high, p_risk":
        return after(model_dir, texts)  # a model of the two-probability rule: the runtime decides as for it
    tokenizer = Tokenizer.from_file(str(model_dir / TOKENIZER_FILE))
    configure_tokenizer(tokenizer, int(card["model"]["max_tokens"]))
    probs = run_model(session_for(str(model_dir / MODEL_FILE)), tokenizer, texts, "probs").astype(np.float64)
    score = probs[:, 2] + float(card["score"]["medium_weight"]) * probs[:, 1]
    high, medium = float(card["thresholds"]["high"]), float(card["thresholds"]["medium"])
    return probs, np.where(score >= high, 2, np.where(score >= medium, 1, 0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, default=OUT)
    parser.add_argument("--before", type=Path, help="an older model folder to score on the same posts")
    parser.add_argument("--write-card", action="store_true", help="append the figures to the model card")
    parser.add_argument("--split", choices=("test", "test2", "test3", "test4", "test5"), default="test",
                        help="test2: the second held-out split (models/data/test2/, written after test/ was scored)")
    args = parser.parse_args(argv)
    rows = read_test(args.split)
    texts = [r["text"] for r in rows]
    labels = np.array([LEVELS.index(r["level"]) for r in rows])
    langs = np.array([r["lang"] for r in rows])
    say(f"{args.split} split: {len(rows)} posts")
    results = {"after": ev.per_language(*_with(after(args.model_dir, texts), labels, langs))}
    if args.before:
        results["before"] = ev.per_language(*_with(before(args.before, texts), labels, langs))
    for which, figs in results.items():
        print(f"\n{which}:  " + " | ".join(title for _, title in COLUMNS))
        for scope in ("all",) + LANGS:
            print(f"  {scope:<8} " + " | ".join(_f(figs[scope][key]) for key, _ in COLUMNS))
    if args.write_card:
        path = args.model_dir / CARD_FILE
        text = path.read_text(encoding="utf-8").split(MARKER)[0].rstrip("\n")
        lines = [MARKER + f" (models/data/{args.split}/, {len(rows)} posts never used for training or thresholds;",
                 "# scored once by `python -m models.tools.test_eval`, levels as the daemon decides them)"]
        for scope in ("all",) + LANGS:
            lines += _table(f"{args.split}.{scope}", results["after"][scope])
        if "before" in results:
            lines += ["", f"# the previous model ({args.before}), same posts, same run, levels by its own card's rule"]
            for scope in ("all",) + LANGS:
                lines += _table(f"{args.split}_before.{scope}", results["before"][scope])
        path.write_text(text + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
        say(f"test figures written to {path}")
    return 0


def _with(pair: tuple[np.ndarray, np.ndarray], labels: np.ndarray, langs: np.ndarray):
    probs, pred = pair
    return probs, labels, langs, pred, LANGS


def _f(value) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
