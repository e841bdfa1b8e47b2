"""Scores, thresholds and the figures the issue asks for, per language.

score = P(high) + 0.5 * P(medium): one number in [0, 1] that orders posts by urgency.
Thresholds are fitted on out-of-fold scores of the *train* split only; dev is used once,
for the reported figures.
"""

from __future__ import annotations

import numpy as np

MEDIUM_WEIGHT = 0.5


def risk_score(probs: np.ndarray) -> np.ndarray:
    """probs [n, 3] in order [low, medium, high] -> score [n]."""
    return probs[:, 2] + MEDIUM_WEIGHT * probs[:, 1]


def auc(positive: np.ndarray, scores: np.ndarray) -> float | None:
    """Area under the ROC curve (Mann-Whitney, ties count half); None if one class is absent."""
    positive = np.asarray(positive, dtype=bool)
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    if n_pos == 0 or n_neg == 0:
        return None
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = np.asarray(scores)[order]
    i = 0
    while i < len(sorted_scores):
        j = i
        while j + 1 < len(sorted_scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return float((ranks[positive].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def threshold_for_recall(scores: np.ndarray, positive: np.ndarray, groups: np.ndarray, recall: float) -> float:
    """The highest threshold at which every group reaches ``recall`` of its positives.

    Taking the minimum over languages means no language is sacrificed for the others.
    """
    cuts = []
    for group in sorted(set(groups.tolist())):
        pos_scores = np.sort(scores[(groups == group) & positive])
        if len(pos_scores) == 0:
            continue
        allowed_misses = int(np.floor((1.0 - recall) * len(pos_scores)))
        cuts.append(float(pos_scores[allowed_misses]))
    return min(cuts) if cuts else 0.5


def levels(scores: np.ndarray, high: float, medium: float) -> np.ndarray:
    """0 low, 1 medium, 2 high."""
    return np.where(scores >= high, 2, np.where(scores >= medium, 1, 0))


def figures(probs: np.ndarray, labels: np.ndarray, high: float, medium: float) -> dict[str, float | int | None]:
    """The issue's figures for one language (labels: 0 low, 1 medium, 2 high).

    AUCs are given on the deployed score and on the class probabilities themselves
    (P(high); P(high)+P(medium)), which measure the classifier without the score's blend.
    """
    scores = risk_score(probs)
    pred = levels(scores, high, medium)
    is_high, is_low = labels == 2, labels == 0
    out: dict[str, float | int | None] = {
        "n": int(len(labels)),
        "n_high": int(is_high.sum()),
        "n_medium": int((labels == 1).sum()),
        "n_low": int(is_low.sum()),
        "auc_high_vs_rest": auc(is_high, scores),
        "auc_high_medium_vs_low": auc(~is_low, scores),
        "auc_high_vs_rest_by_p_high": auc(is_high, probs[:, 2]),
        "auc_high_medium_vs_low_by_p_not_low": auc(~is_low, probs[:, 1] + probs[:, 2]),
        "recall_high_at_high": float((pred[is_high] == 2).mean()) if is_high.any() else None,
        "recall_high_medium_at_medium": float((pred[~is_low] >= 1).mean()) if (~is_low).any() else None,
        "low_flagged_high": float((pred[is_low] == 2).mean()) if is_low.any() else None,
        "low_flagged_medium_or_high": float((pred[is_low] >= 1).mean()) if is_low.any() else None,
        "medium_flagged_high": float((pred[labels == 1] == 2).mean()) if (labels == 1).any() else None,
        "accuracy_3_level": float((pred == labels).mean()) if len(labels) else None,
    }
    return out
