from cvlib import *
R, C, V = lex_coo(ids)
for l2lex in (3e-5, 1e-5, 3e-6):
    run_cv(R, C, V, lamfn=lambda cols, tr: np.full(len(cols), l2lex), tag=f"uni+bi M2^18 l2lex={l2lex:g}")
