"""models/tools/evaluate.py: AUC, thresholds and the per-language figures."""

from __future__ import annotations

import numpy as np
import pytest

from models.tools.evaluate import auc, figures, levels, risk_score, threshold_for_recall


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


def test_threshold_meets_recall_in_every_group():
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.95, 0.3, 0.2, 0.1])
    positive = np.array([1, 1, 1, 1, 1, 1, 0, 0], dtype=bool)
    groups = np.array(["a", "a", "a", "a", "b", "b", "b", "b"])
    t = threshold_for_recall(scores, positive, groups, 1.0)
    assert t == 0.3  # group b needs its 0.3 positive; group a alone would allow 0.6
    for g in ("a", "b"):
        sel = (groups == g) & positive
        assert (scores[sel] >= t).all()


def test_figures_count_low_posts_flagged_high():
    probs = np.array([[0, 0, 1], [0, 0, 1], [1, 0, 0], [0, 0, 1], [0, 1, 0]], dtype=float)
    labels = np.array([2, 2, 0, 0, 1])
    fig = figures(probs, labels, high=0.7, medium=0.4)
    assert fig["recall_high_at_high"] == 1.0
    assert fig["low_flagged_high"] == 0.5
    assert fig["medium_flagged_high"] == 0.0
    assert levels(risk_score(probs), 0.7, 0.4).tolist() == [2, 2, 0, 2, 1]
