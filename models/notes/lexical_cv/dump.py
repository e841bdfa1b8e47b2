"""Dump encoder features + token ids + labels of train+dev (v1+v2) for fast experiments."""
import pickle, sys
from pathlib import Path
import numpy as np
sys.path.insert(0, "/work/wt/model2")
from models.tools import data as data_mod
from models.tools.build import DATA, Clock, encoder_parts
from models.tools.train import features, folds_for
from daemon.risk.onnx import PREFIX

clock = Clock()
sources = [DATA / n if n else DATA for n in data_mod.TRAINING_SOURCES]
posts, report = data_mod.load_posts(*[s for s in sources if s.is_dir()])
train = [p for p in posts if p.split == "train"]; dev = [p for p in posts if p.split == "dev"]
fit = train + dev
wheels, tok_bytes, tokenizer, encoder, vocab = encoder_parts(clock)
x = features(encoder, tokenizer, [p.text for p in fit])
ids = [e.ids for e in tokenizer.encode_batch([PREFIX + p.text for p in fit])]
out = dict(x=x, y=np.array([p.label for p in fit]), langs=np.array([p.lang for p in fit]),
           fold=folds_for(fit), ids=ids, pid=[p.id for p in fit], split=[p.split for p in fit],
           text=[p.text for p in fit], group=[p.group for p in fit], vocab=vocab)
pickle.dump(out, open("/tmp/model2_exp/data.pkl", "wb"))
clock.report()
