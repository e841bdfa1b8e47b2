"""The two decisions, their thresholds and the figures the issue asks for, per language.

The level comes from the model's own probabilities (issue 14): high when P(high) reaches
the language's high threshold, else medium when p_risk = 1 - P(low) reaches its medium
threshold. score = P(high) + 0.5 * P(medium) is kept as one number that orders posts.
Thresholds are fitted on held-out predictions of train and dev, never on the test split.
"""

from __future__ import annotations

import numpy as np

MEDIUM_WEIGHT = 0.5


def risk_score(probs: np.ndarray) -> np.ndarray:
    """probs [n, 3] in order [low, medium, high] -> score [n] (ordering only)."""
    return probs[:, 2] + MEDIUM_WEIGHT * probs[:, 1]


def p_high(probs: np.ndarray) -> np.ndarray:
    return probs[:, 2]


def p_risk(probs: np.ndarray) -> np.ndarray:
    return 1.0 - probs[:, 0]


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


def cut_for_recall(scores: np.ndarray, positive: np.ndarray, recall: float) -> float:
    """The highest threshold that keeps ``recall`` of the positives at or above it."""
    pos_scores = np.sort(scores[positive])
    if len(pos_scores) == 0:
        return 0.5
    allowed_misses = int(np.floor((1.0 - recall) * len(pos_scores) + 1e-9))
    return float(pos_scores[min(allowed_misses, len(pos_scores) - 1)])


def threshold_for_recall(scores: np.ndarray, positive: np.ndarray, groups: np.ndarray, recall: float) -> float:
    """The highest threshold at which every group reaches ``recall`` of its positives."""
    cuts = [cut_for_recall(scores[groups == g], positive[groups == g], recall) for g in sorted(set(groups.tolist()))
            if (positive[groups == g]).any()]
    return min(cuts) if cuts else 0.5


def floor4(value: float) -> float:
    """Floored to 4 decimals: a rounded threshold must not exclude a score it was fitted to include."""
    return float(np.floor(value * 1e4) / 1e4)


def fit_thresholds(probs: np.ndarray, labels: np.ndarray, langs: np.ndarray, langs_wanted: tuple[str, ...],
                   high_recall: float, risk_recall: float) -> dict[str, tuple[float, float]]:
    """{lang: (high on P(high), medium on p_risk)} for each language, plus "fallback" = the lowest of each."""
    out: dict[str, tuple[float, float]] = {}
    for lang in langs_wanted:
        sel = langs == lang
        high = cut_for_recall(p_high(probs[sel]), labels[sel] == 2, high_recall)
        medium = cut_for_recall(p_risk(probs[sel]), labels[sel] >= 1, risk_recall)
        out[lang] = (floor4(high), floor4(medium))
    out["fallback"] = (min(t[0] for t in out.values()), min(t[1] for t in out.values()))
    return out


def thresholds_of(langs: list[str | None], fitted: dict[str, tuple[float, float]]) -> tuple[np.ndarray, np.ndarray]:
    """Per-post (high, medium) thresholds as the runtime picks them: by language, else the fallback."""
    pairs = [fitted.get(lang or "", fitted["fallback"]) for lang in langs]
    return np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])


def levels(probs: np.ndarray, high: np.ndarray | float, medium: np.ndarray | float) -> np.ndarray:
    """0 low, 1 medium, 2 high: high by P(high), else medium by p_risk (the runtime's rule)."""
    return np.where(p_high(probs) >= high, 2, np.where(p_risk(probs) >= medium, 1, 0))


def figures(probs: np.ndarray, labels: np.ndarray, pred: np.ndarray) -> dict[str, float | int | None]:
    """The issue's figures for one language (labels and pred: 0 low, 1 medium, 2 high)."""
    is_high, is_low, is_medium = labels == 2, labels == 0, labels == 1

    def share(mask: np.ndarray, hit: np.ndarray) -> float | None:
        return float(hit[mask].mean()) if mask.any() else None

    scores = risk_score(probs)
    return {
        "n": int(len(labels)),
        "n_high": int(is_high.sum()),
        "n_medium": int(is_medium.sum()),
        "n_low": int(is_low.sum()),
        "auc_high_medium_vs_low_by_p_risk": auc(~is_low, p_risk(probs)),
        "auc_high_vs_rest_by_p_high": auc(is_high, p_high(probs)),
        "auc_high_medium_vs_low_by_score": auc(~is_low, scores),
        "auc_high_vs_rest_by_score": auc(is_high, scores),
        "recall_high_at_high": share(is_high, pred == 2),
        "recall_high_medium_at_medium": share(~is_low, pred >= 1),
        "low_flagged_high": share(is_low, pred == 2),
        "low_flagged_medium_or_high": share(is_low, pred >= 1),
        "medium_flagged_high": share(is_medium, pred == 2),
        "accuracy_3_level": float((pred == labels).mean()) if len(labels) else None,
    }


def per_language(probs: np.ndarray, labels: np.ndarray, langs: np.ndarray, pred: np.ndarray,
                 langs_wanted: tuple[str, ...]) -> dict[str, dict]:
    out = {"all": figures(probs, labels, pred)}
    for lang in langs_wanted:
        sel = langs == lang
        out[lang] = figures(probs[sel], labels[sel], pred[sel])
    return out
