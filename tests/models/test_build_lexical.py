"""models/tools/lexical.py: the joint fit, the stored table and the graph term agree."""

from __future__ import annotations

import numpy as np
import onnxruntime as ort
from onnx import TensorProto, helper

from models.tools.graph import ATTENTION_MASK, FEATURES, INPUT_IDS, PROBS, add_head
from models.tools.head import Head, cell_weights
from models.tools.lexical import BUCKETS, Lexicon, fit_joint, lexicon_bytes, load_lexicon, pair_buckets, probs

VOCAB = 50


def _features_model():
    """input_ids, attention_mask -> features [B, 1] = the number of pieces (a stand-in for the encoder)."""
    nodes = [helper.make_node("Cast", [ATTENTION_MASK], ["m"], to=TensorProto.FLOAT),
             helper.make_node("ReduceSum", ["m", "axes"], [FEATURES], keepdims=1)]
    graph = helper.make_graph(nodes, "t", [helper.make_tensor_value_info(INPUT_IDS, TensorProto.INT64, ["b", "s"]),
                                           helper.make_tensor_value_info(ATTENTION_MASK, TensorProto.INT64, ["b", "s"])],
                              [helper.make_tensor_value_info(FEATURES, TensorProto.FLOAT, ["b", 1])],
                              [helper.make_tensor("axes", TensorProto.INT64, [1], [1])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    return model


def _random_lexicon(rng) -> Lexicon:
    return Lexicon(rng.normal(size=(VOCAB, 3)).astype(np.float32), rng.normal(size=(BUCKETS, 3)).astype(np.float32))


def test_graph_term_equals_numpy_and_ignores_padding_and_batch_mates():
    rng = np.random.default_rng(3)
    lexicon = _random_lexicon(rng)
    head = Head(np.array([[0.3, -0.2, 0.1]], dtype=np.float32), np.array([0.1, 0.0, -0.1], dtype=np.float32))
    session = ort.InferenceSession(add_head(_features_model(), [(head.weight, head.bias)], lexicon=lexicon)
                                   .SerializeToString(), providers=["CPUExecutionProvider"])
    posts = [rng.integers(0, VOCAB, n).tolist() for n in (2, 5, 9)]
    alone = [session.run([PROBS], {INPUT_IDS: np.array([p]), ATTENTION_MASK: np.ones((1, len(p)), np.int64)})[0][0]
             for p in posts]
    width = max(map(len, posts))
    ids = np.array([p + [1] * (width - len(p)) for p in posts])  # padded with a real id: the mask must hide it
    mask = np.array([[1] * len(p) + [0] * (width - len(p)) for p in posts])
    together = session.run([PROBS], {INPUT_IDS: ids, ATTENTION_MASK: mask})[0]
    expected = probs(head, lexicon, np.array([[len(p)] for p in posts]), posts)
    assert np.abs(np.array(alone) - expected).max() < 1e-5
    assert np.abs(together - np.array(alone)).max() < 1e-6


def test_pair_buckets_hash_as_documented():
    ids = np.array([7, 120000, 3])
    assert pair_buckets(ids).tolist() == [(7 * 1000003 + 120000) % (1 << 18), (120000 * 1000003 + 3) % (1 << 18)]


def test_lexicon_file_round_trips_keeps_only_nonzero_rows_and_is_byte_stable(tmp_path):
    uni = np.zeros((VOCAB, 3), np.float32)
    bi = np.zeros((BUCKETS, 3), np.float32)
    uni[4] = [1, -2, 3]
    bi[BUCKETS - 1] = [0.5, 0, -0.5]
    blob = lexicon_bytes(Lexicon(uni, bi))
    assert blob == lexicon_bytes(Lexicon(uni, bi))
    (tmp_path / "lexicon.npy").write_bytes(blob)
    assert np.load(tmp_path / "lexicon.npy").shape == (2, 4)
    back = load_lexicon(tmp_path / "lexicon.npy", VOCAB)
    assert np.array_equal(back.unigrams, uni) and np.array_equal(back.bigrams, bi)


def test_joint_fit_learns_a_word_the_features_do_not_carry():
    """Features are noise; one piece (id 7) marks high, one pair (3 then 4) marks low. The bag must learn both."""
    rng = np.random.default_rng(5)
    n = 300
    y = np.repeat(np.arange(3), n // 3)
    ids = []
    for label in y:
        post = rng.integers(10, VOCAB, 6).tolist()
        if label == 2:
            post[2] = 7
        if label == 0:
            post[1:3] = [3, 4]
        ids.append(post)
    x = rng.normal(size=(n, 4))
    head, lexicon = fit_joint(x, ids, y, cell_weights(y, ["en"] * n), l2=0.1, lexical_l2=1e-4, components=4,
                              vocab=VOCAB)
    p = probs(head, lexicon, x, ids)
    assert (p.argmax(axis=1)[y == 2] == 2).mean() > 0.9
    assert (p.argmax(axis=1)[y == 0] == 0).mean() > 0.9
    assert lexicon.unigrams[7, 2] > lexicon.unigrams[7, 0]
    assert not lexicon.unigrams[8:10].any()  # never seen: no weight
    again = fit_joint(x, ids, y, cell_weights(y, ["en"] * n), l2=0.1, lexical_l2=1e-4, components=4, vocab=VOCAB)
    assert np.array_equal(again[1].unigrams, lexicon.unigrams)  # deterministic
