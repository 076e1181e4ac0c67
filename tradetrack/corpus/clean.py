"""Find the article in the page text: where the body ends, and its sentences.

Nothing here rewrites the text: sentences are (start, end) offsets into the original, so an
evidence string is always an exact substring of what was read.
"""
from __future__ import annotations

import regex

# A sentence ends at ., ! or ? followed by space and a capital, digit or opening quote —
# or glued to a lowercase word before a capitalised one (time.In 2018), or lost before a
# short capitalised word, a year and a comma ("$31 billion In 2015, it fell") -
# unless the dot closes an abbreviation ("M.", "U.S.", "EE.UU.", "Mr.") — and at line breaks.
_BREAK = regex.compile(
    r"\n\s*(?![\p{Ll}\d])|(?<=[.!?…])(?<!\b\p{Lu}\.)(?<!\.\p{Lu}{1,3}\.)(?<!\b\p{Lu}\p{Ll}\.)\s+(?=[\p{Lu}«“\"(])"
    r"|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})"
    r"|(?<=[\p{Ll}\d])[ \t]+(?=\p{Lu}\p{Ll}{0,3}[ \t]+(?:19|20)\d\d[ \t]*,)", regex.V1)


# A line this long, or a sentence of two words or more, is prose: a related-stories marker
# before any such line is navigation ("Économie / Voir plus / <the article>"), not the end
# of the article.
PROSE_LINE = 80


def body_end(text: str, tail) -> int:
    """Offset where the article ends: at the first related-stories marker line that comes
    after the article has begun (after a line of prose), if any."""
    if tail is None:
        return len(text)
    prose = _first_prose(text)
    for m in tail.finditer(text):
        if m.start() > prose:
            return m.start()
    return len(text)


def _first_prose(text: str) -> int:
    pos = 0
    for line in text.split("\n"):
        t = line.strip()
        if len(t) > PROSE_LINE or (t.endswith((".", "!", "?", "…")) and " " in t):
            return pos
        pos += len(line) + 1
    return len(text)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the sentences of ``text[start:end]``, stripped of spaces."""
    end = len(text) if end is None else end
    out = []
    pos = start
    for m in _BREAK.finditer(text, start, end):
        _add(text, pos, m.start(), out)
        pos = m.end()
    _add(text, pos, end, out)
    return out


# No sentence of news is longer; a longer run (a table, a page without punctuation) is cut
# at spaces, so that the work on one sentence stays bounded and the whole stays linear.
MAX_SENTENCE = 1200


def _add(text: str, s: int, e: int, out: list) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE:
        cut = max(text.rfind(", ", s, s + MAX_SENTENCE), text.rfind(" ", s, s + MAX_SENTENCE))
        if cut <= s:
            cut = s + MAX_SENTENCE
        _add(text, s, cut, out)
        s = cut
        while s < e and (text[s].isspace() or text[s] == ","):
            s += 1
    if e > s:
        out.append((s, e))
