"""Risk scoring: the RiskScorer interface, and the fail-safe stand-in.

A scorer maps post texts to scores. Anything that goes wrong gives ``unknown``, which
escalation treats as high: a broken model must never make a crisis look calm.

The real scorer (``OnnxScorer``, via ``load_scorer``) runs one ONNX graph built by
``make model`` (models/tools): multilingual-e5-small encoder (4-bit) + a trained head that
outputs P(low, medium, high). The level comes from P(high) and p_risk = 1 - P(low) with the
thresholds of the post's language (daemon/risk/card.py); score = P(high) + w * P(medium)
orders posts. The card's sha256s must match the files, so a swapped or damaged model is refused.
"""

from __future__ import annotations

import hashlib
import logging
import math
from pathlib import Path
from typing import Sequence

import numpy as np

from daemon.core.risk import RiskLevel, RiskScore
from daemon.reading.language import detect_language
from daemon.risk.card import LABELS, MAX_TOKENS, ModelCard, ModelError, level_for, read_card  # noqa: F401 - re-exported
from daemon.risk.scorer import RiskScorer, UnknownScorer


# --------------------------------------------------------------------------------------
# The ONNX scorer: multilingual-e5-small encoder + trained head, one graph (see models/).

log = logging.getLogger("lifeline.risk")

PREFIX = "query: "  # e5's card: use "query: " for embeddings used as features (linear probing)
BATCH_SIZE = 32  # posts of one token length per session run
PAD_ID_FALLBACK = 1
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
CARD_FILE = "card.toml"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def configure_tokenizer(tokenizer, max_tokens: int) -> None:
    """Truncate to the encoder's limit; padding is done by encode_texts."""
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_tokens)


def encode_texts(tokenizer, texts: Sequence[str], prefix: str) -> tuple[np.ndarray, np.ndarray]:
    """Prefixed, truncated, padded token ids and attention mask (the build uses this too)."""
    return pad(tokenizer, tokenizer.encode_batch([prefix + t for t in texts]))


def pad(tokenizer, encodings: Sequence) -> tuple[np.ndarray, np.ndarray]:
    """Token ids and mask of tokenized posts, padded to the longest of them (dynamic padding)."""
    width = max(len(e.ids) for e in encodings)
    pad_id = tokenizer.token_to_id("<pad>")
    ids = np.full((len(encodings), width), PAD_ID_FALLBACK if pad_id is None else pad_id, dtype=np.int64)
    mask = np.zeros((len(encodings), width), dtype=np.int64)
    for row, enc in enumerate(encodings):
        ids[row, : len(enc.ids)] = enc.ids
        mask[row, : len(enc.ids)] = 1
    return ids, mask


def length_batches(lengths: Sequence[int], max_posts: int = BATCH_SIZE) -> list[list[int]]:
    """Indices grouped by exact token length, at most ``max_posts`` per group: no padding at all.

    Padding is masked, but it still changes the order of float sums inside attention and pooling
    (a last-bit difference); posts of one length run exactly as they would alone, so a post's
    scores never depend on its batch-mates. The encoder's cost is per token, so batches of equal
    length cost no more than padded ones and waste nothing on padding.
    """
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], i))
    batches: list[list[int]] = []
    for i in order:
        if batches and len(batches[-1]) < max_posts and lengths[batches[-1][0]] == lengths[i]:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


class OnnxScorer:
    """Scores posts with the built model. Every failure becomes UNKNOWN with a problem."""

    def __init__(self, session, tokenizer, card: ModelCard, batch_size: int = BATCH_SIZE) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.card = card
        self.batch_size = max(1, int(batch_size))

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        return encode_texts(self.tokenizer, texts, self.card.prefix)

    def run(self, texts: Sequence[str], outputs: list[str]) -> list[np.ndarray]:
        ids, mask = self.encode(texts)
        return self.session.run(outputs, {"input_ids": ids, "attention_mask": mask})

    def result(self, row: np.ndarray, text: str) -> RiskScore:
        """One post's RiskScore from its probabilities [low, medium, high]."""
        if row.shape != (3,) or not all(math.isfinite(float(v)) for v in row):
            return RiskScore(None, RiskLevel.UNKNOWN, "model gave a non-finite score")
        p_low, _p_medium, p_high = (min(1.0, max(0.0, float(v))) for v in row)
        p_risk = min(1.0, max(0.0, 1.0 - p_low))
        # P(medium) as 1 - P(low) - P(high): the score then rests on the same two numbers as the level
        score = min(1.0, max(0.0, p_high + self.card.medium_weight * max(0.0, p_risk - p_high)))
        level = level_for(p_high, p_risk, self.card.thresholds(detect_language(text)))
        return RiskScore(score, level, p_high=p_high, p_risk=p_risk)

    def _score_encoded(self, texts: list[str], encodings: list) -> list[RiskScore]:
        ids, mask = pad(self.tokenizer, encodings)
        (probs,) = self.session.run(["probs"], {"input_ids": ids, "attention_mask": mask})
        if len(probs) != len(texts):
            raise ValueError("model returned a different number of rows")
        return [self.result(np.asarray(row), text) for row, text in zip(probs, texts)]

    def score_batch(self, texts: Sequence[str]) -> list[RiskScore]:
        if isinstance(texts, str):  # one post passed bare: score it, not its characters
            texts = [texts]
        try:
            items = list(texts)
        except Exception as exc:  # noqa: BLE001 - a scorer must not raise
            log.error("risk: cannot iterate the batch (%s)", type(exc).__name__)
            return []
        results: list[RiskScore | None] = [None] * len(items)
        todo: list[int] = []
        for i, text in enumerate(items):
            if not isinstance(text, str):
                results[i] = RiskScore(None, RiskLevel.UNKNOWN, f"post text is {type(text).__name__}, not str")
            elif not text.strip():
                results[i] = RiskScore(None, RiskLevel.UNKNOWN, "post text is empty")
            else:
                todo.append(i)
        try:
            encodings = self.tokenizer.encode_batch([self.card.prefix + items[i] for i in todo]) if todo else []
        except Exception as exc:  # noqa: BLE001 - fall back to one post at a time below
            log.error("risk: tokenizer failed on a batch (%s); scoring one by one", type(exc).__name__)
            encodings = [None] * len(todo)
        lengths = [len(e.ids) if e is not None else 1 for e in encodings]
        for group in length_batches(lengths, self.batch_size):
            chunk = [todo[j] for j in group]
            encs = [encodings[j] for j in group]
            for i, result in zip(chunk, self._score_safely([items[i] for i in chunk], encs)):
                results[i] = result
        return [r if r is not None else RiskScore(None, RiskLevel.UNKNOWN, "not scored") for r in results]

    def _score_safely(self, texts: list[str], encodings: list) -> list[RiskScore]:
        try:
            if any(e is None for e in encodings):
                encodings = self.tokenizer.encode_batch([self.card.prefix + t for t in texts])
            return self._score_encoded(texts, encodings)
        except Exception as exc:  # noqa: BLE001 - one bad batch must not stop scoring
            if len(texts) > 1:  # retry one by one so a single bad post does not poison the rest
                return [self._score_safely([t], [None])[0] for t in texts]
            problem = f"risk model failed: {type(exc).__name__}"
            log.error("risk: %s", problem)
            return [RiskScore(None, RiskLevel.UNKNOWN, problem)]


def open_model(model_dir: Path, threads: int = 2, verify: bool = True) -> OnnxScorer:
    """Load and check the model directory; raises ModelError with the reason."""
    model_dir = Path(model_dir)
    card = read_card(model_dir / CARD_FILE)
    model_path, tok_path = model_dir / MODEL_FILE, model_dir / TOKENIZER_FILE
    for path in (model_path, tok_path):
        if not path.is_file():
            raise ModelError(f"{path} is missing (build it with `make model`)")
    if verify:
        for path, expected in ((model_path, card.model_sha256), (tok_path, card.tokenizer_sha256)):
            actual = sha256_file(path)
            if actual != expected:
                raise ModelError(f"{path.name} sha256 {actual[:12]}… does not match the card ({expected[:12]}…)")
    try:
        import onnxruntime as ort
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ModelError(f"runtime library missing: {exc.name}") from None
    try:
        tokenizer = Tokenizer.from_file(str(tok_path))
        configure_tokenizer(tokenizer, card.max_tokens)
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"tokenizer.json cannot be loaded: {exc}") from None
    try:
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, int(threads))
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"model.onnx cannot be loaded: {type(exc).__name__}: {str(exc)[:200]}") from None
    names = {o.name for o in session.get_outputs()}
    if "probs" not in names:
        raise ModelError("model.onnx has no 'probs' output")
    scorer = OnnxScorer(session, tokenizer, card)
    try:  # a model that loads but cannot score is as broken as a missing one
        (probe,) = scorer.run(["self-test"], ["probs"])
    except Exception as exc:  # noqa: BLE001
        raise ModelError(f"model self-test failed: {type(exc).__name__}") from None
    if probe.shape != (1, 3) or not all(math.isfinite(float(v)) for v in probe[0]):
        raise ModelError(f"model self-test gave output of shape {probe.shape}, expected (1, 3) finite")
    return scorer


def load_scorer(model_dir: Path | None, threads: int = 2) -> RiskScorer:
    """The ONNX scorer, or an UnknownScorer with a loud problem. Never raises."""
    if model_dir is None:
        log.error("risk: no model directory configured; every post is scored UNKNOWN (handled as high)")
        return UnknownScorer("no risk model configured")
    try:
        scorer = open_model(Path(model_dir), threads=threads)
    except ModelError as exc:
        log.error("risk: model unusable, every post is scored UNKNOWN (handled as high): %s", exc)
        return UnknownScorer(f"risk model unusable: {exc}")
    except Exception as exc:  # noqa: BLE001 - loading must never take the daemon down
        log.error("risk: unexpected error loading the model (%s); scoring UNKNOWN", type(exc).__name__)
        return UnknownScorer(f"risk model unusable: {type(exc).__name__}: {exc}")
    log.info("risk: model loaded from %s (%d threads)", model_dir, threads)
    return scorer
