"""matplotlib charts: a pair's turnover with its targets, a pair's flows and balance, and the
attainment of every target.

Figures are built as ``matplotlib.figure.Figure`` objects on an Agg canvas, never through
pyplot: nothing is registered in pyplot's global list (so nothing leaks in long runs and
nothing pops up in a notebook twice), and it works on machines without a display. Files are
PNG, SVG or PDF by their extension and are written atomically.
"""
from __future__ import annotations

import textwrap
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .. import __version__
from .atomic import atomic_path
from .common import (
    STATUS_COLOURS,
    STATUS_WORDS,
    amount_text,
    canonical_pair,
    is_missing,
    main_currency,
    months_label,
    of_pair,
    pair_title,
    pairs_in,
    resolve_series,
    resolve_targets,
    shareable,
    split_pair,
    target_label,
)

IMAGE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
ACTUAL = "#1F4E79"
FORECAST = "#5B8DB8"
OTHER_WAY = "#B5651D"
BALANCE = "#7F7F7F"
DERIVED = "#8C8C8C"


def _axes(ax: Axes | None, size: tuple[float, float] = (9, 5.2)) -> tuple[Figure, Axes]:
    if ax is not None:
        return ax.figure, ax
    fig = Figure(figsize=size, layout="constrained")
    FigureCanvasAgg(fig)  # Agg explicitly: no pyplot, no display needed
    return fig, fig.add_subplot()


def save_figure(fig: Figure, path: str | Path, dpi: int = 150) -> Path:
    """Write ``fig`` to ``path`` (PNG, SVG or PDF by its extension), atomically."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"{path}: a chart is written as {', '.join(IMAGE_FORMATS)} (by extension)")
    with atomic_path(path) as tmp:
        fig.savefig(tmp, format=fmt, dpi=dpi, bbox_inches="tight",
                    metadata={"Creator": f"tradetrack {__version__}"} if fmt != "svg" else None)
        shareable(tmp)
    return path


def _finish(fig: Figure, path: str | Path | None, dpi: int) -> Figure:
    # Our figures are not registered with pyplot, so there is nothing to close; one drawn on a
    # caller's axes stays the caller's to close.
    if path is not None:
        save_figure(fig, path, dpi)
    return fig


def _billions_axis(ax: Axes, currency: str | None) -> None:
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.set_ylabel(f"billion {currency}" if currency else "billion")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
    ax.grid(True, axis="y", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _empty(ax: Axes, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


def _source_note(fig: Figure, rows: pd.DataFrame, extra: Iterable[str] = ()) -> None:
    """A small grey line under the chart: which articles and sources the points come from."""
    articles: set[str] = set()
    sources: set[str] = set()
    for col, bag in (("articles", articles), ("sources", sources)):
        if col in rows:
            for v in rows[col]:
                if not is_missing(v):
                    bag.update(x for x in str(v).split(";") if x)
    parts = [f"{len(articles)} article{'s' if len(articles) != 1 else ''}"]
    if sources:
        parts.append("sources: " + ", ".join(sorted(sources)))
    parts += list(extra)
    parts.append(f"tradetrack {__version__}")
    fig.text(0.01, 0.0, textwrap.fill(" · ".join(parts), 150), fontsize=7, color="#666666",
             ha="left", va="top")


def _turnover_rows(series: pd.DataFrame, pair: str, currency: str | None) -> pd.DataFrame:
    s = of_pair(series, pair)
    s = s[(s["metric"].astype(object) == "turnover") & s["year"].notna()]
    s = s[s["unit"].astype(object) == currency] if currency else s.iloc[0:0]
    return s.reset_index(drop=True)  # masks align on the index: make it unique


def _pair_targets(targets: pd.DataFrame, pair: str, metric: str, currency: str | None) -> pd.DataFrame:
    if targets is None or targets.empty:
        return pd.DataFrame(columns=["value", "unit", "deadline", "status"])
    t = of_pair(targets, pair)
    return t[(t["metric"].astype(object) == metric) & (t["unit"].astype(object) == currency)
             & t["deadline"].notna()]


def _is_partial(rows: pd.DataFrame) -> pd.Series:
    if "partial" in rows:
        return rows["partial"].fillna(False).astype(bool)
    return rows["months"].astype(object) != "1-12"


def _months_labels(ax: Axes, rows: pd.DataFrame, colour: str) -> None:
    for _, r in rows.iterrows():
        ax.annotate(months_label(r["months"]), (float(r["year"]), r["value"] / 1e9),
                    textcoords="offset points", xytext=(6, -10), fontsize=8, color=colour)


BOUND_MARKS = {"at_most": "≤", "at_least": "≥"}


def _bound_marks(ax: Axes, rows: pd.DataFrame) -> bool:
    """A small ≤ or ≥ left of each point whose value is only a bound; whether any was drawn."""
    if "bound" not in rows:
        return False
    marked = rows[rows["bound"].astype(object).isin(list(BOUND_MARKS))]
    for _, r in marked.iterrows():
        ax.annotate(BOUND_MARKS[r["bound"]], (float(r["year"]), r["value"] / 1e9),
                    textcoords="offset points", xytext=(-9, 0), ha="right", va="center",
                    fontsize=9, color="#555555")
    return not marked.empty


def _spread_bars(ax: Axes, rows: pd.DataFrame, colour: str) -> None:
    loose = rows[rows["high"] > rows["low"]]
    if not loose.empty:
        ax.vlines(loose["year"].astype(float), loose["low"] / 1e9, loose["high"] / 1e9,
                  color=colour, alpha=0.35, linewidth=6)


def plot_pair(figures: pd.DataFrame, pair: str, path: str | Path | None = None, *,
              series: pd.DataFrame | None = None, targets: pd.DataFrame | None = None,
              dpi: int = 150, ax: Axes | None = None, currency: str | None = None) -> Figure:
    """The pair's two-way trade by year: full-year actuals as a line, part-year figures as
    hollow markers labelled with their months, forecasts dashed, targets as stars at their
    deadline coloured and labelled by status, a band where sources disagree or bounds are
    loose. ``pair`` is unordered ("VNM-RUS" = "RUS-VNM"); saved to ``path`` when given."""
    a, b = split_pair(pair)
    series, fallback = resolve_series(figures, series)
    targets, _ = resolve_targets(figures, series, targets)
    own = ax is None
    fig, ax = _axes(ax)
    turnover = of_pair(series, pair)
    turnover = turnover[turnover["metric"].astype(object) == "turnover"]
    units = turnover[["unit"]]
    if targets is not None and not targets.empty:
        units = pd.concat([units, of_pair(targets, pair)[["unit"]]])
    currency = currency or main_currency(units)
    rows = _turnover_rows(series, pair, currency)
    tgt = _pair_targets(targets, pair, "turnover", currency)
    ax.set_title(f"{pair_title(a, b)} two-way trade", loc="left", fontsize=12, fontweight="bold")
    if rows.empty and tgt.empty:
        _empty(ax, f"No turnover figures in {currency or 'a currency'} for {a}–{b}")
        return _finish(fig, path, dpi)

    partial = _is_partial(rows)
    derived = rows["derived"].fillna(False).astype(bool) if "derived" in rows else partial & False
    is_actual = rows["kind"].astype(object) == "actual"
    actual = rows[is_actual & ~partial & ~derived].sort_values("year")
    part = rows[is_actual & partial & ~derived].sort_values("year")
    implied = rows[is_actual & derived].sort_values("year")
    forecast = rows[(rows["kind"].astype(object) == "forecast") & ~partial].sort_values("year")

    if not actual.empty:
        x = actual["year"].astype(float).to_numpy()
        low = actual["low"].fillna(actual["value"]) / 1e9
        high = actual["high"].fillna(actual["value"]) / 1e9
        if (high > low).any():
            ax.fill_between(x, low, high, color=ACTUAL, alpha=0.15, linewidth=0,
                            label="range across sources / bounds")
        ax.plot(x, actual["value"] / 1e9, "-o", color=ACTUAL, linewidth=2, markersize=6,
                label="actual, full year")
    if not part.empty:
        _spread_bars(ax, part, ACTUAL)
        ax.scatter(part["year"].astype(float), part["value"] / 1e9, s=55, facecolors="white",
                   edgecolors=ACTUAL, linewidths=1.6, zorder=3, label="actual, part of the year")
        _months_labels(ax, part, ACTUAL)
    if not implied.empty:
        hollow = _is_partial(implied)
        ax.scatter(implied["year"].astype(float), implied["value"] / 1e9, s=40, marker="D",
                   facecolors=["white" if h else DERIVED for h in hollow], edgecolors=DERIVED,
                   linewidths=1.2, zorder=3, label="derived from a stated growth rate")
        _months_labels(ax, implied[hollow], DERIVED)
    bounded = _bound_marks(ax, pd.concat([actual, part, forecast]))
    if not forecast.empty:
        fx = forecast["year"].astype(float).tolist()
        fy = (forecast["value"] / 1e9).tolist()
        before = actual[actual["year"] < forecast["year"].min()]
        if not before.empty:  # join the dashed line to the last actual it continues
            ax.plot([float(before["year"].iloc[-1]), fx[0]],
                    [float(before["value"].iloc[-1]) / 1e9, fy[0]], "--", color=FORECAST, linewidth=1.8)
        _spread_bars(ax, forecast, FORECAST)
        ax.plot(fx, fy, "--o", color=FORECAST, linewidth=1.8, markerfacecolor="white",
                label="forecast")
    for status, group in tgt.groupby(tgt["status"].astype(object).fillna("no_data"), sort=True):
        colour = STATUS_COLOURS.get(str(status), STATUS_COLOURS["no_data"])
        ax.scatter(group["deadline"].astype(float), group["value"] / 1e9, marker="*", s=220,
                   color=colour, edgecolors="black", linewidths=0.5, zorder=4,
                   label=f"target — {STATUS_WORDS.get(str(status), str(status))}")
        for _, r in group.iterrows():
            ax.annotate(target_label(r["value"], r["unit"], r["deadline"], r["status"]),
                        (float(r["deadline"]), r["value"] / 1e9), textcoords="offset points",
                        xytext=(0, 10), ha="center", fontsize=8.5, color=colour, fontweight="bold")
    _billions_axis(ax, currency)
    ax.set_ylim(bottom=0)
    top = max([*(rows["high"].fillna(rows["value"]) / 1e9), *(tgt["value"] / 1e9), 0.0])
    ax.set_ylim(top=top * 1.18 if top > 0 else 1)
    xs = [*rows["year"].astype(float), *tgt["deadline"].astype(float)]
    ax.set_xlim(min(xs) - 1, max(xs) + 1)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", fontsize=8, frameon=False)
    if own:
        extra = ["hollow markers: part-year figures, labelled with their months"]
        if bounded:
            extra.append("≤ / ≥: only a bound was stated (\"nearly\", \"more than\")")
        if fallback:
            extra.append("not reconciled")
        _source_note(fig, pd.concat([rows, tgt]) if not tgt.empty else rows, extra)
    return _finish(fig, path, dpi)


def has_flows(series: pd.DataFrame, pair: str) -> bool:
    """Whether ``series`` has one-way flows or a balance (in an amount) for the pair."""
    s = of_pair(series, pair)
    return bool(((s["metric"].astype(object) != "turnover") & (s["unit"].astype(object) != "%")).any())


def plot_flows(figures: pd.DataFrame, pair: str, path: str | Path | None = None, *,
               series: pd.DataFrame | None = None, dpi: int = 150, ax: Axes | None = None,
               currency: str | None = None) -> Figure:
    """Exports each way (lines; part-year figures hollow) and the balance (bars, positive when
    the pair's first code is in surplus), actual figures by year."""
    a, b = split_pair(pair)
    series, fallback = resolve_series(figures, series)
    own = ax is None
    fig, ax = _axes(ax)
    s = of_pair(series, pair)
    s = s[(s["metric"].astype(object) != "turnover") & (s["kind"].astype(object) == "actual")
          & s["year"].notna()]
    if "derived" in s:  # stated flows only: a level derived from a growth rate stays in Series
        s = s[~s["derived"].fillna(False).astype(bool)]
    currency = currency or main_currency(s)
    s = s[s["unit"].astype(object) == currency] if currency else s.iloc[0:0]
    s = s.reset_index(drop=True)  # masks below align on the index: make it unique
    ax.set_title(f"{pair_title(a, b)} trade flows and balance", loc="left", fontsize=12, fontweight="bold")
    if s.empty:
        _empty(ax, f"No exports or balance figures for {a}–{b}")
        return _finish(fig, path, dpi)
    partial = _is_partial(s)
    balance = s[s["metric"].astype(object) == "balance"].sort_values("year")
    for part_year, rows in balance.groupby(partial[balance.index], sort=True):
        # full-year balances solid, part-year ones hatched and labelled with their months
        signed = rows["value"].where(rows["origin"].astype(object) == a, -rows["value"])
        bars = ax.bar(rows["year"].astype(float), signed / 1e9, width=0.55, color=BALANCE,
                      alpha=0.45, hatch="//" if part_year else None,
                      label=f"balance (+ = {a} surplus){', part of the year' if part_year else ''}")
        ax.bar_label(bars, fontsize=8, color="#444444", labels=[
            f"{v / 1e9:+g} bn" + (f" ({months_label(m)})" if part_year else "")
            for v, m in zip(signed, rows["months"], strict=True)])
    if not balance.empty:
        ax.axhline(0, color="#444444", linewidth=0.8)
        ax.margins(y=0.12)
    for origin, destination, colour in ((a, b, ACTUAL), (b, a, OTHER_WAY)):
        flow = s[(s["metric"].astype(object) == "exports") & (s["origin"].astype(object) == origin)
                 & (s["destination"].astype(object) == destination)]
        full = flow[~_is_partial(flow)].sort_values("year")
        part = flow[_is_partial(flow)]
        if not full.empty:
            ax.plot(full["year"].astype(float), full["value"] / 1e9, "-o", color=colour,
                    linewidth=2, label=f"exports {origin} → {destination}")
        if not part.empty:
            ax.scatter(part["year"].astype(float), part["value"] / 1e9, s=50, facecolors="white",
                       edgecolors=colour, linewidths=1.5, zorder=3,
                       label=f"exports {origin} → {destination}, part of the year")
            _months_labels(ax, part, colour)
    _billions_axis(ax, currency)
    years = s["year"].astype(float)
    ax.set_xlim(years.min() - 1, years.max() + 1)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", fontsize=8, frameon=False)
    if own:
        _source_note(fig, s, ["not reconciled"] if fallback else [])
    return _finish(fig, path, dpi)


def plot_attainment(targets: pd.DataFrame, path: str | Path | None = None, *, dpi: int = 150,
                    ax: Axes | None = None) -> Figure:
    """One bar per target: its outcome as a percentage of the target, coloured by status, with
    a line at 100%; before the deadline, the latest full year's share, hatched ("so far")."""
    own = ax is None
    n = 0 if targets is None else len(targets)
    fig, ax = _axes(ax, size=(9, max(2.6, 0.55 * n + 1.6)))
    ax.set_title("Targets: share reached", loc="left", fontsize=12, fontweight="bold")
    if not n:
        _empty(ax, "No targets")
        return _finish(fig, path, dpi)
    t = targets.sort_values(["pair", "deadline", "value"], na_position="last").reset_index(drop=True)
    labels: list[str] = []
    widths: list[float] = []
    colours: list[str] = []
    notes: list[str] = []
    hatches: list[str] = []
    for _, r in t.iterrows():
        pair = canonical_pair(str(r["origin"]), str(r["destination"])) if r["metric"] == "turnover" \
            else f"{r['origin']}→{r['destination']}"
        deadline = "" if is_missing(r["deadline"]) else f" by {int(r['deadline'])}"
        labels.append(f"{pair} {r['metric']}: {amount_text(r['value'], r['unit'])}{deadline}")
        status = "no_data" if is_missing(r["status"]) else str(r["status"])
        word = STATUS_WORDS.get(status, status)
        att, so_far = r["attainment"], False
        if is_missing(att) and status in ("on_track", "off_track"):
            # before the deadline there is no outcome: how far the latest full year got
            att, so_far = r.get("progress"), True
        if is_missing(att):
            widths.append(0.0)
            notes.append(word)
        else:
            widths.append(float(att) * 100)
            notes.append(f"{float(att) * 100:.0f}%{' so far' if so_far else ''} — {word}")
        colours.append(STATUS_COLOURS.get(status, STATUS_COLOURS["no_data"]))
        hatches.append("//" if so_far else "")
    y = list(range(len(t)))
    bars = ax.barh(y, widths, color=colours, height=0.6)
    for bar, hatch in zip(bars, hatches, strict=True):
        if hatch:  # progress so far, not an outcome: lighter and hatched
            bar.set_hatch(hatch)
            bar.set_alpha(0.6)
    for yi, w, note in zip(y, widths, notes, strict=True):
        ax.text(w + 1.5, yi, note, va="center", fontsize=8.5)
    ax.axvline(100, color="black", linewidth=1, linestyle="--")
    ax.set_yticks(y, labels, fontsize=8.5)
    ax.invert_yaxis()
    ax.set_xlim(0, max([*widths, 100.0]) * 1.25)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}%"))
    ax.set_xlabel("outcome as a share of the target (hatched: latest full year, deadline ahead)")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if own:
        fig.text(0.01, 0.0, f"{n} target{'s' if n != 1 else ''} · tradetrack {__version__}",
                 fontsize=7, color="#666666", va="top")
    return _finish(fig, path, dpi)


def _surplus_first(series: pd.DataFrame, pair: str) -> str:
    """The pair with the side in surplus (latest stated balance) first, so its bars point up."""
    s = of_pair(series, pair)
    s = s[(s["metric"].astype(object) == "balance") & s["year"].notna()].sort_values("year")
    if s.empty:
        return pair
    last = s.iloc[-1]
    return f"{last['origin']}-{last['destination']}"


def plot_all(figures: pd.DataFrame, outdir: str | Path, *, series: pd.DataFrame | None = None,
             targets: pd.DataFrame | None = None, fmt: str = "png", dpi: int = 150) -> list[Path]:
    """Every chart into ``outdir``: ``PAIR.fmt`` (turnover and targets) for each pair,
    ``PAIR-flows.fmt`` where a pair has flows or a balance, and ``target-attainment.fmt``
    when there are targets. Pairs are named by their codes in alphabetical order."""
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"format {fmt!r}: one of {', '.join(IMAGE_FORMATS)}")
    outdir = Path(outdir)
    series, _ = resolve_series(figures, series)
    targets, _ = resolve_targets(figures, series, targets)
    written: list[Path] = []
    for pair in sorted(set(pairs_in(series)) | set(pairs_in(targets))):
        s = of_pair(series, pair)
        t = of_pair(targets, pair) if not targets.empty else targets
        if (s["metric"].astype(object) == "turnover").any() or not t.empty:
            written.append(save_figure(plot_pair(figures, pair, series=series, targets=targets),
                                       outdir / f"{pair}.{fmt}", dpi))
        if has_flows(series, pair):
            written.append(save_figure(plot_flows(figures, _surplus_first(series, pair), series=series),
                                       outdir / f"{pair}-flows.{fmt}", dpi))
    if not targets.empty:
        written.append(save_figure(plot_attainment(targets), outdir / f"target-attainment.{fmt}", dpi))
    return written
