"""The target registry: every stated target once, judged against the reconciled series.

Rules (README, "Reconciliation and targets"):

* Target figures (kind ``target``, unit not "%") are grouped by pair (turnover normalised),
  metric, unit and deadline (the figure's ``year``); within a group, values within 0.5% of the
  group's smallest are one target (10 bn by 2020 restated from 2016 to 2019 is one row; 20 bn by
  2020 stays another). ``times_stated`` counts distinct articles.
* ``first_stated``/``last_stated`` are the earliest/latest publication dates of those articles
  (text as given: YYYY, YYYY-MM or YYYY-MM-DD); ``first_article``/``last_article`` follow the
  same order, with undated articles after dated ones and ties broken by article id.
* ``outcome_value`` is the full-year (months 1-12) actual consensus of the series for the
  deadline year; ``attainment`` = outcome ÷ target.
* ``status``: ``met`` when the outcome is at least the target; ``missed`` when it is known and
  below; otherwise, for a deadline not yet passed (deadline year ≥ the year of ``today``),
  ``on_track``/``off_track`` by whether the recent trend, continued from the latest full-year
  actual, reaches the target by the deadline (``trend_reaches``; a target the latest actual
  already exceeds is on track when no trend is known); ``no_data`` when there is nothing to
  judge (no deadline, a passed deadline without outcome, no actuals or no trend).
* ``required_cagr`` = (target ÷ latest full-year actual)^(1 ÷ (deadline − its year)) − 1, a
  fraction, when the deadline is after that year. ``trend_cagr`` is the compound yearly growth
  from the earliest full-year actual within ``trend_years`` (default 5) years before the latest
  one to the latest one (two points at least; derived levels count).
* ``today`` defaults to the latest publication date in the figures (the corpus's own "now",
  so results do not change with the wall clock): given dates before inferred ones, none after
  the current year; the current date when none is known.
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict

import pandas as pd

from .common import FULL_YEAR, figure_records, is_missing, join

TARGET_COLUMNS: tuple[str, ...] = (
    "pair", "origin", "destination", "metric", "value", "unit", "bound", "deadline",
    "first_stated", "last_stated", "times_stated", "n_figures", "first_article", "last_article",
    "articles", "sources", "outcome_value", "outcome_year", "outcome_bound", "attainment",
    "status", "latest_actual_value", "latest_actual_year", "progress", "required_cagr",
    "trend_cagr", "trend_from_year", "trend_reaches", "official_outcome_value",
    "official_attainment", "official_source", "note",
)

STATUSES: tuple[str, ...] = ("met", "missed", "on_track", "off_track", "no_data")

# Values within this fraction of a group's smallest value are one target.
SAME_TARGET = 0.005


def today_year(text: str) -> int:
    """The year of a ``--today`` value (YYYY, YYYY-MM or YYYY-MM-DD); ValueError otherwise."""
    t = text.strip()
    if not (len(t) in (4, 7, 10) and t[:4].isdigit() and (len(t) == 4 or t[4] == "-")):
        raise ValueError(f"not a date: {text!r}")
    if len(t) > 4:
        dt.date.fromisoformat(t if len(t) == 10 else t + "-01")
    return int(t[:4])


def _year_of(today: object) -> int:
    if isinstance(today, dt.date):
        return today.year
    if isinstance(today, int):
        return today
    s = str(today)
    if len(s) >= 4 and s[:4].isdigit():
        return int(s[:4])
    raise ValueError(f"today must be a date, a year or an ISO date text, not {today!r}")


def default_today(figures: pd.DataFrame) -> int:
    """The year of the latest publication date in the figures, given dates first (inferred
    ones only when no date was given) and never after the current year (a date read from the
    text can be a deadline mistaken for one); the current year when none is known."""
    now = dt.date.today().year
    given: list[int] = []
    inferred: list[int] = []
    if figures is not None and not figures.empty and "published" in figures.columns:
        flags = figures["published_inferred"] if "published_inferred" in figures.columns else [False] * len(figures)
        for p, inf in zip(figures["published"], flags, strict=True):
            text = None if is_missing(p) else (p.isoformat() if hasattr(p, "isoformat") else str(p))
            if text and text[:4].isdigit() and int(text[:4]) <= now:
                (inferred if (not is_missing(inf) and bool(inf)) else given).append(int(text[:4]))
    years = given or inferred
    return max(years) if years else now


def _clusters(figs: list[dict]) -> list[list[dict]]:
    """Figures of one (pair, metric, unit, deadline) split into targets of distinct value."""
    out: list[list[dict]] = []
    for f in sorted(figs, key=lambda f: f["value"]):
        if out and f["value"] <= out[-1][0]["value"] * (1 + SAME_TARGET):
            out[-1].append(f)
        else:
            out.append([f])
    return out


def _actuals(series: pd.DataFrame) -> dict[tuple, dict[int, dict]]:
    """Full-year actual levels by (origin, destination, metric, unit), then by year."""
    out: dict[tuple, dict[int, dict]] = defaultdict(dict)
    if series is None or series.empty:
        return out
    s = series[(series["kind"] == "actual") & (series["months"] == FULL_YEAR) & (series["unit"] != "%")]
    if "base_year" in s.columns:
        s = s[s["base_year"].isna()]
    for r in s.to_dict("records"):
        if is_missing(r["year"]) or is_missing(r["value"]):
            continue
        out[(r["origin"], r["destination"], r["metric"], r["unit"])][int(r["year"])] = r
    return out


def _official(official: pd.DataFrame | None) -> dict[tuple, list[dict]]:
    out: dict[tuple, list[dict]] = defaultdict(list)
    if official is None or official.empty:
        return out
    for r in official.to_dict("records"):
        out[(r["origin"], r["destination"], r["metric"], r["unit"], int(r["year"]))].append(r)
    return out


def _order(f: dict) -> tuple:
    return (f["published"] is None, f["published"] or "", f["article"])


def _assess(t: dict, years: dict[int, dict], today_year: int, trend_years: int) -> None:
    """Fill outcome, latest actual, CAGRs and status of one target (in place)."""
    target, deadline = t["value"], t["deadline"]
    notes = t["notes"]
    if deadline is not None and deadline in years:
        o = years[deadline]
        t.update(outcome_value=float(o["value"]), outcome_year=deadline, outcome_bound=o["bound"],
                 attainment=float(o["value"]) / target)
        if o["derived"]:
            notes.append("outcome derived: " + str(o["note"]))
        elif o["conflict"]:
            notes.append("outcome disputed: " + str(o["note"]))
    if years:
        latest = max(years)
        lv = float(years[latest]["value"])
        t.update(latest_actual_value=lv, latest_actual_year=latest, progress=lv / target)
        window = [y for y in years if latest - trend_years <= y < latest]
        if window:
            first = min(window)
            fv = float(years[first]["value"])
            if fv > 0 and lv > 0:
                t.update(trend_cagr=(lv / fv) ** (1 / (latest - first)) - 1, trend_from_year=first)
        if deadline is not None and deadline > latest and lv > 0:
            t["required_cagr"] = (target / lv) ** (1 / (deadline - latest)) - 1
            if t["trend_cagr"] is not None:
                t["trend_reaches"] = bool(lv * (1 + t["trend_cagr"]) ** (deadline - latest) >= target)
    if deadline is None:
        t["status"] = "no_data"
        notes.append("no deadline")
    elif t["outcome_value"] is not None:
        t["status"] = "met" if t["outcome_value"] >= target else "missed"
    elif deadline < today_year:
        t["status"] = "no_data"
        notes.append(f"no full-year actual for {deadline}")
    elif t["trend_reaches"] is not None:
        t["status"] = "on_track" if t["trend_reaches"] else "off_track"
    elif t["latest_actual_value"] is not None and t["latest_actual_value"] >= target:
        t["status"] = "on_track"
    else:
        t["status"] = "no_data"
        notes.append("no trend: fewer than two full-year actuals" if years else "no full-year actual")


def assess_targets(figures: pd.DataFrame, series: pd.DataFrame | None = None, *,
                   today: str | int | dt.date | None = None, official: pd.DataFrame | None = None,
                   trend_years: int = 5) -> pd.DataFrame:
    """One row per distinct target (columns ``TARGET_COLUMNS``), judged against ``series``
    (``reconcile.build_series(figures)`` when None) and, when given, official statistics
    (a frame from ``official.load_official``: ``official_outcome_value`` is the median of the
    official sources' values for the deadline year)."""
    if series is None or "source" in series.columns:  # outcomes come from the pooled series
        from .reconcile import build_series

        series = build_series(figures)
    today_year = default_today(figures) if today is None else _year_of(today)
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for f in figure_records(figures):
        if f["kind"] == "target" and f["unit"] != "%":
            groups[(f["origin"], f["destination"], f["metric"], f["unit"], f["year"])].append(f)
    actuals, off = _actuals(series), _official(official)
    rows = []
    for (origin, dest, metric, unit, deadline), figs in groups.items():
        for cl in _clusters(figs):
            by_article = sorted({f["article"]: f for f in sorted(cl, key=_order, reverse=True)}.values(), key=_order)
            dated = [f for f in by_article if f["published"] is not None]
            bounds = [f["bound"] for f in cl]
            t = dict(
                pair=f"{origin}-{dest}", origin=origin, destination=dest, metric=metric,
                value=float(statistics.median(f["value"] for f in cl)), unit=unit,
                bound=max(set(bounds), key=lambda b: (bounds.count(b), b == "exact")),
                deadline=deadline,
                first_stated=dated[0]["published"] if dated else None,
                last_stated=max(f["published"] for f in dated) if dated else None,
                times_stated=len(by_article), n_figures=len(cl),
                first_article=by_article[0]["article"],
                last_article=(max(dated, key=_order) if dated else by_article[-1])["article"],
                articles=join(f["article"] for f in cl), sources=join(f["source"] for f in cl),
                outcome_value=None, outcome_year=None, outcome_bound=None, attainment=None,
                status=None, latest_actual_value=None, latest_actual_year=None, progress=None,
                required_cagr=None, trend_cagr=None, trend_from_year=None, trend_reaches=None,
                official_outcome_value=None, official_attainment=None, official_source=None,
                notes=[],
            )
            _assess(t, actuals.get((origin, dest, metric, unit), {}), today_year, trend_years)
            offs = off.get((origin, dest, metric, unit, deadline), []) if deadline is not None else []
            if offs:
                ov = float(statistics.median(r["value"] for r in offs))
                t.update(official_outcome_value=ov, official_attainment=ov / t["value"],
                         official_source=join(r["source"] for r in offs))
            t["note"] = "; ".join(t.pop("notes"))
            rows.append(t)
    rows.sort(key=lambda t: (t["pair"], t["metric"], t["unit"], t["deadline"] or 99999, t["value"]))
    df = pd.DataFrame(rows, columns=list(TARGET_COLUMNS))
    return df.astype({
        "value": "float64", "deadline": "Int64", "times_stated": "int64", "n_figures": "int64",
        "outcome_value": "float64", "outcome_year": "Int64", "attainment": "float64",
        "latest_actual_value": "float64", "latest_actual_year": "Int64", "progress": "float64",
        "required_cagr": "float64", "trend_cagr": "float64", "trend_from_year": "Int64",
        "trend_reaches": "boolean", "official_outcome_value": "float64",
        "official_attainment": "float64",
    })


def target_history(targets: pd.DataFrame, pair: str) -> pd.DataFrame:
    """The targets of one pair of economies (either order: "VNM-RUS" = "RUS-VNM"; every metric
    and direction), in the order they were first stated (undated last), then by deadline."""
    a, _, b = pair.upper().partition("-")
    sel = targets[((targets["origin"] == a) & (targets["destination"] == b))
                  | ((targets["origin"] == b) & (targets["destination"] == a))]
    return sel.sort_values(["first_stated", "deadline", "value"], na_position="last",
                           kind="stable").reset_index(drop=True)
