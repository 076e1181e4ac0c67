"""Where a pattern can match, from the literal text its matches start with.

A backtracking engine scans a sentence with a big alternation at about a microsecond a
character. Most alternatives begin with a literal ("exportation", "[àa] destination", "US$"),
so the places a pattern can match are found with ``str.find`` first and the pattern is tried
only there: the same matches as ``finditer``, for a fraction of the work
(tests/test_starts.py checks the sameness).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

_META = set(".^$*+?{}[]\\|()")
_CLASS_ESCAPES = set("wWdDsSbBpPLNXGAZz0123456789")


def _group_end(frag: str, i: int) -> int:
    """The index just after the group that opens at ``frag[i]``, or -1."""
    depth = 0
    while i < len(frag):
        c = frag[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = frag.find("]", i + 2)
            if i < 0:
                return -1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _split_bars(body: str) -> list[str]:
    """A group's alternatives (top-level bars only)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = max(body.find("]", i + 2), i)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    return parts + [body[start:]]


def anchors(frag: str, limit: int = 10) -> set[str] | None:
    """The literal beginnings, lower-cased, one of which every match of the fragment starts
    with: "exportations?" -> {"exportation"}, "[àa] destination" -> {"à", "a"},
    "(?<!\\p{L})(?:kim ngạch )?xuất" -> {"kim", "xuất"}; None when that cannot be told."""
    while frag.startswith(("(?<!", "(?<=", "(?!", "(?=", "\\b")):  # zero-width: skipped
        end = 2 if frag.startswith("\\b") else _group_end(frag, 0)
        if end < 0:
            return None
        frag = frag[end:]
    if frag.startswith("("):
        end = _group_end(frag, 0)
        if end < 0:
            return None
        # a plain or scoped-flag group ("(?-i:Mỹ)": heads are lower-cased all the same)
        opener = regex.match(r"\((?:\?(?:-?i)?:|\?P<\w+>)?", frag).group()
        body = frag[len(opener):end - 1]
        if body.startswith("?"):
            return None  # another kind of group: flags, names
        found: set[str] = set()
        for part in _split_bars(body):
            a = anchors(part, limit)
            if a is None:
                return None
            found |= a
        quant = frag[end:end + 1]
        if quant in ("?", "*"):
            rest = anchors(frag[end + 1:], limit)
            return None if rest is None else found | rest
        return None if quant in ("{", "+") else found
    if len(_split_bars(frag)) > 1:
        parts = [anchors(p, limit) for p in _split_bars(frag)]
        return None if any(p is None for p in parts) else set().union(*parts)
    heads, i = [""], 0
    while i < len(frag):
        c = frag[i]
        if c == "[":
            j = frag.find("]", i + 1)
            choices = frag[i + 1:j] if j > 0 else ""
            if not choices or any(x in choices for x in "^-\\[") or len(heads) * len(choices) > limit:
                break
            nxt, step = list(choices), j + 1 - i
        elif frag.startswith("\\d", i) and len(heads) * 10 <= limit:
            nxt, step = list("0123456789"), 2
        elif c == "\\" and i + 1 < len(frag) and frag[i + 1] not in _CLASS_ESCAPES:
            nxt, step = [frag[i + 1]], 2
        elif c in _META or c == " " or c == "\\":
            break
        else:
            nxt, step = [c], 1
        quant = frag[i + step:i + step + 2]
        if quant[:1] in ("?", "*") or quant in ("{0", "{,"):
            break  # optional: the literal beginning ends before it
        heads = [h + x for h in heads for x in nxt]
        if quant[:1] in ("{", "+"):
            break  # repeated: the literal beginning ends with its first time
        i += step
    if not all(heads):
        return None
    return {h.lower() for h in heads}


DIGIT_RUN = regex.compile(r"\d+")
UPPER_RUN = regex.compile(r"[A-Z]{3}")  # a code's start ("USD"); the pattern checks the rest


@dataclass(frozen=True)
class Starts:
    """Where the matches of a pattern may start, found with plain substring searches: the
    pattern is then tried only there. Scanning a text with an alternation costs about a
    microsecond per character in a backtracking engine; these searches cost almost nothing."""

    heads: tuple[str, ...] = ()  # lower-case literal beginnings, found in the lower-cased text
    word_heads: frozenset[str] = frozenset()  # those of the heads that must start a word
    cased: tuple[str, ...] = ()  # literal beginnings found as written ("US$", "€", "Vi")
    runs: tuple[regex.Pattern, ...] = ()  # where these match is a start too (digits)
    # many cased heads (country names): one scan for their first letters, then set lookups
    _first: regex.Pattern | None = field(default=None, init=False, compare=False)
    _by_len: tuple[tuple[int, frozenset], ...] = field(default=(), init=False, compare=False)
    _plain: tuple[str, ...] = field(default=(), init=False, compare=False)
    _word: tuple[str, ...] = field(default=(), init=False, compare=False)

    def __post_init__(self) -> None:
        # the two kinds of heads apart, so that the scan asks no set per head
        object.__setattr__(self, "_plain", tuple(h for h in self.heads if h not in self.word_heads))
        object.__setattr__(self, "_word", tuple(h for h in self.heads if h in self.word_heads))
        if self.cased:
            chars = "".join(sorted({h[0] for h in self.cased}))
            object.__setattr__(self, "_first", regex.compile(f"[{regex.escape(chars)}]"))
            lengths = sorted({len(h) for h in self.cased})
            object.__setattr__(self, "_by_len", tuple(
                (n, frozenset(h for h in self.cased if len(h) == n)) for n in lengths))

    def finditer(self, rx: regex.Pattern, s: str, low: str, pos: int = 0, endpos: int | None = None) -> list:
        """``rx.finditer(s, pos, endpos)``, the same matches; ``low`` is ``s.lower()``."""
        end_ = len(s) if endpos is None else min(endpos, len(s))
        if len(low) != len(s):  # a letter whose lower case is longer: offsets would disagree
            return list(rx.finditer(s, pos, end_))
        at: set[int] = set()
        find = low.find
        for h in self._plain:
            i = find(h, pos, end_)
            while i >= 0:
                at.add(i)
                i = find(h, i + 1, end_)
        for h in self._word:  # "(?<!\p{L})a": a letter before it rules it out
            i = find(h, pos, end_)
            while i >= 0:
                if i == 0 or not low[i - 1].isalpha():
                    at.add(i)
                i = find(h, i + 1, end_)
        if self._first is not None:
            for m in self._first.finditer(s, pos, end_):
                i = m.start()
                if any(s[i:i + n] in hs for n, hs in self._by_len):
                    at.add(i)
        for run in self.runs:
            at.update(m.start() for m in run.finditer(s, pos, end_))
        if not at:
            return []
        found, end = [], pos
        match = rx.match
        for i in sorted(at):
            if i >= end and (m := match(s, i, end_)):
                found.append(m)
                end = max(m.end(), i + 1)
        return found
