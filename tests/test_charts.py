"""matplotlib charts: every chart type written as PNG, SVG and PDF, with what it shows."""
from __future__ import annotations

import math
import struct
from pathlib import Path

import pandas as pd
import pytest

from tradetrack import __version__, api, cli
from tradetrack.outputs import charts
from tradetrack.outputs.common import (
    SERIES_COLUMNS,
    TARGET_COLUMNS,
    months_label,
    pair_key,
    pair_title,
    place_name,
    simple_series,
    simple_targets,
    target_label,
)

URL = "https://example.org/news/{}"


def fig(article: str, kind: str, metric: str, origin: str, destination: str, value: float,
        year: int | None, months: str = "1-12", unit: str = "USD", bound: str = "exact",
        evidence: str = "", **kw: object) -> dict:
    """One figure row (FIGURE_COLUMNS) with the article metadata filled in."""
    row = dict(article=article, kind=kind, metric=metric, origin=origin, destination=destination,
               value=value, unit=unit, bound=bound, year=year, months=months, base_year=None,
               evidence=evidence or f"{article}: {metric} {value:g}", source=None, language="en",
               published="2025-01", published_inferred=False, title=f"Title of {article}",
               url=URL.format(article))
    row.update(kw)
    return row


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(api.FIGURE_COLUMNS)).astype(
        {"year": "Int64", "base_year": "Int64", "value": "float64"})


def sample_figures() -> pd.DataFrame:
    """Russia–Vietnam: two articles disagree on 2019, one target missed, one ahead."""
    return figures_frame([
        fig("a1", "actual", "turnover", "RUS", "VNM", 5e9, 2020, bound="at_most",
            evidence="Trade nearly reached 5 billion dollars in 2020."),
        fig("a1", "actual", "exports", "VNM", "RUS", 2.2e9, 2020, evidence="+2.2 bn of exports"),
        fig("a1", "actual", "exports", "RUS", "VNM", 2.1e9, 2020, evidence="-2.1 bn the other way"),
        fig("a1", "actual", "balance", "VNM", "RUS", 1e8, 2020, evidence="@surplus of 0.1 bn"),
        fig("a2", "actual", "turnover", "RUS", "VNM", 4.15e9, 2024, months="1-11"),
        fig("a2", "actual", "turnover", "RUS", "VNM", 25.0, 2024, months="1-11", unit="%"),
        fig("a2", "target", "turnover", "RUS", "VNM", 1.5e10, 2030),
        fig("a3", "target", "turnover", "VNM", "RUS", 1e10, 2020,
            evidence='=HYPERLINK("http://evil.example","click")', published="2016-11",
            published_inferred=True, url="javascript:alert(1)"),
        fig("a3", "forecast", "turnover", "RUS", "VNM", 6e9, 2021, bound="at_least"),
        fig("a4", "actual", "turnover", "RUS", "VNM", 4.4e9, 2019, evidence="\tTab-led 4.4 bn"),
        fig("a5", "actual", "turnover", "RUS", "VNM", 4.6e9, 2019, evidence="\rCR-led 4.6 bn",
            language="fr", title=None),
    ])


def _series_row(**kw: object) -> dict:
    row: dict = {c: None for c in SERIES_COLUMNS}
    row.update(kind="actual", unit="USD", months="1-12", partial=False, bound="exact",
               n_articles=1, n_figures=1, sources="", spread_pct=0.0, conflict=False,
               derived=False, note="", low=math.nan, high=math.nan)
    row.update(kw)
    row["pair"] = f"{row['origin']}-{row['destination']}"
    row.setdefault("base_year", None)
    return row


def sample_series() -> pd.DataFrame:
    """The reconciled series of ``sample_figures`` as the analysis stage gives it."""
    rows = [
        _series_row(origin="RUS", destination="VNM", metric="turnover", year=2019, value=4.5e9,
                    low=4.4e9, high=4.6e9, n_articles=2, n_figures=2, articles="a4;a5",
                    spread_pct=4.444, conflict=True),
        _series_row(origin="RUS", destination="VNM", metric="turnover", year=2020, value=5e9,
                    high=5e9, bound="at_most", articles="a1"),
        _series_row(origin="RUS", destination="VNM", metric="turnover", year=2023, months="1-11",
                    partial=True, value=3.32e9, bound="approx", derived=True, articles="a2",
                    note="derived from +25% to 4.15 bn"),
        _series_row(origin="RUS", destination="VNM", metric="turnover", year=2024, months="1-11",
                    partial=True, value=4.15e9, low=4.15e9, high=4.15e9, articles="a2"),
        _series_row(origin="RUS", destination="VNM", metric="turnover", year=2024, months="1-11",
                    partial=True, unit="%", value=25.0, low=25.0, high=25.0, articles="a2"),
        _series_row(origin="RUS", destination="VNM", metric="turnover", kind="forecast", year=2021,
                    value=6e9, low=6e9, bound="at_least", articles="a3"),
        _series_row(origin="VNM", destination="RUS", metric="exports", year=2020, value=2.2e9,
                    low=2.2e9, high=2.2e9, articles="a1"),
        _series_row(origin="RUS", destination="VNM", metric="exports", year=2020, value=2.1e9,
                    low=2.1e9, high=2.1e9, articles="a1"),
        _series_row(origin="VNM", destination="RUS", metric="balance", year=2020, value=1e8,
                    low=1e8, high=1e8, articles="a1"),
    ]
    return pd.DataFrame(rows, columns=list(SERIES_COLUMNS)).astype({"year": "Int64"})


def sample_targets() -> pd.DataFrame:
    rows = [
        dict(origin="RUS", destination="VNM", pair="RUS-VNM", metric="turnover", value=1e10,
             unit="USD", deadline=2020, first_stated="2016-11", last_stated="2016-11",
             times_stated=1, articles="a3", sources="", outcome_value=5e9, outcome_year=2020,
             attainment=0.5, status="missed", latest_actual_value=5e9, latest_actual_year=2020,
             required_cagr=None, trend_cagr=0.111, trend_reaches=None, progress=0.5),
        dict(origin="RUS", destination="VNM", pair="RUS-VNM", metric="turnover", value=1.5e10,
             unit="USD", deadline=2030, first_stated="2025-01", last_stated="2025-01",
             times_stated=1, articles="a2", sources="", outcome_value=None, outcome_year=None,
             attainment=None, status="on_track", latest_actual_value=5e9, latest_actual_year=2020,
             required_cagr=0.1161, trend_cagr=0.111, trend_reaches=True, progress=1 / 3),
    ]
    return pd.DataFrame(rows, columns=[*TARGET_COLUMNS, "progress"]).astype(
        {"deadline": "Int64", "outcome_year": "Int64", "latest_actual_year": "Int64"})


def sample() -> dict:
    return dict(series=sample_series(), targets=sample_targets())


MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-", "svg": b"<?xml"}


def assert_image(path: Path, fmt: str, min_bytes: int = 8_000) -> None:
    data = path.read_bytes()
    assert data.startswith(MAGIC[fmt])
    assert len(data) > min_bytes
    if fmt == "svg":
        assert b"<svg" in data[:2000]


# --- helpers ----------------------------------------------------------------------------------

def test_labels() -> None:
    assert months_label("1-12") == "full year"
    assert months_label("1-11") == "Jan–Nov"
    assert months_label("8-8") == "Aug"
    assert months_label("13-14") == "13-14"
    assert target_label(1e10, "USD", 2020, "missed") == "10 bn by 2020 — missed"
    assert target_label(4.15e9, "USD", 2030, "on_track") == "4.15 bn by 2030 — on track"
    assert target_label(1.5e10, "USD", None, None) == "15 bn"
    assert pair_key("VNM-RUS") == pair_key("rus-vnm") == "RUS-VNM"
    assert [place_name(c) for c in ("VNM", "KOR", "EAEU", "XYZ")] == ["Vietnam", "South Korea", "the EAEU", "XYZ"]
    assert pair_title("EU", "VNM") == "EU–Vietnam"
    with pytest.raises(ValueError):
        pair_key("VNM")


# --- one chart per type, each format ----------------------------------------------------------

@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_pair_chart_formats(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"VNM-RUS.{fmt}"
    figure = charts.plot_pair(sample_figures(), "VNM-RUS", out, **sample())
    assert_image(out, fmt)
    assert figure.axes[0].get_ylabel() == "billion USD"
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_pair_chart_content() -> None:
    figure = charts.plot_pair(sample_figures(), "VNM-RUS", **sample())
    ax = figure.axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert "10 bn by 2020 — missed" in texts
    assert "15 bn by 2030 — on track" in texts
    assert texts.count("Jan–Nov") == 2  # the stated and the derived part-year points
    lines = {ln.get_label(): ln.get_xydata().tolist() for ln in ax.lines}
    assert lines["actual, full year"] == [[2019.0, 4.5], [2020.0, 5.0]]
    assert lines["forecast"] == [[2021.0, 6.0]]
    assert "range across sources / bounds" in [c.get_label() for c in ax.collections]
    assert ax.get_title(loc="left") == "Vietnam–Russia two-way trade"
    assert [t.get_text() for t in figure.texts] == [
        "5 articles · hollow markers: part-year figures, labelled with their months · ≤ / ≥: only a "
        f'bound was stated ("nearly", "more than") · tradetrack {__version__}']
    # 2020 is "nearly 5 bn", 2021 "more than 6 bn"
    assert [(t.get_text(), t.xy) for t in ax.texts if t.get_text() in ("≤", "≥")] == [
        ("≤", (2020.0, 5.0)), ("≥", (2021.0, 6.0))]


def png_width(path: Path) -> int:
    return struct.unpack(">I", path.read_bytes()[16:20])[0]  # IHDR width


def test_dpi(tmp_path: Path) -> None:
    low, high = tmp_path / "low.png", tmp_path / "high.png"
    charts.plot_pair(sample_figures(), "VNM-RUS", low, dpi=50, **sample())
    charts.plot_pair(sample_figures(), "VNM-RUS", high, dpi=100, **sample())
    assert png_width(high) / png_width(low) == pytest.approx(2, rel=0.03)


def test_pair_order_does_not_matter() -> None:
    one = charts.plot_pair(sample_figures(), "VNM-RUS", **sample()).axes[0]
    two = charts.plot_pair(sample_figures(), "RUS-VNM", **sample()).axes[0]
    assert [ln.get_xydata().tolist() for ln in one.lines] == [ln.get_xydata().tolist() for ln in two.lines]


def test_pair_without_data_says_so(tmp_path: Path) -> None:
    out = tmp_path / "FRA-DEU.png"
    figure = charts.plot_pair(sample_figures(), "FRA-DEU", out, **sample())
    assert [t.get_text() for t in figure.axes[0].texts] == ["No turnover figures in a currency for FRA–DEU"]
    assert figure.axes[0].get_title(loc="left") == "France–Germany two-way trade"
    assert_image(out, "png", min_bytes=3_000)


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_flows_chart(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"flows.{fmt}"
    figure = charts.plot_flows(sample_figures(), "VNM-RUS", out, series=sample_series())
    assert_image(out, fmt)
    ax = figure.axes[0]
    lines = {ln.get_label(): ln.get_xydata().tolist() for ln in ax.lines}
    assert lines["exports VNM → RUS"] == [[2020.0, 2.2]]
    assert lines["exports RUS → VNM"] == [[2020.0, 2.1]]
    bars = [p.get_height() for p in ax.patches]
    assert bars == [pytest.approx(0.1)]  # VNM's surplus is positive on a VNM-RUS chart
    assert [t.get_text() for t in ax.texts] == ["+0.1 bn"]
    flipped = charts.plot_flows(sample_figures(), "RUS-VNM", series=sample_series()).axes[0]
    assert [p.get_height() for p in flipped.patches] == [pytest.approx(-0.1)]


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_attainment_chart(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"attainment.{fmt}"
    figure = charts.plot_attainment(sample_targets(), out)
    assert_image(out, fmt)
    ax = figure.axes[0]
    assert [p.get_width() for p in ax.patches] == [pytest.approx(50.0), pytest.approx(100 / 3)]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "RUS-VNM turnover: 10 bn USD by 2020", "RUS-VNM turnover: 15 bn USD by 2030"]
    assert [t.get_text() for t in ax.texts] == ["50% — missed", "33% so far — on track"]
    assert [p.get_hatch() for p in ax.patches] == [None, "//"]


def test_attainment_shows_no_bar_without_an_outcome() -> None:
    """A passed deadline with no outcome has no bar, whatever the latest year reached."""
    targets = sample_targets()
    targets.loc[0, ["attainment", "status", "progress"]] = [None, "no_data", 1.9]
    ax = charts.plot_attainment(targets).axes[0]
    assert [p.get_width() for p in ax.patches] == [0.0, pytest.approx(100 / 3)]
    assert [t.get_text() for t in ax.texts] == ["no data", "33% so far — on track"]


def test_flows_part_year_balance() -> None:
    series = sample_series()
    part = series[series["metric"] == "balance"].assign(year=2021, months="1-6", partial=True, value=3e8)
    ax = charts.plot_flows(sample_figures(), "VNM-RUS", series=pd.concat([series, part])).axes[0]
    assert [t.get_text() for t in ax.texts] == ["+0.1 bn", "+0.3 bn (Jan–Jun)"]
    assert [p.get_hatch() for p in ax.patches] == [None, "//"]


def test_attainment_without_targets(tmp_path: Path) -> None:
    figure = charts.plot_attainment(sample_targets().iloc[0:0], tmp_path / "none.png")
    assert [t.get_text() for t in figure.axes[0].texts] == ["No targets"]


def test_bad_extension(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="png, svg, pdf"):
        charts.plot_pair(sample_figures(), "VNM-RUS", tmp_path / "chart.jpg", **sample())


def test_plot_all(tmp_path: Path) -> None:
    written = charts.plot_all(sample_figures(), tmp_path / "out", fmt="svg", **sample())
    assert [p.name for p in written] == ["RUS-VNM.svg", "RUS-VNM-flows.svg", "target-attainment.svg"]
    for p in written:
        assert_image(p, "svg")


def test_api_wrappers_draw_on_given_axes() -> None:
    from matplotlib.figure import Figure

    canvas = Figure()
    left, right = canvas.subplots(1, 2)
    assert api.plot_pair(sample_figures(), "RUS-VNM", ax=left, **sample()) is canvas
    assert api.plot_flows(sample_figures(), "RUS-VNM", ax=right, series=sample_series()) is canvas
    assert api.plot_attainment(sample_targets()) is not canvas


# --- fallback when the analysis stage is absent -----------------------------------------------

def test_simple_series_and_targets() -> None:
    s = simple_series(sample_figures())
    y2019 = s[(s["year"] == 2019) & (s["metric"] == "turnover")].iloc[0]
    assert (y2019["pair"], y2019["value"], y2019["low"], y2019["high"], y2019["n_articles"]) == (
        "RUS-VNM", 4.5e9, 4.4e9, 4.6e9, 2)
    assert bool(y2019["conflict"]) is True
    t = simple_targets(sample_figures(), s)
    assert t[["pair", "value", "deadline", "status", "attainment"]].to_dict("records")[0] == {
        "pair": "RUS-VNM", "value": 1e10, "deadline": 2020, "status": "missed", "attainment": 0.5}
    assert t["status"].tolist() == ["missed", "no_data"]


# --- the CLI ----------------------------------------------------------------------------------

@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reads the sample figures instead of extracting a corpus."""
    arts = pd.DataFrame({"id": ["a1"]})
    monkeypatch.setattr(cli, "_load", lambda args, run: (sample_figures(), arts))


def test_cli_chart_pair(tmp_path: Path, loaded: None, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "vr.pdf"
    assert cli.main(["chart", "--pair", "VNM-RUS", "-o", str(out), "--dpi", "72"]) == 0
    assert_image(out, "pdf")
    assert capsys.readouterr().err == f"tradetrack: wrote {out}\n"


def test_cli_chart_all(tmp_path: Path, loaded: None) -> None:
    assert cli.main(["chart", "--all", "-o", str(tmp_path), "-q"]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["RUS-VNM-flows.png", "RUS-VNM.png", "target-attainment.png"]


@pytest.mark.parametrize("argv, message", [
    (["chart", "--pair", "VNM", "-o", "x.png"], "a pair is two codes joined by '-'"),
    (["chart", "--pair", "VNM-RUS", "-o", "x.jpg"], "the chart's format comes from its extension"),
    (["chart", "--all", "-o", "x.png"], "-o is a folder"),
])
def test_cli_chart_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(argv) == 2
    assert message in capsys.readouterr().err
