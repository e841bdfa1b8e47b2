"""The head's lexical term: a bag of the post's tokenizer pieces and hashed piece pairs.

The encoder's embedding blurs words that carry the risk in a language it knows less well
(romanized Hindi: "pankhe", "goliyan", "nahi rahunga"); a per-piece weight learns them from
the labelled posts. For a post with piece ids t_1..t_n (input_ids where the mask is 1, the
prefix and special pieces included, exactly what the graph sees):

    logits += mean_i U[t_i] + mean_i B[(t_i * HASH_MULT + t_{i+1}) mod BUCKETS]

U [vocab, 3] and B [BUCKETS, 3] are fitted jointly with the embedding head (one convex
problem, L-BFGS from zeros: reproducible) with their own, small L2. Only pieces and pairs
seen in training get a weight; the rest stay 0. Cross-validated on v1 + v2 before it was
wired in (models/notes/lexical_cv/): romanized Hindi AUC(high|rest) 0.935 -> 0.985.

Stored as ``lexicon.npy``, float32 [n, 4]: column 0 the index in [0, vocab + BUCKETS)
(below 2^24, so exact in float32; >= vocab = a pair bucket), columns 1-3 the weights.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from models.tools.head import Head, folded, softmax, whitening

LEXICON_FILE = "lexicon.npy"
HASH_MULT = 1000003
BUCKETS = 1 << 18


@dataclass(frozen=True)
class Lexicon:
    unigrams: np.ndarray  # [vocab, 3] float32
    bigrams: np.ndarray  # [BUCKETS, 3] float32

    def nonzero_rows(self) -> int:
        return int(np.count_nonzero(np.abs(self.unigrams).sum(axis=1)) + np.count_nonzero(np.abs(self.bigrams).sum(axis=1)))

    def logits(self, ids_list: list[list[int]]) -> np.ndarray:
        """The term for each post (float64), as the graph computes it."""
        out = np.zeros((len(ids_list), 3))
        for r, ids in enumerate(ids_list):
            ids = np.asarray(ids, dtype=np.int64)
            out[r] = self.unigrams[ids].astype(np.float64).mean(axis=0)
            if len(ids) > 1:
                out[r] += self.bigrams[pair_buckets(ids)].astype(np.float64).mean(axis=0)
        return out


def pair_buckets(ids: np.ndarray) -> np.ndarray:
    return (ids[:-1] * HASH_MULT + ids[1:]) % BUCKETS


class Bag:
    """Sparse [posts, columns] design: column c < vocab a piece, vocab + h a pair bucket."""

    def __init__(self, ids_list: list[list[int]], vocab: int) -> None:
        rows, cols, vals = [], [], []
        for r, ids in enumerate(ids_list):
            ids = np.asarray(ids, dtype=np.int64)
            rows.append(np.full(len(ids), r))
            cols.append(ids)
            vals.append(np.full(len(ids), 1.0 / len(ids)))
            if len(ids) > 1:
                rows.append(np.full(len(ids) - 1, r))
                cols.append(vocab + pair_buckets(ids))
                vals.append(np.full(len(ids) - 1, 1.0 / (len(ids) - 1)))
        self.vocab, self.n = vocab, len(ids_list)
        self.rows, self.cols_all, self.vals = np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
        self.columns = np.unique(self.cols_all)  # the columns that get a weight
        self.col = np.searchsorted(self.columns, self.cols_all)

    def dot(self, w: np.ndarray) -> np.ndarray:  # [n, k]
        return np.stack([np.bincount(self.rows, weights=self.vals * w[self.col, k], minlength=self.n)
                         for k in range(w.shape[1])], axis=1)

    def tdot(self, g: np.ndarray) -> np.ndarray:  # [columns, k]
        return np.stack([np.bincount(self.col, weights=self.vals * g[self.rows, k], minlength=len(self.columns))
                         for k in range(g.shape[1])], axis=1)


def fit_joint(x: np.ndarray, ids_list: list[list[int]], y: np.ndarray, sample_weight: np.ndarray, l2: float,
              lexical_l2: float, components: int, vocab: int, iterations: int = 400) -> tuple[Head, Lexicon]:
    """Weighted multinomial logistic regression on the whitened principal components of the
    features (as fit_head) plus the lexical bag, fitted together; the dense part folded back
    onto the raw features."""
    mu, sd, proj = whitening(np.asarray(x, dtype=np.float64), components)
    z = np.hstack([((x - mu) / sd) @ proj, np.ones((len(x), 1))])
    bag = Bag(ids_list, vocab)
    n, d = z.shape
    k, m = 3, len(bag.columns)
    onehot = np.eye(k)[y]
    sw = sample_weight / sample_weight.sum()
    reg = np.full(d, l2)
    reg[-1] = 1e-4  # the bias is barely shrunk

    def f(p: np.ndarray) -> tuple[float, np.ndarray]:
        wd, wl = p[:d * k].reshape(d, k), p[d * k:].reshape(m, k)
        logits = z @ wd + bag.dot(wl)
        logits = logits - logits.max(axis=1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        loss = (-(sw * (onehot * logp).sum(axis=1)).sum() + 0.5 * (reg[:, None] * wd * wd).sum()
                + 0.5 * lexical_l2 * (wl * wl).sum())
        g = sw[:, None] * (np.exp(logp) - onehot)
        grad = np.concatenate([(z.T @ g + reg[:, None] * wd).ravel(), (bag.tdot(g) + lexical_l2 * wl).ravel()])
        return float(loss), grad

    p = lbfgs(f, np.zeros(d * k + m * k), iterations)
    wd, wl = p[:d * k].reshape(d, k), p[d * k:].reshape(m, k)
    head = folded(mu, sd, proj, wd)
    unigrams = np.zeros((vocab, k), dtype=np.float32)
    bigrams = np.zeros((BUCKETS, k), dtype=np.float32)
    is_piece = bag.columns < vocab
    unigrams[bag.columns[is_piece]] = wl[is_piece]
    bigrams[bag.columns[~is_piece] - vocab] = wl[~is_piece]
    return head, Lexicon(unigrams, bigrams)


def probs(head: Head, lexicon: Lexicon | None, x: np.ndarray, ids_list: list[list[int]]) -> np.ndarray:
    logits = np.asarray(x, dtype=np.float64) @ head.weight + head.bias
    if lexicon is not None:
        logits = logits + lexicon.logits(ids_list)
    return softmax(logits)


def lbfgs(f, x0: np.ndarray, iterations: int, memory: int = 20, tol: float = 1e-7) -> np.ndarray:
    """Limited-memory BFGS with backtracking (Armijo); deterministic."""
    x = x0.copy()
    fx, g = f(x)
    s_hist: list[np.ndarray] = []
    y_hist: list[np.ndarray] = []
    for _ in range(iterations):
        q = g.copy()
        alphas = []
        for s, yv in reversed(list(zip(s_hist, y_hist))):
            a = (s @ q) / (yv @ s)
            alphas.append(a)
            q -= a * yv
        if s_hist:
            q *= (s_hist[-1] @ y_hist[-1]) / (y_hist[-1] @ y_hist[-1])
        for (s, yv), a in zip(zip(s_hist, y_hist), reversed(alphas)):
            q += s * (a - (yv @ q) / (yv @ s))
        direction = -q
        if g @ direction >= 0:  # not a descent direction: restart from the gradient
            direction, s_hist, y_hist = -g, [], []
        t = 1.0
        while True:
            x_new = x + t * direction
            f_new, g_new = f(x_new)
            if f_new <= fx + 1e-4 * t * (g @ direction) or t < 1e-10:
                break
            t *= 0.5
        s, yv = x_new - x, g_new - g
        if s @ yv > 1e-12:
            s_hist.append(s)
            y_hist.append(yv)
            if len(s_hist) > memory:
                s_hist.pop(0)
                y_hist.pop(0)
        drop = fx - f_new
        x, fx, g = x_new, f_new, g_new
        if np.abs(g).max() < tol or abs(drop) < 1e-12:
            break
    return x


def lexicon_bytes(lexicon: Lexicon) -> bytes:
    """The non-zero rows as .npy bytes (no timestamps: the same lexicon gives the same bytes)."""
    rows = [(i, lexicon.unigrams[i]) for i in np.flatnonzero(np.abs(lexicon.unigrams).sum(axis=1))]
    vocab = len(lexicon.unigrams)
    rows += [(vocab + i, lexicon.bigrams[i]) for i in np.flatnonzero(np.abs(lexicon.bigrams).sum(axis=1))]
    table = np.array([[float(i), *w] for i, w in rows], dtype="<f4").reshape(-1, 4)
    buf = io.BytesIO()
    np.save(buf, table, allow_pickle=False)
    return buf.getvalue()


def load_lexicon(path: Path, vocab: int) -> Lexicon:
    table = np.load(path, allow_pickle=False)
    if table.ndim != 2 or table.shape[1] != 4 or table.dtype != np.float32:
        raise ValueError(f"{path}: expected a float32 [n, 4] table, got {table.dtype} {table.shape}")
    index = table[:, 0].astype(np.int64)
    if len(index) and (index.min() < 0 or index.max() >= vocab + BUCKETS):
        raise ValueError(f"{path}: an index outside [0, {vocab} + {BUCKETS})")
    unigrams = np.zeros((vocab, 3), dtype=np.float32)
    bigrams = np.zeros((BUCKETS, 3), dtype=np.float32)
    piece = index < vocab
    unigrams[index[piece]] = table[piece, 1:]
    bigrams[index[~piece] - vocab] = table[~piece, 1:]
    return Lexicon(unigrams, bigrams)
