"""When was an article published? Given, read from its URL or dateline, or inferred.

Reference years ("cette année", "last year", "the first nine months") are resolved against
this date, so an article without one gets the best evidence the page itself offers:
1. the ``published`` field (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``);
2. a date in the URL (``/2019/05/14/``, ``/20190109/``, ``/20170531-...``);
3. otherwise the year is inferred from the years the text reports as past (the latest year
   it mentions, or a year after the latest it compares with), and the month from a dateline
   ("Hanoi, 6 juillet (VNA)", "SEOUL, July 21 (Yonhap)").
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import regex

_ISO = regex.compile(r"^\s*((?:19|20)\d\d)(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")
_URL_DATES = (
    regex.compile(r"/((?:19|20)\d\d)/(\d{2})/(\d{2})/"),
    regex.compile(r"/((?:19|20)\d\d)-(\d{2})-(\d{2})"),
    regex.compile(r"(?<![\d])((?:19|20)\d\d)(\d{2})(\d{2})(?:\d{6,}|[-_/])"),
    regex.compile(r"/((?:19|20)\d\d)/(\d{2})/"),
)


@dataclass(frozen=True)
class Published:
    year: int | None
    month: int | None
    inferred: bool

    def iso(self) -> str | None:
        if self.year is None:
            return None
        return f"{self.year:04d}" + (f"-{self.month:02d}" if self.month else "")


def parse_iso(value: str | None) -> tuple[int | None, int | None]:
    if not value:
        return None, None
    m = _ISO.match(str(value))
    if not m:
        return None, None
    month = int(m.group(2)) if m.group(2) else None
    return int(m.group(1)), month if month and 1 <= month <= 12 else None


def from_url(url: str | None) -> tuple[int | None, int | None]:
    if not url:
        return None, None
    for rx in _URL_DATES:
        m = rx.search(url)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            if 1 <= mo <= 12:
                return y, mo
    return None, None


def dateline(text: str, lex) -> tuple[int | None, int | None]:
    """(year, month) of a dateline such as "Dakar, 17 nov (APS)" or "Alger, 12 décembre 2023
    (APS)" in the first lines; the year is None when the dateline gives none."""
    m = lex.dateline.search(text[:600])
    if not m:
        return None, None
    return (int(m.group("y")) if m.group("y") else None), lex.month_of(m.group("m"))


def dateline_month(text: str, lex) -> int | None:
    """The month of the dateline, if any."""
    return dateline(text, lex)[1]


def infer_year(text: str, lex, past_years: list[int], base_years: list[int]) -> int | None:
    """The year an undated article was written, from the years it names.

    The latest year it reports is the current one when the text gives part of that year
    ("the first quarter of 2022"); when it reports that year whole and also says "this year"
    or "last year" (not both), it writes a year later. A year it compares with ("on the same
    period of 2020") is at least a year back. Years still to come are events, never the date.
    """
    this_year = date.today().year
    past = [y for y in past_years if y <= this_year]
    cands = [y + 1 for y in base_years if y < this_year]
    if past:
        year = max(past)
        partial = any(str(year) in text[m.end():m.end() + 20] for rx, _ in lex.periods for m in rx.finditer(text))
        # "compared with the same period last year" compares; it does not date the text
        cmp_ = [lex.cues[k] for k in ("comparison", "same_period") if lex.cues[k]]
        relative = {off for rx, off in lex.relative_years for m in rx.finditer(text)
                    if not any(c.search(text, max(0, m.start() - 25), m.start()) for c in cmp_)}
        if not partial and relative and not {0, -1} <= relative:
            year += 1
        cands.append(year)
    return min(max(cands), this_year) if cands else None


def resolve(published: str | None, url: str | None) -> Published | None:
    """The given or URL date; None when it must be inferred from the text."""
    y, m = parse_iso(published)
    if y:
        return Published(y, m, False)
    y, m = from_url(url)
    if y:
        return Published(y, m, True)
    return None
