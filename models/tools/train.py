"""Train the risk model's head: ``python -m models.tools.train`` (``make model-train``).

posts of v1 (models/data/*.jsonl) and v2 (models/data/v2/*.jsonl), train and dev splits
-> features from the 4-bit encoder -> head (logistic regression; L2 and the number of
components chosen by grouped cross-validation on train) -> thresholds per language on
held-out predictions (out-of-fold train + dev) -> models/risk/head.npy (committed), card.toml
(committed) and model.onnx + tokenizer.json. The test split (models/data/test/) is never read
here; ``python -m models.tools.test_eval`` scores it once, at the end.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from daemon.reading.language import detect_language
from daemon.risk.onnx import CARD_FILE, MODEL_FILE
from models.tools import data as data_mod
from models.tools import evaluate as ev
from models.tools.build import DATA, OUT, Clock, encoder_parts, run_model, say, session_for, sha256_bytes
from models.tools.build import write_artifacts
from models.tools.card import write_card
from models.tools.graph import FEATURES, add_head
from models.tools.head import HEAD_FILE, cell_weights, fit_head, head_bytes

FOLDS = 5
L2_GRID = (0.01, 0.03, 0.1, 0.3)
COMPONENTS_GRID = (256, 384)  # principal components of the standardised features the head is fitted on
HIGH_RECALL_TARGET = 0.95  # recall of high at level high, per language, on held-out predictions
RISK_RECALL_TARGET = 0.95  # recall of (high + medium) at medium or above, per language


def folds_for(posts: list[data_mod.Post]) -> np.ndarray:
    """Grouped, stratified folds: a group (one idea in several languages) stays in one fold;
    within each level, groups in order of their first id go round-robin."""
    first: dict[str, tuple[str, str]] = {}
    for post in posts:
        key = post.group or post.id
        first.setdefault(key, (post.level, post.id))
    counters: dict[str, int] = {}
    fold_of: dict[str, int] = {}
    for key, (level, _id) in sorted(first.items(), key=lambda kv: (kv[1][0], kv[1][1])):
        fold_of[key] = counters.get(level, 0) % FOLDS
        counters[level] = counters.get(level, 0) + 1
    return np.array([fold_of[p.group or p.id] for p in posts])


def criterion(probs: np.ndarray, y: np.ndarray, langs: np.ndarray) -> float:
    """The weakest language's mean of AUC(high | rest) by P(high) and AUC(high+medium | low) by p_risk."""
    per_lang = []
    for lang in data_mod.LANGS:
        sel = langs == lang
        per_lang.append(np.mean([ev.auc(y[sel] == 2, ev.p_high(probs[sel])), ev.auc(y[sel] >= 1, ev.p_risk(probs[sel]))]))
    return float(min(per_lang))


def cross_validate(x: np.ndarray, y: np.ndarray, langs: list[str], fold: np.ndarray, l2: float,
                   components: int) -> np.ndarray:
    oof = np.zeros((len(y), 3))
    for k in range(FOLDS):
        tr, te = fold != k, fold == k
        w = cell_weights(y[tr], [langs[i] for i in np.flatnonzero(tr)])
        oof[te] = fit_head(x[tr], y[tr], w, l2, components=components).probs(x[te])
    return oof


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default models/risk)")
    args = parser.parse_args(argv)
    clock = Clock()
    sources = [DATA / name if name else DATA for name in data_mod.TRAINING_SOURCES]
    posts, report = data_mod.load_posts(*sources)
    for line in report.lines():
        say(line)
    train = [p for p in posts if p.split == "train"]
    dev = [p for p in posts if p.split == "dev"]
    for split_name, split in (("train", train), ("dev", dev)):
        for lang in data_mod.LANGS:
            for level in data_mod.LEVELS:
                if not any(p.lang == lang and p.level == level for p in split):
                    raise SystemExit(f"no {split_name} posts for {lang}/{level}: cannot build an honest model")

    wheels, tokenizer_bytes, tokenizer, encoder, vocab = encoder_parts(clock)
    with clock(f"embed {len(train) + len(dev)} posts"):
        session = session_for(encoder.SerializeToString())
        x_all = run_model(session, tokenizer, [p.text for p in train + dev], FEATURES)
    x_train, x_dev = x_all[: len(train)], x_all[len(train):]
    y_train, y_dev = np.array([p.label for p in train]), np.array([p.label for p in dev])
    lang_train, lang_dev = np.array([p.lang for p in train]), np.array([p.lang for p in dev])

    fold = folds_for(train)
    best = None
    with clock("cross-validation"):
        for components in COMPONENTS_GRID:
            for l2 in L2_GRID:
                oof = cross_validate(x_train, y_train, list(lang_train), fold, l2, components)
                crit = criterion(oof, y_train, lang_train)
                say(f"cv components={components} l2={l2:g}: worst-language mean AUC {crit:.4f}")
                if best is None or crit > best[2]:
                    best = (components, l2, crit, oof)
    components, l2, cv_crit, oof = best
    with clock("final head"):
        head = fit_head(x_train, y_train, cell_weights(y_train, list(lang_train)), l2, components=components)
        dev_probs = head.probs(x_dev)

    # thresholds on every held-out prediction we have: out-of-fold train + dev (never test)
    fit_probs = np.vstack([oof, dev_probs])
    fit_y, fit_lang = np.concatenate([y_train, y_dev]), np.concatenate([lang_train, lang_dev])
    fitted = ev.fit_thresholds(fit_probs, fit_y, fit_lang, data_mod.LANGS, HIGH_RECALL_TARGET, RISK_RECALL_TARGET)
    for lang, (t_high, t_medium) in fitted.items():
        say(f"thresholds {lang:<8} P(high) >= {t_high:.4f} -> high; p_risk >= {t_medium:.4f} -> medium")

    def as_deployed(probs: np.ndarray, split: list[data_mod.Post], labels: np.ndarray, langs: np.ndarray) -> dict:
        high, medium = ev.thresholds_of([detect_language(p.text) for p in split], fitted)
        return ev.per_language(probs, labels, langs, ev.levels(probs, high, medium), data_mod.LANGS)

    cv_figures = as_deployed(oof, train, y_train, lang_train)
    dev_figures = as_deployed(dev_probs, dev, y_dev, lang_dev)
    dev_pred = ev.levels(dev_probs, *ev.thresholds_of([detect_language(p.text) for p in dev], fitted))
    misses = [p.id for p, k in zip(dev, dev_pred) if p.level == "high" and k != 2]
    false_high = [p.id for p, k in zip(dev, dev_pred) if p.level == "low" and k == 2]

    with clock("assemble + write"):
        blob = head_bytes(head)
        model_bytes = add_head(encoder, [(head.weight, head.bias)]).SerializeToString()
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / HEAD_FILE).write_bytes(blob)
        write_artifacts(args.out, model_bytes, tokenizer_bytes)
        write_card(
            args.out / CARD_FILE,
            model_sha256=sha256_bytes(model_bytes), tokenizer_sha256=sha256_bytes(tokenizer_bytes),
            head_sha256=sha256_bytes(blob), model_bytes=len(model_bytes), tokenizer_bytes=len(tokenizer_bytes),
            vocab=vocab,
            wheels={req: (path.name, sha256_bytes(path.read_bytes())) for req, path in sorted(wheels.items())},
            data_files={name: sha256_bytes(path.read_bytes()) for name, path in data_mod.source_files(*sources)},
            counts=report, l2=l2, components=components, cv_criterion=cv_crit, thresholds=fitted,
            targets=(HIGH_RECALL_TARGET, RISK_RECALL_TARGET), cv_figures=cv_figures, dev_figures=dev_figures,
            dev_misses=misses, dev_false_high=false_high, folds=FOLDS, l2_grid=L2_GRID,
            components_grid=COMPONENTS_GRID,
        )
    for scope, fig in dev_figures.items():
        say(f"dev {scope:<7} n={fig['n']:<4} auc(h+m|low by p_risk)={_f(fig['auc_high_medium_vs_low_by_p_risk'])} "
            f"auc(h|rest by p_high)={_f(fig['auc_high_vs_rest_by_p_high'])} recall(high)={_f(fig['recall_high_at_high'])} "
            f"low->high={_f(fig['low_flagged_high'])} low->med+={_f(fig['low_flagged_medium_or_high'])} "
            f"med->high={_f(fig['medium_flagged_high'])}")
    say(f"dev high posts missed: {len(misses)}; dev low posts flagged high: {len(false_high)}")
    say(f"wrote {HEAD_FILE}, {CARD_FILE}, {MODEL_FILE} ({len(model_bytes) / 1e6:.1f} MB) in {args.out}")
    clock.report()
    return 0


def _f(value) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
