"""Which way of reading labels wins: (a) word lists with head words and fuzzy matching, or
(b) the e5 encoder (daemon/risk/labels.py) for the labels (a) cannot read, or the encoder alone.

Prints the figures on LABELS below: 56 label wordings written for this comparison, not taken
from any corpus. The corpus figures come from bench/corpus.py --labels words|encoder.

    .venv/bin/python bench/labels.py [--model-dir models/risk]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from daemon.reading.label_words import meaning_of  # noqa: E402

LABELS = [
    ("Individual's full name", "name"), ("Name shown on the account", "name"), ("Legal name", "name"),
    ("Person concerned", "name"), ("उपयोगकर्ता का पूरा नाम", "name"), ("Account owner", "name"),
    ("Contact mobile of the user", "phone"), ("Cell no.", "phone"), ("Linked phone", "phone"),
    ("दूरभाष संख्या", "phone"), ("Mobile (as registered)", "phone"), ("Primary contact", "phone"),
    ("Mail address on file", "email"), ("Electronic mail", "email"), ("ई-मेल आईडी", "email"),
    ("Handle used", "username"), ("IG handle", "username"), ("Login name", "username"),
    ("Identifier on platform", "user_id"), ("FB numeric ID", "user_id"), ("Account number (Meta)", "user_id"),
    ("Link to the account", "profile"), ("Profile page", "profile"), ("Account web address", "profile"),
    ("Last IPs used", "ip"), ("Network address (login)", "ip"), ("IP logs", "ip"),
    ("What the person wrote", "post"), ("Words of the post", "post"), ("Message content", "post"),
    ("Text of the story", "post"), ("पोस्ट में लिखा", "post"), ("When it was uploaded", "post_time"),
    ("Posting date/time", "post_time"), ("Date-time of the comment", "post_time"),
    ("Time the video went live", "post_time"), ("पोस्ट किया गया", "post_time"), ("Our case no.", "reference"),
    ("Referral number", "reference"), ("Report reference", "reference"), ("Escalation ID", "reference"),
    ("App used", "platform"), ("Social network", "platform"), ("Where they live", "location"),
    ("Residential locality", "location"), ("Town/City", "location"), ("Hometown per profile", "location"),
    ("निवास स्थान", "location"), ("Village and tehsil", "location"), ("Approx. whereabouts", "location"),
    ("Gender of user", "skip"), ("Date of birth", "skip"), ("Relationship to the user", "skip"),
    ("Reporter's mobile", "skip"), ("Friend who reported", "skip"), ("Account created on", "skip"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model-dir", type=Path, default=ROOT / "models" / "risk")
    args = parser.parse_args()
    from daemon.risk.labels import load_label_model

    model = load_label_model(args.model_dir)
    words = [meaning_of(label) for label, _ in LABELS]
    encoded = model.meanings([label for label, _ in LABELS]) if model else [None] * len(LABELS)

    def tally(found):
        right = sum(1 for m, (_, want) in zip(found, LABELS) if m is not None and m.field == want)
        wrong = sum(1 for m, (_, want) in zip(found, LABELS) if m is not None and m.field != want)
        return right, wrong

    for name, found in (("(a) word lists", words), ("(a) + (b) encoder for the rest", [w or e for w, e in zip(words, encoded)]),
                        ("(b) encoder alone", encoded)):
        right, wrong = tally(found)
        print(f"{name:<32} {right}/{len(LABELS)} right, {wrong} wrong, {len(LABELS) - right - wrong} unread")
    if model is None:
        print("(encoder not available: its rows read nothing)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
