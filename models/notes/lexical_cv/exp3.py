from cvlib import *
R, C, V = lex_coo(ids)
for l2lex in (1e-6, 3e-7):
    run_cv(R, C, V, lamfn=lambda cols, tr: np.full(len(cols), l2lex), tag=f"uni+bi M2^18 l2lex={l2lex:g}")
Ru, Cu, Vu = lex_coo(ids, bi=False)
run_cv(Ru, Cu, Vu, lamfn=lambda cols, tr: np.full(len(cols), 3e-6), tag=f"uni only l2lex=3e-6")
