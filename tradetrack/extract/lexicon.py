"""Compile a language's data (``tradetrack.lang``) into the regexes the engine runs.

Every pattern is built here, once per language, from vocabularies; nothing below names a
word of any language. Patterns avoid nested unbounded repetition so that matching stays
linear in the text's length.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from ..lang import country_names, currency_choices, currency_names, get
from ..lang.base import Language
from ..lang.common import CURRENCY_SYMBOLS, SHARED_SYMBOLS
from .places import DemonymFinder, PlaceFinder
from .starts import DIGIT_RUN, UPPER_RUN, Starts, anchors

F = regex.IGNORECASE | regex.VERSION1
FS = regex.VERSION1  # case-sensitive (country names are capitalised)

# Digits: grouped thousands ("4 150", "1.000", "10.843") or plain with an optional decimal part.
# A separator followed by one space or line break ("6, 5 %", "1. 000", "4,\n15 milliards") is
# accepted only after 1-3 digits. A number may follow a dot that ends a word ("Rs.500").
DIGITS = (r"(?<![\d,])(?<!\d\.)(?:\d{1,3}(?:(?:[.,]|[ \u00a0\u202f])\d{3})+(?:[.,]\d+)?"
          r"|\d{1,3}[.,]\s\d{1,3}(?=\s*(?:%|\p{L}))|\d+(?:[.,]\d+)?)(?!\d)")
WS = r"\s*"
# A year alone, or closing a numeric date ("1.8.2020", "14/05/2019").
YEAR = r"(?:(?<![\d.,])|(?<=(?<!\d)\d{1,2}[./-]\d{1,2}[./-]))(?:19[5-9]\d|20[0-4]\d)(?![\d])"


def _rx(pattern: str, flags: int = 0, **kw) -> regex.Pattern:
    """Compile with simple case folding: VERSION1 turns on full folding ("ß" = "ss") with
    IGNORECASE, which makes every alternation 3-5 times slower and no word of ours needs."""
    return regex.compile("(?-f)" + pattern if flags & regex.IGNORECASE else pattern, flags, **kw)


_STRICT_SPACE = regex.compile(r"(?<=[+*}]|\((?:\?(?:[:!=]|<[!=]))?) ")


def phrase(frag: str) -> str:
    """A data fragment as a regex: spaces match any whitespace or none; short ones start a word."""
    # a space after a repeat or at a group's start must be there: "(?:\w+ ){0,4}" as
    # "(?:\w+\s*){0,4}" could split one long word in every way (super-linear time)
    body = _STRICT_SPACE.sub(lambda m: r"\s+", frag).replace(" ", r"\s*")
    if _starts_word(frag):
        body = rf"(?<!\p{{L}})(?:{body})"
    return body


_LOOKAROUND = regex.compile(r"\(\?<?[=!][^()]*\)")
_SHORT_FIRST_WORD = regex.compile(r"[\p{L}']{1,3} ")


def _starts_word(frag: str) -> bool:
    """Must the fragment start a word? It must when it has four letters or fewer, or when it
    opens with a short word ("a year earlier", "in the same period": not "...a year")."""
    letters = regex.sub(r"\\.|[^\p{L}]", "", frag)
    return 0 < len(letters) <= 4 or _SHORT_FIRST_WORD.match(frag) is not None


def alt(frags, wrap: bool = True) -> str:
    items = sorted(set(frags), key=len, reverse=True)
    body = "|".join(phrase(f) for f in items)
    return f"(?:{body})" if wrap else body


def compile_alt(frags) -> regex.Pattern | None:
    frags = [f for f in frags if f]
    return _rx(alt(frags), F) if frags else None


def heads_of(frags) -> tuple[str, ...] | None:
    """Literal beginnings one of which every match of the alternation of ``frags`` starts
    with; None when some fragment does not start with a literal."""
    starts = _starts(frags)
    return None if starts is None else starts.heads


def _digit_led(frag: str) -> bool:
    """Does the fragment start with digits (after zero-width assertions)? "(?<![\\d.,])\\d{1,3}"."""
    return regex.sub(r"^(?:\(\?<?[!=](?:[^()]|\([^()]*\))*\))*", "", frag).startswith("\\d")


def _starts(frags, whole_words: bool = False) -> Starts | None:
    """Where the alternation of phrases ``frags`` may match: their literal beginnings, each
    marked when every phrase it comes from must start a word (``whole_words``: all must)."""
    word = _head_words(frags, lambda f: whole_words or _starts_word(f) or f.startswith("(?<!\\p{L})"))
    return None if word is None else _pruned(word)


def _head_words(frags, starts_word) -> dict[str, bool] | None:
    """The literal beginnings of the patterns ``frags``, each mapped to whether every pattern
    it comes from must start a word (``starts_word(fragment)``); None when one has none."""
    word: dict[str, bool] = {}
    for f in frags:
        if f:
            heads = anchors(f)
            if heads is None:
                return None
            w = starts_word(f)
            for h in heads:
                word[h] = word.get(h, True) and w
    return word


def _pruned(word: dict[str, bool], runs: tuple[regex.Pattern, ...] = ()) -> Starts:
    """Starts from heads marked as in ``_head_words``."""
    # "export" makes "exportation" redundant (a match starting with one starts with the
    # other), unless only "export" must start a word
    # (each head's own beginnings are looked up: compared two by two, the few hundred heads of
    # the demonyms took about 0.2 s over the languages)
    keep = sorted(h for h in word if not any(h[:k] in word and (word[h] or not word[h[:k]]) for k in range(len(h))))
    return Starts(tuple(keep), word_heads=frozenset(h for h in keep if word[h]), runs=runs)


_CODE = regex.compile(r"[A-Z]{3}")  # a currency code as written ("USD")
_MEMO_SIZE = 4096  # matched texts remembered per language: a bound for long runs


@dataclass
class Lexicon:
    """The compiled patterns of one language."""

    lang: Language
    amount: regex.Pattern
    percent: regex.Pattern
    year: regex.Pattern
    scale_values: list[tuple[regex.Pattern, float]]
    glued_values: list[tuple[regex.Pattern, float]]  # "M" of "500 M€"
    fraction_values: list[tuple[regex.Pattern, float]]  # "half a" of "half a billion"
    tail_values: list[tuple[regex.Pattern, float]]  # "et demi" of "deux milliards et demi"
    unit_after: regex.Pattern | None  # "tonnes" after "3 millions de": a count, not money
    currency_values: list[tuple[regex.Pattern, str]]
    number_word_values: list[tuple[regex.Pattern, int]]
    number_tokens: regex.Pattern  # a numeral's pieces: digits, number words of several parts, words
    month_values: list[tuple[regex.Pattern, int]]
    periods: list[tuple[regex.Pattern, tuple]]
    relative_years: list[tuple[regex.Pattern, int]]
    relative_to_previous: list[tuple[regex.Pattern, int]]
    cues: dict[str, regex.Pattern | None]
    cue_starts: dict[str, Starts | None]  # where each cue may start (None: anywhere)
    amount_starts: Starts | None
    percent_starts: Starts
    # literal beginnings of the percent words, case-folded: a sentence with none of them and
    # no "%" holds no percent (None: not known, always look)
    percent_words_at: tuple[str, ...] | None
    places: regex.Pattern
    place_codes: dict[str, str]
    place_starts: Starts
    demonyms: regex.Pattern
    demonym_starts: Starts | None
    # (literal beginnings or None, demonym without its lookarounds, code), in the module's order:
    # a demonym's pattern is compiled the first time a word starting as it does is looked up
    demonym_values: list[tuple[tuple[str, ...] | None, str, str]]
    place_finder: PlaceFinder  # the matches of ``places``, without running it
    demonym_finder: DemonymFinder  # the matches of ``demonyms``, tried where a word may be one
    tail: regex.Pattern | None
    furniture: regex.Pattern | None
    caption: regex.Pattern | None  # the end of a caption line: "... Photo : VNA", "(Ảnh minh họa)"
    count: str  # the {n} placeholder's regex
    dateline: regex.Pattern
    scale_stems: tuple[str, ...]  # literal beginnings of the scale words, for substring tests
    gap_determiner: regex.Pattern  # what may stand between "vers"/"to" and a country: "la", "the"
    gap_bound: regex.Pattern  # what may stand between "près de" and its number: "de", "the level of"
    gap_change: regex.Pattern  # what may stand between "up" and an amount that is the change: "by"
    change_link: regex.Pattern | None  # the words of ``change_links`` alone: "by", "de", "thêm"
    # values already looked up, by table and matched text: the same few words recur
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    # CLDR's currency names in the language, lower case with single spaces -> ISO 4217
    currency_names: dict[str, str] = field(default_factory=dict)

    def _memo_lookup(self, table: str, text: str, default):
        """``_lookup`` in the table named ``table``, remembered (up to _MEMO_SIZE texts)."""
        key = (table, text)
        try:
            return self._memo[key]
        except KeyError:
            value = _lookup(getattr(self, table), text, default)
            if len(self._memo) < _MEMO_SIZE:
                self._memo[key] = value
            return value

    def scale_of(self, text: str) -> float:
        return self._memo_lookup("scale_values", text, 1.0)

    def fraction_of(self, text: str) -> float:
        return self._memo_lookup("fraction_values", text, 0.0)

    def tail_of(self, text: str) -> float:
        return self._memo_lookup("tail_values", text, 0.0)

    def glued_scale_of(self, s: str, start: int, end: int) -> float:
        """The value of the glued scale ``s[start:end]`` ("M" of "500 M€"); its pattern may
        look at the symbol after it."""
        for pat, value in self.glued_values:
            m = pat.match(s, start)
            if m is not None and m.end() == end:
                return value
        return 1.0

    def currency_of(self, text: str) -> str | None:
        t = text.strip()
        if t in CURRENCY_SYMBOLS:
            return CURRENCY_SYMBOLS[t]
        if _CODE.fullmatch(t):
            return t
        found = self._memo_lookup("currency_values", t, None)
        # CLDR's names: "Kenyan shillings", "dinars tunisiens" (the language's own data first)
        return found if found is not None else self.currency_names.get(_plain_lower(t))

    def currency_choices(self, written: str) -> tuple[str, ...]:
        """The currencies a written currency may be ("dirhams": AED, MAD), for the pair to
        decide; empty when it is one alone."""
        if written in SHARED_SYMBOLS:
            return SHARED_SYMBOLS[written]
        return currency_choices(self.lang.code, _plain_lower(written))

    def month_of(self, text: str) -> int | None:
        return _lookup(self.month_values, text, None)

    def count_of(self, text: str) -> int | None:
        t = text.strip()
        if t.isdigit():
            return int(t)
        return self._memo_lookup("number_word_values", t, None)

    def demonym_of(self, text: str) -> str | None:
        """The code of the first demonym (in the module's order) that matches all of ``text``."""
        low = text.lower()
        known = len(low) == len(text)  # else a beginning of ``low`` may not be one of ``text``
        for heads, frag, code in self.demonym_values:
            # a fragment matches only texts that start with one of its literal beginnings
            if (heads is None or not known or low.startswith(heads)) and _value_rx(frag).fullmatch(text):
                return code
        return None


def _stem(fragment: str) -> str:
    """The literal start of a fragment: "milliards?" -> "milliard", "bn\\b" -> "bn"."""
    m = regex.match(r"[\p{L} ]+", fragment)
    stem = m.group() if m else ""
    if len(stem) < len(fragment) and fragment[len(stem):len(stem) + 1] in "?*{":
        stem = stem[:-1]
    return stem.strip().lower()


def _folded_heads(frags) -> tuple[str, ...] | None:
    """Literal beginnings of the phrases ``frags``, case-folded; a text whose ``casefold()``
    holds none of them has no match of their case-insensitive alternation."""
    heads = heads_of(frags) if frags else None  # no phrase: "(?:)" matches anywhere
    return None if heads is None else tuple(sorted({h.casefold() for h in heads}))


# The named groups of ``amount`` and ``percent`` in the order of ``Match.groups()``, which
# numbers.py unpacks: groups() costs a tenth of groupdict() with the regex module.
AMOUNT_GROUPS = ("pre", "frac", "words", "digits", "tail1", "scale", "tail2", "glued", "num2", "scale2", "post")
PERCENT_GROUPS = ("sign", "num")


def _ordered(rx: regex.Pattern, names: tuple[str, ...]) -> regex.Pattern:
    """``rx``, checked to capture exactly the groups ``names`` in that order."""
    if rx.groups != len(names) or tuple(sorted(rx.groupindex, key=rx.groupindex.__getitem__)) != names:
        raise ValueError(f"groups {sorted(rx.groupindex, key=rx.groupindex.__getitem__)} are not {names}")
    return rx


_SPACES = regex.compile(r"\s+")


def _plain_lower(text: str) -> str:
    """A currency as written, in the form of CLDR's names: lower case, single spaces."""
    return _SPACES.sub(" ", text.strip().lower())


def _literal(name: str) -> str:
    """A literal name as a data fragment: metacharacters escaped, spaces kept as spaces."""
    return "".join("\\" + c if c in ".^$*+?{}[]\\|()" else c for c in name)


def _lookup(pairs, text, default):
    for pat, value in pairs:
        if pat.fullmatch(text):
            return value
    return default


@cache
def _value_rx(frag: str) -> regex.Pattern:
    """A demonym's pattern for ``Lexicon.demonym_of``, compiled on first use: most are never
    looked up, and compiling a few hundred a language cost more than the lookups."""
    return _rx(frag, F)


def _values(d: dict, flags=F) -> list:
    return [(_rx(phrase(k), flags), v) for k, v in sorted(d.items(), key=lambda kv: -len(kv[0]))]


def _number_tokens(number_words: dict) -> str:
    """The pieces of a numeral: digits, the number words written in several parts as one piece
    ("quatre-vingt-dix" is 90, not 4 + 20 + 10), any other word."""
    multi = [w for w in sorted(number_words, key=len, reverse=True)
             if not _digit_led(w) and regex.search(r"[- ]", regex.sub(r"\(\?<?[=!][^)]*\)", "", w))]
    parts = "|".join(rf"(?<!\p{{L}}){w.replace(' ', WS)}(?!\p{{L}})" for w in multi)
    return r"\d[\d.,\u00a0\u202f ]*\d|\d|" + (f"{parts}|" if parts else "") + r"\p{L}+"


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
    glued = alt(lang.glued_scales) if lang.glued_scales else "(?!)"
    # "half a billion", "a billion": a fraction stands for the number before a scale word of
    # a million or more written with two letters or more ("a b" is no billion)
    big = [k for k, v in lang.scales.items() if v >= 1e6 and len(regex.sub(r"\\.|[^\p{L}]", "", k)) >= 2]
    fraction = (rf"(?<!\p{{L}})(?P<frac>{alt(lang.fractions)})(?!\p{{L}})[\s-]*(?={alt(big)}(?!\p{{L}}))|"
                if lang.fractions and big else r"(?P<frac>(?!))|")  # the group is always there
    tails = alt(lang.fraction_tails) if lang.fraction_tails else "(?!)"
    # a one-letter sign ("N7.3tn" naira, "R5bn" rand) only glued to its digits
    symbol_list = [(r"(?<!\p{L})" if regex.fullmatch(r"[\p{L}.]+", s) else "") + regex.escape(s)
                   + (r"(?=\d)" if len(s) == 1 and s.isalpha() else "")
                   for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)]
    symbols = "|".join(symbol_list)
    codes = r"(?<!\p{L})[A-Z]{3}(?!\p{L})"
    cldr_currencies = currency_names(code)
    # CLDR's names first, as a named list (a set looked up, where an alternation of three
    # hundred names is tried one by one after every amount), the longest first: "dinars
    # tunisiens" before the language's "dinars?"
    cur_names = "(?:" + (r"\L<cldr_currencies>|" if cldr_currencies else "") + alt(lang.currencies, wrap=False) + ")"
    link = alt(lang.number_links)
    amount = (
        rf"(?:(?P<pre>(?-i:{symbols}|{codes}))\s?)?"
        rf"(?:{fraction}(?:{numeral})(?:\s*(?P<tail1>{tails})(?!\p{{L}}))?)"
        # a hyphen may join the number, its scale and its currency: "a $4.5-billion deal",
        # "a 4.5-billion-dollar deal"
        rf"(?:(?:\s*|-)(?:(?P<scale>{scale})(?!\p{{L}})(?:\s*(?P<tail2>{tails})(?!\p{{L}}))?"
        rf"|(?P<glued>{glued})(?=(?-i:{symbols})))"
        rf"(?:\s*(?P<num2>{DIGITS})\s*(?P<scale2>{scale})(?!\p{{L}}))?)?"
        # names first: "CFA francs" is more than the code-like "CFA"
        rf"(?:(?:-|\s*(?:{link}\s*)?)(?P<post>{cur_names}|(?-i:{symbols}|{codes}))(?!\p{{L}}))?"
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
                  "year_links", "range_links", "number_links", "anaphora", "market", "respectively", "between", "subset", "list_next",
                  "contrast", "mainly", "place_anaphora", "bloc_anaphora",
                  "attribution")
    # cue lists read together, found in one scan: where a clause stops speaking of a number
    # ("while", "according to")
    joined = {"clause_end": lang.contrast + lang.attribution}
    cues = {f: compile_alt(getattr(lang, f)) for f in cue_fields}
    cues.update({f: compile_alt(v) for f, v in joined.items()})
    # places: CLDR names plus the module's own; matched case-sensitively
    place_codes = dict(country_names(code))
    place_codes.update(country_names("en") if code != "en" else {})
    place_codes.update(lang.places)
    names = sorted(place_codes, key=len, reverse=True)
    places = _rx(rf"(?<!\p{{L}}){lang.place_guard}\L<names>(?!\p{{L}})", FS, names=names)
    place_starts = Starts(cased=tuple(sorted({n[:2] for n in names})))  # names are matched as written
    dem = "|".join(sorted(lang.demonyms, key=len, reverse=True))
    demonyms = _rx(rf"(?<!\p{{L}})(?:{dem})(?!\p{{L}})", F)
    demonym_starts = _starts(lang.demonyms, whole_words=True)  # the pattern asks a word start
    # a marker alone on its line, or with a colon before a teaser's headline, at a line start
    # or after a sentence: "... of the US. Read more: UAE-India trade surges 15%"
    tail = _rx(rf"^[ \t]*{alt(lang.tail_markers)}[ \t]*:?[ \t]*$"
               rf"|(?:^|(?<=[.!?»”\"][ \t]))[ \t]*{alt(lang.tail_markers)}(?:(?<=:)|[ \t]*:)[ \t]*(?=\S)",
               F | regex.M) if lang.tail_markers else None
    furniture = _rx(rf"^[ \t]*{alt(lang.furniture)}", F) if lang.furniture else None
    credit = "|".join(regex.escape(c) for c in sorted(lang.photo_credits, key=len, reverse=True))
    caption = _rx(rf"(?:(?:^|(?<=[ \t(]))(?:{credit})[ \t]*:[^\n:]{{1,40}}|\((?:{credit})[^\n()]{{0,40}}\))[ \t]*$",
                  FS | regex.M) if credit else None
    # an amount starts with a currency sign or code, digits, a number word or a fraction
    # (each pattern starting a word)
    words_at = _head_words([w for w in lang.number_words if not _digit_led(w)] + list(lang.fractions), lambda f: True)
    # the currency signs are looked for in the lower-cased text too, not as written: a scan
    # for their first letters ("U" of "US$", every "u" of "u$s") costs more than the
    # few extra tries; only those of letters alone must start a word, as the pattern says
    signs_at = _head_words(symbol_list, lambda f: f.startswith("(?<!\\p{L})"))
    amount_starts = None if words_at is None or signs_at is None else _pruned(
        {h: words_at.get(h, True) and signs_at.get(h, True) for h in words_at.keys() | signs_at.keys()},
        (DIGIT_RUN, UPPER_RUN))
    return Lexicon(
        lang=lang,
        amount=_ordered(_rx(amount, F, cldr_currencies=sorted(cldr_currencies)), AMOUNT_GROUPS),
        percent=_ordered(_rx(percent, F), PERCENT_GROUPS),
        year=_rx(YEAR),
        scale_values=_values(lang.scales),
        glued_values=_values(lang.glued_scales),
        fraction_values=_values(lang.fractions),
        tail_values=_values(lang.fraction_tails),
        unit_after=_rx(rf"(?:-|\s*(?:{link}\s*)?){alt(lang.units)}(?!\p{{L}})", F) if lang.units else None,
        currency_values=_values(lang.currencies),
        number_word_values=_values(lang.number_words),
        number_tokens=_rx(_number_tokens(lang.number_words), F),
        month_values=_values(lang.months),
        periods=periods,
        relative_years=_values(lang.relative_years),
        relative_to_previous=_values(lang.relative_to_previous),
        cues=cues,
        cue_starts={**{f: _starts(getattr(lang, f)) for f in cue_fields}, **{f: _starts(v) for f, v in joined.items()}},
        amount_starts=amount_starts,
        percent_starts=Starts(("+", "-", "−", "–"), runs=(DIGIT_RUN,)),
        percent_words_at=_folded_heads(lang.percent),
        places=places,
        place_starts=place_starts,
        place_codes={k.casefold(): v for k, v in place_codes.items()},
        demonyms=demonyms,
        demonym_starts=demonym_starts,
        # the value of a matched word: lookarounds ("sino(?=-)") look beyond it, so drop them
        demonym_values=[(None if (a := anchors(k)) is None else tuple(sorted(a)), _LOOKAROUND.sub("", k), v)
                        for k, v in lang.demonyms.items()],
        place_finder=PlaceFinder.build(place_codes, lang.place_guard, places, place_starts),
        demonym_finder=DemonymFinder.build(demonyms, demonym_starts),
        tail=tail,
        furniture=furniture,
        caption=caption,
        count=count,
        gap_determiner=_rx(rf"^\s*(?:{alt(lang.determiners)}\s*)?$" if lang.determiners else r"^\s*$", F),
        gap_bound=_rx(
            rf"^\p{{L}}{{0,4}}\s*(?:{alt(lang.determiners + lang.bound_fillers)}\s*){{0,2}}(?-i:{symbols}|{codes})?\s*$"
            if lang.determiners or lang.bound_fillers else rf"^\p{{L}}{{0,4}}\s*(?-i:{symbols}|{codes})?\s*$", F),
        change_link=_rx(rf"(?<!\p{{L}}){alt(lang.change_links)}(?!\p{{L}})", F) if lang.change_links else None,
        gap_change=_rx(
            rf"^\s*(?:{alt(lang.change_links + lang.approx + lang.at_least + lang.at_most)}\s*){{0,2}}"
            rf"(?-i:{symbols}|{codes})?\s*$", F),
        scale_stems=tuple(sorted({_stem(k) for k in lang.scales if len(_stem(k)) >= 3})),
        dateline=_rx(
            # "Hanoi, 6 juillet (VNA)", "Hanoi, le 6 juillet (VNA)", "HANOI, Nov 20 (VNA)"
            rf"(?m)^[ \t]*\p{{Lu}}[\p{{L}} .'-]{{1,30}},?[ \t]+(?:\p{{Ll}}{{1,3}}[ \t]+)?"
            rf"(?:\d{{1,2}}[ \t]+(?P<m>{month})|(?P<m>{month})\.?[ \t]+\d{{1,2}})"
            rf"\.?(?:[ \t]*,?[ \t]*(?P<y>(?:19|20)\d\d))?[ \t]*[(\[]", F),
        currency_names=cldr_currencies,
    )
