"""Reconcile figures from many articles into one series row per pair, metric, year and months.

Rules (README, "Reconciliation and targets"):

* A series key is (origin, destination, metric, kind, unit, year, months, base_year) — and the
  source with ``by_source=True``. Turnover pairs are normalised (origin = alphabetically first
  code), so "VNM-RUS" and "RUS-VNM" turnover land on one row. Targets are not part of a series
  (see ``targets.py``); actuals and forecasts are separate rows. ``base_year`` is only set on
  growth rows measured against another year than the previous one ("doubled since 2015").
* Each article votes once per key: its median exact figure, else its median approximate
  figure, else its bounds (at their stated number; the midpoint of a range). When the votes
  agree, the consensus ``value`` is the median of the exact votes; when no article gives an
  exact figure, the median of the approximate votes; only when nothing but bounds exists, the
  tightest bounds: the largest ``at_least`` (bound ``at_least``), the smallest ``at_most``
  (``at_most``), or the midpoint of both (``range``). When they conflict (below), wording no
  longer decides: the consensus is the median of every article's vote, bound ``approx``
  (5.7 bn exact against "nearly 5 bn" and "nearly 4.85 bn" gives 5 bn).
* ``low``/``high`` span every number stated for the key; a side stays empty when only bounds
  open on that side were stated ("more than 6 bn" alone has no ``high``).
* ``conflict`` is True when the exact votes spread more than ``tolerance_pct`` (default 5%;
  ``tolerance_pp``, default 2 points, for "%") of the precise consensus — approximate votes,
  rounded by their writers, get twice that room — or when a bound contradicts it by more than
  the tolerance ("nearly 4.85 bn" against an exact 5.7 bn) — a bound
  that the precise consensus satisfies ("more than 100 bn" and 107 bn) is no disagreement.
* ``spread_pct`` is (largest vote − smallest vote) ÷ consensus × 100; for growth rows (unit
  "%") it is the spread in percentage points.
* Derived rows: an actual growth rate plus the level for the same key give the level of the
  base period (previous year, same months; or ``base_year``): level ÷ (1 + rate). They are
  added with ``derived=True``, bound ``approx``, and a note, only where no figure was stated.
* Growth checks: an actual growth rate whose two levels are both stated is checked against
  them; ``consistent`` says whether the stated levels agree with the rate within
  ``tolerance_pct`` (bounds respected), and the note gives the rate the levels imply.
"""
from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable

import pandas as pd

from .common import FULL_YEAR, figure_records, fmt_amount, fmt_value, is_missing, join, months_key

SERIES_COLUMNS: tuple[str, ...] = (
    "pair", "origin", "destination", "metric", "kind", "unit", "year", "months", "partial",
    "base_year", "value", "low", "high", "bound", "n_articles", "n_figures", "articles",
    "sources", "values", "spread_pct", "conflict", "derived", "consistent", "note",
)

FORECAST_COLUMNS: tuple[str, ...] = (
    "pair", "origin", "destination", "metric", "unit", "year", "months", "base_year",
    "forecast_value", "forecast_low", "forecast_high", "forecast_bound", "forecast_articles",
    "actual_value", "actual_bound", "actual_derived", "error", "error_pct", "hit",
)

CONFLICT_COLUMNS: tuple[str, ...] = (
    "pair", "origin", "destination", "metric", "kind", "unit", "year", "months", "base_year",
    "consensus", "spread_pct", "article", "value", "bound", "deviation",
)

# (origin, destination, metric, kind, unit, year, months, base_year, source)
Key = tuple[str, str, str, str, str, int | None, str, int | None, str | None]


def _key(f: dict, by_source: bool) -> Key:
    base = f["base_year"]
    if f["unit"] != "%" or (base is not None and f["year"] is not None and base == f["year"] - 1):
        base = None  # "on the previous year" is the default base, said or not
    return (f["origin"], f["destination"], f["metric"], f["kind"], f["unit"], f["year"],
            f["months"], base, f["source"] if by_source else None)


def _votes(figs: list[dict]) -> list[tuple[str, float, float | None, float | None]]:
    """One vote per article: (tier, number, low bound, high bound); tier exact/approx/bound."""
    by_article: dict[str, list[dict]] = defaultdict(list)
    for f in figs:
        by_article[f["article"]].append(f)
    votes = []
    for fs in by_article.values():
        for tier in ("exact", "approx"):
            vals = [f["value"] for f in fs if f["bound"] == tier]
            if vals:
                votes.append((tier, statistics.median(vals), None, None))
                break
        else:
            lo = max((f["value"] for f in fs if f["bound"] == "at_least"), default=None)
            hi = min((f["value"] for f in fs if f["bound"] == "at_most"), default=None)
            if lo is not None and hi is not None:
                votes.append(("bound", (lo + hi) / 2, lo, hi))
            elif lo is not None or hi is not None:
                votes.append(("bound", lo if lo is not None else hi, lo, hi))  # type: ignore[arg-type]
    return votes


def _reconcile(figs: list[dict], tol_pct: float, tol_pp: float) -> dict:
    """Consensus, range, spread and conflict of the figures of one key."""
    unit = figs[0]["unit"]
    votes = _votes(figs)
    exact = [v for t, v, _, _ in votes if t == "exact"]
    approx = [v for t, v, _, _ in votes if t == "approx"]
    lows = [lo for t, _, lo, _ in votes if t == "bound" and lo is not None]
    highs = [hi for t, _, _, hi in votes if t == "bound" and hi is not None]
    points = exact + approx
    notes: list[str] = []
    if exact or approx:
        value, bound = statistics.median(exact or approx), "exact" if exact else "approx"
    else:
        lo, hi = max(lows, default=None), min(highs, default=None)
        if lo is not None and hi is not None:
            value, bound = ((lo + hi) / 2, "range") if lo <= hi else (statistics.median(lows + highs), "approx")
        else:
            value, bound = (lo, "at_least") if lo is not None else (hi, "at_most")

    def off(x: float) -> float:  # how far x is from the consensus, in the tolerance's terms
        return abs(x - value) if unit == "%" else abs(x - value) / abs(value) * 100 if value else 0.0

    tol = tol_pp if unit == "%" else tol_pct
    numbers = [f["value"] for f in figs]
    low = min(numbers) if points or lows else float("nan")
    high = max(numbers) if points or highs else float("nan")
    vote_values = [v for _, v, _, _ in votes]
    # The precise votes must agree within the tolerance; "about" figures were rounded by
    # their writers, so they get twice as much room ("about 100 bn" for 107 bn is no dispute).
    precise = exact or approx
    spread = max(precise) - min(precise) if precise else 0.0
    if unit != "%":
        spread = spread / abs(value) * 100 if value else 0.0
    conflict = spread > (tol if exact else 2 * tol) or (bool(exact) and any(off(a) > 2 * tol for a in approx))
    # bounds the consensus breaks (a bound it satisfies is no disagreement)
    broken = [lo for lo in lows if lo > value and off(lo) > tol] + [hi for hi in highs if hi < value and off(hi) > tol]
    if broken or (lows and highs and max(lows) > min(highs) and
                  (max(lows) - min(highs)) / (abs(value) or 1) * (1 if unit == "%" else 100) > tol):
        conflict = True
    if conflict:
        # Sources disagree: precision of wording no longer decides, the majority does.
        value, bound = statistics.median(vote_values), "approx"
        notes.append(f"sources disagree: {fmt_value(min(vote_values), unit)} to {fmt_value(max(vote_values), unit)}"
                     f"; consensus is the median of {len(vote_values)} articles")
    spread = max(vote_values) - min(vote_values)
    spread_pct = spread if unit == "%" else (spread / abs(value) * 100 if value else 0.0)
    return dict(value=float(value), low=low, high=high, bound=bound, spread_pct=float(spread_pct),
                conflict=conflict, notes=notes)


def _row(key: Key, figs: list[dict], tol_pct: float, tol_pp: float) -> dict:
    origin, dest, metric, kind, unit, year, months, base, source = key
    r = _reconcile(figs, tol_pct, tol_pp)
    ordered = sorted(figs, key=lambda f: (f["article"], f["value"]))
    return dict(
        origin=origin, destination=dest, metric=metric, kind=kind, unit=unit, year=year,
        months=months, base_year=base, source=source, value=r["value"], low=r["low"],
        high=r["high"], bound=r["bound"], n_articles=len({f["article"] for f in figs}),
        n_figures=len(figs), articles=join(f["article"] for f in figs),
        sources=join(f["source"] for f in figs),
        values=";".join(f"{f['article']}:{f['value']!r}:{f['bound']}" for f in ordered),
        spread_pct=r["spread_pct"], conflict=r["conflict"], derived=False, consistent=None,
        notes=r["notes"],
    )


def _base_period(key: Key) -> Key:
    """The key of the level a growth row is measured against (same months, other year)."""
    origin, dest, metric, kind, unit, year, months, base, source = key
    return (origin, dest, metric, kind, unit, base if base is not None else year - 1, months, None, source)  # type: ignore[operator]


def _levels_index(rows: dict[Key, dict]) -> dict[tuple, list[tuple[Key, dict]]]:
    """Stated (non-derived) level rows by (origin, destination, metric, kind, year, months,
    source): the levels, in any currency, that a growth row of that period speaks of."""
    index: dict[tuple, list[tuple[Key, dict]]] = defaultdict(list)
    for key, row in rows.items():
        if key[4] != "%" and not row["derived"]:
            index[(*key[:4], key[5], key[6], key[8])].append((key, row))
    return index


def _derive_and_check(rows: dict[Key, dict], tol_pct: float) -> None:
    """Add derived base-period levels and check growth rates against stated levels (in place)."""
    derived: dict[Key, list[tuple[float, dict, dict]]] = defaultdict(list)
    levels = _levels_index(rows)
    for gkey, grow in list(rows.items()):
        if gkey[4] != "%" or gkey[3] != "actual" or gkey[5] is None or grow["value"] <= -100:
            continue
        rate = grow["value"]
        for lkey, lrow in levels.get((*gkey[:4], gkey[5], gkey[6], gkey[8]), []):
            prev_key = _base_period((*gkey[:4], lkey[4], *gkey[5:]))  # type: ignore[arg-type]
            prev = rows.get(prev_key)
            if prev is None or prev["derived"]:
                derived[prev_key].append((lrow["value"] / (1 + rate / 100), grow, lrow))
                continue
            # both levels stated: does the rate agree with them?
            expected = prev["value"] * (1 + rate / 100)
            actual = lrow["value"]
            diff = (actual - expected) / expected * 100
            ok = {"at_least": diff >= -tol_pct, "at_most": diff <= tol_pct}.get(grow["bound"], abs(diff) <= tol_pct)
            implied = (actual / prev["value"] - 1) * 100
            grow["consistent"] = bool(ok) if grow["consistent"] is None else bool(grow["consistent"] and ok)
            grow["notes"].append(
                f"{'consistent' if ok else 'inconsistent'}: {fmt_amount(prev['value'])} ({prev_key[5]}) to "
                f"{fmt_amount(actual)} ({lkey[5]}) {lkey[4]} implies {implied:+.1f}%")
    for prev_key, cands in derived.items():
        if prev_key in rows and not rows[prev_key]["derived"]:
            continue
        # whole currency units: 4.15 bn / 1.25 is 3.32 bn, not 3320000000.0000005
        value = round(statistics.median(v for v, _, _ in cands))
        figs_articles = [a for _, g, lv in cands for a in (g["articles"] + ";" + lv["articles"]).split(";")]
        srcs = [s for _, g, lv in cands for s in (g["sources"] + ";" + lv["sources"]).split(";")]
        o, d, m, k, unit, year, months, _, src = prev_key
        rows[prev_key] = dict(
            origin=o, destination=d, metric=m, kind=k, unit=unit, year=year, months=months,
            base_year=None, source=src, value=float(value), low=float("nan"), high=float("nan"),
            bound="approx", n_articles=len(set(figs_articles) - {""}), n_figures=0,
            articles=join(figs_articles), sources=join(srcs), values="", spread_pct=float("nan"),
            conflict=False, derived=True, consistent=None,
            notes=[f"derived from {g['value']:+.4g}% to {fmt_amount(lv['value'])}" for _, g, lv in cands],
        )


def _frame(rows: Iterable[dict], by_source: bool) -> pd.DataFrame:
    cols = list(SERIES_COLUMNS)
    if by_source:
        cols.insert(cols.index("value"), "source")
    recs = []
    for r in rows:
        r = dict(r)
        r["pair"] = f"{r['origin']}-{r['destination']}"
        r["partial"] = r["months"] != FULL_YEAR
        r["note"] = "; ".join(r.pop("notes"))
        recs.append(r)
    recs.sort(key=lambda r: (r["pair"], r["metric"], r["kind"], r["unit"] == "%", r["unit"],
                             r["year"] if r["year"] is not None else 99999, months_key(r["months"]),
                             r["base_year"] or 0, r.get("source") or ""))
    df = pd.DataFrame(recs, columns=cols)
    return df.astype({
        "year": "Int64", "base_year": "Int64", "value": "float64", "low": "float64",
        "high": "float64", "n_articles": "int64", "n_figures": "int64", "spread_pct": "float64",
        "partial": "bool", "conflict": "bool", "derived": "bool", "consistent": "boolean",
    })


def build_series(figures: pd.DataFrame, *, by_source: bool = False, tolerance_pct: float = 5.0,
                 tolerance_pp: float = 2.0) -> pd.DataFrame:
    """Reconciled series: one row per origin, destination, metric, kind, unit, year, months and
    base year (and source with ``by_source``); columns ``SERIES_COLUMNS`` (+ ``source``).

    Target figures are left out (``targets.assess_targets`` judges them). Rows without a
    year are kept (year <NA>) but never derive or check anything.
    """
    groups: dict[Key, list[dict]] = defaultdict(list)
    for f in figure_records(figures):
        if f["kind"] == "target":
            continue
        groups[_key(f, by_source)].append(f)
    rows = {k: _row(k, fs, tolerance_pct, tolerance_pp) for k, fs in groups.items()}
    _derive_and_check(rows, tolerance_pct)
    return _frame(rows.values(), by_source)


def conflicts(series: pd.DataFrame) -> pd.DataFrame:
    """The conflicting series rows, one line per stated figure: the consensus, the figure's
    article, value and bound, and its ``deviation`` from the consensus (percent of the
    consensus for amounts, percentage points for growth rates). Columns ``CONFLICT_COLUMNS``."""
    out = []
    for r in series[series["conflict"]].to_dict("records"):
        for item in filter(None, str(r["values"]).split(";")):
            article, value, bound = item.rsplit(":", 2)
            v = float(value)
            c = r["value"]
            dev = v - c if r["unit"] == "%" else ((v - c) / abs(c) * 100 if c else float("nan"))
            out.append({**{k: r[k] for k in CONFLICT_COLUMNS[:9]}, "consensus": c,
                        "spread_pct": r["spread_pct"], "article": article, "value": v,
                        "bound": bound, "deviation": dev})
    return pd.DataFrame(out, columns=list(CONFLICT_COLUMNS)).astype(
        {"year": "Int64", "base_year": "Int64", "consensus": "float64", "value": "float64",
         "deviation": "float64", "spread_pct": "float64"})


def _hit(f: dict, actual: float, tol_pct: float, tol_pp: float) -> bool:
    """Did the forecast come true? Inside its range or bound, or within the tolerance."""
    pct = f["unit"] == "%"

    def slack(x: float) -> float:
        return tol_pp if pct else abs(x) * tol_pct / 100

    lo, hi, bound, v = f["low"], f["high"], f["bound"], f["value"]
    if bound == "range":
        return lo - slack(lo) <= actual <= hi + slack(hi)
    if bound == "at_least":
        return actual >= v - slack(v)
    if bound == "at_most":
        return actual <= v + slack(v)
    return abs(actual - v) <= slack(actual)


def forecast_vs_actual(series: pd.DataFrame, *, tolerance_pct: float = 5.0,
                       tolerance_pp: float = 2.0) -> pd.DataFrame:
    """Each forecast row scored against the actual of the same key once it is known.

    ``error`` = forecast − actual (in the unit; percentage points for "%"), ``error_pct`` =
    error ÷ actual × 100 (amounts only), ``hit`` = the actual lies within the forecast's
    range or bound, or within the tolerance of a point forecast; <NA> while no actual is known.
    Columns ``FORECAST_COLUMNS``.
    """
    key = ["origin", "destination", "metric", "unit", "year", "months", "base_year"]
    actual = {tuple(r[k] for k in key): r for r in series[series["kind"] == "actual"].to_dict("records")}
    out = []
    for f in series[(series["kind"] == "forecast")].to_dict("records"):
        a = actual.get(tuple(f[k] for k in key))
        row = {k: f[k] for k in ("pair", *key)}
        row.update(forecast_value=f["value"], forecast_low=f["low"], forecast_high=f["high"],
                   forecast_bound=f["bound"], forecast_articles=f["articles"],
                   actual_value=float("nan"), actual_bound=None, actual_derived=None,
                   error=float("nan"), error_pct=float("nan"), hit=None)
        if a is not None and not is_missing(a["value"]):
            err = f["value"] - a["value"]
            row.update(actual_value=a["value"], actual_bound=a["bound"], actual_derived=a["derived"],
                       error=err, error_pct=float("nan") if f["unit"] == "%" or not a["value"]
                       else err / abs(a["value"]) * 100,
                       hit=_hit(f, a["value"], tolerance_pct, tolerance_pp))
        out.append(row)
    return pd.DataFrame(out, columns=list(FORECAST_COLUMNS)).astype(
        {"year": "Int64", "base_year": "Int64", "forecast_value": "float64", "forecast_low": "float64",
         "forecast_high": "float64", "actual_value": "float64", "actual_derived": "boolean",
         "error": "float64", "error_pct": "float64", "hit": "boolean"})
