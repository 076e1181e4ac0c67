"""Assemble figures: numbers, periods, places and cues of a sentence become figure records.

The rules, in the order a reader applies them:
- a number belongs to the nearest trade noun before it (or one right after it: "5 bn in
  two-way trade"); an investment or product noun that is nearer takes it out of scope;
- a percent is a growth rate only with a growth word before it (or a sign), and then
  shares the metric, pair and period of the amount beside it;
- the period is the one written right after the number, else the nearest one before it in
  the sentence, else the one the previous sentences set, else the publication year;
- the pair comes from the places near the number, then the sentence, then the article;
  direction from the roles the places play ("exports of A to B", "imports from B");
- kind is target or forecast when such a cue precedes the number in its sentence (the
  nearest wins), actual otherwise; the left end of "from X to Y" is always actual.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import regex

from ..corpus.clean import body_end, sentences
from ..corpus.dates import Published, dateline, infer_year, resolve
from ..lang import currencies_in_use
from ..lang.common import BLOCS
from ..model import Article, Figure
from .lexicon import Lexicon
from .numbers import Num, find_amounts, find_percents, text_decimal_comma

METRIC_CUES = ("turnover", "exports", "imports", "surplus", "deficit")
BLOCKING_CUES = ("exclusions", "world")
# the cues without one of which a sentence gives no figure: a trade noun, trade with the
# world (a partner's part of it), or a word that continues the sentence before
FIGURE_CUES = (*METRIC_CUES, "world", "anaphora", "target", "forecast")
_GAP_SHORT = regex.compile(r"^[\s\p{P}]*(?:\p{L}{1,5}[\s'’]*){0,2}$")
_GAP_LINK = regex.compile(r"^[\s,]*(?:\p{L}{1,6}[\s'’]*){0,3}$")
_POSSESSIVE = regex.compile(r"^[’']s?\b")
_CLAUSE = regex.compile(r"[,;:()]")
_DIGIT = regex.compile(r"\d+")
_WORD = regex.compile(r"\s*(\p{L}{3,})")
_PARENS = regex.compile(r"\([^()]*\)")
_STOPS = regex.compile(r"[,;()]")
_STOPS_D = regex.compile(r"[,;\d]")


def normalise(s: str) -> str:
    """NFC, plain apostrophes and spaces: the form every pattern is written for. (Checks and
    replaces run in C; str.translate with a table is 25 times slower on a sentence.)"""
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    for old, new in _PLAIN:
        if old in s:
            s = s.replace(old, new)
    return s


_PLAIN = (("’", "'"), ("‘", "'"), ("\u00a0", " "), ("\u202f", " "), ("\u2009", " "), ("ʼ", "'"))


@dataclass(slots=True)
class Time:
    start: int
    end: int
    year: int | None
    months: tuple[int, int] | None
    role: str = "ref"  # ref | base | deadline
    rel: int | None = None  # relative to the figure before ("a year later": +1)


@dataclass(slots=True)
class Place:
    start: int
    end: int
    code: str
    demonym: bool


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    cat: str


@dataclass
class Context:
    """What the article and the sentences read so far establish."""

    lex: Lexicon
    pub: Published
    home: str | None
    partner: str | None
    currency: str
    last_time: tuple[int | None, tuple[int, int] | None] | None = None
    last_metric: Cue | None = None
    last_roles: tuple[str, str] | None = None
    last_had_figure: bool = False
    prev_sentence: str = ""  # the sentence before, normalised, for "ce chiffre", "it fell"
    prev_read: Sentence | None = None  # that sentence, when it was read already (it had digits)
    side_guessed: bool = False  # the last direction came from the article, not the sentence
    world: bool = False  # the sentence before spoke of trade with the whole world
    last_flow: str = ""  # the trade noun of the last direction: "exports" or "imports"
    seen: dict = field(default_factory=dict)  # the figures so far, by what makes them the same
    first_line: int = 0  # where the headline ends (0: no headline line)
    decimal_comma: bool | None = None  # the text's decimal convention, when not its language's
    # a currency several share, as chosen for a pair: "dinars" stays Tunisian all through
    shared_currency: dict = field(default_factory=dict)


class _Cues(dict):
    """Cue matches by category, found on first use: most sentences need only a few."""

    def __init__(self, s: str, low: str, lex: Lexicon) -> None:
        super().__init__()
        self._s, self._low, self._lex = s, low, lex

    def __missing__(self, cat: str) -> list[Cue]:
        rx = self._lex.cues.get(cat)
        found: list[Cue] = []
        if rx is not None:
            starts = self._lex.cue_starts.get(cat)
            ms = starts.finditer(rx, self._s, self._low) if starts else rx.finditer(self._s)
            found = [Cue(m.start(), m.end(), cat) for m in ms]
        self[cat] = found
        return found


class Sentence:
    """One sentence, normalised, with everything found in it (places, dates and trade
    nouns are looked for only when a rule asks)."""

    def __init__(self, norm: str, ctx: Context) -> None:
        lex = ctx.lex
        self.s = norm
        self.ctx = ctx
        self.low = low = norm.lower()
        self.cues = _Cues(norm, low, lex)
        amounts = find_amounts(norm, lex, low, ctx.decimal_comma)
        self.amounts = [a for a in amounts if not a.bare]
        self.percents = [p for p in find_percents(norm, lex, low)
                         if not any(a.start <= p.start < a.end for a in self.amounts)]

    @cached_property
    def places(self) -> list[Place]:
        return self._places()

    @cached_property
    def times(self) -> list[Time]:
        return self._times()

    @cached_property
    def metrics(self) -> list[Cue]:
        return self._metrics()

    @cached_property
    def parens(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _PARENS.finditer(self.s)]

    # --- finding -------------------------------------------------------------------------
    def _places(self) -> list[Place]:
        lex, s = self.ctx.lex, self.s
        money = [(a.start, a.end) for a in self.amounts]  # "US$", "dollars américains"
        found = [Place(a, b, code, False) for a, b, code in lex.place_finder.find(s)
                 if not _overlaps(a, b, money)]
        for m in lex.demonym_finder.find(s, self.low):
            code = lex.demonym_of(m.group())
            if code and not any(p.start <= m.start() < p.end for p in found) \
                    and not _overlaps(m.start(), m.end(), money):
                found.append(Place(m.start(), m.end(), code, True))
        found += self._anaphoric_places(found, money)
        return sorted(found, key=lambda p: p.start)

    def _anaphoric_places(self, found: list[Place], money) -> list[Place]:
        """ "Nigeria's exports to the Asian country": the side of the article's pair that the
        sentence does not name (none when it names both or neither)."""
        pair = {self.ctx.home, self.ctx.partner} - {None}
        named = {p.code for p in found} & pair
        if len(pair) != 2 or not named:
            return []  # (before looking for the words: most sentences stop here)
        out = []
        blocs = self.cues["bloc_anaphora"] if pair & set(BLOCS) else []
        for c in self.cues["place_anaphora"] + blocs:
            if any(p.start < c.end and c.start < p.end for p in found) or _overlaps(c.start, c.end, money):
                continue
            # both sides named: the one named in its own clause is not it ("..., while Nigeria's
            # exports to the Asian country")
            brk = max([m.end() for m in _CLAUSE.finditer(self.s, 0, c.start)]
                      + [x.end for x in self.cues["contrast"] if x.end <= c.start] + [0])
            near = {p.code for p in found if brk <= p.start < c.start} & pair
            side = near if len(named) == 2 else named
            other = next(iter(pair - side)) if len(side) == 1 else None
            if other is not None and (c.cat == "place_anaphora" or other in BLOCS):
                out.append(Place(c.start, c.end, other, False))
        return out

    def _times(self) -> list[Time]:
        lex, s, pub = self.ctx.lex, self.s, self.ctx.pub
        taken = [(n.start, n.end) for n in self.amounts + self.percents]
        times: list[Time] = []
        found = [(m.start(), m.end(), months) for rx, spec in lex.periods for m in rx.finditer(s)
                 if (months := self._months(m, spec))]
        # the longest phrase wins where two overlap: "jusqu'en septembre" over "en septembre"
        for a, b, months in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if not _overlaps(a, b, [(t.start, t.end) for t in times]):
                times.append(Time(a, b, None, months))
        years = []
        for m in lex.year.finditer(s):
            if not _overlaps(m.start(), m.end(), taken):
                years.append(Time(m.start(), m.end(), int(m.group()), None))
        for rx, off in lex.relative_years:
            for m in rx.finditer(s):
                if not _overlaps(m.start(), m.end(), [(t.start, t.end) for t in years]):
                    years.append(Time(m.start(), m.end(), pub.year + off if pub.year else None, None))
        # a period and the year right after it are one time: "11 tháng đầu năm 2018"
        for y in sorted(years, key=lambda t: t.start):
            host = next((t for t in times if t.year is None and 0 <= y.start - t.end <= 14
                         and _GAP_SHORT.match(s[t.end:y.start])), None)
            if host:
                host.end, host.year = y.end, y.year
            else:
                times.append(y)
        for rx, off in lex.relative_to_previous:
            for m in rx.finditer(s):
                times.append(Time(m.start(), m.end(), None, None, rel=off))
        times.sort(key=lambda t: t.start)
        for t in times:
            c = self._cue_before(("comparison", "same_period"), t.start, 14)
            if c is None and t.rel is not None:
                # the cue may take the time's first words: "rispetto all'|anno precedente"
                c = next((c for cat in ("comparison", "same_period") for c in self.cues[cat]
                          if c.start <= t.start < c.end < t.end), None)
            if c is not None and self._compares(c) and not self._own_span(c, t):
                t.role = "base"
            elif self._cue_before(("deadline",), t.start, 4) or \
                    any(c.start < t.start < c.end <= t.end for c in self.cues["deadline"]):
                t.role = "deadline"  # the cue may take the time's first words: "by the end of| the year"
        return times

    def _months(self, m, spec) -> tuple[int, int] | None:
        return span_months(m, spec, self.ctx.lex)

    def _metrics(self) -> list[Cue]:
        cues = [c for cat in METRIC_CUES + BLOCKING_CUES for c in self.cues[cat]
                if (cat != "world" or not self._bilateral_near(c)) and (cat != "exclusions" or not self._composition(c))]
        cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
        out: list[Cue] = []
        for c in cues:
            if out and c.start < out[-1].end:
                # overlapping cues: the blocking one or the longer one wins
                if out[-1].cat in BLOCKING_CUES:
                    out[-1] = Cue(out[-1].start, max(out[-1].end, c.end), out[-1].cat)
                    continue
                if c.cat in BLOCKING_CUES or c.end - c.start > out[-1].end - out[-1].start:
                    out[-1] = c
                continue
            out.append(c)
        # "export turnover", "kim ngạch xuất khẩu": the flow noun decides
        # "export-import turnover": one noun; a world cue takes the noun it qualifies
        merged: list[Cue] = []
        rank = {"world": 0, "surplus": 1, "deficit": 1, "exports": 2, "imports": 2, "turnover": 3}
        for c in out:
            last = merged[-1] if merged else None
            if last and c.cat in rank and last.cat in rank and 0 <= c.start - last.end <= 2 \
                    and {c.cat, last.cat} != {"exports", "imports"}:
                cat = min((c.cat, last.cat), key=rank.__getitem__)
                merged[-1] = Cue(last.start, c.end, cat)
                continue
            merged.append(c)
        out = merged
        # a trade noun followed closely by an excluded object ("exports of rice") is excluded
        for i, c in enumerate(out):
            if c.cat in METRIC_CUES:
                for x in self.cues["exclusions"]:
                    # not across a clause: "Theo số liệu của Cục Thống kê Dân số Mỹ, thâm hụt ..."
                    after = 0 <= x.start - c.end <= 25 and not self._number_between(c.end, x.start) \
                        and not _CLAUSE.search(self.s, c.end, x.start)
                    before = 0 <= c.start - x.end <= 12 and not self._number_between(x.end, c.start) \
                        and not _CLAUSE.search(self.s, x.end, c.start)
                    if after or before:
                        out[i] = Cue(c.start, c.end, "exclusions")
                        break
        return [c for i, c in enumerate(out) if not (i and self._balance_qualifier(out[i - 1], c))]

    def _balance_qualifier(self, bal: Cue, c: Cue) -> bool:
        """Is the trade noun ``c`` the setting of the balance ``bal`` before it: "the surplus
        in favour of Brazil in its trade with China", "saldo favorável ao Brasil no comércio
        com a China", "thặng dư ... trong thương mại với Hoa Kỳ"? Then the balance speaks."""
        if bal.cat not in ("surplus", "deficit") or c.cat != "turnover" or c.start - bal.end > 45:
            return False
        s = self.s
        if _CLAUSE.search(s, bal.end, c.start) or self._number_between(bal.end, c.start):
            return False
        # a partner right after the noun: "trade with China"
        det = self.ctx.lex.gap_determiner
        if not any(0 <= w.start - c.end <= 2 and any(0 <= p.start - w.end <= 12 and det.match(s[w.end:p.start])
                                                    for p in self.places)
                   for w in self.cues["with_"]):
            return False
        # between the two nouns a preposition of place ("in", "dans", "no", "nell'", "trong"),
        # and besides only places, their links to the balance and determiners, or one short
        # word ("its"): not "a surplus while trade with China reached ..."
        if not any(bal.end <= x.start and x.end <= c.start for x in self.cues["year_links"]):
            return False
        gap = list(s[bal.end:c.start])
        spans = [(p.start, p.end) for p in self.places]
        spans += [(x.start, x.end) for cat in ("in_favour", "of", "with_", "year_links") for x in self.cues[cat]]
        for a, b in spans:
            for i in range(max(a, bal.end), min(b, c.start)):
                gap[i - bal.end] = " "
        words = [w for w in regex.findall(r"[\p{L}']+", "".join(gap)) if not det.match(w)]
        return len(words) <= 1 and all(len(w) <= 3 for w in words)

    # --- helpers ---------------------------------------------------------------------------
    def _composition(self, x: Cue) -> bool:
        """A product after "mainly", set off by commas, says what a total is made of ("exports,
        mainly crude oil, reached ..."): it does not make the total one product's (but "growth
        came mainly from machinery, at $37 billion" is the machinery's)."""
        s = self.s
        for m in self.cues["mainly"]:
            if m.end <= x.start and x.start - m.end <= 20 and not _CLAUSE.search(s, m.end, x.start) \
                    and _CLAUSE.search(s, max(0, m.start - 3), m.start):
                close = _CLAUSE.search(s, x.end, min(len(s), x.end + 40))
                if close and not self._number_between(x.end, close.start()):
                    return True
        return False

    def _bilateral_near(self, c: Cue) -> bool:
        """ "the total trade of the two countries": a world word that speaks of the pair."""
        for b in self.cues["bilateral"]:
            lo, hi = (c.end, b.start) if b.start >= c.end else (b.end, c.start)
            if 0 <= hi - lo <= 40 and not _CLAUSE.search(self.s, lo, hi):
                return True
        # "total trade between Vietnam and Russia", "au total, les exportations algériennes vers
        # la France": a partner named after it, in the same clause, before any number
        s, det = self.s, self.ctx.lex.gap_determiner
        return any(c.end <= w.start and w.start - c.end <= 40 and not _CLAUSE.search(s, c.end, w.start)
                   and not self._number_between(c.end, w.start)
                   and any(0 <= p.start - w.end <= 8 and det.match(s[w.end:p.start]) for p in self.places)
                   for cat in ("between", "with_", "to") for w in self.cues[cat])

    def _compares(self, c: Cue) -> bool:
        """Does a comparison word make the time after it a base? A one-word one ("over",
        "from", "sur") does only after a number or a change it can compare: "Over the first
        half, trade reached ..." is the period itself."""
        if c.cat == "same_period" or " " in self.s[c.start:c.end].strip():
            return True
        return any(n.end <= c.start for n in self.amounts + self.percents) or \
            any(u.end <= c.start for cat in ("up", "down") for u in self.cues[cat])

    def _own_span(self, c: Cue, t: Time) -> bool:
        """ "up 7.5% year on year in the first nine months", "interanual entre enero y
        septiembre": after a year-on-year word a span of months is the figure's own, unless a
        comparison word stands before it ("so với cùng kỳ 9 tháng năm 2023")."""
        if c.cat != "same_period" or t.months is None or t.rel is not None:
            return False
        return not any(0 <= c.start - x.end <= 3 for x in self.cues["comparison"])

    def _cue_before(self, cats, pos: int, maxgap: int) -> Cue | None:
        best = None
        for cat in cats:
            for c in self.cues[cat]:
                if c.end <= pos and pos - c.end <= maxgap and _GAP_SHORT.match(self.s[c.end:pos]) \
                        and (best is None or c.end > best.end):
                    best = c
        return best

    def _number_between(self, a: int, b: int) -> bool:
        return any(a <= n.start < b for n in self.amounts + self.percents)

    def in_paren(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.parens if a < pos < b), None)


class _Spans:
    """Disjoint sorted intervals, for overlap tests in logarithmic time on long pages."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect_left(self.starts, b) - 1
        return i >= 0 and self.ends[i] > a


def span_months(m, spec, lex: Lexicon) -> tuple[int, int] | None:
    """(first, last) month of a period phrase matched by ``m`` with its language ``spec``."""
    vals = []
    for v in spec:
        if isinstance(v, int):
            vals.append(v)
        elif v == "n":
            vals.append(lex.count_of(m.group("n")))
        else:
            vals.append(lex.month_of(m.group(v)))
    if None in vals or not (1 <= vals[0] <= vals[1] <= 12):
        return None
    return vals[0], vals[1]


def _overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and s < b for s, e in spans)


# --- the article ----------------------------------------------------------------------------

HEAD_CHARS = 2000  # the opening of an article names its subject


def article_context(article: Article, text: str, lex: Lexicon, end: int,
                    spans: list[tuple[int, int]] | None = None,
                    money: list[tuple[int, int]] | None = None) -> Context:
    """Who the article is about (its two most named economies), and when it was written.

    Places are counted in the opening and in the sentences that hold numbers (``spans``),
    not in every sentence: that is where the pair is, and it keeps long pages cheap. Places
    inside the amounts (``money``: "US$", "dollars américains") are currency, not countries.
    """
    body = normalise(text[:end])
    head = min(len(body), HEAD_CHARS)
    regions = [(0, head)] + [(s, e) for s, e in (spans or []) if e > head]
    counts: Counter[str] = Counter()
    spans = _Spans(money or [])
    low = body.lower()
    for lo, hi in regions:
        lo = max(lo, 0)
        for a, b, code in lex.place_finder.find(body, lo, hi):
            if not spans.overlaps(a, b):
                counts[code] += 1
        for m in lex.demonym_finder.find(body, low, lo, hi):
            code = lex.demonym_of(m.group())
            if code and not spans.overlaps(m.start(), m.end()):
                counts[code] += 1
    first_line = body.split("\n", 1)[0]
    for _, _, code in lex.place_finder.find(body, 0, len(first_line)):
        counts[code] += 2
    # blocs (EU, EAEU, ASEAN) are a pair's side only when the article names too few countries
    ranked = sorted(counts, key=lambda c: (c in BLOCS, -counts[c]))
    home = ranked[0] if ranked else None
    partner = ranked[1] if len(ranked) > 1 else None
    pub = resolve(article.published, article.url)
    if pub is None or pub.month is None:
        line_year, month = dateline(body, lex)
        # the years the text names are read only when no year is given (a whole-body scan)
        year = pub.year if pub else (line_year or infer_year(body, lex, *_years_in(body, lex)))
        if not pub and not line_year and year and month and _span_ends_after(body, lex, year, month):
            # "Paris, 3 février - les onze premiers mois de 2023": written in February 2024
            year += 1
        pub = Published(year, month, True)
    # the currency of bare amounts is set by the caller, from the amounts the article names
    return Context(lex=lex, pub=pub, home=home, partner=partner, currency="USD")


def _span_ends_after(body: str, lex: Lexicon, year: int, month: int) -> bool:
    """Does the text report a span of ``year`` that ends after ``month``?"""
    mark = str(year)
    for rx, spec in lex.periods:
        for m in rx.finditer(body):
            months = span_months(m, spec, lex)
            if months and months[1] > month and mark in body[m.end():m.end() + 12]:
                return True
    return False


def _years_in(body: str, lex: Lexicon) -> tuple[list[int], list[int]]:
    """Years the text mentions as past, and years it compares with (to infer the date)."""
    past, base = [], []
    for m in lex.year.finditer(body):
        before = body[max(0, m.start() - 30):m.start()]
        near = before[-12:]
        # a deadline right before the year ("by 2030", "d'ici à 2030"), not one that ends an
        # earlier sentence ("... by 2030. In 2023")
        if lex.cues["deadline"] and any(not _STOPS_D.search(near[d.end():]) and "." not in near[d.end():]
                                        for d in lex.cues["deadline"].finditer(near)):
            continue
        # a year after a goal or a forecast in its sentence is a deadline, not the past
        sentence_start = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start()), 0)
        if any(lex.cues[k] and lex.cues[k].search(body, sentence_start, m.start())
               for k in ("target", "forecast")):
            continue
        cmp_ = lex.cues["comparison"]
        same = lex.cues["same_period"]
        if (cmp_ and cmp_.search(before[-20:])) or (same and same.search(before)):
            year = int(m.group())
            # "X last year, up 0.2% on 2014": the figure is of 2015, so the text of 2016
            sentence = body[sentence_start:m.start()]
            if any(off == -1 and rx.search(sentence) for rx, off in lex.relative_years):
                year += 1
            base.append(year)
        else:
            past.append(int(m.group()))
    return past, base


def extract_text(article: Article, lex: Lexicon) -> list[Figure]:
    text = article.text
    end = body_end(text, lex.tail)
    gate = _Gate(text, end, lex)
    spans = _without_captions(text, end, lex, sentences(text, 0, end))
    # the sentences that may hold figures are read first: their amounts tell the article
    # context which place names are currency words
    pending = Context(lex=lex, pub=Published(None, None, True), home=None, partner=None, currency="USD")
    dc = text_decimal_comma(text[:end], lex.lang.decimal_comma)
    if dc != lex.lang.decimal_comma:
        pending.decimal_comma = dc
    read: dict[tuple[int, int], Sentence] = {}
    dated: dict[tuple[int, int], Sentence] = {}  # digits but no amount: a year, kept for its time
    for s, e in spans:
        if gate.numbers(s, e):
            st = Sentence(normalise(text[s:e]), pending)
            (read if st.amounts or st.percents else dated)[(s, e)] = st
    # a figure needs a trade noun, trade with the world or a word that carries the sentence
    # before on (see sentence_figures): an article with none of them in its sentences with
    # numbers states none (most news); its cues are kept for the rules when it has some
    maybe = any(st.cues[cat] for st in read.values() for cat in FIGURE_CUES)
    if not maybe and article.published:
        return []  # and no date to infer
    money = [(s + a.start - 12, s + a.end + 20) for (s, _), st in read.items() for a in st.amounts]
    ctx = article_context(article, text, lex, end, list(read), money)
    ctx.decimal_comma = pending.decimal_comma
    named = Counter(a.unit for st in read.values() for a in st.amounts if a.unit)
    if named:
        ctx.currency = named.most_common(1)[0][0]  # a bare "6 milliards" later is in the same money
    for st in (*read.values(), *dated.values()):
        st.ctx = ctx  # nothing read so far depends on the context: amounts use only its lexicon
    if not article.published and ctx.pub.year:
        article.published = ctx.pub.iso()
        article.published_inferred = True
    if not maybe:
        return []
    figures: list[Figure] = []
    first_line = text.find("\n") if "\n" in text else len(text)
    ctx.first_line = first_line if first_line < len(text) else 0
    prev_end = 0
    for s, e in spans:
        raw = text[s:e]
        if lex.furniture is not None and lex.furniture.match(raw) and len(raw) < 200:
            continue
        if (s, e) not in read:
            if gate.years(s, e):
                _remember_time(dated[(s, e)], ctx)  # a year is digits: the sentence was read
            ctx.last_had_figure = False
            ctx.prev_sentence, ctx.prev_read = raw, dated.get((s, e))
            ctx.world = ctx.world and "\n" not in text[prev_end:s]
            prev_end = e
            continue
        new = sentence_figures(read[(s, e)], ctx, article.id, raw, s)
        figures.extend(new)
        ctx.last_had_figure = bool(new)
        ctx.prev_sentence, ctx.prev_read = raw, read[(s, e)]
        prev_end = e
    return _balance_sides(_headline_restatements(figures, first_line))


def _without_captions(text: str, end: int, lex: Lexicon, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences not in a photo caption: a line that ends with a credit ("Photo : VNA")."""
    if lex.caption is None:
        return spans
    lines = [(text.rfind("\n", 0, m.start()) + 1, m.end()) for m in lex.caption.finditer(text, 0, end)]
    if not lines:
        return spans
    starts = [a for a, _ in lines]  # sorted, like the spans: one bisection each keeps it linear
    out = []
    for s, e in spans:
        i = bisect_right(starts, s) - 1
        if i < 0 or s >= lines[i][1]:
            out.append((s, e))
    return out


def _headline_restatements(figures: list[Figure], first_line: int) -> list[Figure]:
    """A headline restates what the body states, rounded ("32 percent" for 32.36) and without
    its date or its kind ("trade set to reach $15 billion" over "is forecast to reach about $15
    billion for the full year"): the body's figure is the one kept."""
    body: dict[tuple, list[float]] = {}
    for f in figures:
        if f.offset >= first_line:
            body.setdefault(_restated(f), []).append(f.value)
    return [f for f in figures if f.offset >= first_line
            or not any(abs(v - f.value) <= 0.03 * abs(v) for v in body.get(_restated(f), []))]


def _restated(f: Figure) -> tuple:
    pair = tuple(sorted((f.origin, f.destination))) if f.metric == "turnover" else (f.origin, f.destination)
    return (f.metric, pair, f.unit == "%")


def _balance_sides(figures: list[Figure]) -> list[Figure]:
    """A balance whose side the text leaves open ("le déficit commercial") belongs to the
    larger exporter, when the article gives both flows of the same period."""
    flows = {(f.origin, f.destination, f.year, f.months): f.value for f in figures
             if f.metric == "exports" and f.kind == "actual" and f.unit != "%"}
    for f in figures:
        if f.metric == "balance" and f.extra.get("side_guessed"):
            ab = flows.get((f.origin, f.destination, f.year, f.months))
            ba = flows.get((f.destination, f.origin, f.year, f.months))
            if ab is not None and ba is not None and ba > ab:
                f.origin, f.destination = f.destination, f.origin
    return figures


class _Gate:
    """Where the body has amounts, percents and years: one pass over the text, so that a
    sentence without them costs nothing more (a corpus is mostly such sentences)."""

    def __init__(self, text: str, end: int, lex: Lexicon) -> None:
        body = text[:end]
        self.text, self.lex = text, lex
        self._digits = [m.start() for m in _DIGIT.finditer(body)]
        self._years = [m.start() for m in lex.year.finditer(body)]

    def numbers(self, s: int, e: int) -> bool:
        """Might the sentence hold an amount or a percent? Digits, or number words before a
        scale word ("dix milliards"): a plain substring test first."""
        if _any_in(self._digits, s, e):
            return True
        low = self.text[s:e].lower()
        return any(w in low for w in self.lex.scale_stems) and self.lex.amount.search(self.text, s, e) is not None

    def years(self, s: int, e: int) -> bool:
        return _any_in(self._years, s, e)


def _any_in(positions: list[int], s: int, e: int) -> bool:
    i = bisect_left(positions, s)
    return i < len(positions) and positions[i] < e


# --- one sentence --------------------------------------------------------------------------

def sentence_figures(st: Sentence, ctx: Context, article_id: str, raw: str, offset: int) -> list[Figure]:
    nums = sorted(st.amounts + st.percents, key=lambda n: n.start)
    if not nums:
        _remember_time(st, ctx)
        return []
    blocked = bool(st.metrics) and all(c.cat in BLOCKING_CUES for c in st.metrics) \
        and any(c.cat == "world" for c in st.metrics)
    # the world's trade with a part after "of which" may name a partner's flow (_subset_flow)
    part = blocked and bool(st.cues["subset"]) and bool(st.places)
    if (blocked and not part) or (ctx.world and not st.places and not st.cues["bilateral"]):
        # trade with the whole world, and the details that follow it
        ctx.world = True
        _remember_time(st, ctx)
        return []
    ctx.world = part
    if not any(c.cat in METRIC_CUES for c in st.metrics) and not part and not _carry(st, ctx):
        _remember_time(st, ctx)
        return []
    out: list[Figure] = []
    resolved: dict[int, tuple] = {}  # id(num) -> (metric, origin, dest, kind, year, months)
    for n in sorted(nums, key=lambda n: (n.pct, n.start)):
        if not n.pct:
            fig = _amount_figure(st, ctx, n, nums, resolved)
        else:
            fig = _percent_figure(st, ctx, n, nums, resolved)
        if fig is None:
            continue
        key = (fig.kind, fig.metric, fig.origin, fig.destination, fig.unit, fig.year, fig.months,
               round(fig.value, 6))
        old = ctx.seen.get(key)
        if old is not None:
            if old.offset < ctx.first_line <= offset:
                # the body states what the headline said: its words (a bound) and evidence count
                old.bound, old.evidence, old.offset = fig.bound, raw, offset
            continue
        ctx.seen[key] = fig
        fig.article, fig.evidence, fig.offset = article_id, raw, offset
        fig.extra["pos"] = n.start
        out.append(fig)
    out.sort(key=lambda f: f.extra.get("pos", 0))
    _remember_time(st, ctx)
    actual = [f for f in out if f.kind == "actual" and f.year and not f.extra.get("earlier")]
    if actual:
        last = max(actual, key=lambda f: f.extra["pos"])
        ctx.last_time = (last.year, tuple(int(x) for x in last.months.split("-")))
    if st.metrics:
        last = [c for c in st.metrics if c.cat in METRIC_CUES]
        if last:
            ctx.last_metric = last[-1]
    return out


def _carry(st: Sentence, ctx: Context) -> bool:
    """May a sentence with no trade noun continue the one before ("Ce chiffre est en hausse")?

    Yes when the sentence before gave a figure, or named trade itself; the trade noun and
    pair it names then stand for this sentence too.
    """
    if not any(st.cues[cat] for cat in ("anaphora", "target", "forecast")):
        return False
    if ctx.last_had_figure and ctx.last_metric:
        return True
    if not ctx.prev_sentence:
        return False
    # what a sentence reads depends on no context that changes within the article: reuse it
    prev = ctx.prev_read or Sentence(normalise(ctx.prev_sentence), ctx)
    cues = [c for c in prev.metrics if c.cat in METRIC_CUES]
    if not cues:
        return False
    ctx.last_metric = cues[-1]
    # the pair and direction the sentence before gives its trade noun
    end = Num(len(prev.s), len(prev.s), 0.0, None, False)
    metric, a, b = _direction(prev, ctx, cues[-1], end, False)
    if metric == "turnover" and (a in BLOCS or b in BLOCS) and ctx.home and ctx.partner:
        a, b = sorted((ctx.home, ctx.partner))  # "the EAEU and Vietnam" then "we": the member speaks
    ctx.last_roles = (metric, a, b) if metric else None
    _remember_time(prev, ctx)
    return True


def _remember_time(st: Sentence, ctx: Context) -> None:
    refs = [t for t in st.times if t.role == "ref" and t.rel is None and (t.year or t.months)]
    if refs:
        t = refs[0]
        year = t.year if t.year else _span_year(t.months, ctx)
        ctx.last_time = (year, t.months)


def _governing_cue(st: Sentence, n: Num) -> Cue | None:
    """The trade noun a number belongs to."""
    s = st.s
    first = min(m.start for m in (st.percents if n.pct else st.amounts))
    listed = _respective(st, n, [c for c in st.metrics if c.cat in METRIC_CUES and c.end <= first])
    if listed is not None:
        return listed  # "exports and imports reached $2.1 bn and $1.6 bn respectively"
    after = next((c for c in st.metrics if c.start >= n.end), None)
    # the places between count for nothing: "$2.2 billion in Vietnamese exports"
    named = sum(p.end - p.start for p in st.places if after and n.end <= p.start and p.end <= after.start)
    if after and st.ctx.lex.cues["number_links"] and _GAP_LINK.match(s[n.end:after.start]) \
            and after.start - n.end - named <= 14 and not st._number_between(n.end, after.start) \
            and not _CLAUSE.search(s, n.end, after.start):  # not "64,8 miliardi, a fronte di importazioni"
        link = st.ctx.lex.cues["number_links"].search(s, n.end, after.start)
        if link:
            return after
    # a whole link phrase, however long its words: "X corresponden a las exportaciones"
    if after and st.ctx.lex.cues["number_links"] and not st._number_between(n.end, after.start):
        gap = s[n.end:after.start]
        link = st.ctx.lex.cues["number_links"].match(gap.lstrip())
        if link and st.ctx.lex.gap_determiner.match(gap.lstrip()[link.end():]) and link.end() > 6:
            return after
    before = [c for c in st.metrics if c.end <= n.start]
    if before and not (after and ";" in s[before[-1].end:n.start] and ";" not in s[n.end:after.start]):
        return before[-1]
    if after is not None and after.cat in BLOCKING_CUES and not before:
        return None  # "... 7,6 miliardi, riflettendo il -11,3% dell'export di meccanica": later, other things
    return after


def _zone(st: Sentence, n: Num, cue: Cue | None) -> tuple[int, int]:
    """The stretch of the sentence whose places speak of this number: from the start of the
    clause its trade noun opens (or the number before it) to the next number or trade noun."""
    others = [m for m in st.amounts + st.percents if m is not n]
    between = [m.end for m in others if cue is not None and cue.start <= m.start and m.end <= n.start]
    if cue is None or cue.start >= n.start or between:
        lo = max([m.end for m in others if m.end <= n.start] + [0])
    else:
        lo = max([m.end for m in others if m.end <= cue.start] + [0])
        brk = [m.end() for m in _CLAUSE.finditer(st.s, lo, cue.start)]
        if brk:
            lo = brk[-1]
    hi_nums = [m.start for m in others if m.start >= n.end]
    hi_cues = [c.start for c in st.metrics if c.start >= n.end and c is not cue]
    # "X to Turkey, while Turkish exports to Italy ...": the next clause is another flow's
    hi_cues += [c.start for c in st.cues["clause_end"] if c.start >= n.end]
    hi = min(hi_nums + hi_cues + [len(st.s)])
    return lo, hi


def _roles(st: Sentence, cue: Cue, n: Num) -> tuple[str | None, str | None]:
    """(origin, destination) of the number's metric from the places around it."""
    ctx = st.ctx
    lo, hi = _zone(st, n, cue)
    sent_places = st.places
    places = [p for p in sent_places if lo <= p.start < hi]
    if not places and cue.start < lo:
        # the trade noun's own clause: not before a number that comes before it
        floor = max([m.end for m in st.amounts + st.percents if m.end <= cue.start] + [cue.start - 60])
        places = [p for p in sent_places if floor <= p.start < hi]
    cat = cue.cat
    owner = src = dst = partner = None
    if len({p.code for p in places}) == 1 and not st.cues["bilateral"] and cat != "surplus" \
            and 0 <= cue.start - places[0].end <= 4 and _role_of(st, places[0], cue) == "of" \
            and not places[0].demonym:
        return "WORLD", None  # "Vietnam's export-import turnover": trade with everyone
    listed = _respective_place(st, cue, n)
    if listed is not None:
        # "exports to China and to the US were $104 bn and $37 bn respectively": one partner each
        places = [p for p in places if p is listed or _role_of(st, p, cue) in ("of", "subj", "dem", "favour")]
        places.append(listed)
    others: list[Place] = []
    roles = [(p, _role_of(st, p, cue) if p is not listed else ("to" if cue.cat == "exports" else "from"))
             for p in places]
    # an owner written as such ("xuất khẩu của Việt Nam", "Vietnam's exports") outranks a
    # bare subject further back ("X cho biết ...", "Russia said ...")
    owned = any(r == "of" and p.start > cue.start and not _after_cue(st, "from_", p) for p, r in roles)
    for p, role in roles:
        if role == "subj" and owned and cat in ("exports", "imports"):
            continue
        if role in ("to", "from") and p.end <= cue.start and any(m is not n and m.end <= p.start for m in st.amounts):
            continue  # "exported $2.1 bn to Russia and imported $1.6 bn": Russia is the first flow's
        if role == "with" and (0 <= cue.start - p.end <= 3 or _absolute_with(st, p, cue, places)):
            # "with Vietnam exporting $2.2 bn", ", with the EU running a deficit of": the subject
            role = "subj"
        if role == "other":
            others.append(p)
        if role == "to" and dst is None:
            dst = p.code
        elif role == "from" and src is None:
            src = p.code
        elif role == "with" and partner is None:
            partner = p.code
        elif role == "favour":
            # the side a balance is in favour of is in surplus, whoever was named first ("entre
            # l'Argentine et le Chili, un solde favorable au Chili"): the first is the partner
            if owner is not None and owner != p.code and partner in (None, p.code):
                partner = owner
            owner = p.code
            if cat == "deficit":
                cat = "surplus"
        elif role in ("of", "subj", "dem") and owner is None:
            owner = p.code
        elif role in ("of", "subj", "dem") and owner is not None and p.code != owner:
            # a second owner-like place: the source of imports ("importations françaises de
            # produits algériens"), or the other side otherwise
            if cat == "imports" and src is None:
                src = p.code
            elif partner is None:
                partner = p.code
    if dst is None and src is None and others and cat in ("exports", "imports"):
        # "followed by China with $61 billion, the EU with $43 billion": the country by the number
        near = max((p for p in others if p.end <= n.start), key=lambda p: p.end, default=None)
        if near is not None and n.start - near.end <= 25 and near.code != owner \
                and not st._number_between(near.end, n.start):
            dst, src = (near.code, None) if cat == "exports" else (None, near.code)
    if partner is None and others and cat in ("surplus", "deficit"):
        # "superávit con India (663 millones), Chile (591 millones)": the country by the number
        near = min(others, key=lambda p: abs(n.start - p.end))
        if near.code != owner:
            partner = near.code
    if owner is None and src is None and cat in ("exports", "surplus") and not places:
        # "with its exports rising": the sentence's first country is the one that exports
        first = next((p for p in sent_places if p.end <= cue.start), None) or \
            next((p for p in sent_places if not _overlaps(p.start, p.end, [(cue.start, cue.end)])), None)
        if first is not None and cat == "exports" and first.end <= cue.start or first is not None and cat == "surplus":
            owner = first.code
    if cat == "exports":
        a, b = owner or src, dst or (partner if partner != (owner or src) else None)
    elif cat == "imports":
        a, b = src or partner, owner or dst
    elif cat == "surplus":
        a, b = owner or dst, partner or (src if src != (owner or dst) else None)
    elif cat == "deficit":
        # the side in deficit is the owner; the surplus is the partner's
        a, b = src or partner, owner or dst
    else:  # turnover: any two places
        codes = []
        for p in sorted(places, key=lambda p: abs(p.start - n.start)):
            if p.code not in codes:
                codes.append(p.code)
        if len(codes) >= 2 and ctx.home in codes[:3] and codes[0] != ctx.home:
            return codes[0], ctx.home
        return (codes[0] if codes else None), (codes[1] if len(codes) > 1 else None)
    return a, b


def _after_cue(st: Sentence, cat: str, p: Place) -> bool:
    """Does a ``cat`` cue stand right before the place ("da China": "from" as well as "of")?"""
    return any(c.end <= p.start and p.start - c.end <= 30 and st.ctx.lex.gap_determiner.match(st.s[c.end:p.start])
               for c in st.cues[cat])


def _respective_place(st: Sentence, cue: Cue, n: Num) -> Place | None:
    """With "respectively", the partners named between the trade noun and the first number
    (not its owner) are taken one by one by the numbers: "las exportaciones de Chile a China y
    a Estados Unidos fueron de X y Y, respectivamente"."""
    if not st.cues["respectively"] or cue.cat not in ("exports", "imports") or cue.end > n.start:
        return None
    first = min(m.start for m in (st.percents if n.pct else st.amounts))
    partners: list[Place] = []
    for p in st.places:
        if cue.end <= p.start and p.end <= first and p.code not in [q.code for q in partners] \
                and _role_of(st, p, cue) not in ("of", "subj", "dem", "favour"):
            partners.append(p)
    if len(partners) < 2:
        return None
    got = _respective(st, n, partners)
    return got if isinstance(got, Place) else None


def _absolute_with(st: Sentence, p: Place, cue: Cue, places: list[Place]) -> bool:
    """ "..., with the EU running a deficit of ...": "with" opens a clause whose subject is the
    place (not "the balance with the US showed a deficit", where it names the partner)."""
    s = st.s
    if not 0 <= cue.start - p.end <= 20 or _CLAUSE.search(s, p.end, cue.start) \
            or any(p.end <= q.start < cue.start for q in places):
        return False
    w = next((w for w in st.cues["with_"] if w.end <= p.start and p.start - w.end <= 8), None)
    return w is not None and s[:w.start].rstrip()[-1:] in (",", ";")


def _role_of(st: Sentence, p: Place, cue: Cue) -> str:
    s, cues = st.s, st.cues
    if _POSSESSIVE.match(s[p.end:p.end + 3]):
        return "of"
    gap_start = max(0, p.start - 30)
    best = None
    for cat, role in (("in_favour", "favour"), ("to", "to"), ("from_", "from"), ("of", "of"),
                      ("with_", "with"), ("list_next", "other")):
        for c in cues[cat]:
            if gap_start <= c.start and c.end <= p.start and st.ctx.lex.gap_determiner.match(s[c.end:p.start]) \
                    and (best is None or c.end > best[0] or (c.end == best[0] and c.start < best[1])):
                best = (c.end, c.start, role)
    if best:
        role = best[2]
        # French "de" is both "from" and "of": for a trade noun it names the owner (the
        # exporter of exports, the importer of imports) unless only "from" matched
        if role == "from" and any(c.start == best[1] and c.end == best[0] for c in cues["of"]):
            role = "of"
        if p.demonym and role in ("of", "from"):
            if abs(p.start - cue.end) <= 3 or abs(cue.start - p.end) <= 3:
                return "dem"
            # "imports of Chinese goods": an adjective after "of" names where goods come from
            return "from" if cue.cat == "imports" else role
        return role
    market = cues["market"]
    if market and p.end <= cue.start and cue.cat in ("exports", "imports") and cue.start - p.end <= 60 \
            and any(p.end <= m.start and (m.end <= cue.start or 0 <= m.start - cue.end <= 2) for m in market):
        return "to" if cue.cat == "exports" else "from"  # "the US is Vietnam's largest export market"
    if p.demonym:
        near = abs(p.start - cue.end) <= 3 or abs(cue.start - p.end) <= 3
        return "dem" if near else ("from" if cue.cat == "imports" and p.start > cue.end else "dem")
    return "subj" if p.end <= cue.start else "other"



def _span_year(months: tuple[int, int] | None, ctx: Context) -> int | None:
    """A span without a year is the latest such span that had ended at publication."""
    pub = ctx.pub
    if pub.year is None:
        return None
    if months is None or pub.month is None:
        return pub.year
    return pub.year if months[1] <= pub.month else pub.year - 1


def _respective(st: Sentence, n: Num, items: list) -> object | None:
    """With "respectively", the i-th of the sentence's numbers (amounts, or percents) takes
    the i-th of ``items`` when there are as many of each."""
    if not st.cues["respectively"]:
        return None
    same = st.percents if n.pct else st.amounts
    i = next((i for i, m in enumerate(same) if m is n), None)
    if i is None or len(same) < 2 or len(same) != len(items):
        return None
    return items[i]


def _time_for(st: Sentence, ctx: Context, n: Num, prev: tuple | None) -> tuple[int | None, tuple[int, int], str]:
    """(year, months, role) of a number."""
    # the low end of a range is dated with its high end: "between 6.2 and 6.4 billion in 2025";
    # a listed number with the list's last: "X and Y, respectively, in 2023"
    high = _list_end(st, n)
    attached = next((t for t in st.times if t.role != "base"
                     and (_attaches(st, n, t) or (high is not None and _attaches(st, high, t)))), None)
    # "En 2022 et 2023, ... respectivement 3,2 et 3,6 milliards"
    listed = _respective(st, n, [t for t in st.times if t.role == "ref" and t.rel is None and t.year])
    chosen = listed if listed is not None else attached
    if chosen is None:
        par = st.in_paren(n.start)
        # the nearest time before, "a year earlier" too: "In 2023, ... X, a year earlier it was Y"
        cands = [t for t in st.times if t.end <= n.start and t.role != "base"
                 and (par is not None or st.in_paren(t.start) is None)]
        # a deadline right after another amount is that amount's ("qui visent 10 Md$ d'ici
        # 2030, ont échangé 3,6 Md$ ...")
        cands = [t for t in cands if not _attached_elsewhere(st, t, n)
                 and not (t.role == "deadline" and any(m is not n and 0 <= t.start - m.end <= 40
                                                       for m in st.amounts))]
        if cands:
            chosen = cands[-1]
        else:
            # the same amount in another money, in parentheses; the rest of its list
            reach = high.end if high is not None else _apposed_end(st, n)
            after = [t for t in st.times if t.start >= reach and t.role != "base" and t.rel is None
                     and not _attached_elsewhere(st, t, n) and not st._number_between(reach, t.start)]
            chosen = after[0] if after else None
    if chosen is not None and chosen.rel is not None:
        base = (prev[4], prev[5]) if prev is not None else ctx.last_time
        if base is not None and base[0]:
            return base[0] + chosen.rel, base[1] or (1, 12), "earlier" if chosen.rel < 0 else "ref"
        chosen = None
    if chosen is None:
        rel = [t for t in st.times if t.rel is not None and t.end <= n.start and t.role != "base"]
        base = (prev[4], prev[5]) if prev is not None else ctx.last_time
        if rel and base is not None and base[0]:
            # "Un an plus tard, il a atteint ...", "a year earlier it was ...": from the figure before
            return base[0] + rel[-1].rel, base[1] or (1, 12), "earlier" if rel[-1].rel < 0 else "ref"
    if chosen is None or chosen.role == "base":
        if prev is not None:
            return prev[4], prev[5], "ref"
        # the date of an amount before it that is no figure, as that of one that is: "world
        # trade reached $5.9 trillion in 2023, while its trade with Kenya was $8 billion"
        dated = [t for t in st.times if t.role == "ref" and t.rel is None and t.year and t.end <= n.start
                 and _attached_elsewhere(st, t, n)]
        if dated:
            return dated[-1].year, dated[-1].months or (1, 12), "ref"
        if ctx.last_time:
            return ctx.last_time[0], ctx.last_time[1] or (1, 12), "ref"
        return ctx.pub.year, (1, 12), "ref"
    months = chosen.months
    year = chosen.year
    if months is not None and year is None:
        # the sentence may give the year elsewhere: "En 2023, ... au premier trimestre"
        ys = [t.year for t in st.times if t.year and t.months is None and t.role == "ref"
              and t.start < chosen.start and not _attached_elsewhere(st, t, n)]
        if ys:
            year = ys[0]
        elif ctx.pub.year:
            year = _span_year(months, ctx)
        else:
            year = ctx.last_time[0] if ctx.last_time and ctx.last_time[0] else _span_year(months, ctx)
    if months is None:
        months = (1, 12)
    return year, months, chosen.role


def _list_end(st: Sentence, n: Num) -> Num | None:
    """The high end of the range whose low end is ``n``; with "respectively", the last number
    of the list ``n`` is in."""
    if n.range_end == "low":
        return next((m for m in st.amounts if m.start >= n.end and m.range_end == "high"), None)
    if st.cues["respectively"]:
        same = st.percents if n.pct else st.amounts
        if len(same) >= 2 and same[-1] is not n and any(m is n for m in same):
            return same[-1]
    return None


def _attaches(st: Sentence, n: Num, t: Time) -> bool:
    """Is ``t`` written right after ``n``, as its own date ("5 bn in 2020", "4,26 tỷ USD năm 2018")?"""
    if t.start < n.end or t.start - n.end > 40 or st._number_between(n.end, t.start):
        return False
    gap = st.s[n.end:t.start]
    if _STOPS.search(gap):
        return False
    # a long link word is a link too: "1,158 tỷ USD ghi nhận vào năm 2021"
    return bool(_GAP_LINK.match(gap)) or any(
        0 <= t.start - c.end <= 1 and _GAP_LINK.match(st.s[n.end:c.start]) for c in st.cues["year_links"]
        if n.end <= c.start)


def _attached_elsewhere(st: Sentence, t: Time, n: Num) -> bool:
    """A time written right after another amount belongs to that amount (unless that amount
    is ``n`` converted, in parentheses: "5,5 Md€ (6 Md$) en 2023")."""
    reach = _apposed_end(st, n)
    return any(m is not n and not (n.end < m.start < reach) and _attaches(st, m, t) for m in st.amounts)


def _apposed_end(st: Sentence, n: Num) -> int:
    """The end of the parentheses right after ``n`` that hold an amount or a rate ("400
    trillion VND (about $16 billion)", "$3.6 billion (+12%)"), or ``n.end``."""
    for a, b in st.parens:
        if a >= n.end and not st.s[n.end:a].strip() and any(a < m.start and m.end <= b
                                                              for m in st.amounts + st.percents):
            return b
    return n.end


def _kind(st: Sentence, n: Num, role: str, year: int | None) -> str:
    s = st.s
    if _is_from_side(st, n) or _compared_value(st, n):
        return "actual"
    # a cue before an earlier trade noun speaks of that noun ("exports should double ...,
    # while trade was 1.6 bn in the first half")
    gov = _governing_cue(st, n)
    floor = max((c.end for c in st.metrics if c.end <= n.start and (gov is None or c.end <= gov.start)
                 and c is not gov), default=0)
    cands = [c for cat in ("target", "forecast") for c in st.cues[cat] if floor <= c.start and c.end <= n.start]
    # a target noun right after the amount: "the $100 bln target"
    post = [c for c in st.cues["target"] if 0 <= c.start - n.end <= 12 and _GAP_SHORT.match(s[n.end:c.start])
            and not _STOPS_D.search(s[n.end:c.start])]
    if post:
        return "target"
    if cands:
        c = max(cands, key=lambda c: c.end)
        kind = c.cat
        pub = st.ctx.pub.year
        if year is not None and pub is not None and year < pub and role != "deadline" \
                and (not st.ctx.pub.inferred or _own_time(st, n)):
            # an earlier year reported next to a goal is what happened then
            between = s[c.end:n.start]
            if len(between) > 60:
                return "actual"
        return kind
    if role == "deadline":
        return "target"
    return "actual"


def _compared_value(st: Sentence, n: Num) -> bool:
    """ "expected to reach $5 bn in 2024, compared with $4.6 bn in 2023": what it is compared
    with has happened, whatever the kind of the number before."""
    c = st._cue_before(("comparison",), n.start, 10)
    # or a rate, before a phrase (not "up 18% year on year to $3.2 billion"): "expected to grow
    # 8% this year, after reaching $36 billion in 2023"
    if c is None or not (any(m.end <= c.start for m in st.amounts)
                         or (" " in st.s[c.start:c.end] and any(m.end <= c.start for m in st.percents))):
        return False
    return not any(c.end <= x.start and x.end <= n.start for cat in ("target", "forecast") for x in st.cues[cat])


def _is_from_side(st: Sentence, n: Num) -> bool:
    """The left end of "from X (in Y) to Z": what was, not what is aimed at."""
    s = st.s
    if n.range_end == "low" or st.cues["respectively"]:
        # "khoảng từ 2 đến 3 tỷ USD": the low end of a range, not a former value; "fue de 60 y
        # 58 mil millones, respectivamente": a list
        return False
    frm = st.cues["from_"] + st.cues["comparison"]
    left = any(0 <= n.start - c.end <= 12 and _GAP_SHORT.match(s[c.end:n.start]) for c in frm)
    if not left:
        return False
    if any(c.end <= p.start < n.start for c in frm if 0 <= n.start - c.end <= 12 for p in st.places):
        return False  # "imports from Russia $1.6 billion": the place is the source
    only_from = [c for c in st.cues["from_"] if 0 <= n.start - c.end <= 12
                 and not any(o.start == c.start for o in st.cues["of"])]
    if only_from and any(m.end <= n.start for m in st.amounts):
        return True  # "to X ... up from Y": Y is where it came from
    rng = st.ctx.lex.cues["range_links"]
    nxt = [m for m in st.amounts if m.start > n.end]
    if not nxt or rng is None or nxt[0].start - n.end > 40:
        return False
    # what stands between, once its dates are set aside, must be the link itself: "à", "to"
    return bool(rng.fullmatch(_without_times(st, n.end, nxt[0].start).strip(" ,")))


def _bound(st: Sentence, n: Num) -> str:
    best = None
    for cat in ("approx", "at_least", "at_most"):
        for c in st.cues[cat]:
            if c.end <= n.start and n.start - c.end <= 40 and (best is None or c.end > best.end) \
                    and st.ctx.lex.gap_bound.match(_without_times(st, c.end, n.start)):
                best = c
    return best.cat if best else "exact"


def _without_times(st: Sentence, a: int, b: int) -> str:
    """``st.s[a:b]`` with its dates and their link words blanked: "superato nel 2023 i"."""
    gap = st.s[a:b]
    if not any(a < t.end and t.start < b for t in st.times):
        return gap
    chars = list(gap)
    spans = [(t.start, t.end) for t in st.times]
    spans += [(c.start, c.end) for c in st.cues["year_links"] if any(0 <= t.start - c.end <= 1 for t in st.times)]
    for x, y in spans:
        for i in range(max(x, a), min(y, b)):
            chars[i - a] = " "
    return "".join(chars)



def _currency(st: Sentence, ctx: Context, n: Num, pair: tuple[str, str]) -> str:
    if n.unit:
        key = (n.cur.lower(), frozenset(pair))
        if key not in ctx.shared_currency:
            ctx.shared_currency[key] = _pair_currency(ctx.lex, n, pair)
        return ctx.shared_currency[key]
    withc = [m for m in st.amounts if m.unit and m.unit != "%"]
    if withc:
        return min(withc, key=lambda m: abs(m.start - n.start)).unit
    return ctx.currency


def _pair_currency(lex: Lexicon, n: Num, pair: tuple[str, str]) -> str:
    """A currency several share ("dirhams", "FCFA") is the one a side of the pair uses: UAE
    dirhams between India and the UAE, Moroccan ones between Morocco and France. A dollar is
    the US dollar (FIGURES.md); a currency a side uses, or none, stays as read."""
    if n.unit == "USD" or not n.cur:
        return n.unit
    used = [c for code in pair for c in currencies_in_use().get(code, ())]
    if n.unit in used:
        return n.unit
    choices = lex.currency_choices(n.cur)
    return next((c for c in used if c in choices), n.unit)


def _amount_figure(st: Sentence, ctx: Context, n: Num, nums: list[Num], resolved: dict) -> Figure | None:
    if not n.scaled and n.value < 1e5:
        return None  # "55 USD" a barrel: prices, not trade values
    if n.unit is None and _quantity_noun(st, n):
        return None  # a scale word with no currency and a noun after it: "3 millions de tonnes"
    if _change_amount(st, n):
        return None  # "up by $500 million", "tăng gần 500 triệu USD": a change, not a level
    cue = _governing_cue(st, n)
    if cue is None:
        if not ctx.last_metric:
            return None
        cue = Cue(n.start, n.start, _carried_metric(st, ctx))
        carried = True
    else:
        carried = False
    total = None
    if cue.cat == "world":
        cue, total = _subset_flow(st, cue, n)
    if cue.cat in BLOCKING_CUES or _after_world(st, cue) or _total_of_parts(st, cue, n):
        return None
    prev = _previous_resolved(n, nums, resolved)
    # a part of a total is of the total's date ("355 Md$ en 2023, dont 2 Md vers la Russie")
    year, months, role = _time_for(st, ctx, total, None) if total is not None else _time_for(st, ctx, n, prev)
    earlier = role == "earlier"  # "contre X un an plus tôt": a year before the figure beside it
    if _comparison_amount(st, n) and prev is not None and not _own_time(st, n):
        year, months = (prev[4] - 1 if prev[4] else None), prev[5]
        earlier = True
    elif _is_from_side(st, n) and not _own_time(st, n) and year is not None:
        nxt = next((m for m in st.amounts if m.start > n.end), None)
        if nxt is not None and _own_time(st, nxt):
            year, months, _ = _time_for(st, ctx, nxt, None)  # "passées de 1,42 à 1,36 milliard en 2023"
        year = year - 1
        resolved[("from", id(n))] = True
        earlier = True
    if year is None and role != "deadline":
        return None if _kind(st, n, role, year) != "target" else _target_without_year(st, ctx, cue, n, carried, resolved)
    if not earlier and prev is not None and _comparison_amount(st, n):
        # "X last year, against Y in 2022": the next sentence goes on about X's year, not Y's
        earlier = True
    if prev is not None and ("from", id(n)) not in resolved and _is_from_side(st, n):
        # "rose to X last year, up 37% from Y in 2022, while ... Z": Z is dated as X, not Y
        resolved[("from", id(n))] = True
    kind = _kind(st, n, role, year)
    metric, origin, dest = _direction(st, ctx, cue, n, carried)
    if metric is None or origin is None or dest is None or origin == dest:
        return None
    if kind == "target" and role != "deadline" and (not _year_in_sentence(st, n) or months[0] == months[1]):
        # "the target of 10 billion USD": no deadline given; "announced in March 2015" is
        # when it was said, not when it is due; "2.9 billion in 2023, and they want to double
        # it to 6 billion": the year is the other amount's
        year = None
    if kind in ("target", "forecast"):
        months = (1, 12)
    bound = _bound(st, n)
    if st.cues["respectively"]:
        pass  # "3,2 et 3,6 milliards respectivement": two values, not a range
    elif n.range_end == "low":
        bound = "at_least"
    elif n.range_end == "high":
        bound = "at_most"
    value = n.value
    resolved[id(n)] = (metric, origin, dest, kind, year, months)
    fig = Figure(article="", kind=kind, metric=metric, origin=origin, destination=dest,
                 value=float(value), unit=_currency(st, ctx, n, (origin, dest)), bound=bound, year=year,
                 months=f"{months[0]}-{months[1]}", base_year=None)
    if metric == "balance" and ctx.side_guessed:
        fig.extra["side_guessed"] = True
    fig.extra["earlier"] = earlier
    return fig


def _target_without_year(st, ctx, cue, n, carried, resolved) -> Figure | None:
    metric, origin, dest = _direction(st, ctx, cue, n, carried)
    if metric is None or origin is None or dest is None or origin == dest:
        return None
    resolved[id(n)] = (metric, origin, dest, "target", None, (1, 12))
    return Figure(article="", kind="target", metric=metric, origin=origin, destination=dest,
                  value=float(n.value), unit=_currency(st, ctx, n, (origin, dest)), bound=_bound(st, n), year=None,
                  months="1-12", base_year=None)


_NOT_NOUNS = ("year_links", "deadline", "comparison", "range_links", "up", "down", "same_period",
              "to", "with_", "approx", "at_least", "at_most")


def _quantity_noun(st: Sentence, n: Num) -> bool:
    """Does a noun follow the amount ("3 millions de tonnes", "2 million tonnes")? A date, a
    comparison, a growth word or a trade noun there leaves it money ("3 milliards en 2012",
    "4 milliards au lieu de", "15 milliards d'ici 2030")."""
    s, lex = st.s, st.ctx.lex
    pos = n.end + len(s[n.end:]) - len(s[n.end:].lstrip())
    if lex.cues["deadline"] and lex.cues["deadline"].match(s, pos):
        return False
    link = lex.cues["number_links"].match(s, pos) if lex.cues["number_links"] else None
    noun = _WORD.match(s, link.end() if link else pos)
    if noun is not None and link is not None and link.end() - link.start() > 6 \
            and lex.gap_determiner.fullmatch(noun.group(1)):
        noun = _WORD.match(s, noun.end())  # "corresponden a las exportaciones"
    if noun is None:
        return False
    at = noun.start(1)
    if lex.year.match(s, at) or any(c.start <= at < c.end or at <= c.start < noun.end() for c in st.metrics):
        return False
    if any(t.start <= at < t.end for t in st.times):
        return False
    if link is None and any(_word_at(lex.cues[c], s, pos) for c in _NOT_NOUNS):
        return False
    return not any(_word_at(lex.cues[c], s, at) for c in _NOT_NOUNS)


def _word_at(rx: regex.Pattern | None, s: str, pos: int) -> bool:
    """Does ``rx`` match at ``pos``, a short match being a whole word ("to", not "to|nnes")?"""
    m = rx.match(s, pos) if rx is not None else None
    return m is not None and not (m.end() - m.start() <= 4 and m.end() < len(s) and s[m.end()].isalpha())


def _change_amount(st: Sentence, n: Num) -> bool:
    """Is the amount the size of a change ("rose by $500 million")? A growth word right before
    it says so, unless that word is also a bound ("exceeded $5 billion" is a level)."""
    s, lex = st.s, st.ctx.lex
    bounds = [b for k in ("approx", "at_least", "at_most") for b in st.cues[k]]
    for c in st.cues["up"] + st.cues["down"]:
        if c.end - c.start <= 1 or not (c.end <= n.start and n.start - c.end <= 16) \
                or any(b.start <= c.start < b.end for b in bounds):
            continue
        gap = s[_word_end(s, c.end):n.start]  # "surg|ed by $500 million"
        if not lex.gap_change.match(gap):
            continue
        # crossing a threshold the way it moves is a level: "fell below $5 billion", "rose
        # above"; not with a change word: "fell by nearly $500 million"
        threshold = st.cues["at_most" if c.cat == "down" else "at_least"]
        if any(c.end <= b.start and b.end <= n.start for b in threshold) \
                and not (lex.change_link and lex.change_link.search(gap)):
            continue
        return True
    return False


def _word_end(s: str, i: int) -> int:
    while i < len(s) and s[i].isalpha():
        i += 1
    return i


def _subset_flow(st: Sentence, cue: Cue, n: Num) -> tuple[Cue, Num | None]:
    """ "Total exports reached $355 billion, of which $2 billion went to Russia": the part
    after "of which" with a partner named after it is the flow to that partner. Returns the
    flow's cue and the total, or ``cue`` unchanged and None."""
    s = st.s
    sub = [c for c in st.cues["subset"] if 0 <= n.start - c.end <= 3 and not s[c.end:n.start].strip(" ,:")]
    flows = [x for cat in ("exports", "imports") for x in st.cues[cat] if cue.start <= x.start and x.end <= cue.end]
    total = next((m for m in reversed(st.amounts) if cue.end <= m.start and m.end <= (sub[0].start if sub else 0)), None)
    if not sub or len(flows) != 1 or total is None:
        return cue, None
    flow = Cue(cue.start, cue.end, flows[0].cat)
    end = min([m.start for m in st.amounts + st.percents if m.start > n.end] + [len(s)])
    if not any(n.end <= p.start < end and _role_of(st, p, flow) in ("to", "from") for p in st.places):
        return cue, None
    return flow, total


def _total_of_parts(st: Sentence, cue: Cue, n: Num) -> bool:
    """ "Algeria's imports totalled $41.2 billion, of which $7.6 billion from China": a flow
    with no partner of its own, whose part after "of which" names one, is the world's."""
    if cue.cat not in ("exports", "imports") or not st.cues["subset"]:
        return False
    s = st.s
    sub = next((c for c in st.cues["subset"] if 0 <= c.start - n.end <= 30 and not st._number_between(n.end, c.start)),
               None)
    if sub is None:
        return False
    part = next((m for m in st.amounts if m.start >= sub.end and m.start - sub.end <= 3), None)
    if part is None:
        return False
    end = min([m.start for m in st.amounts + st.percents if m.start > part.end] + [len(s)])
    flow = Cue(cue.start, cue.end, cue.cat)
    named = any(part.end <= p.start < end and _role_of(st, p, flow) in ("to", "from") for p in st.places)
    own = any(cue.end <= p.start < n.start and _role_of(st, p, flow) in ("to", "from", "with") for p in st.places)
    return named and not own


def _after_world(st: Sentence, cue: Cue) -> bool:
    """A flow noun right after the world's trade is part of it ("foreign trade, whose exports")."""
    return any(c.cat == "world" and 0 <= cue.start - c.end <= 40 and not st._number_between(c.end, cue.start)
               and not any(c.end <= p.start < cue.start for p in st.places if not p.demonym)
               for c in st.metrics)


def _year_in_sentence(st: Sentence, n: Num) -> bool:
    """Does the sentence name a year that is not another amount's?"""
    return any(t.year and not _attached_elsewhere(st, t, n) for t in st.times)


def _own_time(st: Sentence, n: Num) -> bool:
    """Is a date written right after the number (not a base it is compared with)?"""
    s = st.s
    return any(t.role != "base" and t.start >= n.end and t.start - n.end <= 30 and _GAP_LINK.match(s[n.end:t.start])
               for t in st.times)


def _comparison_amount(st: Sentence, n: Num) -> bool:
    """ "contre 3,2 milliards", "against $3.2 billion" (not "imports from Russia $1.6 billion":
    a place after the word makes it a source)."""
    c = st._cue_before(("comparison",), n.start, 10)  # the nearest: a place after it is after any
    return c is not None and not any(c.end <= p.start < n.start for p in st.places)


def _previous_resolved(n: Num, nums: list[Num], resolved: dict):
    """The figure resolved just before ``n`` in the sentence, unless it was a from-side."""
    prev = None
    for m in nums:
        if m is n:
            break
        if id(m) in resolved and not resolved.get(("from", id(m))):
            prev = resolved[id(m)]
    return prev


def _direction(st: Sentence, ctx: Context, cue: Cue, n: Num, carried: bool):
    if carried and ctx.last_roles is not None:
        metric, a, b = ctx.last_roles
        new = [p.code for p in st.places if p.code not in (a, b) and p.end <= n.start]
        if new and ctx.home in (a, b):
            # "Next came China with 31.9 billion USD": the same flow, another partner
            a, b = (a, new[-1]) if a == ctx.home else (new[-1], b)
        if cue.cat != "turnover":
            return metric, a, b
    a, b = _roles(st, cue, n) if not carried else (None, None)
    if a == "WORLD":
        return None, None, None
    sides = st.__dict__.get("_sides", {})
    if a is None and b is None and cue.cat in ("exports", "imports") and sides.get("owner"):
        # "Vietnam's exports ..., while its imports ...": the same subject owns both flows
        owner = sides["owner"]
        other = ctx.partner if owner == ctx.home else ctx.home
        a, b = (owner, other) if cue.cat == "exports" else (other, owner)
    listed = sides.get(cue.cat)
    if listed and cue.cat in ("surplus", "deficit"):
        # one side stays from the list's first item ("... con China, Paraguay (379), Brasil (313)")
        keep = listed[0] if cue.cat == "surplus" else listed[1]
        if cue.cat == "surplus" and a is None:
            a = keep
        elif cue.cat == "deficit" and b is None:
            b = keep
    home, partner = ctx.home, ctx.partner
    cat = cue.cat
    if cat == "turnover":
        if a is None and st.cues["bilateral"] and ctx.last_had_figure and ctx.last_roles \
                and ctx.last_roles[0] == "turnover":
            # "the two sides" right after a figure are its pair: "... Vietnam and the EAEU ...
            # 7 billion. The two sides aim to ...", whatever the dateline says
            a, b = ctx.last_roles[1], ctx.last_roles[2]
        if a is None and st.cues["bilateral"] and home and partner:
            a, b = home, partner
        if a is None:
            sp = _sentence_pair(st, n)
            if sp:
                a, b = sp
        if a is None and carried and ctx.last_roles and ctx.last_roles[0] == "turnover":
            a, b = ctx.last_roles[1], ctx.last_roles[2]
        if a is None:
            a, b = home, partner
        elif b is None:
            b = home if a != home else partner
        if a is None or b is None:
            return None, None, None
        a, b = sorted((a, b))
        ctx.last_roles = ("turnover", a, b)
        return "turnover", a, b
    metric = "exports" if cat in ("exports", "imports") else "balance"
    ctx.side_guessed = a is None and b is None
    st.__dict__.setdefault("_sides", {}).setdefault(cat, (a, b))
    if cat in ("exports", "imports") and not ctx.side_guessed:
        st.__dict__["_sides"].setdefault("owner", a if cat == "exports" else b)
    prev = ctx.last_roles
    if a is None and b is None and not st.places and prev and prev[0] == metric and cat in ("exports", "surplus"):
        # "exports to this market rose 14%": the flow the sentence before named
        a, b = prev[1], prev[2]
    elif a is None and b is None and prev and prev[0] == "exports" and cat in ("exports", "imports") \
            and ctx.last_flow in ("exports", "imports"):
        # "Vietnam's exports to Russia reached ... ; imports reached ...": that flow, or its reverse
        a, b = (prev[1], prev[2]) if cat == ctx.last_flow else (prev[2], prev[1])
    elif a is None and b is None:
        if cat in ("exports", "surplus"):
            a, b = home, partner
        else:
            a, b = partner, home
    elif a is None or b is None:
        # one side named: the other is the one the figure before paired it with, or the article's
        known = a or b
        last = [c for c in (prev or ())[1:] if c]
        other = next((c for c in last if c != known), None) if known in last else None
        if other is None and prev and metric == "exports" and prev[0] == metric and known not in last:
            # a new partner of the same flow ("..., followed by South Korea with $53 billion"):
            # the side the figure before had there stays
            other = prev[1] if a is None else prev[2]
        if other is None:
            other = home if known != home else partner
        a, b = (other, b) if a is None else (a, other)
    if a is None or b is None:
        return None, None, None
    ctx.last_roles = (metric, a, b)
    ctx.last_flow = cat
    return metric, a, b


def _sentence_pair(st: Sentence, n: Num) -> tuple[str, str] | None:
    codes: list[str] = []
    for p in st.places:
        if p.code not in codes:
            codes.append(p.code)
    if len(codes) >= 2:
        return codes[0], codes[1]
    if len(codes) == 1:
        return codes[0], None  # type: ignore[return-value]
    return None


def _percent_figure(st: Sentence, ctx: Context, n: Num, nums: list[Num], resolved: dict) -> Figure | None:
    s = st.s
    if _rate_of_a_thing(st, n):
        return None
    sign = n.sign
    growth = None
    for cat in ("up", "down"):
        for c in st.cues[cat]:
            if c.cat and c.end <= n.start and n.start - c.end <= 45 and not st._number_between(c.end, n.start):
                if cat in ("up", "down") and c.end - c.start == 1 and n.start - c.end > 1:
                    continue  # a lone sign counts only right before the number
                # the nearest; at the same end the longer: "negative growth" over "growth"
                if growth is None or (c.end, growth.start) > (growth.end, c.start):
                    growth = c
    if sign == 0 and growth is None:
        growth = next((c for cat in ("up", "down") for c in st.cues[cat]
                       if 0 <= c.start - n.end <= 3 and c.end - c.start > 1), None)
    if sign == 0 and growth is None:
        growth = _coordinated_growth(st, n, resolved)
        if growth is None:
            return None
    for c in st.cues["share"]:
        if (0 <= n.start - c.end <= 40 and not st._number_between(c.end, n.start)
                and not _growth_by(st, growth, c, n)) or 0 <= c.start - n.end <= 2:
            return None
    negative = sign < 0 or (sign == 0 and growth is not None and growth.cat == "down")
    # the amount this rate speaks of: the nearest in the same stretch, before first
    lo, hi = _zone(st, n, None)
    # the nearest amount on each side, even one that is no figure (a world total, a product):
    # a rate does not reach past it to another ("rose 8% to $40 billion, of which $2 billion")
    before = [m for m in st.amounts if m.end <= n.start and not _metric_between(st, m.end, n.start)]
    after = [m for m in st.amounts if m.start >= n.end and not _metric_between(st, n.end, m.start)
             and not _percent_between(st, n.end, m.start)]
    before = [m for m in before[-1:] if id(m) in resolved]
    after = [m for m in after[:1] if id(m) in resolved]
    # a date after the amount and a break starts another stretch, unless it is the amount's
    # own date in parentheses ("$3.6 billion (2023), up 12.5%")
    before = [m for m in before if not any(m.end <= t.start < n.start and t.role == "ref" and t.rel is None
                                           and _STOPS.search(s[m.end:t.start]) and not _dated_in_paren(st, m, t)
                                           for t in st.times)]
    host = before[-1] if before else (after[0] if after else None)
    own = _own_time(st, n)
    since = None
    if host is not None and not before and _is_from_side(st, host):
        # "rose 55% from $1.1 billion in 2021 to $1.8 billion in 2022": the change is dated
        # where it ends, and measured from where it began
        to = next((m for m in st.amounts if m.start > host.end), None)
        if to is not None and id(to) in resolved:
            since = resolved[id(host)][4]
            host = to
    elif host is not None and not before and _compared_value(st, host):
        # "expected to grow 8% this year, after reaching $36 billion in 2023": the rate is
        # not the rate of what it is compared with
        host = None
    elif before:
        # "tripled from $2 billion in 2015 to $6 billion in 2022, a rise of 200%"
        frm = [m for m in st.amounts if m.end <= host.start]
        if frm and id(frm[-1]) in resolved and _is_from_side(st, frm[-1]):
            since = resolved[id(frm[-1])][4]
    if host is not None:
        metric, origin, dest, kind, year, months = resolved[id(host)]
        par = st.in_paren(n.start)
        if own or (par is not None and any(par[0] < t.start < par[1] for t in st.times)):
            year, months, _ = _time_for(st, ctx, n, None)  # "(+12 % en 2022)": its own date
        if kind == "actual" and any(host.end <= c.start and c.end <= n.start
                                    for cat in ("forecast", "target") for c in st.cues[cat]):
            # "10,5 miliardi nel 2023, dovrebbe crescere del 5% nel 2024": a forecast of its own
            year, months, role = _time_for(st, ctx, n, None)
            kind = _kind(st, n, role, year)
    else:
        cue = _governing_cue(st, n)
        carried = False
        if cue is None:
            if not ctx.last_metric:
                return None
            cue = Cue(n.start, n.start, _carried_metric(st, ctx))
            carried = True
        if cue.cat in BLOCKING_CUES or _after_world(st, cue):
            return None
        year, months, role = _time_for(st, ctx, n, None)
        kind = _kind(st, n, role, year)
        metric, origin, dest = _direction(st, ctx, cue, n, carried)
        if metric is None:
            return None
    if metric is None or origin is None or dest is None or origin == dest:
        return None
    if year is None and kind != "target":
        return None
    if kind in ("target", "forecast"):
        months = (1, 12)  # goals and forecasts are for whole years, as for amounts
    base_year = _base_year(st, n, year)
    if since is not None and year is not None and since < year - 1:
        base_year = since
    value = -n.value if negative else n.value
    resolved[id(n)] = (metric, origin, dest, kind, year, months)
    return Figure(article="", kind=kind, metric=metric, origin=origin, destination=dest,
                  value=float(value), unit="%", bound=_bound(st, n), year=year,
                  months=f"{months[0]}-{months[1]}", base_year=base_year)


def _growth_by(st: Sentence, growth: Cue | None, c: Cue, n: Num) -> bool:
    """ "Ce montant représente une progression de 6,3 %": a growth "by" the rate after the
    share word, which is no share (but "their share rose to 60%" is)."""
    link = st.ctx.lex.change_link
    return growth is not None and link is not None and c.end <= growth.start \
        and link.search(st.s, growth.end, n.start) is not None


def _carried_metric(st: Sentence, ctx: Context) -> str:
    """The trade noun a sentence without one goes on with: the last one named, but the two
    countries' trade when the sentence speaks of both ("Les deux parties visent à porter ce
    chiffre à 10 milliards" after a sentence on exports)."""
    cat = ctx.last_metric.cat
    if cat != "turnover" and st.cues["bilateral"] and (st.cues["target"] or st.cues["forecast"]):
        return "turnover"
    return cat


def _dated_in_paren(st: Sentence, m: Num, t: Time) -> bool:
    """Is ``t`` alone in the parentheses right after ``m`` ("$3.6 billion (2023)")?"""
    par = st.in_paren(t.start)
    return par is not None and not st.s[m.end:par[0]].strip() and not st.s[par[0] + 1:t.start].strip() \
        and not st.s[t.end:par[1] - 1].strip()


def _rate_of_a_thing(st: Sentence, n: Num) -> bool:
    """A rate in parentheses after a word that is neither a place nor a trade noun is that
    thing's ("comme les noix de cajou (+19,6 %)"); after "exports to Russia (+12%)" it counts."""
    par = st.in_paren(n.start)
    if par is None or st.s[par[0] + 1:n.start].strip(" +-−–") or st.s[n.end:par[1] - 1].strip():
        return False
    before = len(st.s[:par[0]].rstrip())
    if before == 0 or not st.s[before - 1].isalpha():
        return False
    return not any(before - 1 <= x.end <= before for x in st.places + st.metrics) \
        and not any(before - 1 <= m.end <= before for m in st.amounts)


def _coordinated_growth(st: Sentence, n: Num, resolved: dict) -> Cue | None:
    """A rate joined to a growth rate before it ("down 15.8% ... and 37.8% on 2021") grows alike."""
    rng = st.ctx.lex.cues["range_links"]
    prev = [p for p in st.percents if p.end <= n.start and id(p) in resolved]
    if not prev or rng is None:
        return None
    link = [m for m in rng.finditer(st.s, max(prev[-1].end, n.start - 10), n.start)]
    if not link:
        return None
    p = prev[-1]
    for cat in ("down", "up"):
        for c in st.cues[cat]:
            if c.end <= p.start and p.start - c.end <= 45:
                return c
    return Cue(p.start, p.start, "down" if p.sign < 0 else "up") if p.sign else None


def _metric_between(st: Sentence, a: int, b: int) -> bool:
    return any(a <= c.start < b for c in st.metrics)


def _percent_between(st: Sentence, a: int, b: int) -> bool:
    return any(a <= p.start < b for p in st.percents)


def _base_year(st: Sentence, n: Num, year: int | None) -> int | None:
    for t in st.times:
        if t.role == "base" and t.start >= n.end and t.start - n.end <= 60 and t.year and t.months is None \
                and not st._number_between(n.end, t.start):
            return t.year if year is not None and t.year < year - 1 else None
    # or just before it: "has tripled since 2015, rising 200% to ..."
    for t in reversed(st.times):
        if t.role == "base" and t.end <= n.start and n.start - t.end <= 40 and t.year and t.months is None \
                and not st._number_between(t.end, n.start):
            return t.year if year is not None and t.year < year - 1 else None
    return None
