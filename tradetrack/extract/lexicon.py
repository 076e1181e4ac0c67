"""Compile a language's data (``tradetrack.lang``) into the regexes the engine runs.

Every pattern is built here, once per language, from vocabularies; nothing below names a
word of any language. Patterns avoid nested unbounded repetition so that matching stays
linear in the text's length.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..lang import country_names, get
from ..lang.base import Language
from ..lang.common import CURRENCY_SYMBOLS

F = regex.IGNORECASE | regex.VERSION1
FS = regex.VERSION1  # case-sensitive (country names are capitalised)

# Digits: grouped thousands ("4 150", "1.000", "10.843") or plain with an optional decimal part.
# A separator followed by one space or line break ("6, 5 %", "1. 000", "4,\n15 milliards") is
# accepted only after 1-3 digits.
DIGITS = (r"(?<![\d.,])(?:\d{1,3}(?:(?:[.,]|[ \u00a0\u202f])\d{3})+(?:[.,]\d+)?"
          r"|\d{1,3}[.,]\s\d{1,3}(?=\s*(?:%|\p{L}))|\d+(?:[.,]\d+)?)(?!\d)")
WS = r"\s*"
# A year alone, or closing a numeric date ("1.8.2020", "14/05/2019").
YEAR = r"(?:(?<![\d.,])|(?<=(?<!\d)\d{1,2}[./-]\d{1,2}[./-]))(?:19[5-9]\d|20[0-4]\d)(?![\d])"


def _rx(pattern: str, flags: int = 0, **kw) -> regex.Pattern:
    """Compile with simple case folding: VERSION1 turns on full folding ("ß" = "ss") with
    IGNORECASE, which makes every alternation 3-5 times slower and no word of ours needs."""
    return regex.compile("(?-f)" + pattern if flags & regex.IGNORECASE else pattern, flags, **kw)


def phrase(frag: str) -> str:
    """A data fragment as a regex: spaces match any whitespace or none; short ones start a word."""
    body = frag.replace(" ", r"\s*")
    letters = regex.sub(r"\\.|[^\p{L}]", "", frag)
    if len(letters) <= 4 and letters:
        body = rf"(?<!\p{{L}})(?:{body})"
    return body


def alt(frags, wrap: bool = True) -> str:
    items = sorted(set(frags), key=len, reverse=True)
    body = "|".join(phrase(f) for f in items)
    return f"(?:{body})" if wrap else body


def compile_alt(frags) -> regex.Pattern | None:
    frags = [f for f in frags if f]
    return _rx(alt(frags), F) if frags else None


@dataclass
class Lexicon:
    """The compiled patterns of one language."""

    lang: Language
    amount: regex.Pattern
    percent: regex.Pattern
    year: regex.Pattern
    scale_values: list[tuple[regex.Pattern, float]]
    currency_values: list[tuple[regex.Pattern, str]]
    number_word_values: list[tuple[regex.Pattern, int]]
    month_values: list[tuple[regex.Pattern, int]]
    periods: list[tuple[regex.Pattern, tuple]]
    relative_years: list[tuple[regex.Pattern, int]]
    relative_to_previous: list[tuple[regex.Pattern, int]]
    cues: dict[str, regex.Pattern | None]
    places: regex.Pattern
    place_codes: dict[str, str]
    demonyms: regex.Pattern
    demonym_values: list[tuple[regex.Pattern, str]]
    tail: regex.Pattern | None
    furniture: regex.Pattern | None
    count: str  # the {n} placeholder's regex
    dateline: regex.Pattern
    scale_stems: tuple[str, ...]  # literal beginnings of the scale words, for substring tests
    gap_determiner: regex.Pattern  # what may stand between "vers"/"to" and a country: "la", "the"
    gap_bound: regex.Pattern  # what may stand between "près de" and its number: "de", "the level of"
    gap_change: regex.Pattern  # what may stand between "up" and an amount that is the change: "by"

    def scale_of(self, text: str) -> float:
        return _lookup(self.scale_values, text, 1.0)

    def currency_of(self, text: str) -> str | None:
        t = text.strip()
        if t in CURRENCY_SYMBOLS:
            return CURRENCY_SYMBOLS[t]
        if regex.fullmatch(r"[A-Z]{3}", t):
            return t
        return _lookup(self.currency_values, t, None)

    def month_of(self, text: str) -> int | None:
        return _lookup(self.month_values, text, None)

    def count_of(self, text: str) -> int | None:
        t = text.strip()
        if t.isdigit():
            return int(t)
        return _lookup(self.number_word_values, t, None)

    def demonym_of(self, text: str) -> str | None:
        return _lookup(self.demonym_values, text, None)


def _stem(fragment: str) -> str:
    """The literal start of a fragment: "milliards?" -> "milliard", "bn\\b" -> "bn"."""
    m = regex.match(r"[\p{L} ]+", fragment)
    stem = m.group() if m else ""
    if len(stem) < len(fragment) and fragment[len(stem):len(stem) + 1] in "?*{":
        stem = stem[:-1]
    return stem.strip().lower()


def _lookup(pairs, text, default):
    for pat, value in pairs:
        if pat.fullmatch(text):
            return value
    return default


def _values(d: dict, flags=F) -> list:
    return [(_rx(phrase(k), flags), v) for k, v in sorted(d.items(), key=lambda kv: -len(kv[0]))]


@cache
def lexicon(code: str) -> Lexicon:
    lang = get(code)
    # number words; a word that begins a scale phrase ("mil" of "mil millones") must not be
    # read as a number when that phrase follows
    scale_words = sorted(lang.scales, key=len, reverse=True)
    words = []
    for w in sorted(lang.number_words, key=len, reverse=True):
        tails = [s.split(" ", 1)[1] for s in scale_words if " " in s and regex.fullmatch(w, s.split(" ", 1)[0])]
        guard = "".join(rf"(?!\s*{phrase(t)})" for t in tails)
        body = w.replace(" ", WS)
        words.append(rf"(?<!\p{{L}}){body}(?!\p{{L}}){guard}")
    word = "(?:" + "|".join(words) + ")" if words else "(?!)"
    joins = f"(?:{alt(lang.number_joiners)}\\s+)?" if lang.number_joiners else ""
    joiner = rf"(?:[\s-]+{joins})"
    numeral = rf"(?P<words>{word}(?:{joiner}{word}){{0,6}}(?:\s+{DIGITS})?)|(?P<digits>{DIGITS})"
    scale = alt(scale_words)
    symbols = "|".join(regex.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
    codes = r"(?<!\p{L})[A-Z]{3}(?!\p{L})"
    cur_names = alt(lang.currencies)
    link = alt(lang.number_links)
    amount = (
        rf"(?:(?P<pre>(?-i:{symbols}|{codes}))\s?)?"
        rf"(?:{numeral})"
        rf"(?:\s*(?P<scale>{scale})(?!\p{{L}})"
        rf"(?:\s*(?P<num2>{DIGITS})\s*(?P<scale2>{scale})(?!\p{{L}}))?)?"
        rf"(?:\s*(?:{link}\s*)?(?P<post>(?-i:{symbols}|{codes})|{cur_names})(?!\p{{L}}))?"
    )
    percent = rf"(?P<sign>[+\-−–]\s?)?(?P<num>{DIGITS})\s*(?:%|{alt(lang.percent)}(?!\p{{L}}))"
    count = rf"(?:\d{{1,2}}|{word})"
    month = alt(lang.months)
    periods = []
    for pat, spec in lang.periods.items():
        rx = phrase(pat) if "{" not in pat else pat.replace(" ", r"\s*")
        rx = (rx.replace("{n}", rf"(?P<n>{count})").replace("{m1}", rf"(?P<m1>{month})")
              .replace("{m2}", rf"(?P<m2>{month})").replace("{m}", rf"(?P<m>{month})"))
        periods.append((_rx(rf"(?<!\p{{L}}){rx}(?!\p{{L}})", F), spec))
    cue_fields = ("turnover", "exports", "imports", "surplus", "deficit", "bilateral", "exclusions",
                  "world", "share", "target", "forecast", "approx", "at_least", "at_most", "up", "down",
                  "to", "from_", "of", "with_", "in_favour", "deadline", "comparison", "same_period",
                  "year_links", "range_links", "number_links", "anaphora", "market")
    cues = {f: compile_alt(getattr(lang, f)) for f in cue_fields}
    # places: CLDR names plus the module's own; matched case-sensitively
    place_codes = dict(country_names(code))
    place_codes.update(country_names("en") if code != "en" else {})
    place_codes.update(lang.places)
    names = sorted(place_codes, key=len, reverse=True)
    places = _rx(r"(?<!\p{L})\L<names>(?!\p{L})", FS, names=names)
    dem = "|".join(sorted(lang.demonyms, key=len, reverse=True))
    demonyms = _rx(rf"(?<!\p{{L}})(?:{dem})(?!\p{{L}})", F)
    tail = _rx(rf"^[ \t]*{alt(lang.tail_markers)}[ \t]*:?[ \t]*$", F | regex.M) if lang.tail_markers else None
    furniture = _rx(rf"^[ \t]*{alt(lang.furniture)}", F) if lang.furniture else None
    return Lexicon(
        lang=lang,
        amount=_rx(amount, F),
        percent=_rx(percent, F),
        year=_rx(YEAR),
        scale_values=_values(lang.scales),
        currency_values=_values(lang.currencies),
        number_word_values=_values(lang.number_words),
        month_values=_values(lang.months),
        periods=periods,
        relative_years=_values(lang.relative_years),
        relative_to_previous=_values(lang.relative_to_previous),
        cues=cues,
        places=places,
        place_codes={k.casefold(): v for k, v in place_codes.items()},
        demonyms=demonyms,
        demonym_values=[(_rx(k, F), v) for k, v in lang.demonyms.items()],
        tail=tail,
        furniture=furniture,
        count=count,
        gap_determiner=_rx(rf"^\s*(?:{alt(lang.determiners)}\s*)?$" if lang.determiners else r"^\s*$", F),
        gap_bound=_rx(
            rf"^\p{{L}}{{0,4}}\s*(?:{alt(lang.determiners + lang.bound_fillers)}\s*){{0,2}}(?-i:{symbols}|{codes})?\s*$"
            if lang.determiners or lang.bound_fillers else rf"^\p{{L}}{{0,4}}\s*(?-i:{symbols}|{codes})?\s*$", F),
        gap_change=_rx(
            rf"^\s*(?:{alt(lang.change_links + lang.approx + lang.at_least + lang.at_most)}\s*){{0,2}}"
            rf"(?-i:{symbols}|{codes})?\s*$", F),
        scale_stems=tuple(sorted({_stem(k) for k in lang.scales if len(_stem(k)) >= 3})),
        dateline=_rx(
            rf"(?m)^[ \t]*\p{{Lu}}[\p{{L}} .'-]{{1,30}},?[ \t]+(?:\d{{1,2}}[ \t]+(?P<m>{month})|(?P<m>{month})\.?[ \t]+\d{{1,2}})"
            rf"\.?(?:[ \t]*,?[ \t]*(?P<y>(?:19|20)\d\d))?[ \t]*[(\[]", F),
    )
