import time
from lib import *
from models.tools.head import fit_head
x, y, langs, fold, ids = D["x"], D["y"], D["langs"], D["fold"], D["ids"]
n = len(y)
# baseline: the shipped head
oof = np.zeros((n, 3))
for k in range(5):
    tr, te = fold != k, fold == k
    w = cell_weights(y[tr], list(langs[tr]))
    oof[te] = fit_head(x[tr], y[tr], w, 0.1, components=384).probs(x[te])
report(oof, y, langs, "baseline newton l2=0.1")
np.save("/tmp/model2_exp/oof_base.npy", oof)
# same with L-BFGS joint, no lexical (sanity)
R, C, V = lex_coo(ids)
t0 = time.time()
for l2lex in (1e-3, 3e-4, 1e-4):
  for use in ("uni", "uni+bi"):
    oof = np.zeros((n, 3))
    for k in range(5):
        tr, te = fold != k, fold == k
        Ztr, Zte = whiten(x[tr], x[te])
        sel_r = np.isin(R, np.flatnonzero(tr))
        cmask = (C < 120814) if use == "uni" else np.ones_like(C, bool)
        cols = np.unique(C[sel_r & cmask])
        rmap_tr = -np.ones(n, int); rmap_tr[np.flatnonzero(tr)] = np.arange(tr.sum())
        rmap_te = -np.ones(n, int); rmap_te[np.flatnonzero(te)] = np.arange(te.sum())
        str_ = np.isin(R, np.flatnonzero(tr)) & cmask; ste = np.isin(R, np.flatnonzero(te)) & cmask
        Ltr = Sparse(rmap_tr[R[str_]], C[str_], V[str_], tr.sum(), (cols,))
        Lte = Sparse(rmap_te[R[ste]], C[ste], V[ste], te.sum(), (cols,))
        w = cell_weights(y[tr], list(langs[tr]))
        Wd, Wl = fit_joint(Ztr, Ltr, y[tr], w, 0.1, np.full(len(cols), l2lex))
        oof[te] = predict(Zte, Lte, Wd, Wl)
    report(oof, y, langs, f"joint {use} l2lex={l2lex:g} ({time.time()-t0:.0f}s)")
