"""The classifier on top of the sentence embedding, trained in numpy.

Multinomial logistic regression with L2, fitted by Newton's method: convex, converges
exactly in a few steps, no random init, so the build is reproducible. Samples are weighted
so every (language, level) cell counts the same: the model must not learn that a
language is riskier because more of its posts were written.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HEAD_FILE = "head.npy"  # committed: [features + 1, 3] float32, the bias as the last row


@dataclass(frozen=True)
class Head:
    weight: np.ndarray  # [dim, classes], applied to the raw L2-normalised embedding
    bias: np.ndarray  # [classes]

    def probs(self, x: np.ndarray) -> np.ndarray:
        return softmax(x @ self.weight + self.bias)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def cell_weights(labels: np.ndarray, groups: list[str]) -> np.ndarray:
    """Weight 1/count per (group, label) cell, scaled to mean 1."""
    keys = [f"{g}|{y}" for g, y in zip(groups, labels)]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    w = np.array([1.0 / counts[k] for k in keys])
    return w * (len(w) / w.sum())


def whitening(x: np.ndarray, components: int | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, sd, projection): ((x - mean) / sd) @ projection are the standardised features'
    top principal components scaled to unit variance (all standardised features without
    ``components``). Linear, so a head on them folds back onto the raw features."""
    mu = x.mean(axis=0)
    sd = x.std(axis=0) + 1e-6
    z = (x - mu) / sd
    proj = np.eye(x.shape[1])
    if components is not None and components < min(z.shape):
        _u, s, vt = np.linalg.svd(z, full_matrices=False)
        vt = vt[:components]
        vt *= np.where(vt[np.arange(components), np.abs(vt).argmax(axis=1)] < 0, -1.0, 1.0)[:, None]  # fix signs
        proj = vt.T / s[:components] * np.sqrt(len(z))
    return mu, sd, proj


def fit_head(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray, l2: float,
             n_classes: int = 3, iterations: int = 30, components: int | None = None) -> Head:
    """Weighted multinomial logistic regression on standardised features.

    With ``components``, features are first projected on their top principal components
    (keeps Newton's system small for multi-layer features). Standardisation and projection
    are linear, so they fold into one weight matrix on the raw features.
    """
    x = np.asarray(x, dtype=np.float64)
    mu, sd, proj = whitening(x, components)
    xs = np.hstack([((x - mu) / sd) @ proj, np.ones((len(x), 1))])
    n, d = xs.shape
    k = n_classes
    onehot = np.eye(k)[y]
    sw = sample_weight / sample_weight.sum()
    reg = np.full(d, l2)
    reg[-1] = 1e-4  # bias is barely shrunk (keeps the Newton system well-posed)
    w = np.zeros((d, k))

    def loss_of(wm: np.ndarray) -> float:
        z = xs @ wm
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-(sw * (onehot * logp).sum(axis=1)).sum() + 0.5 * (reg[:, None] * wm * wm).sum())

    loss = loss_of(w)
    for _ in range(iterations):
        p = softmax(xs @ w)
        grad = xs.T @ (sw[:, None] * (p - onehot)) + reg[:, None] * w
        hess = np.zeros((d * k, d * k))
        for a in range(k):
            for b in range(k):
                coef = sw * p[:, a] * ((1.0 if a == b else 0.0) - p[:, b])
                hess[a * d:(a + 1) * d, b * d:(b + 1) * d] = (xs * coef[:, None]).T @ xs
        hess += np.diag(np.tile(reg, k))
        step = np.linalg.solve(hess, grad.T.reshape(-1)).reshape(k, d).T
        t = 1.0
        while t > 1e-4:
            candidate = w - t * step
            new_loss = loss_of(candidate)
            if new_loss <= loss:
                break
            t *= 0.5
        if loss - new_loss < 1e-12:
            w = candidate if new_loss <= loss else w
            break
        w, loss = candidate, new_loss
    return folded(mu, sd, proj, w)


def folded(mu: np.ndarray, sd: np.ndarray, proj: np.ndarray, w: np.ndarray) -> Head:
    """A head fitted on whitened components (``w``: [components + 1, classes], bias last) as
    weights on the raw features: standardisation and projection are linear, so they fold in."""
    w_raw = proj @ w[:-1]  # back to standardised feature space
    weight = w_raw / sd[:, None]
    bias = w[-1] - (mu / sd) @ w_raw
    return Head(weight.astype(np.float32), bias.astype(np.float32))


def head_bytes(head: Head) -> bytes:
    """The head as .npy bytes (no timestamps: the same head gives the same bytes)."""
    buf = io.BytesIO()
    np.save(buf, np.vstack([head.weight, head.bias[None, :]]).astype("<f4"), allow_pickle=False)
    return buf.getvalue()


def load_head(path: Path) -> Head:
    table = np.load(path, allow_pickle=False)
    if table.ndim != 2 or table.shape[1] != 3 or table.dtype != np.float32:
        raise ValueError(f"{path}: expected a float32 [n, 3] table, got {table.dtype} {table.shape}")
    return Head(np.ascontiguousarray(table[:-1]), np.ascontiguousarray(table[-1]))
