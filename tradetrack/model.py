"""The typed records that flow through tradetrack: an Article in, Figures out.

A Figure is the record of ``shared/spec/FIGURES.md``; it stays a small dataclass until the
API edge turns a list of them into a pandas DataFrame (see ``tradetrack.api``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["actual", "forecast", "target"]
Metric = Literal["turnover", "exports", "balance"]
Bound = Literal["exact", "approx", "at_least", "at_most"]

KINDS: tuple[str, ...] = ("actual", "forecast", "target")
METRICS: tuple[str, ...] = ("turnover", "exports", "balance")
BOUNDS: tuple[str, ...] = ("exact", "approx", "at_least", "at_most")

# The fields of the figure record, in the order of FIGURES.md: the contract of `extract`.
FIGURE_FIELDS: tuple[str, ...] = (
    "article", "kind", "metric", "origin", "destination", "value", "unit", "bound",
    "year", "months", "base_year", "evidence",
)


_ISO = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


@dataclass(slots=True)
class Article:
    """One news article. ``published`` is ISO-like text: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    # True when ``published`` was read from the text or inferred rather than given.
    published_inferred: bool = False
    # Where the article came from (file path, or path:line for JSONL), for messages.
    origin: str = ""

    def __post_init__(self) -> None:
        # Library callers pass what they have: an id as a number, ``published`` as 2021 or
        # "2021-05-04T10:00Z". Coerce to the documented forms (the corpus loader warns; here,
        # a value that is no date at all becomes None rather than a crash later on).
        if not isinstance(self.id, str):
            self.id = str(int(self.id)) if isinstance(self.id, float) and self.id.is_integer() else str(self.id)
        if self.published is not None and not (isinstance(self.published, str)
                                               and _ISO.fullmatch(self.published)):
            from .corpus.records import normalise_published  # lazy: corpus imports this module

            self.published = normalise_published(self.published)[0]

    @property
    def published_year(self) -> int | None:
        p = self.published
        return int(p[:4]) if p and p[:4].isdigit() else None

    @property
    def published_month(self) -> int | None:
        p = self.published
        return int(p[5:7]) if p and len(p) >= 7 and p[5:7].isdigit() else None


@dataclass(slots=True)
class Figure:
    """One trade figure stated in one article (FIGURES.md), with its evidence."""

    article: str
    kind: str
    metric: str
    origin: str
    destination: str
    value: float
    unit: str
    bound: str = "exact"
    year: int | None = None
    months: str = "1-12"
    base_year: int | None = None
    evidence: str = ""
    # Beyond the contract: the statistical source the article names ("Russian customs"),
    # and the offset of the evidence sentence in the article text.
    source: str | None = None
    offset: int = 0
    extra: dict = field(default_factory=dict)

    def record(self) -> dict:
        """The FIGURES.md record: exactly the contract's fields, in its order."""
        # getattr, not dataclasses.asdict: that deep-copies every field, extra included, and
        # was a fifth of the main process's work in a parallel run
        return {k: getattr(self, k) for k in FIGURE_FIELDS}

    @property
    def pair(self) -> str:
        return f"{self.origin}-{self.destination}"
