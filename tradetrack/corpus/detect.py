"""Language identification from function words: enough for news text in six languages."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

import regex

from ..lang import CODES, get

# stdlib re reads the words about three times faster than regex's \p{L}+; [^\W\d_] is a letter
# or a non-decimal numeral ("²"), so a token that is not all letters is split again below
_WORD_FAST = re.compile(r"[^\W\d_]+")
_WORD = regex.compile(r"\p{L}+")


@cache
def _letters() -> list[tuple[str, re.Pattern]]:
    """Languages with letters no other of ours writes (Vietnamese ơ, ư, ạ...): decisive alone.
    Counted in the lower-cased text, so the class needs no case folding (the slow part)."""
    return [(c, re.compile(f"[{re.escape(get(c).letters.lower())}]")) for c in CODES if get(c).letters]


@cache
def _stopwords() -> dict[str, tuple[str, ...]]:
    """Each function word -> the languages that use it."""
    out: dict[str, list[str]] = {}
    for c in CODES:
        for w in get(c).stopwords:
            out.setdefault(w, []).append(c)
    return {w: tuple(cs) for w, cs in out.items()}


def detect_language(text: str, hint: str | None = None, sample: int = 2000) -> str:
    """The ISO 639-1 code of the text's language among tradetrack's; ``hint`` breaks ties."""
    head = unicodedata.normalize("NFC", text[:sample])  # Vietnamese written with combining marks
    low = head.lower()
    letters = -1  # str.isalpha's letters, counted only when a language's own letters need it
    # such letters are a large share of a text in that language; names elsewhere add only a few
    for code, rx in _letters():
        own = len(rx.findall(low))
        if own > 5:
            if letters < 0:
                letters = sum(map(str.isalpha, head))
            if own > letters * 0.04:
                return code
    scores = dict.fromkeys(CODES, 0)
    stop = _stopwords()
    for w in _WORD_FAST.findall(low):
        codes = stop.get(w)
        if codes is None:
            if w.isalpha():
                continue
            codes = tuple(c for part in _WORD.findall(w) for c in stop.get(part, ()))
        for code in codes:
            scores[code] += 1
    best = max(scores.values())
    if best == 0:
        return hint if hint in scores else "en"
    if hint in scores and scores[hint] >= best * 0.8:
        return hint
    return max(CODES, key=lambda c: scores[c])
