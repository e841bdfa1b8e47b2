"""models/tools/evaluate.py: AUC, the two decisions, per-language thresholds and the figures."""

from __future__ import annotations

import numpy as np
import pytest

from models.tools.evaluate import auc, cut_for_recall, figures, fit_thresholds, levels, risk_score, thresholds_of


def test_auc_known_values():
    assert auc(np.array([0, 0, 1, 1]), np.array([0.1, 0.2, 0.8, 0.9])) == 1.0
    assert auc(np.array([0, 0, 1, 1]), np.array([0.9, 0.8, 0.2, 0.1])) == 0.0
    assert auc(np.array([0, 1]), np.array([0.5, 0.5])) == 0.5
    # one inversion out of four pairs
    assert auc(np.array([0, 0, 1, 1]), np.array([0.1, 0.7, 0.6, 0.9])) == pytest.approx(0.75)
    assert auc(np.array([1, 1]), np.array([0.2, 0.3])) is None


def test_score_blends_high_and_half_medium():
    probs = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.2, 0.4, 0.4]])
    assert risk_score(probs).tolist() == pytest.approx([0.0, 0.5, 1.0, 0.6])


def test_cut_keeps_the_recall_asked_for():
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.1])
    positive = np.array([1, 1, 1, 1, 0], dtype=bool)
    assert cut_for_recall(scores, positive, 1.0) == 0.6
    assert cut_for_recall(scores, positive, 0.75) == 0.7  # one of four may be missed


def test_thresholds_per_language_and_the_strictest_fallback():
    # [low, medium, high]; en highs sit high, hi-Latn highs lower: one cut would not fit both
    probs = np.array([[0.0, 0.1, 0.9], [0.0, 0.2, 0.8], [0.9, 0.1, 0.0], [0.5, 0.5, 0.0],
                      [0.1, 0.5, 0.4], [0.1, 0.6, 0.3], [0.9, 0.1, 0.0], [0.3, 0.7, 0.0]])
    labels = np.array([2, 2, 0, 1, 2, 2, 0, 1])
    langs = np.array(["en"] * 4 + ["hi-Latn"] * 4)
    fitted = fit_thresholds(probs, labels, langs, ("en", "hi-Latn"), 1.0, 1.0)
    assert fitted["en"] == (0.8, 0.5) and fitted["hi-Latn"] == (0.3, 0.7)
    assert fitted["fallback"] == (0.3, 0.5)
    high, medium = thresholds_of(["en", "mixed", None, "hi-Latn"], fitted)
    assert high.tolist() == [0.8, 0.3, 0.3, 0.3] and medium.tolist() == [0.5, 0.5, 0.5, 0.7]


def test_level_is_high_by_p_high_then_medium_by_p_risk():
    probs = np.array([[0.0, 0.3, 0.7], [0.1, 0.6, 0.3], [0.6, 0.3, 0.1], [0.95, 0.05, 0.0]])
    assert levels(probs, 0.5, 0.3).tolist() == [2, 1, 1, 0]  # p_risk 0.4 >= 0.3: medium


def test_figures_count_low_posts_flagged_high():
    probs = np.array([[0, 0, 1], [0, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 0]], dtype=float)
    labels = np.array([2, 2, 0, 0, 1])
    fig = figures(probs, labels, levels(probs, 0.7, 0.4))
    assert fig["recall_high_at_high"] == 1.0
    assert fig["low_flagged_high"] == 0.5
    assert fig["medium_flagged_high"] == 0.0
    assert fig["auc_high_vs_rest_by_p_high"] == pytest.approx(5 / 6)
