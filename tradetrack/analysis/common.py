"""Helpers shared by the analysis modules: normalising a figures frame, months, amounts."""
from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd

FULL_YEAR = "1-12"


def is_missing(v: object) -> bool:
    """None, pandas NA or a float NaN (pandas 3 uses all of them)."""
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return bool(isinstance(v, float) and math.isnan(v))


def opt_int(v: object) -> int | None:
    return None if is_missing(v) else int(v)  # type: ignore[arg-type]


def opt_str(v: object) -> str | None:
    if is_missing(v):
        return None
    s = str(v).strip()
    return s or None


def months_key(months: str) -> tuple[int, int]:
    """Sort key of a months span "a-b": by its end, then its start (Jan-Jun before Jan-Dec)."""
    try:
        a, b = (int(x) for x in months.split("-", 1))
    except ValueError:
        return (99, 99)
    return (b, a)


def normalise_pair(metric: str, origin: str, destination: str) -> tuple[str, str]:
    """Turnover has no direction: its origin is the alphabetically first code (FIGURES.md)."""
    if metric == "turnover" and destination < origin:
        return destination, origin
    return origin, destination


def fmt_amount(v: float) -> str:
    """4.15e9 -> "4.15 bn", 343.4e6 -> "343.4 m": short enough for a note."""
    a = abs(v)
    if a >= 1e9:
        return f"{v / 1e9:.4g} bn"
    if a >= 1e6:
        return f"{v / 1e6:.4g} m"
    return f"{v:.4g}"


def fmt_value(v: float, unit: str) -> str:
    return f"{v:+.4g}%" if unit == "%" else f"{fmt_amount(v)} {unit}"


def join(items: Iterable[object]) -> str:
    """Distinct non-empty items, sorted, ";"-joined (the articles and sources columns)."""
    return ";".join(sorted({str(i) for i in items if not is_missing(i) and str(i)}))


def _date_text(v: object) -> str | None:
    """A publication date as ISO text (a Timestamp or date becomes YYYY-MM-DD)."""
    if is_missing(v):
        return None
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10]  # type: ignore[union-attr]
    return opt_str(v)


def figure_records(figures: pd.DataFrame) -> list[dict]:
    """The figures as plain dicts with defaults filled and turnover pairs normalised.

    Missing optional columns are tolerated (a hand-built frame may lack ``source`` or
    ``published``); rows without a value, unit or codes are dropped: nothing can be said of them.
    """
    out: list[dict] = []
    if figures is None or figures.empty:
        return out
    cols = set(figures.columns)
    for rec in figures.to_dict("records"):
        value, unit = rec.get("value"), opt_str(rec.get("unit"))
        metric, origin, dest = opt_str(rec.get("metric")), opt_str(rec.get("origin")), opt_str(rec.get("destination"))
        if is_missing(value) or unit is None or metric is None or origin is None or dest is None:
            continue
        origin, dest = normalise_pair(metric, origin, dest)
        out.append(dict(
            article=str(rec.get("article")),
            kind=opt_str(rec.get("kind")) or "actual",
            metric=metric, origin=origin, destination=dest,
            value=float(value), unit=unit,  # type: ignore[arg-type]
            bound=opt_str(rec.get("bound")) or "exact",
            year=opt_int(rec.get("year")),
            months=opt_str(rec.get("months")) or FULL_YEAR,
            base_year=opt_int(rec.get("base_year")) if "base_year" in cols else None,
            source=opt_str(rec.get("source")) if "source" in cols else None,
            published=_date_text(rec.get("published")) if "published" in cols else None,
        ))
    return out


def figures_from_records(records: Iterable[dict]) -> pd.DataFrame:
    """A figures frame (the columns of ``api.FIGURE_COLUMNS``) from hand-written dicts, with the
    FIGURES.md defaults (bound exact, months 1-12): for tests and notebooks."""
    from ..api import FIGURE_COLUMNS

    defaults = dict(kind="actual", bound="exact", months=FULL_YEAR, year=None, base_year=None,
                    evidence="", source=None, language=None, published=None,
                    published_inferred=False, title=None, url=None)
    rows = [{**defaults, **r} for r in records]
    df = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
    return df.astype({"year": "Int64", "base_year": "Int64", "value": "float64"})
