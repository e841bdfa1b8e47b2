"""Explicit death / suicide word list for v4 (own list, written for v4; euphemisms excluded).

Matched on tokens (lower-cased, punctuation stripped) because \\b breaks inside Devanagari.
Applied to every post whatever its language.
"""
import re

TOKENS = {
    # English
    "die", "dies", "died", "dying", "dead", "death", "deaths", "suicide", "suicidal",
    "suicides", "overdose",
    # romanized Hindi
    "marna", "marne", "mar", "mara", "mari", "marunga", "marungi", "maru", "marenge",
    "marega", "maregi", "marta", "marti", "maut", "mout", "khudkushi", "khudkhushi",
    "aatmhatya", "atmhatya", "mrityu", "maro", "marr", "mrr", "margya", "margyi",
    # Devanagari
    "मरना", "मरने", "मर", "मरा", "मरी", "मरूं", "मरूँ", "मरूंगा", "मरूंगी", "मरूँगा",
    "मरूँगी", "मरेंगे", "मरेगा", "मरेगी", "मरता", "मरती", "मौत", "मृत्यु", "आत्महत्या",
    "खुदकुशी", "ख़ुदकुशी", "सुसाइड", "मरो", "मरवा",
}
PHRASES = [
    "kill myself", "killing myself", "kill me", "end my life", "take my life",
    "taking my life", "end it all", "ending my life", "khud ko maar", "khud ko khatam",
    "jaan de", "jaan dedu", "jaan dedunga", "jaan dungi", "jaan dunga", "zindagi khatam",
    "खुद को मार", "जान दे", "जान दूंगा", "जान दूंगी", "ज़िंदगी खत्म", "जिंदगी खत्म",
    "खुद को खत्म",
]
_punct = re.compile(r"[^\w\u0900-\u097F']+")


def tokens(text):
    return [t for t in _punct.split(text.lower()) if t]


def has_death_word(text):
    toks = tokens(text)
    if any(t in TOKENS for t in toks):
        return True
    joined = " " + " ".join(toks) + " "
    return any(" " + p + " " in joined or " " + p in joined for p in PHRASES)
