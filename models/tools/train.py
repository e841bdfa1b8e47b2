"""Train the risk model's head: ``python -m models.tools.train`` (``make model-train``).

posts of v1 (models/data/*.jsonl), v2, v3 and v4 (models/data/v2/, v3/, v4/), train and dev splits
-> features from the 4-bit encoder and the posts' piece ids -> head (logistic regression on the
features plus the lexical term of lexical.py; both L2s chosen by grouped cross-validation on
train + dev, "no lexical term" among the choices) -> thresholds per language on the
out-of-fold predictions -> head fitted on train + dev -> models/risk/head.npy and lexicon.npy
(committed), card.toml (committed) and model.onnx + tokenizer.json. The test split (models/data/test/) is never read
here; ``python -m models.tools.test_eval`` scores it once, at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

from daemon.reading.language import detect_language
from daemon.risk.onnx import CARD_FILE, MODEL_FILE, PREFIX
from models.tools import data as data_mod
from models.tools import evaluate as ev
from models.tools import feedback
from models.tools.build import CACHE, DATA, OUT, Clock, encoder_parts, run_model, say, session_for, sha256_bytes
from models.tools.build import write_artifacts
from models.tools.card import write_card
from models.tools.graph import FEATURES, add_head
from models.tools.head import HEAD_FILE, cell_weights, fit_head, head_bytes
from models.tools.lexical import LEXICON_FILE, fit_joint, lexicon_bytes
from models.tools.lexical import probs as joint_probs

FOLDS = 5
# a first run on train only (5 folds) gave worst-language AUC 0.933-0.934 for 256 components at
# L2 0.01-0.1 and 0.936 for 384 at 0.1-0.3, so the grid was narrowed to save build time
L2_GRID = (0.03, 0.1, 0.3)
COMPONENTS_GRID = (384,)  # principal components of the standardised features the head is fitted on
# L2 of the lexical term's weights (None: no lexical term). models/notes/lexical_cv/ measured 1e-5, 3e-6
# and 1e-6 best on v1 + v2 (worst-language criterion 0.978-0.981 against 0.944 without the term)
LEXICAL_L2_GRID = (None, 1e-5, 3e-6, 1e-6)
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


def fit(x: np.ndarray, ids: list[list[int]], y: np.ndarray, langs: list[str], l2: float, components: int,
        lexical_l2: float | None, vocab: int):
    """(head, lexicon or None), samples weighted per (language, level) cell."""
    w = cell_weights(y, langs)
    if lexical_l2 is None:
        return fit_head(x, y, w, l2, components=components), None
    return fit_joint(x, ids, y, w, l2, lexical_l2, components, vocab)


def cross_validate(x: np.ndarray, ids: list[list[int]], y: np.ndarray, langs: list[str], fold: np.ndarray,
                   l2: float, components: int, lexical_l2: float | None, vocab: int) -> np.ndarray:
    oof = np.zeros((len(y), 3))
    for k in range(FOLDS):
        tr, te = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        head, lexicon = fit(x[tr], [ids[i] for i in tr], y[tr], [langs[i] for i in tr], l2, components,
                            lexical_l2, vocab)
        oof[te] = joint_probs(head, lexicon, x[te], [ids[i] for i in te])
    return oof


def features(encoder, tokenizer, texts: list[str]) -> np.ndarray:
    """Encoder features of the posts, kept in models/cache/ under the sha256 of encoder + texts:
    a retrain that changes only the head (or a second run) skips the encoder's ~1-3 minutes."""
    key = hashlib.sha256(b"exact-length batches\0" + encoder.SerializeToString()
                         + json.dumps(texts, ensure_ascii=False).encode()).hexdigest()
    path = CACHE / f"features-{key[:24]}.npy"
    if path.is_file():
        say(f"features from {path.name}")
        return np.load(path, allow_pickle=False)
    x = run_model(session_for(encoder.SerializeToString()), tokenizer, texts, FEATURES)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, x, allow_pickle=False)
    return x


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default models/risk)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of *.jsonl posts (v1; its v2/ too)")
    parser.add_argument("--extra", type=Path, action="append", default=[], metavar="FILE",
                        help="an exported feedback file (lifeline feedback export) as extra train posts")
    args = parser.parse_args(argv)
    clock = Clock()
    sources = [args.data / name if name else args.data for name in data_mod.TRAINING_SOURCES]
    posts, report = data_mod.load_posts(*[s for s in sources if s.is_dir()])
    posts, extra = feedback.add_extra(posts, report, args.extra)
    for line in report.lines() + [line for r in extra for line in r.lines()]:
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
        x_all = features(encoder, tokenizer, [p.text for p in train + dev])
        ids_all = [e.ids for e in tokenizer.encode_batch([PREFIX + p.text for p in train + dev])]
    # train and dev together: grouped cross-validation picks L2 and components and gives every post a
    # held-out prediction (out-of-fold) for the thresholds; the final head is then fitted on all of them
    posts_fit = train + dev
    y = np.array([p.label for p in posts_fit])
    langs = np.array([p.lang for p in posts_fit])
    fold = folds_for(posts_fit)
    best = None
    with clock("cross-validation"):
        without_lexicon = None
        for components in COMPONENTS_GRID:
            for l2 in L2_GRID:
                for lexical_l2 in LEXICAL_L2_GRID:
                    oof = cross_validate(x_all, ids_all, y, list(langs), fold, l2, components, lexical_l2, vocab)
                    crit = criterion(oof, y, langs)
                    say(f"cv components={components} l2={l2:g} lexical_l2={lexical_l2}: "
                        f"worst-language mean AUC {crit:.4f}")
                    if lexical_l2 is None and (without_lexicon is None or crit > without_lexicon):
                        without_lexicon = crit
                    if best is None or crit > best[3]:
                        best = (components, l2, lexical_l2, crit, oof)
    components, l2, lexical_l2, cv_crit, oof = best
    with clock("final head"):
        head, lexicon = fit(x_all, ids_all, y, list(langs), l2, components, lexical_l2, vocab)

    fitted = ev.fit_thresholds(oof, y, langs, data_mod.LANGS, HIGH_RECALL_TARGET, RISK_RECALL_TARGET)
    for lang, (t_high, t_medium) in fitted.items():
        say(f"thresholds {lang:<8} P(high) >= {t_high:.4f} -> high; p_risk >= {t_medium:.4f} -> medium")
    pred = ev.levels(oof, *ev.thresholds_of([detect_language(p.text) for p in posts_fit], fitted))
    is_dev = np.array([p.split == "dev" for p in posts_fit])
    cv_figures = ev.per_language(oof, y, langs, pred, data_mod.LANGS)
    dev_figures = ev.per_language(oof[is_dev], y[is_dev], langs[is_dev], pred[is_dev], data_mod.LANGS)
    misses = [p.id for p, k in zip(posts_fit, pred) if p.split == "dev" and p.level == "high" and k != 2]
    false_high = [p.id for p, k in zip(posts_fit, pred) if p.split == "dev" and p.level == "low" and k == 2]

    with clock("assemble + write"):
        blob = head_bytes(head)
        lexicon_blob = lexicon_bytes(lexicon) if lexicon is not None else None
        model_bytes = add_head(encoder, [(head.weight, head.bias)], lexicon=lexicon).SerializeToString()
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / HEAD_FILE).write_bytes(blob)
        if lexicon_blob is None:
            (args.out / LEXICON_FILE).unlink(missing_ok=True)
        else:
            (args.out / LEXICON_FILE).write_bytes(lexicon_blob)
        write_artifacts(args.out, model_bytes, tokenizer_bytes)
        write_card(
            args.out / CARD_FILE,
            model_sha256=sha256_bytes(model_bytes), tokenizer_sha256=sha256_bytes(tokenizer_bytes),
            head_sha256=sha256_bytes(blob),
            lexicon_sha256=sha256_bytes(lexicon_blob) if lexicon_blob is not None else None,
            lexical_l2=lexical_l2, lexical_l2_grid=LEXICAL_L2_GRID, cv_without_lexicon=without_lexicon,
            lexicon_rows=None if lexicon is None else lexicon.nonzero_rows(),
            model_bytes=len(model_bytes), tokenizer_bytes=len(tokenizer_bytes),
            vocab=vocab,
            wheels={req: (path.name, sha256_bytes(path.read_bytes())) for req, path in sorted(wheels.items())},
            data_files={name: sha256_bytes(path.read_bytes())
                        for name, path in data_mod.source_files(*[s for s in sources if s.is_dir()])},
            counts=report, l2=l2, components=components, cv_criterion=cv_crit, thresholds=fitted,
            targets=(HIGH_RECALL_TARGET, RISK_RECALL_TARGET), cv_figures=cv_figures, dev_figures=dev_figures,
            dev_misses=misses, dev_false_high=false_high, folds=FOLDS, l2_grid=L2_GRID,
            components_grid=COMPONENTS_GRID,
        )
        feedback.append_card(args.out / CARD_FILE, extra)
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
