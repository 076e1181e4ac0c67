"""What the workbook and the charts share: pair names, labels, and the series and targets
they draw from.

The reconciled series and the target assessment come from ``tradetrack.analysis`` through
``tradetrack.api``. When those modules are not installed yet (the package is being built in
stages), ``resolve_series`` / ``resolve_targets`` fall back to a plain grouping of the figures
so that reports and charts still show what was extracted, and say so in a note.
"""
from __future__ import annotations

import math
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pandas as pd

SERIES_COLUMNS: tuple[str, ...] = (
    "pair", "origin", "destination", "metric", "kind", "unit", "year", "months", "partial",
    "value", "low", "high", "bound", "n_articles", "n_figures", "articles", "sources",
    "spread_pct", "conflict", "derived", "note",
)
TARGET_COLUMNS: tuple[str, ...] = (
    "origin", "destination", "pair", "metric", "value", "unit", "deadline", "first_stated",
    "last_stated", "times_stated", "articles", "sources", "outcome_value", "outcome_year",
    "attainment", "status", "latest_actual_value", "latest_actual_year", "required_cagr",
    "trend_cagr", "trend_reaches",
)
STATUSES: tuple[str, ...] = ("met", "missed", "on_track", "off_track", "no_data")
STATUS_WORDS: dict[str, str] = {
    "met": "met", "missed": "missed", "on_track": "on track", "off_track": "off track",
    "no_data": "no data",
}
# One colour per status, used by both the workbook fills and the charts.
STATUS_COLOURS: dict[str, str] = {
    "met": "#2E7D32", "missed": "#C62828", "on_track": "#1565C0", "off_track": "#EF6C00",
    "no_data": "#757575",
}
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FALLBACK_NOTE = ("tradetrack.analysis is not available: figures were grouped by year without "
                 "reconciliation")


def shareable(path: str | Path) -> None:
    """Give a freshly written output the usual permissions (``atomic_path``'s temporary file
    is private, 0600, and keeps that mode after the rename)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def is_missing(v: object) -> bool:
    """None, NaN, pd.NA or NaT."""
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    return isinstance(v, float) and math.isnan(v)


BLOC_NAMES: dict[str, str] = {"EAEU": "the EAEU", "ASEAN": "ASEAN", "EU": "the EU"}


@cache
def place_name(code: str) -> str:
    """The English name of an economy: ``"VNM"`` -> ``"Vietnam"``, ``"EU"`` -> ``"the EU"``;
    the code itself when CLDR (through Babel) has no name for it."""
    if code in BLOC_NAMES:
        return BLOC_NAMES[code]
    try:
        from babel import Locale

        from ..lang import alpha3
    except ImportError:
        return code
    alpha2 = {a3: a2 for a2, a3 in alpha3().items()}.get(code)
    return Locale("en").territories.get(alpha2, code) if alpha2 else code


def pair_title(a: str, b: str) -> str:
    """``("VNM", "RUS")`` -> ``"Vietnam–Russia"`` (a bloc keeps its short name)."""
    return "–".join(place_name(c).removeprefix("the ") for c in (a, b))


def split_pair(pair: str) -> tuple[str, str]:
    """``"VNM-RUS"`` -> ``("VNM", "RUS")``; codes are upper-cased. Raises ValueError otherwise."""
    parts = [p.strip().upper() for p in str(pair).replace("–", "-").split("-")]
    if len(parts) != 2 or not all(parts):
        raise ValueError(f"a pair is two codes joined by '-', e.g. VNM-RUS (got {pair!r})")
    return parts[0], parts[1]


def canonical_pair(a: str, b: str) -> str:
    """The unordered pair's name: the two codes in alphabetical order (as turnover records)."""
    return "-".join(sorted((a, b)))


def pair_key(pair: str) -> str:
    """``"VNM-RUS"`` and ``"RUS-VNM"`` both -> ``"RUS-VNM"``."""
    return canonical_pair(*split_pair(pair))


def pairs_in(frame: pd.DataFrame) -> list[str]:
    """The unordered pairs a figures/series/targets frame speaks of, canonical names, sorted."""
    if frame is None or frame.empty:
        return []
    keys = {canonical_pair(str(o), str(d)) for o, d in zip(frame["origin"], frame["destination"], strict=True)
            if not is_missing(o) and not is_missing(d)}
    return sorted(keys)


def of_pair(frame: pd.DataFrame, pair: str) -> pd.DataFrame:
    """Rows of ``frame`` about the unordered pair (either direction)."""
    a, b = split_pair(pair)
    o, d = frame["origin"].astype(object), frame["destination"].astype(object)
    return frame[((o == a) & (d == b)) | ((o == b) & (d == a))]


def months_label(months: object) -> str:
    """``"1-12"`` -> ``"full year"``, ``"1-11"`` -> ``"Jan–Nov"``, ``"8-8"`` -> ``"Aug"``."""
    if is_missing(months):
        return ""
    try:
        lo, hi = (int(x) for x in str(months).split("-"))
    except ValueError:
        return str(months)
    if (lo, hi) == (1, 12):
        return "full year"
    if not (1 <= lo <= hi <= 12):
        return str(months)
    return MONTH_ABBR[lo - 1] if lo == hi else f"{MONTH_ABBR[lo - 1]}–{MONTH_ABBR[hi - 1]}"


def billions(value: float, digits: int = 2) -> str:
    """``4150000000`` -> ``"4.15"``; ``1e10`` -> ``"10"`` (trailing zeros dropped)."""
    s = f"{value / 1e9:,.{digits}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def amount_text(value: float, unit: str) -> str:
    """``(1e10, "USD")`` -> ``"10 bn USD"``; percents -> ``"25%"``."""
    if unit == "%":
        return f"{value:g}%"
    return f"{billions(value)} bn {unit}"


def target_label(value: float, unit: str, deadline: object, status: object) -> str:
    """The words on a target's marker: ``"10 bn by 2020 — missed"``."""
    amount = f"{value:g}%" if unit == "%" else f"{billions(value)} bn"
    text = amount if is_missing(deadline) else f"{amount} by {int(deadline)}"
    if not is_missing(status):
        text += f" — {STATUS_WORDS.get(str(status), str(status))}"
    return text


def main_currency(frame: pd.DataFrame) -> str | None:
    """The currency most amounts of ``frame`` are in (ties: alphabetical), None if no amount."""
    units = frame.loc[frame["unit"].astype(object) != "%", "unit"].dropna().astype(str)
    if units.empty:
        return None
    counts = units.value_counts()
    return sorted(counts[counts == counts.max()].index)[0]


def _join(values: Iterable[object]) -> str:
    seen: dict[str, None] = {}
    for v in values:
        if not is_missing(v) and str(v):
            seen.setdefault(str(v), None)
    return ";".join(seen)


def simple_series(figures: pd.DataFrame) -> pd.DataFrame:
    """A stand-in for the reconciled series: figures grouped by pair, metric, kind, unit, year
    and months; the median as value, the extremes as low/high. Used only when
    ``tradetrack.analysis`` is missing."""
    cols = list(SERIES_COLUMNS)
    if figures is None or figures.empty:
        return pd.DataFrame(columns=cols)
    f = figures[(figures["kind"].astype(object) != "target") & figures["year"].notna()].copy()
    if f.empty:
        return pd.DataFrame(columns=cols)
    turnover = f["metric"].astype(object) == "turnover"
    lo = f[["origin", "destination"]].astype(str).min(axis=1)
    hi = f[["origin", "destination"]].astype(str).max(axis=1)
    f.loc[turnover, "origin"] = lo[turnover]
    f.loc[turnover, "destination"] = hi[turnover]
    rows = []
    keys = ["origin", "destination", "metric", "kind", "unit", "year", "months"]
    for key, g in f.groupby(keys, sort=True, dropna=False):
        origin, destination, metric, kind, unit, year, months = key
        low, high, value = g["value"].min(), g["value"].max(), float(g["value"].median())
        spread = (high - low) / abs(value) * 100 if value else 0.0
        bounds = sorted(set(g["bound"].dropna().astype(str)))
        rows.append(dict(
            pair=f"{origin}-{destination}", origin=origin, destination=destination, metric=metric,
            kind=kind, unit=unit, year=int(year), months=months, partial=months != "1-12",
            value=value, low=float(low), high=float(high),
            bound=bounds[0] if len(bounds) == 1 else "approx",
            n_articles=g["article"].nunique(), n_figures=len(g), articles=_join(g["article"]),
            sources=_join(g["source"]) if "source" in g else "", spread_pct=spread,
            conflict=spread > 0.5, derived=False, note=FALLBACK_NOTE,
        ))
    out = pd.DataFrame(rows, columns=cols)
    return out.astype({"year": "Int64"})


def simple_targets(figures: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """A stand-in for the target assessment: each distinct stated target with the full-year
    actual of its deadline year, when there is one. Used only when ``tradetrack.analysis`` is
    missing."""
    cols = list(TARGET_COLUMNS)
    if figures is None or figures.empty:
        return pd.DataFrame(columns=cols)
    t = figures[figures["kind"].astype(object) == "target"]
    rows = []
    for _, g in t.groupby(["metric", "unit", "value", "year"], sort=True, dropna=False):
        first = g.iloc[0]
        origin, destination = str(first["origin"]), str(first["destination"])
        if first["metric"] == "turnover":
            origin, destination = sorted((origin, destination))
        deadline = first["year"]
        published = g["published"].dropna().astype(str) if "published" in g else pd.Series([])
        outcome = pd.DataFrame()
        if not is_missing(deadline) and series is not None and not series.empty:
            s = series[(series["metric"].astype(object) == first["metric"])
                       & (series["kind"].astype(object) == "actual")
                       & (series["unit"].astype(object) == first["unit"])
                       & (series["months"].astype(object) == "1-12")
                       & (series["year"] == deadline)]
            outcome = of_pair(s, f"{origin}-{destination}")
        row = dict(origin=origin, destination=destination, pair=f"{origin}-{destination}",
                   metric=first["metric"], value=float(first["value"]), unit=first["unit"],
                   deadline=deadline, first_stated=published.min() if len(published) else None,
                   last_stated=published.max() if len(published) else None,
                   times_stated=g["article"].nunique(), articles=_join(g["article"]),
                   sources=_join(g["source"]) if "source" in g else "", status="no_data")
        if not outcome.empty:
            value = float(outcome.iloc[0]["value"])
            row.update(outcome_value=value, outcome_year=int(deadline),
                       attainment=value / row["value"],
                       status="met" if value >= row["value"] else "missed")
        rows.append(row)
    out = pd.DataFrame(rows, columns=cols)
    return out.astype({"deadline": "Int64", "outcome_year": "Int64"})


def resolve_series(figures: pd.DataFrame, series: pd.DataFrame | None) -> tuple[pd.DataFrame, str | None]:
    """``series`` if given, else the reconciled series; with a note when only the fallback
    was possible."""
    if series is not None:
        return series.reset_index(drop=True), None  # a unique index: masks align on it
    from .. import api

    try:
        return api.build_series(figures), None
    except ImportError:
        return simple_series(figures), FALLBACK_NOTE


def resolve_targets(figures: pd.DataFrame, series: pd.DataFrame,
                    targets: pd.DataFrame | None) -> tuple[pd.DataFrame, str | None]:
    """``targets`` if given, else the assessment of the figures' targets against ``series``."""
    if targets is not None:
        return targets.reset_index(drop=True), None
    from .. import api

    try:
        return api.assess_targets(figures, series), None
    except ImportError:
        return simple_targets(figures, series), FALLBACK_NOTE
