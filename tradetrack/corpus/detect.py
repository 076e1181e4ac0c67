"""Language identification from function words: enough for news text in six languages."""
from __future__ import annotations

import unicodedata
from functools import cache

import regex

from ..lang import CODES, get

_WORD = regex.compile(r"\p{L}+")
_NOT_LETTERS = regex.compile(r"\P{L}+")


@cache
def _letters() -> list[tuple[str, regex.Pattern]]:
    """Languages with letters no other of ours writes (Vietnamese ơ, ư, ạ...): decisive alone."""
    return [(c, regex.compile(f"[{regex.escape(get(c).letters)}]", regex.I)) for c in CODES if get(c).letters]


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
    letters = len(_NOT_LETTERS.sub("", head))  # str.isalpha's letters, counted in one pass
    # such letters are a large share of a text in that language; names elsewhere add only a few
    for code, rx in _letters():
        if len(rx.findall(head)) > max(5, letters * 0.04):
            return code
    scores = dict.fromkeys(CODES, 0)
    stop = _stopwords()
    for w in _WORD.findall(head.lower()):
        for code in stop.get(w, ()):
            scores[code] += 1
    best = max(scores.values())
    if best == 0:
        return hint if hint in scores else "en"
    if hint in scores and scores[hint] >= best * 0.8:
        return hint
    return max(CODES, key=lambda c: scores[c])
