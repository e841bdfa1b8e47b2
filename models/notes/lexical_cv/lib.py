import pickle, sys
import numpy as np
sys.path.insert(0, "/work/wt/model2")
from models.tools import evaluate as ev
from models.tools.head import cell_weights, softmax

D = pickle.load(open("/tmp/model2_exp/data.pkl", "rb"))
LANGS = ("en", "hi", "hi-Latn")

def whiten(xtr, xte, comps=384):
    mu = xtr.mean(0); sd = xtr.std(0) + 1e-6
    z = (xtr - mu) / sd
    _u, s, vt = np.linalg.svd(z, full_matrices=False)
    proj = vt[:comps].T / s[:comps] * np.sqrt(len(z))
    return z @ proj, ((xte - mu) / sd) @ proj

K_HASH = 1000003
def lex_coo(ids_list, M=1 << 18, uni=True, bi=True, V=120814):
    """rows, cols, vals: unigram cols [0,V), bigram cols V + hash."""
    R, C, X = [], [], []
    for r, ids in enumerate(ids_list):
        ids = np.asarray(ids, dtype=np.int64)
        if uni:
            R.append(np.full(len(ids), r)); C.append(ids); X.append(np.full(len(ids), 1.0 / len(ids)))
        if bi and len(ids) > 1:
            h = (ids[:-1] * K_HASH + ids[1:]) % M
            R.append(np.full(len(h), r)); C.append(V + h); X.append(np.full(len(h), 1.0 / len(h)))
    return np.concatenate(R), np.concatenate(C), np.concatenate(X)

class Sparse:
    def __init__(self, rows, cols, vals, n, colmap):
        keep = np.isin(cols, colmap[0])
        self.r = rows[keep]; self.c = np.searchsorted(colmap[0], cols[keep]); self.v = vals[keep]
        self.n = n; self.d = len(colmap[0])
    def dot(self, W):  # [n,k]
        out = np.zeros((self.n, W.shape[1]))
        for k in range(W.shape[1]):
            out[:, k] = np.bincount(self.r, weights=self.v * W[self.c, k], minlength=self.n)
        return out
    def tdot(self, G):  # [d,k]
        out = np.zeros((self.d, G.shape[1]))
        for k in range(G.shape[1]):
            out[:, k] = np.bincount(self.c, weights=self.v * G[self.r, k], minlength=self.d)
        return out

def lbfgs(f, x0, iters=400, m=20, tol=1e-7):
    x = x0.copy(); fx, g = f(x); S, Y = [], []
    for it in range(iters):
        q = g.copy(); al = []
        for s, y in reversed(list(zip(S, Y))):
            a = (s @ q) / (y @ s); al.append(a); q -= a * y
        if S:
            q *= (S[-1] @ Y[-1]) / (Y[-1] @ Y[-1])
        for (s, y), a in zip(zip(S, Y), reversed(al)):
            b = (y @ q) / (y @ s); q += s * (a - b)
        d = -q
        if g @ d >= 0: d = -g; S, Y = [], []
        t = 1.0
        while True:
            xn = x + t * d; fn, gn = f(xn)
            if fn <= fx + 1e-4 * t * (g @ d) or t < 1e-10: break
            t *= 0.5
        s, y = xn - x, gn - g
        if s @ y > 1e-12:
            S.append(s); Y.append(y)
            if len(S) > m: S.pop(0); Y.pop(0)
        x, g, dfx = xn, gn, fx - fn; fx = fn
        if np.abs(g).max() < tol or abs(dfx) < 1e-12: break
    return x

def fit_joint(Z, L, y, w, l2d, lam, k=3, init=None, iters=400):
    """Z dense [n,dz] (no bias col), L Sparse [n,dl]; lam [dl] per-column L2."""
    n, dz = Z.shape; dl = L.d if L is not None else 0
    Zb = np.hstack([Z, np.ones((n, 1))]); onehot = np.eye(k)[y]; sw = w / w.sum()
    regd = np.full(dz + 1, l2d); regd[-1] = 1e-4
    def unpack(p):
        return p[:(dz + 1) * k].reshape(dz + 1, k), p[(dz + 1) * k:].reshape(dl, k)
    def f(p):
        Wd, Wl = unpack(p)
        z = Zb @ Wd + (L.dot(Wl) if dl else 0)
        z = z - z.max(1, keepdims=True); lse = np.log(np.exp(z).sum(1, keepdims=True))
        logp = z - lse; P = np.exp(logp)
        loss = -(sw * (onehot * logp).sum(1)).sum() + 0.5 * (regd[:, None] * Wd * Wd).sum() + (0.5 * (lam[:, None] * Wl * Wl).sum() if dl else 0)
        G = sw[:, None] * (P - onehot)
        gd = Zb.T @ G + regd[:, None] * Wd
        gl = (L.tdot(G) + lam[:, None] * Wl) if dl else np.zeros((0, k))
        return loss, np.concatenate([gd.ravel(), gl.ravel()])
    p0 = np.zeros((dz + 1) * k + dl * k) if init is None else init
    p = lbfgs(f, p0, iters=iters)
    return unpack(p)

def predict(Z, L, Wd, Wl):
    z = np.hstack([Z, np.ones((len(Z), 1))]) @ Wd + (L.dot(Wl) if L is not None and Wl.size else 0)
    return softmax(z)

def report(oof, y, langs, tag=""):
    fitted = ev.fit_thresholds(oof, y, langs, LANGS, 0.95, 0.95)
    rows = []
    for lang in LANGS:
        s = langs == lang; p = oof[s]; yy = y[s]
        ah = ev.auc(yy == 2, ev.p_high(p)); ar = ev.auc(yy >= 1, ev.p_risk(p))
        th = fitted[lang][0]
        rec = (ev.p_high(p)[yy == 2] >= th).mean(); lowhi = (ev.p_high(p)[yy == 0] >= th).mean()
        rows.append((lang, ah, ar, rec, lowhi))
    crit = min((a + b) / 2 for _, a, b, _, _ in rows)
    print(f"{tag:<40} " + " | ".join(f"{l}: h {a:.4f} r {b:.4f} rec {c:.3f} lowH {d:.3f}" for l, a, b, c, d in rows) + f" | crit {crit:.4f}", flush=True)
    return rows, crit
