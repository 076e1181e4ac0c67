"""The Excel workbook: a report a reader can open, filter and forward.

Sheets: Summary (each pair in words), Targets, Series (per pair: years down, metrics
across), Charts (a native Excel chart per pair, live on the Series cells, beside the
matplotlib picture), Figures (every figure with its evidence and a link to its article),
Conflicts, Articles, About (how to read it, version, inputs).

Amounts are stored in currency units (4150000000) and displayed in billions by the number
format ("4.15 bn USD"), so sums and charts in Excel stay exact. Growth rates, attainment and
yearly growth are stored as fractions with a percent format. Text from articles is always
stored as a string cell: nothing an article says can become a formula.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from .atomic import atomic_path
from .common import (
    STATUS_COLOURS,
    STATUS_WORDS,
    amount_text,
    is_missing,
    main_currency,
    months_label,
    of_pair,
    pair_title,
    pairs_in,
    place_name,
    resolve_series,
    resolve_targets,
    shareable,
    split_pair,
)

SHEETS: tuple[str, ...] = ("Summary", "Targets", "Series", "Charts", "Figures", "Conflicts",
                           "Articles", "About")
PERCENT = "0.0%"
YEAR = "0"
MAX_CELL_CHARS = 32767  # Excel's limit for one cell
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
BLOCK_FONT = Font(bold=True, size=12, color="1F4E79")
NOTE_FONT = Font(italic=True, color="666666")
LINK_FONT = Font(color="0563C1", underline="single")
DERIVED_FONT = Font(italic=True, color="7F7F7F")
CONFLICT_FILL = PatternFill("solid", fgColor="FCE4D6")
TOP = Alignment(vertical="top")
TOP_WRAP = Alignment(vertical="top", wrap_text=True)
# Light fills for the status cells (the charts use the strong colours of STATUS_COLOURS).
STATUS_FILLS: dict[str, str] = {
    "met": "C6EFCE", "missed": "FFC7CE", "on_track": "DDEBF7", "off_track": "FFE699",
    "no_data": "EDEDED",
}
_CURRENCY = re.compile(r"[A-Z]{3}")
_SAFE_URL = re.compile(r"https?://\S+", re.IGNORECASE)


def amount_format(unit: object) -> str:
    """Number format showing an amount in billions with its currency: ``4.15 bn USD``
    (each trailing comma divides by a thousand)."""
    cur = str(unit) if not is_missing(unit) and _CURRENCY.fullmatch(str(unit)) else ""
    return f'#,##0.00,,," bn {cur}"' if cur else '#,##0.00,,," bn"'


def _plain(v: object) -> object:
    """A value openpyxl can store: missing -> None, numpy scalars -> Python, text cleaned."""
    if is_missing(v):
        return None
    if hasattr(v, "item") and not isinstance(v, str):
        v = v.item()
    if isinstance(v, str):
        return ILLEGAL_CHARACTERS_RE.sub("", v)[:MAX_CELL_CHARS]
    return v


def put(ws: Worksheet, row: int, col: int, value: object, fmt: str | None = None) -> Cell:
    """Write one cell. Text is forced to a string cell, so "=cmd|..." from an article is shown,
    never evaluated; numbers keep their type and get ``fmt``."""
    cell = ws.cell(row=row, column=col)
    v = _plain(value)
    cell.value = v
    if isinstance(v, str):
        cell.data_type = "s"  # openpyxl would make "=..." a formula
    elif fmt and isinstance(v, int | float) and not isinstance(v, bool):
        cell.number_format = fmt
    return cell


def _link(cell: Cell, url: object) -> None:
    """Make ``cell`` a hyperlink to ``url`` when it is a plain web address."""
    if isinstance(url, str) and _SAFE_URL.fullmatch(url.strip()) and len(url) < 2000:
        cell.hyperlink = url.strip()
        cell.font = LINK_FONT


@dataclass(frozen=True)
class Col:
    """One column of a table: its header, how to get a row's value, width and format."""

    header: str
    get: str | Callable[[dict], object]
    width: float = 12
    fmt: str | Callable[[dict], str | None] | None = None
    link: str | Callable[[dict], object] | None = None
    wrap: bool = False

    def value(self, r: dict) -> object:
        return r.get(self.get) if isinstance(self.get, str) else self.get(r)

    def format(self, r: dict) -> str | None:
        return self.fmt(r) if callable(self.fmt) else self.fmt

    def url(self, r: dict) -> object:
        if self.link is None:
            return None
        return r.get(self.link) if isinstance(self.link, str) else self.link(r)


def _header(ws: Worksheet, row: int, headers: Sequence[str], col: int = 1) -> None:
    for i, h in enumerate(headers):
        c = put(ws, row, col + i, h)
        c.fill, c.font = HEADER_FILL, HEADER_FONT
        c.alignment = Alignment(vertical="center", wrap_text=True)


def table(ws: Worksheet, top: int, cols: Sequence[Col], rows: Iterable[dict], *,
          freeze: bool = True, status_col: str | None = None) -> int:
    """Write a header at ``top`` and one line per row; widths, frozen header, autofilter, and
    status colours on the column headed ``status_col``. Returns the last row written."""
    _header(ws, top, [c.header for c in cols])
    fit_height(ws, top, [(c.header, c.width) for c in cols])
    last = top
    for last, r in enumerate(rows, top + 1):
        wrapped = []
        for j, col in enumerate(cols, 1):
            cell = put(ws, last, j, col.value(r), col.format(r))
            url = col.url(r)
            if url is not None:
                _link(cell, url)
            cell.alignment = TOP_WRAP if col.wrap else TOP
            if col.wrap:
                wrapped.append((cell.value, col.width))
        fit_height(ws, last, wrapped)
    for j, col in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(j)].width = col.width
    ref = f"A{top}:{get_column_letter(len(cols))}{max(last, top + 1)}"
    ws.auto_filter.ref = ref
    if freeze:
        ws.freeze_panes = ws.cell(row=top + 1, column=1)
    if status_col is not None and last > top:
        j = [c.header for c in cols].index(status_col) + 1
        status_rules(ws, f"{get_column_letter(j)}{top + 1}:{get_column_letter(j)}{last}")
    return last


def fit_height(ws: Worksheet, row: int, cells: Iterable[tuple[object, float]],
               max_lines: int = 8) -> None:
    """Give a row with wrapped text the height of its longest cell. openpyxl cannot measure
    text and LibreOffice keeps the default height, so estimate lines from characters."""
    lines = 1
    for value, width in cells:
        if isinstance(value, str) and value:
            per_line = max(width * 1.15, 1)
            n = sum(max(1, -(-len(part) // int(per_line))) for part in value.splitlines() or [""])
            lines = max(lines, n)
    if lines > 1:
        ws.row_dimensions[row].height = 15 * min(lines, max_lines)


def status_rules(ws: Worksheet, ref: str) -> None:
    """Conditional fills by status word, kept live in Excel (a user's edit recolours)."""
    for status, fill in STATUS_FILLS.items():
        ws.conditional_formatting.add(ref, CellIsRule(
            operator="equal", formula=[f'"{STATUS_WORDS[status]}"'],
            fill=PatternFill("solid", fgColor=fill, bgColor=fill),
            font=Font(color=STATUS_COLOURS[status].lstrip("#"))))


def _records(df: pd.DataFrame | None) -> list[dict]:
    if df is None or df.empty:
        return []
    return [{k: (None if is_missing(v) else v) for k, v in r.items()} for r in df.to_dict("records")]


def _value_format(r: dict) -> str | None:
    return PERCENT if r.get("unit") == "%" else amount_format(r.get("unit"))


def _as_fraction(v: object, unit: object) -> object:
    """Percent figures are stored as fractions (25 -> 0.25) to be shown with a % format."""
    return v / 100 if unit == "%" and isinstance(v, int | float) else v


def _yes(v: object) -> str | None:
    return None if is_missing(v) else ("yes" if bool(v) else "no")


def _status(v: object) -> str | None:
    return None if is_missing(v) else STATUS_WORDS.get(str(v), str(v))


def _pair_name(r: dict) -> str:
    a, b = str(r.get("origin")), str(r.get("destination"))
    return "-".join(sorted((a, b))) if r.get("metric") == "turnover" else f"{a}→{b}"


# --- pair summaries ---------------------------------------------------------------------------

def _stated(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[~rows["derived"].fillna(False).astype(bool)] if "derived" in rows else rows


def _turnover(series: pd.DataFrame, pair: str, currency: str | None) -> pd.DataFrame:
    """The pair's actual two-way trade in ``currency``, every year and part of a year."""
    s = of_pair(series, pair)
    return s[(s["metric"].astype(object) == "turnover") & (s["kind"].astype(object) == "actual")
             & (s["unit"].astype(object) == currency) & s["year"].notna()]


def _flow_words(a: str, b: str, s: pd.DataFrame, currency: str | None) -> list[str]:
    """The latest full-year stated exports each way and balance, as sentences."""
    s = _stated(s[(s["kind"].astype(object) == "actual") & (s["unit"].astype(object) == currency)
                  & (s["months"].astype(object) == "1-12") & s["year"].notna()])
    out = []
    flows = []
    for origin, destination in ((a, b), (b, a)):
        f = s[(s["metric"].astype(object) == "exports") & (s["origin"].astype(object) == origin)
              & (s["destination"].astype(object) == destination)].sort_values("year")
        if not f.empty:
            r = f.iloc[-1]
            flows.append(f"{place_name(origin)} to {place_name(destination)} "
                         f"{amount_text(float(r['value']), currency)} in {int(r['year'])}")
    if flows:
        out.append("Exports: " + "; ".join(flows) + ".")
    bal = s[s["metric"].astype(object) == "balance"].sort_values("year")
    if not bal.empty:
        r = bal.iloc[-1]
        who = place_name(str(r["origin"]))
        out.append(f"{who[:1].upper() + who[1:]} had a surplus of "  # "the EU" opens a sentence
                   f"{amount_text(float(r['value']), currency)} in {int(r['year'])}.")
    return out


def pair_summary(pair: str, series: pd.DataFrame, targets: pd.DataFrame) -> dict:
    """What the Summary sheet says of one pair: latest full-year two-way trade, its change on
    the year before, the latest part-year figure, and each target's status — in words too."""
    a, b = split_pair(pair)
    s = of_pair(series, pair)
    t = of_pair(targets, pair) if targets is not None and not targets.empty else pd.DataFrame()
    currency = main_currency(pd.concat([s[["unit"]], t[["unit"]]]) if not t.empty else s[["unit"]])
    tv = _turnover(series, pair, currency)
    full = tv[tv["months"].astype(object) == "1-12"].sort_values("year")
    stated_full = _stated(full)
    out: dict[str, Any] = dict(pair=pair, currency=currency, year=None, value=None, change=None,
                               latest=None, targets=None)
    words: list[str] = []
    if not full.empty:
        last = (stated_full if not stated_full.empty else full).iloc[-1]
        year, value = int(last["year"]), float(last["value"])
        out.update(year=year, value=value)
        words.append(f"Two-way trade between {place_name(a)} and {place_name(b)} was "
                     f"{amount_text(value, currency)} in {year}.")
        prev = full[full["year"] == year - 1]
        growth = of_pair(series, pair)
        growth = growth[(growth["metric"].astype(object) == "turnover")
                        & (growth["unit"].astype(object) == "%")
                        & (growth["kind"].astype(object) == "actual")
                        & (growth["year"] == year) & (growth["months"].astype(object) == "1-12")]
        if "base_year" in growth:
            growth = growth[growth["base_year"].isna()]
        if not prev.empty and float(prev.iloc[0]["value"]):
            out["change"] = value / float(prev.iloc[0]["value"]) - 1
        elif not growth.empty:
            out["change"] = float(growth.iloc[0]["value"]) / 100
        if out["change"] is not None:
            word = "up" if out["change"] >= 0 else "down"
            words[-1] = words[-1][:-1] + f", {word} {abs(out['change']) * 100:.0f}% on {year - 1}."
    else:
        words.append(f"No full-year figure of two-way trade between {place_name(a)} and "
                     f"{place_name(b)}.")
    part = _stated(tv[tv["months"].astype(object) != "1-12"])
    if not part.empty:
        p = part.assign(_end=part["months"].map(_months_end))
        p = p.sort_values(["year", "_end"]).iloc[-1]
        if out["year"] is None or int(p["year"]) > out["year"]:
            out["latest"] = (f"{amount_text(float(p['value']), currency)} in "
                             f"{months_label(p['months'])} {int(p['year'])}")
            words.append(f"Latest figure: {out['latest']}.")
    words += _flow_words(a, b, s, currency)
    if not t.empty:
        items = []
        for r in _records(t.sort_values(["deadline", "value"], na_position="last")):
            deadline = "" if r.get("deadline") is None else f" by {int(r['deadline'])}"
            item = f"{amount_text(r['value'], r['unit'])}{deadline} — {_status(r.get('status')) or 'no data'}"
            if r.get("attainment") is not None and r.get("status") in ("met", "missed"):
                item += f" ({r['attainment'] * 100:.0f}% reached)"
            elif r.get("required_cagr") is not None and r.get("status") in ("on_track", "off_track"):
                item += f" (needs {r['required_cagr'] * 100:.1f}% a year)"
            items.append(item)
        out["targets"] = "; ".join(items)
        words.append(f"Target{'s' if len(items) > 1 else ''}: {out['targets']}.")
    out["words"] = " ".join(words)
    return out


# --- sheets -----------------------------------------------------------------------------------

def _summary(ws: Worksheet, series: pd.DataFrame, targets: pd.DataFrame, figures: pd.DataFrame,
             articles: pd.DataFrame, notes: Sequence[str]) -> None:
    put(ws, 1, 1, "tradetrack report: bilateral trade figures from news articles").font = TITLE_FONT
    put(ws, 2, 1, f"{len(articles)} articles, {len(figures)} figures, {len(targets)} targets. "
        "Amounts are shown in billions of their currency. See the About sheet for how to read "
        "this workbook.").font = NOTE_FONT
    for i, n in enumerate(notes):
        put(ws, 3 + i, 1, n).font = NOTE_FONT
    pairs = sorted(set(pairs_in(series)) | set(pairs_in(targets)) | set(pairs_in(figures)))
    rows = [pair_summary(p, series, targets) for p in pairs]
    table(ws, 4 + len(notes), [
        Col("Pair", "pair", 12),
        Col("Latest full year", "year", 10, YEAR),
        Col("Two-way trade", "value", 16, lambda r: amount_format(r["currency"])),
        Col("Change on previous year", "change", 12, PERCENT),
        Col("Latest part-year figure", "latest", 28, wrap=True),
        Col("Targets", "targets", 42, wrap=True),
        Col("In words", "words", 90, wrap=True),
    ], rows)


def _targets(ws: Worksheet, targets: pd.DataFrame) -> None:
    rows = sorted(_records(targets), key=lambda r: (str(r.get("pair")), r.get("deadline") or 9999,
                                                     r.get("value") or 0))

    def amount(key: str) -> Col:
        return Col(key.replace("_", " ").capitalize(), key, 14, _value_format)

    table(ws, 1, [
        Col("Pair", _pair_name, 12),
        Col("Metric", "metric", 10),
        Col("Target", "value", 14, _value_format),
        Col("Deadline", "deadline", 9, YEAR),
        Col("Status", lambda r: _status(r.get("status")), 11),
        Col("Attainment", "attainment", 11, PERCENT),
        Col("Outcome", "outcome_value", 14, _value_format),
        Col("Outcome year", "outcome_year", 9, YEAR),
        amount("latest_actual_value"),
        Col("Latest actual year", "latest_actual_year", 9, YEAR),
        Col("Progress (latest ÷ target)", "progress", 11, PERCENT),
        Col("Required yearly growth", "required_cagr", 11, PERCENT),
        Col("Trend yearly growth", "trend_cagr", 11, PERCENT),
        Col("Trend reaches target", lambda r: _yes(r.get("trend_reaches")), 10),
        Col("Official outcome", "official_outcome_value", 14, _value_format),
        Col("Official source", "official_source", 20),
        Col("First stated", "first_stated", 12),
        Col("Last stated", "last_stated", 12),
        Col("Times stated", "times_stated", 8),
        Col("Articles", "articles", 30, wrap=True),
        Col("Sources", "sources", 24, wrap=True),
        Col("Note", "note", 40, wrap=True),
    ], rows, status_col="Status")


@dataclass
class SeriesBlock:
    """Where one pair's table sits on the Series sheet (for its native chart)."""

    pair: str
    currency: str | None
    header_row: int
    first_row: int
    last_row: int
    columns: dict[str, int]


def _currencies(pair: str, series: pd.DataFrame, targets: pd.DataFrame) -> list[str]:
    """The currencies of the pair's amounts, the most used first (ties: alphabetical)."""
    units = [of_pair(series, pair)["unit"]]
    if targets is not None and not targets.empty:
        units.append(of_pair(targets, pair)["unit"])
    counts = pd.concat(units).dropna().astype(str).value_counts()
    counts = counts[counts.index != "%"]
    return sorted(counts.index, key=lambda c: (-counts[c], c))


def _series_block(ws: Worksheet, top: int, pair: str, series: pd.DataFrame,
                  targets: pd.DataFrame, currency: str, growth_too: bool = True) -> SeriesBlock | None:
    """One pair's table in one currency: a row per year (and per part of a year), the metrics
    across; the stated growth rates go with the main currency's block (``growth_too``)."""
    a, b = split_pair(pair)
    s = of_pair(series, pair)
    s = s[s["year"].notna()]
    t = of_pair(targets, pair) if targets is not None and not targets.empty else targets
    amounts = s[s["unit"].astype(object) == currency]
    t = t[(t["unit"].astype(object) == currency) & (t["metric"].astype(object) == "turnover")
          & t["deadline"].notna()] if t is not None and not t.empty else pd.DataFrame()
    growth = s[(s["unit"].astype(object) == "%") & (s["metric"].astype(object) == "turnover")
               & (s["kind"].astype(object) == "actual")]
    if "base_year" in growth:
        growth = growth[growth["base_year"].isna()]
    if not growth_too:
        growth = growth.iloc[0:0]

    # columns: (key, header, format); a key picks series rows (metric, kind, origin, partial)
    cols: list[tuple[str, str, str | None]] = [
        ("year", "Year", YEAR), ("period", "Period", None),
        ("turnover", "Two-way trade", amount_format(currency)),
        ("turnover_part", "Two-way trade, part of the year", amount_format(currency)),
        ("low", "Lowest stated", amount_format(currency)),
        ("high", "Highest stated", amount_format(currency)),
        ("forecast", "Forecast", amount_format(currency)),
        ("target", "Target", amount_format(currency)),
        ("target_status", "Target status", None),
        ("growth", "Growth of two-way trade (stated)", PERCENT),
        (f"exports_{a}", f"Exports {a}→{b}", amount_format(currency)),
        (f"exports_{b}", f"Exports {b}→{a}", amount_format(currency)),
        ("balance", f"Balance (+ = {a} surplus)", amount_format(currency)),
        ("articles", "Articles", None),
        ("note", "Notes", None),
    ]
    lines: dict[tuple[int, str], dict[str, Any]] = {}
    extras: dict[tuple[int, str], dict[str, dict]] = {}  # key -> column -> series row

    def line(year: int, months: str) -> dict[str, Any]:
        key = (year, months)
        if key not in lines:
            lines[key] = {"year": year, "period": months_label(months), "_arts": set(), "_notes": []}
            extras[key] = {}
        return lines[key]

    for r in _records(amounts):
        metric, kind, partial = r["metric"], r["kind"], r["months"] != "1-12"
        if metric == "turnover":
            col = {"actual": "turnover_part" if partial else "turnover", "forecast": "forecast"}.get(kind)
        elif kind != "actual":
            continue
        elif metric == "exports":
            col = f"exports_{r['origin']}"
        else:
            col = "balance"
        if col is None:
            continue
        ln = line(int(r["year"]), r["months"])
        value = float(r["value"])
        if metric == "balance" and r["origin"] != a:
            value = -value
        ln[col] = value
        extras[(int(r["year"]), r["months"])][col] = r
        if col in ("turnover", "turnover_part"):
            ln["low"], ln["high"] = r.get("low"), r.get("high")
        ln["_arts"].update(x for x in str(r.get("articles") or "").split(";") if x)
        if r.get("note"):
            ln["_notes"].append(str(r["note"]))
    for r in _records(growth):
        line(int(r["year"]), r["months"])["growth"] = float(r["value"]) / 100
    for r in _records(t.sort_values("value") if not t.empty else t):
        ln = line(int(r["deadline"]), "1-12")
        if "target" in ln:
            ln["_notes"].append(f"also a target of {amount_text(r['value'], currency)}")
            continue
        ln["target"], ln["target_status"] = float(r["value"]), _status(r.get("status"))
        ln["_arts"].update(x for x in str(r.get("articles") or "").split(";") if x)
    if not lines:
        return None

    put(ws, top, 1, f"{pair_title(a, b)} ({a}–{b}, {currency})").font = BLOCK_FONT
    header_row = top + 1
    _header(ws, header_row, [h for _, h, _ in cols])
    ws.row_dimensions[header_row].height = 30  # the longer headers wrap onto two lines
    ordered = sorted(lines, key=lambda k: (k[0], k[1] != "1-12", _months_end(k[1])))
    row = header_row
    for row, key in enumerate(ordered, header_row + 1):
        ln = lines[key]
        ln["articles"] = ";".join(sorted(ln.pop("_arts")))
        ln["note"] = "; ".join(dict.fromkeys(ln.pop("_notes"))) or None
        for j, (name, _, fmt) in enumerate(cols, 1):
            cell = put(ws, row, j, ln.get(name), fmt)
            src = extras[key].get(name)
            if src is None:
                continue
            if src.get("derived"):
                cell.font = DERIVED_FONT
                cell.comment = Comment(f"Derived, not stated: {src.get('note') or ''}".strip(), "tradetrack")
            elif src.get("conflict"):
                cell.fill = CONFLICT_FILL
                lo, hi = src.get("low"), src.get("high")
                span = " to ".join(amount_text(v, currency) for v in (lo, hi) if v is not None)
                cell.comment = Comment(f"Sources disagree ({span}); articles: {src.get('articles')}",
                                       "tradetrack")
    letter = get_column_letter([name for name, _, _ in cols].index("target_status") + 1)
    status_rules(ws, f"{letter}{header_row + 1}:{letter}{row}")
    return SeriesBlock(pair, currency, header_row, header_row + 1, row,
                       {name: j for j, (name, _, _) in enumerate(cols, 1)})


def _months_end(months: str) -> int:
    try:
        return int(str(months).split("-")[-1])
    except ValueError:
        return 12


def _series(ws: Worksheet, series: pd.DataFrame, targets: pd.DataFrame) -> list[SeriesBlock]:
    put(ws, 1, 1, "Series by pair: one row per year (and per part of a year), metrics across. "
        "Grey italics: derived from a stated growth rate. Orange: sources disagree (see the cell "
        "comment and the Conflicts sheet).").font = NOTE_FONT
    blocks: list[SeriesBlock] = []
    top = 3
    for pair in sorted(set(pairs_in(series)) | set(pairs_in(targets))):
        for i, currency in enumerate(_currencies(pair, series, targets)):
            block = _series_block(ws, top, pair, series, targets, currency, growth_too=i == 0)
            if block is not None:
                blocks.append(block)
                top = block.last_row + 3
    widths = [8, 12, 15, 15, 14, 14, 14, 14, 12, 12, 15, 15, 16, 30, 50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "C3"
    return blocks


def native_chart(ws: Worksheet, block: SeriesBlock) -> ScatterChart:
    """An Excel scatter chart of the block's two-way trade, part-year figures, forecasts and
    targets, reading the Series cells (so it follows any edit made in Excel)."""
    chart = ScatterChart()
    chart.title = f"{pair_title(*split_pair(block.pair))} two-way trade, bn {block.currency}"
    chart.style = 2
    chart.height, chart.width = 8.5, 17
    chart.x_axis.title = "Year"
    chart.y_axis.title = f"bn {block.currency}"
    chart.y_axis.number_format = "#,##0,,,"
    chart.x_axis.number_format = "0"
    chart.x_axis.majorGridlines = None
    chart.legend.position = "b"
    # openpyxl >= 3.1 marks axes deleted unless told otherwise: Excel would draw none.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.display_blanks = "span"
    years = Reference(ws, min_col=block.columns["year"], min_row=block.first_row, max_row=block.last_row)
    first = ws.cell(row=block.first_row, column=1).value
    last = ws.cell(row=block.last_row, column=1).value
    chart.x_axis.scaling.min = first - 1
    chart.x_axis.scaling.max = last + 1
    chart.x_axis.majorUnit = 1 if last - first <= 8 else 2
    styles = (
        ("turnover", "circle", "1F4E79", "solid", False),
        ("turnover_part", "circle", "1F4E79", None, True),
        ("forecast", "circle", "5B8DB8", "dash", True),
        ("target", "star", "C62828", None, False),
    )
    for key, symbol, colour, line, hollow in styles:
        ref = Reference(ws, min_col=block.columns[key], min_row=block.header_row, max_row=block.last_row)
        s = Series(ref, years, title_from_data=True)
        s.marker.symbol = symbol
        s.marker.size = 10 if symbol == "star" else 7
        s.marker.graphicalProperties.line.solidFill = colour
        s.marker.graphicalProperties.solidFill = "FFFFFF" if hollow else colour
        if line is None:
            s.graphicalProperties.line.noFill = True
        else:
            s.graphicalProperties.line.solidFill = colour
            s.graphicalProperties.line.width = 28575  # 2.25 pt in EMU
            s.graphicalProperties.line.dashStyle = line
        s.smooth = False
        chart.series.append(s)
    return chart


def _charts(ws: Worksheet, series_ws: Worksheet, blocks: Sequence[SeriesBlock],
            figures: pd.DataFrame, series: pd.DataFrame, targets: pd.DataFrame, images: bool) -> None:
    put(ws, 1, 1, "Left: Excel charts drawn from the Series sheet (they follow edits). Right: the "
        "same data as tradetrack draws it (a picture).").font = NOTE_FONT
    row = 3
    for block in blocks:
        put(ws, row, 1, f"{pair_title(*split_pair(block.pair))} ({block.pair}, {block.currency})").font = BLOCK_FONT
        ws.add_chart(native_chart(series_ws, block), f"A{row + 1}")
        if images:
            _picture(ws, f"L{row + 1}", figures, block, series, targets)
        row += 20


def _picture(ws: Worksheet, anchor: str, figures: pd.DataFrame, block: SeriesBlock,
             series: pd.DataFrame, targets: pd.DataFrame) -> None:
    from openpyxl.drawing.image import Image

    from .charts import plot_pair

    fig = plot_pair(figures, block.pair, series=series, targets=targets, currency=block.currency)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80, bbox_inches="tight")
    buf.seek(0)
    ws.add_image(Image(buf), anchor)


def _evidence_links(figures: pd.DataFrame) -> dict[tuple, dict]:
    """(article, metric, year, months, value) -> the figure, to give conflicts their evidence."""
    out: dict[tuple, dict] = {}
    for r in _records(figures):
        key = (r.get("article"), r.get("metric"), r.get("year"), r.get("months"), r.get("value"))
        out.setdefault(key, r)
    return out


def resolve_conflicts(series: pd.DataFrame, conflicts: pd.DataFrame | None) -> pd.DataFrame:
    """``conflicts`` if given; else one line per figure of each conflicting series row (from
    ``tradetrack.analysis.reconcile.conflicts``, which reads the series' ``values`` column);
    else the conflicting series rows themselves."""
    if conflicts is not None:
        return conflicts
    if series.empty or "conflict" not in series:
        return pd.DataFrame()
    if "values" in series:
        try:
            from ..analysis.reconcile import conflicts as _conflicts
        except ImportError:
            pass
        else:
            return _conflicts(series)
    return series[series["conflict"].fillna(False).astype(bool)].rename(columns={"value": "consensus"})


def _conflicts(ws: Worksheet, conflicts: pd.DataFrame, figures: pd.DataFrame) -> None:
    found = _evidence_links(figures)

    def evidence(r: dict) -> dict:
        return found.get((r.get("article"), r.get("metric"), r.get("year"), r.get("months"),
                          r.get("value")), {})

    def amount(key: str) -> Callable[[dict], object]:
        return lambda r: _as_fraction(r.get(key), r.get("unit"))

    table(ws, 1, [
        Col("Pair", _pair_name, 12),
        Col("Metric", "metric", 10),
        Col("Kind", "kind", 9),
        Col("Year", "year", 7, YEAR),
        Col("Months", lambda r: months_label(r.get("months")), 10),
        Col("Consensus", amount("consensus"), 14, _value_format),
        Col("Spread %", "spread_pct", 9, "0.0"),
        Col("Article", "article", 22),
        Col("Stated value", amount("value"), 14, _value_format),
        Col("Bound", "bound", 9),
        Col("Deviation %", "deviation", 10, "0.0"),
        Col("Evidence", lambda r: evidence(r).get("evidence"), 70, wrap=True),
        Col("Title", lambda r: evidence(r).get("title") or evidence(r).get("url"), 30,
            link=lambda r: evidence(r).get("url"), wrap=True),
        Col("Articles", "articles", 30, wrap=True),
    ], _records(conflicts))


def _figures(ws: Worksheet, figures: pd.DataFrame) -> None:
    table(ws, 1, [
        Col("Article", "article", 22),
        Col("Kind", "kind", 9),
        Col("Metric", "metric", 9),
        Col("From", "origin", 7),
        Col("To", "destination", 7),
        Col("Value", lambda r: _as_fraction(r.get("value"), r.get("unit")), 14, _value_format),
        Col("Unit", "unit", 6),
        Col("Bound", "bound", 9),
        Col("Year", "year", 7, YEAR),
        Col("Months", "months", 7),
        Col("Base year", "base_year", 7, YEAR),
        Col("Evidence", "evidence", 80, wrap=True),
        Col("Title", lambda r: r.get("title") or r.get("url"), 36, link="url", wrap=True),
        Col("URL", "url", 30),
        Col("Language", "language", 8),
        Col("Published", "published", 11),
        Col("Date inferred", lambda r: _yes(r.get("published_inferred")), 9),
        Col("Source", "source", 20),
    ], _records(figures))


def _articles(ws: Worksheet, articles: pd.DataFrame, figures: pd.DataFrame) -> None:
    counts = figures["article"].value_counts().to_dict() if not figures.empty else {}
    table(ws, 1, [
        Col("ID", "id", 22),
        Col("Title", lambda r: r.get("title") or r.get("url"), 50, link="url", wrap=True),
        Col("URL", "url", 30),
        Col("Language", "language", 8),
        Col("Published", "published", 11),
        Col("Date inferred", lambda r: _yes(r.get("published_inferred")), 9),
        Col("Figures", lambda r: int(counts.get(r.get("id"), 0)), 8),
        Col("Characters", "chars", 10, "#,##0"),
        Col("Read from", "origin", 40),
    ], _records(articles))


ABOUT = (
    ("Summary", "One line per pair of economies: the latest full-year two-way trade, its change "
     "on the year before, the latest part-year figure, and each target with its status."),
    ("Targets", "Each distinct target: when it was first and last stated, what happened by its "
     "deadline (outcome, attainment = outcome ÷ target), or, before the deadline, the yearly "
     "growth still required and the trend."),
    ("Series", "Per pair, one row per year (and per part of a year), metrics across: the "
     "consensus of all articles. Lowest/highest stated give the spread. Grey italics are derived "
     "from a stated growth rate; orange cells are where sources disagree."),
    ("Charts", "Excel charts drawn from the Series cells, beside the pictures tradetrack draws."),
    ("Figures", "Every figure read from an article, with the sentence it was read from and a link "
     "to the article."),
    ("Conflicts", "Each figure of a year where the articles disagree, with its deviation from "
     "the consensus."),
    ("Articles", "The articles read, with the number of figures found in each."),
)


def _about(ws: Worksheet, inputs: Sequence[str] | None, figures: pd.DataFrame,
           articles: pd.DataFrame, notes: Sequence[str], generated: str) -> None:
    put(ws, 1, 1, "About this workbook").font = TITLE_FONT
    lines: list[tuple[str, object]] = [
        ("Tool", f"tradetrack {__version__}"),
        ("Generated", generated),
        ("Inputs", "; ".join(inputs) if inputs else "the bundled sample corpus (data/)"),
        ("Articles read", len(articles)),
        ("Figures found", len(figures)),
        ("", ""),
        ("How to read", "Amounts are stored in currency units and shown in billions "
         "(4150000000 shows as 4.15 bn USD); growth rates and shares are stored as fractions and "
         "shown as percentages. Text from articles is stored as text, never as a formula."),
        *ABOUT,
        ("", ""),
        *((f"Status: {STATUS_WORDS[s]}", d) for s, d in (
            ("met", "the outcome in the deadline year reached the target"),
            ("missed", "the deadline has passed and the outcome fell short"),
            ("on_track", "the deadline is ahead and the trend reaches the target"),
            ("off_track", "the deadline is ahead and the trend falls short"),
            ("no_data", "no outcome or no recent full-year figure to judge by"))),
        *(("Note", n) for n in notes),
    ]
    for i, (k, v) in enumerate(lines, 3):
        put(ws, i, 1, k).font = Font(bold=True)
        put(ws, i, 2, v).alignment = Alignment(wrap_text=True, vertical="top")
        if k.startswith("Status: "):
            status = next(s for s, w in STATUS_WORDS.items() if f"Status: {w}" == k)
            ws.cell(row=i, column=1).fill = PatternFill("solid", fgColor=STATUS_FILLS[status])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 110


def build_workbook(figures: pd.DataFrame, articles: pd.DataFrame, *,
                   series: pd.DataFrame | None = None, targets: pd.DataFrame | None = None,
                   conflicts: pd.DataFrame | None = None, inputs: Sequence[str] | None = None,
                   images: bool = True, generated: str | None = None) -> Workbook:
    """The report as an openpyxl Workbook (``write_report`` saves it)."""
    series, note_s = resolve_series(figures, series)
    targets, note_t = resolve_targets(figures, series, targets)
    conflicts = resolve_conflicts(series, conflicts)
    notes = list(dict.fromkeys(n for n in (note_s, note_t) if n))
    generated = generated or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    wb = Workbook()
    sheets = {name: (wb.active if i == 0 else wb.create_sheet()) for i, name in enumerate(SHEETS)}
    for name, ws in sheets.items():
        ws.title = name
    _summary(sheets["Summary"], series, targets, figures, articles, notes)
    _targets(sheets["Targets"], targets)
    blocks = _series(sheets["Series"], series, targets)
    _charts(sheets["Charts"], sheets["Series"], blocks, figures, series, targets, images)
    _figures(sheets["Figures"], figures)
    _conflicts(sheets["Conflicts"], conflicts, figures)
    _articles(sheets["Articles"], articles, figures)
    _about(sheets["About"], inputs, figures, articles, notes, generated)
    for ws in wb.worksheets:  # printed or exported to PDF: landscape, one page wide
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = f"tradetrack {__version__}"
    wb.properties.title = "tradetrack report"
    return wb


def write_report(path: str | Path, figures: pd.DataFrame, articles: pd.DataFrame, *,
                 series: pd.DataFrame | None = None, targets: pd.DataFrame | None = None,
                 conflicts: pd.DataFrame | None = None, inputs: Sequence[str] | None = None,
                 images: bool = True) -> Path:
    """Write the workbook to ``path`` atomically (a half-written file never replaces a good
    one). Series, targets and conflicts are computed from ``figures`` unless given."""
    wb = build_workbook(figures, articles, series=series, targets=targets, conflicts=conflicts,
                        inputs=inputs, images=images)
    path = Path(path)
    with atomic_path(path) as tmp:
        wb.save(tmp)
        shareable(tmp)
    return path
