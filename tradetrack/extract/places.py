"""Find country names and demonyms: the matches of a lexicon's ``places`` and ``demonyms``
patterns, for a fraction of the work.

``places`` is ``(?<!\\p{L}){place_guard}\\L<names>(?!\\p{L})``, case-sensitive. A ``regex``
named list tries its names longest first, then a shorter one when a letter follows ("South"
in "South Koreas"). So the names are found where they occur with one scan of the standard
``re`` engine over a trie of them (a literal trie costs it a few nanoseconds a character,
against a fraction of a microsecond for ``regex``), and at each place the names starting
there are checked longest first with ``str.startswith`` and the same boundary rules.
Demonyms are regex fragments: their pattern still decides, tried only where a word starts
with one of their literal beginnings, found by the same kind of scan.
tests/test_places.py checks the sameness with the patterns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .starts import Starts

_LETTER = regex.compile(r"\p{L}")
_letters: dict[str, bool] = {}  # \p{L} of ``regex``, whose Unicode may be newer than str.isalpha's

# a guard made of lookarounds only (one level of parentheses inside them): it consumes nothing
_ZERO_WIDTH = regex.compile(r"(?:\(\?<?[=!](?:[^()\[\]\\]|\\.|\((?:[^()\[\]\\]|\\.)*\))*\))*")


def _is_letter(c: str) -> bool:
    known = _letters.get(c)
    if known is None:
        known = _letters[c] = _LETTER.match(c) is not None
    return known


def trie(words) -> str:
    """An alternation of the literal ``words`` shaped as a trie: ``re`` checks one character
    per branch and never backtracks far (linear time, no repetition)."""
    children: dict[str, list[str]] = {}
    for w in words:
        if w:
            children.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(c) + trie(rest) for c, rest in sorted(children.items())]
    if not alts:
        return ""
    ends_here = "" in words  # a word that is a prefix of others: the rest is optional
    body = alts[0] if len(alts) == 1 and not ends_here else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if ends_here else body


@dataclass(frozen=True)
class PlaceFinder:
    """The matches of ``places`` (its ``finditer``), as (start, end, code)."""

    by_head: dict[str, tuple[tuple[str, str], ...]]  # first two characters -> (name, code), longest first
    single: dict[str, str]  # names of one character -> code (tried after the longer ones)
    occurs: re.Pattern  # where some name is written (a trie of all of them)
    guard: regex.Pattern | None  # the language's place guard, zero-width
    # a guard that consumes text: run the pattern (with its starts and casefolded names' codes)
    fallback: tuple[regex.Pattern, Starts, dict[str, str]] | None

    @classmethod
    def build(cls, codes: dict[str, str], guard: str, pattern: regex.Pattern,
              starts: Starts) -> PlaceFinder:
        """``codes``: every name of ``pattern``'s list -> its code; ``guard``: the place guard
        that ``pattern`` puts before the names."""
        # a match's code is that of its casefolded text, as ``Lexicon.place_codes`` has it
        folded = {k.casefold(): v for k, v in codes.items()}
        by_head: dict[str, list[tuple[str, str]]] = {}
        single: dict[str, str] = {}
        for name in sorted(codes, key=len, reverse=True):
            if len(name) == 1:
                single[name] = folded[name.casefold()]
            elif name:
                by_head.setdefault(name[:2], []).append((name, folded[name.casefold()]))
        zero_width = _ZERO_WIDTH.fullmatch(guard) is not None and "" not in codes
        return cls(
            by_head={h: tuple(ns) for h, ns in by_head.items()},
            single=single,
            occurs=re.compile(trie([n for n in codes if n])),
            guard=regex.compile(guard, regex.VERSION1) if guard and zero_width else None,
            fallback=None if zero_width else (pattern, starts, folded),
        )

    def find(self, s: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, str]]:
        end_ = len(s) if endpos is None else min(endpos, len(s))
        if self.fallback is not None:
            rx, starts, codes = self.fallback
            return [(m.start(), m.end(), codes[m.group().casefold()])
                    for m in starts.finditer(rx, s, s.lower(), pos, end_)]
        found: list[tuple[int, int, str]] = []
        by_head, single, guard = self.by_head, self.single, self.guard
        m = self.occurs.search(s, pos, end_)
        while m is not None:
            i, hit = m.start(), None
            if i == 0 or not _is_letter(s[i - 1]):
                for name, code in by_head.get(s[i:i + 2], ()):
                    e = i + len(name)
                    # the pattern sees no further than endpos: a letter beyond it does not count
                    if e <= end_ and s.startswith(name, i) and (e == end_ or not _is_letter(s[e])):
                        hit = (i, e, code)
                        break
                if hit is None and (code := single.get(s[i])) is not None \
                        and (i + 1 == end_ or not _is_letter(s[i + 1])):
                    hit = (i, i + 1, code)
                # the guard looks around the start only: where it refuses, no name matches
                if hit is not None and guard is not None and guard.match(s, i, end_) is None:
                    hit = None
            if hit is not None:
                found.append(hit)  # matches do not overlap: look on after this one
            m = self.occurs.search(s, i + 1 if hit is None else hit[1], end_)
        return found


@dataclass(frozen=True)
class DemonymFinder:
    """The matches of ``demonyms`` (``finditer``): the pattern tried where a word of the
    lower-cased text starts with one of its literal beginnings (as ``Starts`` would)."""

    pattern: regex.Pattern
    occurs: re.Pattern | None  # where a literal beginning is written; None: scan with the pattern

    @classmethod
    def build(cls, pattern: regex.Pattern, starts: Starts | None) -> DemonymFinder:
        """``starts``: the pattern's literal beginnings, each starting a word (None: unknown)."""
        if starts is None or set(starts.word_heads) != set(starts.heads) or starts.cased or starts.runs:
            return cls(pattern, None)
        return cls(pattern, re.compile(trie(starts.heads)))

    def find(self, s: str, low: str, pos: int = 0, endpos: int | None = None) -> list:
        """``low`` is ``s.lower()``."""
        end_ = len(s) if endpos is None else min(endpos, len(s))
        if self.occurs is None or len(low) != len(s):  # offsets of ``low`` would not be those of ``s``
            return list(self.pattern.finditer(s, pos, end_))
        found, rx = [], self.pattern
        h = self.occurs.search(low, pos, end_)
        while h is not None:
            i = h.start()
            # the word test of ``Starts`` (the pattern asks no letter before, too)
            d = rx.match(s, i, end_) if i == 0 or not low[i - 1].isalpha() else None
            if d is not None:
                found.append(d)
            h = self.occurs.search(low, i + 1 if d is None else max(d.end(), i + 1), end_)
        return found
