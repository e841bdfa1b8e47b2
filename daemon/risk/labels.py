"""Labels by meaning: the risk model's multilingual e5 encoder reads a label the word lists
could not ("Whereabouts per profile", "खाताधारक", "Handle on the app").

Each field has a few example labels per language; a label takes the field of its nearest
examples (cosine similarity of e5 embeddings) when that is close enough and clearly closer
than any other field, else nothing. It is passed into reading as a LabelModel, so
daemon.reading never imports numpy or onnxruntime; without a model, reading uses the word
lists alone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Sequence

import numpy as np

from daemon.reading.label_words import Meaning
from daemon.risk.onnx import ModelError, OnnxScorer, open_model

log = logging.getLogger("lifeline.labels")

EXAMPLES: dict[str, tuple[str, ...]] = {
    "name": ("Name", "Full name", "Account holder name", "Name of the person", "Profile name", "Subscriber name",
             "नाम", "पूरा नाम", "खाताधारक का नाम", "व्यक्ति का नाम", "naam"),
    "phone": ("Mobile number", "Phone", "Contact number", "Registered mobile", "WhatsApp number", "Telephone",
              "मोबाइल नंबर", "फ़ोन नंबर", "संपर्क नंबर", "mobile no"),
    "email": ("Email address", "E-mail", "Registered email", "Mail ID", "ईमेल", "ईमेल पता"),
    "username": ("Username", "Handle", "Instagram handle", "Screen name", "यूज़रनेम", "उपयोगकर्ता नाम"),
    "user_id": ("User ID", "Account ID", "Facebook ID", "Profile ID", "Numeric ID", "यूज़र आईडी", "खाता आईडी"),
    "profile": ("Profile URL", "Profile link", "Account link", "Link to profile", "प्रोफ़ाइल लिंक", "खाते का लिंक"),
    "ip": ("IP address", "Login IP", "Recent IP addresses", "IP activity", "आईपी पता", "लॉगिन आईपी"),
    "post": ("Post text", "Caption", "Content of the post", "Comment text", "Status message", "What was written",
             "पोस्ट का पाठ", "कैप्शन", "संदेश", "टिप्पणी"),
    "post_time": ("Time of post", "Posted at", "Upload time", "Created at", "Date and time of the post",
                  "Live video started", "पोस्ट का समय", "पोस्ट करने का समय", "अपलोड का समय"),
    "reference": ("Reference number", "Case ID", "Ticket number", "Report ID", "Referral ID", "संदर्भ संख्या", "केस आईडी"),
    "platform": ("Platform", "App", "Service", "Product", "प्लेटफ़ॉर्म"),
    "location": ("Location", "Address", "City", "Current location", "Village", "District", "Residence", "पता", "शहर",
                 "स्थान", "निवास", "जिला", "गांव"),
    "skip": ("Gender", "Date of birth", "Language", "Country", "Device", "Account created", "Report received",
             "Relationship", "Reporter name", "Reporter phone", "Friend's name", "Note", "Please note", "Regards",
             "लिंग", "जन्म तिथि", "भाषा", "देश", "रिपोर्ट करने वाले का नाम"),
}
PREFIX = "query: "


class EncoderLabels:
    """A LabelModel over the ONNX encoder's 'embedding' output."""

    def __init__(self, scorer: OnnxScorer, threshold: float = 0.92, margin: float = 0.02) -> None:
        self.scorer, self.threshold, self.margin = scorer, threshold, margin
        self.fields: list[str] = []
        texts: list[str] = []
        for field, examples in EXAMPLES.items():
            for example in examples:
                self.fields.append(field)
                texts.append(example)
        self.examples = self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        (vectors,) = self.scorer.run([t.lower() for t in texts], ["embedding"])
        vectors = np.asarray(vectors, dtype=np.float32)
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)

    def meanings(self, labels: Sequence[str]) -> list[Meaning | None]:
        """The field of each label, or None when no field is clearly nearest. Never raises."""
        if not labels:
            return []
        try:
            sims = self._embed(list(labels)) @ self.examples.T
        except Exception as exc:  # noqa: BLE001 - a model failure leaves the word lists' reading
            log.error("labels: encoder failed (%s); word lists only", type(exc).__name__)
            return [None] * len(labels)
        out: list[Meaning | None] = []
        names = sorted(set(self.fields))
        index = {n: [i for i, f in enumerate(self.fields) if f == n] for n in names}
        for row in sims:
            best = {n: float(row[idx].max()) for n, idx in index.items()}
            ranked = sorted(best.items(), key=lambda kv: -kv[1])
            (field, top), (_, second) = ranked[0], ranked[1]
            if field == "skip" or top < self.threshold or top - second < self.margin:
                out.append(None if field != "skip" or top < self.threshold else Meaning("skip", round(top, 3)))
            else:
                detail = "stated" if field == "location" else ""
                out.append(Meaning(field, round(top, 3), detail))
        return out


def load_label_model(model_dir: Path | None, threads: int = 1) -> EncoderLabels | None:
    """The encoder label model, or None (word lists only) when the model cannot be loaded."""
    if model_dir is None:
        return None
    try:
        return EncoderLabels(open_model(Path(model_dir), threads=threads))
    except ModelError as exc:
        log.warning("labels: no encoder (%s); labels are read by the word lists alone", exc)
    except Exception as exc:  # noqa: BLE001 - loading must never take reading down
        log.warning("labels: no encoder (%s); labels are read by the word lists alone", type(exc).__name__)
    return None
