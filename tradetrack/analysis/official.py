"""Official annual statistics: load them (tidy CSV or UN Comtrade export) and compare the news.

Accepted CSV forms (README, "Reconciliation and targets"):

* Tidy: columns ``year, origin, destination, metric, value`` and optionally ``unit`` (default
  USD) and ``source`` (default: the file name). ``metric`` is turnover, exports or balance with
  the FIGURES.md directions; a negative balance is read as a surplus of the other side.
* UN Comtrade (comtradeplus / API v1 export): ``refYear`` (or ``period``), ``reporterISO``,
  ``partnerISO``, ``flowCode`` (X exports, M imports), ``primaryValue`` (US$); optional
  ``freqCode`` (only A), ``cmdCode`` (only TOTAL), ``partner2Code``/``partner2ISO``,
  ``customsCode``, ``motCode`` (only their totals are kept).
* UN Comtrade legacy export: ``Year`` (or ``Period``), ``Reporter ISO``, ``Partner ISO``,
  ``Trade Flow`` (Export/Import) or ``Trade Flow Code`` (2/1), ``Trade Value (US$)``; optional
  ``Commodity Code`` (only TOTAL).

Comtrade rows become tidy rows with the source "UN Comtrade (REPORTER)": a reporter's exports
to a partner are exports reporter → partner, its imports from a partner are exports partner →
reporter. Re-exports, re-imports, sub-totals and the World partner are skipped silently.
Where one source gives both directions of a pair for a year, the turnover (their sum) and the
balance (their difference, origin = the side in surplus) are added with ``derived=True`` unless
the source states them. Rows that cannot be read are reported through ``warn`` and skipped.
"""
from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pandas as pd

from ..model import METRICS
from .common import FULL_YEAR, is_missing, normalise_pair

Warn = Callable[[str], None]

OFFICIAL_COLUMNS: tuple[str, ...] = (
    "year", "origin", "destination", "metric", "value", "unit", "source", "derived",
)

COMPARE_COLUMNS: tuple[str, ...] = (
    "pair", "origin", "destination", "metric", "unit", "year", "news_value", "news_bound",
    "news_low", "news_high", "n_articles", "articles", "conflict", "derived", "official_value",
    "source", "official_derived", "deviation_pct", "agrees",
)

_TIDY = {"year", "origin", "destination", "metric", "value"}
_COMTRADE = {"reporteriso", "partneriso", "flowcode", "primaryvalue"}
_LEGACY = {"reporter iso", "partner iso", "trade value (us$)"}
_WORLD = {"W00", "WLD", "WORLD", "ALL", "_X"}


def _num(s: str | None) -> float:
    if s is None:
        raise ValueError("missing value")
    t = s.strip().replace(" ", "").replace("_", "")
    if not t:
        raise ValueError("empty value")
    v = float(t)
    if not math.isfinite(v):
        raise ValueError(f"not a finite number: {s!r}")
    return v


def _year(s: str | None) -> int:
    t = (s or "").strip()
    if len(t) < 4 or not t[:4].isdigit() or (len(t) > 4 and t[4:] not in ("", ".0")):
        raise ValueError(f"bad year {s!r}")
    return int(t[:4])


def _code(s: str | None) -> str:
    t = (s or "").strip().upper()
    if not t:
        raise ValueError("missing country code")
    return t


class _Rows:
    """Tidy rows collected from a file, duplicates warned about and dropped."""

    def __init__(self, warn: Warn, name: str) -> None:
        self.warn, self.name = warn, name
        self.rows: dict[tuple, dict] = {}

    def add(self, line: int, year: int, origin: str, dest: str, metric: str, value: float,
            unit: str, source: str) -> None:
        if metric == "balance" and value < 0:
            origin, dest, value = dest, origin, -value
        origin, dest = normalise_pair(metric, origin, dest)
        key = (year, origin, dest, metric, unit, source)
        if key in self.rows:
            self.warn(f"{self.name}:{line}: duplicate {metric} {origin}-{dest} {year} ({source}); "
                      "keeping the first")
            return
        self.rows[key] = dict(year=year, origin=origin, destination=dest, metric=metric,
                              value=value, unit=unit, source=source, derived=False)


def _cells(rec: dict) -> dict[str, str]:
    """A CSV row by lower-case column name; cells beyond the header (key None) are dropped."""
    return {k.strip().lower(): (v or "").strip() for k, v in rec.items() if k is not None and not isinstance(v, list)}


def _read_tidy(reader: csv.DictReader, rows: _Rows, default_source: str) -> None:
    for line, rec in enumerate(reader, start=2):
        r = _cells(rec)
        try:
            metric = (r.get("metric") or "").strip().lower()
            if metric not in METRICS:
                raise ValueError(f"unknown metric {r.get('metric')!r}")
            unit = (r.get("unit") or "").strip().upper() or "USD"
            source = (r.get("source") or "").strip() or default_source
            rows.add(line, _year(r.get("year")), _code(r.get("origin")), _code(r.get("destination")),
                     metric, _num(r.get("value")), unit, source)
        except ValueError as e:
            rows.warn(f"{rows.name}:{line}: skipped: {e}")


def _read_comtrade(reader: csv.DictReader, rows: _Rows, legacy: bool) -> None:
    for line, rec in enumerate(reader, start=2):
        r = _cells(rec)
        try:
            if legacy:
                if r.get("commodity code", "TOTAL").upper() not in ("TOTAL", ""):
                    continue
                flow = r.get("trade flow", "").lower() or {"1": "import", "2": "export"}.get(
                    r.get("trade flow code", ""), "")
                flow = {"export": "X", "import": "M"}.get(flow, "")
                year_text, value_text = r.get("year") or r.get("period"), r.get("trade value (us$)")
                reporter, partner = r.get("reporter iso"), r.get("partner iso")
            else:
                if (r.get("freqcode", "A").upper() not in ("A", "")
                        or r.get("cmdcode", "TOTAL").upper() not in ("TOTAL", "")
                        or r.get("partner2code", "0") not in ("0", "")
                        or r.get("partner2iso", "W00").upper() not in ("W00", "")
                        or r.get("customscode", "C00").upper() not in ("C00", "")
                        or r.get("motcode", "0") not in ("0", "")):
                    continue  # a breakdown of the total, not the total itself
                flow = r.get("flowcode", "").upper()
                year_text, value_text = r.get("refyear") or r.get("period"), r.get("primaryvalue")
                reporter, partner = r.get("reporteriso"), r.get("partneriso")
                if len((year_text or "").strip()) == 6:
                    continue  # a monthly period (YYYYMM)
            if flow not in ("X", "M"):
                continue  # re-exports, re-imports and the like are not in the bilateral totals
            rep, par = _code(reporter), _code(partner)
            if par in _WORLD or rep in _WORLD:
                continue  # trade with the whole world is not bilateral
            origin, dest = (rep, par) if flow == "X" else (par, rep)
            rows.add(line, _year(year_text), origin, dest, "exports", _num(value_text), "USD",
                     f"UN Comtrade ({rep})")
        except ValueError as e:
            rows.warn(f"{rows.name}:{line}: skipped: {e}")


def _complete(rows: dict[tuple, dict]) -> list[dict]:
    """Add turnover and balance where a source gives both directions and not those."""
    out = list(rows.values())
    flows: dict[tuple, dict[tuple[str, str], float]] = defaultdict(dict)
    for (year, o, d, metric, unit, source), r in rows.items():
        if metric == "exports":
            flows[(year, *sorted((o, d)), unit, source)][(o, d)] = r["value"]
    for (year, a, b, unit, source), dirs in flows.items():
        if len(dirs) != 2:
            continue
        ab, ba = dirs[(a, b)], dirs[(b, a)]
        if (year, a, b, "turnover", unit, source) not in rows:
            out.append(dict(year=year, origin=a, destination=b, metric="turnover", value=ab + ba,
                            unit=unit, source=source, derived=True))
        surplus = (a, b) if ab > ba else (b, a)
        if ab != ba and not any((year, *p, "balance", unit, source) in rows for p in ((a, b), (b, a))):
            out.append(dict(year=year, origin=surplus[0], destination=surplus[1], metric="balance",
                            value=abs(ab - ba), unit=unit, source=source, derived=True))
    return out


def _frame(recs: list[dict]) -> pd.DataFrame:
    recs = sorted(recs, key=lambda r: (r["origin"], r["destination"], r["metric"], r["year"], r["source"]))
    return pd.DataFrame(recs, columns=list(OFFICIAL_COLUMNS)).astype(
        {"year": "Int64", "value": "float64", "derived": "bool"})


def _read(f: IO[str], rows: _Rows, default_source: str) -> None:
    reader = csv.DictReader(f)
    header = {(h or "").strip().lower().lstrip("\ufeff") for h in (reader.fieldnames or [])}
    if header >= _TIDY:
        _read_tidy(reader, rows, default_source)
    elif header >= _COMTRADE and header & {"refyear", "period"}:
        _read_comtrade(reader, rows, legacy=False)
    elif header >= _LEGACY and header & {"year", "period"} and header & {"trade flow", "trade flow code"}:
        _read_comtrade(reader, rows, legacy=True)
    else:
        rows.warn(f"{rows.name}: not a tidy official CSV (year, origin, destination, metric, value) "
                  "nor a UN Comtrade export; ignored")


def load_official(path: str | Path | IO[str], *, warn: Warn | None = None, source: str | None = None) -> pd.DataFrame:
    """Official annual figures as a tidy frame (columns ``OFFICIAL_COLUMNS``).

    ``path`` is a file path or an open text file. ``source`` is the default source of tidy
    rows without one (default: the file name).
    Problems are reported through ``warn`` (default: ignored) and never raise: an unreadable
    or unrecognised file gives an empty frame.
    """
    say: Warn = warn or (lambda _msg: None)
    name = str(getattr(path, "name", "<official>")) if hasattr(path, "read") else str(path)
    rows = _Rows(say, name)
    try:
        if hasattr(path, "read"):
            _read(path, rows, source or Path(name).name)  # type: ignore[arg-type]
        else:
            with open(path, encoding="utf-8-sig", newline="") as f:
                _read(f, rows, source or Path(path).name)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        say(f"{name}: cannot read: {e}")
    return _frame(_complete(rows.rows))


def compare_official(series: pd.DataFrame, official: pd.DataFrame, *,
                     tolerance_pct: float = 5.0) -> pd.DataFrame:
    """News consensus against official values: one row per reconciled full-year actual level
    (kind actual, months 1-12, an amount) and official source with the same year, pair,
    direction, metric and unit. ``deviation_pct`` = (news − official) ÷ official × 100;
    ``agrees`` = within ``tolerance_pct``, or the official value satisfies the news bound
    ("nearly 5 bn" agrees with 4.9 bn). Columns ``COMPARE_COLUMNS``."""
    off: dict[tuple, list[dict]] = defaultdict(list)
    for r in official.to_dict("records"):
        off[(r["origin"], r["destination"], r["metric"], r["unit"], int(r["year"]))].append(r)
    out = []
    news = series[(series["kind"] == "actual") & (series["months"] == FULL_YEAR) & (series["unit"] != "%")]
    for n in news.to_dict("records"):
        if is_missing(n["year"]) or ("base_year" in n and not is_missing(n["base_year"])):
            continue
        for o in off.get((n["origin"], n["destination"], n["metric"], n["unit"], int(n["year"])), []):
            nv, ov = float(n["value"]), float(o["value"])
            dev = (nv - ov) / abs(ov) * 100 if ov else float("nan")
            slack = tolerance_pct / 100 * abs(nv)
            if n["bound"] == "range":
                lo, hi = float(n["low"]), float(n["high"])
                agrees = lo - tolerance_pct / 100 * abs(lo) <= ov <= hi + tolerance_pct / 100 * abs(hi)
            else:
                agrees = {"at_most": ov <= nv + slack, "at_least": ov >= nv - slack}.get(
                    n["bound"], abs(dev) <= tolerance_pct)
            out.append(dict(
                pair=n["pair"], origin=n["origin"], destination=n["destination"], metric=n["metric"],
                unit=n["unit"], year=int(n["year"]), news_value=nv, news_bound=n["bound"],
                news_low=n["low"], news_high=n["high"], n_articles=n["n_articles"],
                articles=n["articles"], conflict=n["conflict"], derived=n["derived"],
                official_value=ov, source=o["source"], official_derived=o["derived"],
                deviation_pct=dev, agrees=bool(agrees)))
    return pd.DataFrame(out, columns=list(COMPARE_COLUMNS)).astype(
        {"year": "Int64", "news_value": "float64", "news_low": "float64", "news_high": "float64",
         "official_value": "float64", "deviation_pct": "float64"})
