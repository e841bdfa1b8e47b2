import time
from lib import *
x, y, langs, fold, ids = D["x"], D["y"], D["langs"], D["fold"], D["ids"]
n = len(y)
WH = {}
def folds_whitened(comps=384):
    if comps not in WH:
        WH[comps] = [whiten(x[fold != k], x[fold == k], comps) for k in range(5)]
    return WH[comps]

def run_cv(R, C, V, l2d=0.1, lamfn=None, tag="", comps=384, weights=None, iters=400, ret=False):
    t0 = time.time()
    oof = np.zeros((n, 3))
    for k in range(5):
        tr, te = fold != k, fold == k
        Ztr, Zte = folds_whitened(comps)[k]
        rmap = -np.ones(n, int); rmap[np.flatnonzero(tr)] = np.arange(tr.sum()); rmap[np.flatnonzero(te)] = np.arange(te.sum())
        str_ = tr[R]; ste = te[R]
        cols = np.unique(C[str_])
        Ltr = Sparse(rmap[R[str_]], C[str_], V[str_], tr.sum(), (cols,))
        Lte = Sparse(rmap[R[ste]], C[ste], V[ste], te.sum(), (cols,))
        w = cell_weights(y[tr], list(langs[tr])) if weights is None else weights(tr)
        lam = lamfn(cols, tr)
        Wd, Wl = fit_joint(Ztr, Ltr, y[tr], w, l2d, lam, iters=iters)
        oof[te] = predict(Zte, Lte, Wd, Wl)
    rows, crit = report(oof, y, langs, f"{tag} ({time.time()-t0:.0f}s)")
    return (oof, crit) if ret else crit
