"""Numbers as written in news copy: digits in either decimal convention, number words,
scale words, currencies before or after."""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .lexicon import Lexicon

_SEP_SPACE = regex.compile(r"([.,])\s")


def parse_digits(s: str, decimal_comma: bool) -> float:
    """ "4,15" -> 4.15 (comma languages), "1.000" -> 1000, "3.55" -> 3.55, "10.843" -> 10843.

    A single separator followed by exactly three digits is a thousands separator when it is
    the language's grouping character; any other single separator is a decimal point.
    """
    if s.isdigit():
        return float(s)  # most numbers: nothing below would change them
    s = _SEP_SPACE.sub(r"\1", s).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        return float(s.replace(thou, "").replace(dec, "."))
    if not dots and not commas:
        return float(s)
    sep = "." if dots else ","
    if dots + commas > 1:
        return float(s.replace(sep, ""))
    head, tail = s.split(sep)
    grouping = "." if decimal_comma else ","
    if len(tail) == 3 and sep == grouping:
        return float(head + tail)
    return float(f"{head or 0}.{tail}")


def parse_words(s: str, lex: Lexicon) -> float:
    """A numeral in words, possibly ending in digits: "cuatro mil ochocientos cincuenta" -> 4850."""
    total, cur = 0.0, 0.0
    for tok in lex.number_tokens.findall(s):
        if tok[0].isdigit():
            cur += parse_digits(tok, lex.lang.decimal_comma)
            continue
        v = lex.count_of(tok)
        if v is None:
            continue  # a joiner: "y", "et", "and"
        if v >= 1000:
            total += max(cur, 1) * v
            cur = 0
        elif v == 100:
            cur = max(cur, 1) * 100
        else:
            cur += v
    return total + cur


def _last_multiplier(s: str, lex: Lexicon) -> float:
    """The value of the last word of a numeral when it multiplies ("mil" of "dos mil"), else 1."""
    toks = lex.number_tokens.findall(s)
    v = lex.count_of(toks[-1]) if toks and not toks[-1][0].isdigit() else None
    return v if v is not None and v >= 1000 else 1


@dataclass(slots=True)
class Num:
    """An amount or a percent found in a sentence (offsets into the normalised sentence)."""

    start: int
    end: int
    value: float
    unit: str | None  # ISO 4217, "%", or None when the currency is to be inherited
    scaled: bool  # a scale word was written ("milliards")
    bare: bool = False  # digits alone: only meaningful before a range link
    sign: int = 0  # an explicit + or - before a percent
    mult: float = 1.0  # the scale word's value
    range_end: str = ""  # "low" or "high" for the ends of a range ("6,2 — 6,4 tỷ USD")
    whole: bool = False  # bare digits with no decimal part: kept only as a range's left end
    cur: str = ""  # the currency as written ("dirhams", "FCFA"): the pair may tell which it is

    @property
    def pct(self) -> bool:
        return self.unit == "%"


# unambiguous decimals: a point or a comma before one or two digits, or after thousands groups
_DOT_DECIMAL = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+\.\d+|\d+\.\d{1,2})(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2})(?![\d.,])")


# a number the two conventions read differently: "1,950" where a comma is a decimal point
_AMBIGUOUS = {True: re.compile(r"\d,\d\d\d(?![\d,])"), False: re.compile(r"\d\.\d\d\d(?![\d.])")}


def text_decimal_comma(text: str, default: bool) -> bool:
    """The decimal convention of a text: its language's, unless the text writes only the other
    one ("US$620.5 millones" makes "US$1,950 millones" 1,950 million in a Spanish text)."""
    if not _AMBIGUOUS[default].search(text):
        return default  # (most texts: nothing the conventions read differently)
    mine, other = (_COMMA_DECIMAL, _DOT_DECIMAL) if default else (_DOT_DECIMAL, _COMMA_DECIMAL)
    if other.search(text) and not mine.search(text):
        return not default
    return default


def find_amounts(s: str, lex: Lexicon, low: str | None = None, decimal_comma: bool | None = None) -> list[Num]:
    """Amounts of money in a sentence; bare decimals are kept for ranges ("de 1,42 à 1,36 milliard").
    ``low`` is ``s.lower()`` when the caller has it; ``decimal_comma`` overrides the language's
    convention (see ``text_decimal_comma``)."""
    dc = lex.lang.decimal_comma if decimal_comma is None else decimal_comma
    out: list[Num] = []
    starts = lex.amount_starts
    found = starts.finditer(lex.amount, s, s.lower() if low is None else low) if starts else lex.amount.finditer(s)
    for m in found:
        # groups() in the pattern's order (AMOUNT_GROUPS): a tenth of the cost of groupdict()
        pre, frac, words, digits, tail1, scale, tail2, glued, num2, scale2, post = m.groups()
        scale = scale or glued
        cur_text = pre or post
        if frac:
            value = lex.fraction_of(frac)  # "half a billion"
        elif words:
            if not scale:
                continue
            value = parse_words(words, lex)
        else:
            try:
                value = parse_digits(digits, dc)
            except ValueError:
                continue
        if not scale and not cur_text:
            # digits alone: a candidate left end of a range, never a figure by itself
            whole = "." not in digits and "," not in digits
            out.append(Num(m.start(), m.end(), value, None, False, bare=True, whole=whole))
            continue
        if glued:
            mult = lex.glued_scale_of(s, m.start("glued"), m.end("glued"))
        else:
            mult = lex.scale_of(scale) if scale else 1.0
        if tail1:
            value += lex.tail_of(tail1)  # "two and a half billion"
        elif tail2:
            # "2 milliards et demi": half a milliard; "mil millones y medio": half a thousand
            # million, the numeral's own multiplier counting too
            value += lex.tail_of(tail2) * (_last_multiplier(words, lex) if words else 1)
        value *= mult
        if num2 and scale2:
            value += parse_digits(num2, dc) * lex.scale_of(scale2)
        unit = lex.currency_of(cur_text) if cur_text else None
        if cur_text and unit is None:
            continue
        if unit is None and lex.unit_after is not None and lex.unit_after.match(s, m.end()):
            continue  # "3 million tonnes", "3 millions de tonnes": a count, not money
        if value <= 0 or value != value or value == float("inf"):
            continue
        if mult == 1e12 and unit in _STRONG and value >= 3e12:
            # "65 billones de dólares" calques "billion": no two economies trade 3 trillion dollars
            value, mult = value / 1000, 1e9
        value = round(value, 4)  # 4.15 * 1e9 is 4150000000.0000005 in binary
        out.append(Num(m.start(), m.end(), value, unit, bool(scale), mult=mult, cur=cur_text.strip() if cur_text else ""))
    return _ranges(s, out, lex)


# currencies in which no bilateral trade reaches 3 * 10^12
_STRONG = frozenset({"USD", "EUR", "GBP", "CHF"})


def _ranges(s: str, nums: list[Num], lex: Lexicon) -> list[Num]:
    """A bare number before a range link takes the scale and currency of the amount after it:
    "de 1,42 à 1,36 milliard d'euros", "6,2 — 6,4 tỷ USD"; the amount after it takes the
    currency written before the left end: "$6.2-6.4 billion"."""
    link = lex.cues["range_links"]
    out = []
    between = lex.cues["between"]
    for i, n in enumerate(nums):
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if nxt is not None and n.scaled and nxt.scaled and link is not None and between is not None \
                and nxt.start - n.end <= 8 and link.fullmatch(s[n.end:nxt.start].strip()) \
                and any(0 <= n.start - m.end() <= 2 for m in between.finditer(s, max(0, n.start - 20), n.start)):
            n.range_end, nxt.range_end = "low", "high"  # "between $6.2 billion and $6.4 billion"
            out.append(n)
            continue
        # "$6.2-6.4 billion": a currency but no scale before a range link is a bare left end too
        left = n.bare or (not n.scaled and n.unit is not None and nxt is not None and nxt.scaled)
        if left and nxt is not None and not nxt.bare and link is not None and nxt.start - n.end <= 8 \
                and link.fullmatch(s[n.end:nxt.start].strip()) \
                and (not n.whole or _whole_low_end(s, n, nxt, between, lex)):
            gap = s[n.end:nxt.start].strip()
            # "6,2 — 6,4", "entre 6,2 et 6,4", "6.2 to 6.4" is a range whose ends are bounds;
            # "de 1,42 à 1,36", "from 62 to 100" is a change from one value to another
            frm = lex.cues["from_"]
            changed = frm is not None and any(0 <= n.start - m.end() <= 2 for m in frm.finditer(s, max(0, n.start - 30), n.start))
            is_range = gap in ("-", "–", "—", "‒") or not changed
            low = Num(n.start, n.end, n.value * nxt.mult, nxt.unit or n.unit, nxt.scaled, mult=nxt.mult,
                      cur=nxt.cur if nxt.unit else n.cur)
            if nxt.unit is None:
                nxt.unit, nxt.cur = n.unit, n.cur  # "$6.2-6.4 billion": the right end is in the left end's money
            if is_range:
                low.range_end, nxt.range_end = "low", "high"
            out.append(low)
        elif not n.whole:
            out.append(n)
    return out


def _whole_low_end(s: str, n: Num, nxt: Num, between, lex: Lexicon) -> bool:
    """Digits with no decimal part are a left end in a sentence that says "respectively",
    else a range's left end only after "between" or before a
    dash ("2 - 2,2 tỷ USD", "entre 12 et 13 milliards", not "từ 2 lên 3 tỷ", a change), and
    when smaller than the right end's number and of its order (not a year or a count)."""
    resp = lex.cues["respectively"]
    if resp is not None and resp.search(s) and n.value < 1000:
        return True  # "rispettivamente di 19 e 12 miliardi": two amounts in one scale
    high = nxt.value / nxt.mult if nxt.mult else nxt.value
    if not n.value < high <= 20 * n.value:
        return False
    if s[n.end:nxt.start].strip() in ("-", "–", "—", "‒"):
        return True
    # the pattern may look past the number: "từ 48 đến 50" is a range, "từ 48 lên 50" a change
    return between is not None and any(0 <= n.start - m.end() <= 2
                                       for m in between.finditer(s, max(0, n.start - 20), nxt.start))


def find_percents(s: str, lex: Lexicon, low: str | None = None) -> list[Num]:
    out: list[Num] = []
    words_at = lex.percent_words_at
    if words_at is not None and "%" not in s:
        # no "%" and no percent word: most sentences; case-folded, as the pattern compares
        # letters ("ſ" matches "s")
        folded = s.casefold()
        if not any(h in folded for h in words_at):
            return out
    for m in lex.percent_starts.finditer(lex.percent, s, s.lower() if low is None else low):
        sign, num = m.groups()  # PERCENT_GROUPS
        try:
            value = parse_digits(num, lex.lang.decimal_comma)
        except ValueError:
            continue
        sgn = 0 if not sign else (1 if sign.strip() == "+" else -1)
        out.append(Num(m.start(), m.end(), value, "%", False, sign=sgn))
    return out
