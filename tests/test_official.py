"""Official statistics: loading the tidy CSV and UN Comtrade exports, comparing with the news."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from tradetrack.analysis.common import figures_from_records
from tradetrack.analysis.official import COMPARE_COLUMNS, OFFICIAL_COLUMNS, compare_official, load_official
from tradetrack.analysis.reconcile import build_series

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "official"
BN = 1e9


def load(name: str) -> tuple[pd.DataFrame, list[str]]:
    warnings: list[str] = []
    return load_official(FIXTURES / name, warn=warnings.append), warnings


def rows(df: pd.DataFrame) -> list[list]:
    return df.astype(object).values.tolist()


def test_tidy_csv():
    df, warnings = load("tidy.csv")
    assert list(df.columns) == list(OFFICIAL_COLUMNS)
    assert rows(df) == [
        [2019, "RUS", "VNM", "balance", 500_000_000.0, "USD", "GSO", False],  # negative: flipped
        [2020, "RUS", "VNM", "exports", 2_000_000_000.0, "USD", "GSO", False],
        [2020, "RUS", "VNM", "turnover", 4_850_000_000.0, "USD", "GSO", True],  # both directions summed
        [2021, "RUS", "VNM", "turnover", 5_500_000_000.0, "USD", "GSO", False],  # pair normalised, unit USD
        [2021, "RUS", "VNM", "turnover", 7_100_000_000.0, "USD", "Rosstat", False],
        [2022, "RUS", "VNM", "turnover", 3_600_000_000.0, "USD", "tidy.csv", False],  # source: the file
        [2020, "VNM", "RUS", "balance", 850_000_000.0, "USD", "GSO", True],
        [2020, "VNM", "RUS", "exports", 2_850_000_000.0, "USD", "GSO", False],
    ]
    path = FIXTURES / "tidy.csv"
    assert warnings == [
        f"{path}:7: skipped: bad year '20x1'",
        f"{path}:8: skipped: unknown metric 'investment'",
        f"{path}:9: skipped: empty value",
        f"{path}:10: duplicate turnover RUS-VNM 2021 (Rosstat); keeping the first",
    ]


def test_comtrade_export():
    df, warnings = load("comtrade.csv")  # with a byte-order mark, as the site writes it
    assert rows(df) == [
        [2020, "RUS", "VNM", "exports", 2_510_000_000.0, "USD", "UN Comtrade (RUS)", False],
        [2020, "RUS", "VNM", "exports", 2_320_000_000.0, "USD", "UN Comtrade (VNM)", False],  # VNM's imports
        [2020, "RUS", "VNM", "turnover", 5_380_000_000.0, "USD", "UN Comtrade (RUS)", True],
        [2020, "RUS", "VNM", "turnover", 5_478_000_000.0, "USD", "UN Comtrade (VNM)", True],
        [2020, "VNM", "RUS", "balance", 360_000_000.0, "USD", "UN Comtrade (RUS)", True],
        [2020, "VNM", "RUS", "balance", 838_000_000.0, "USD", "UN Comtrade (VNM)", True],
        [2020, "VNM", "RUS", "exports", 2_870_000_000.0, "USD", "UN Comtrade (RUS)", False],  # RUS's imports
        [2020, "VNM", "RUS", "exports", 3_158_000_000.0, "USD", "UN Comtrade (VNM)", False],
    ]
    # chapters, re-exports, the World partner and transport-mode breakdowns are skipped silently
    assert warnings == [f"{FIXTURES / 'comtrade.csv'}:10: skipped: could not convert string to float: 'n/a'"]


def test_comtrade_legacy_export():
    df, warnings = load("comtrade_legacy.csv")
    assert rows(df) == [
        [2016, "RUS", "VNM", "exports", 1_100_000_000.0, "USD", "UN Comtrade (VNM)", False],
        [2016, "RUS", "VNM", "turnover", 2_713_000_000.0, "USD", "UN Comtrade (VNM)", True],
        [2016, "VNM", "RUS", "balance", 513_000_000.0, "USD", "UN Comtrade (VNM)", True],
        [2016, "VNM", "RUS", "exports", 1_613_000_000.0, "USD", "UN Comtrade (VNM)", False],
    ]
    assert warnings == [f"{FIXTURES / 'comtrade_legacy.csv'}:6: skipped: missing country code"]


def test_unknown_or_missing_file_warns_and_gives_empty_frame():
    df, warnings = load("unknown.csv")
    assert df.empty and list(df.columns) == list(OFFICIAL_COLUMNS)
    assert warnings == [f"{FIXTURES / 'unknown.csv'}: not a tidy official CSV (year, origin, destination, "
                        "metric, value) nor a UN Comtrade export; ignored"]
    df, warnings = load("absent.csv")
    assert df.empty and len(warnings) == 1 and warnings[0].startswith(f"{FIXTURES / 'absent.csv'}: cannot read:")


def test_open_file_and_default_source():
    df = load_official(io.StringIO("year,origin,destination,metric,value\n2020,VNM,RUS,turnover,1e9\n"),
                       source="GSO")
    assert rows(df) == [[2020, "RUS", "VNM", "turnover", 1e9, "USD", "GSO", False]]


def fig(article: str, value: float, **kw) -> dict:
    return dict(dict(article=article, kind="actual", metric="turnover", origin="VNM",
                     destination="RUS", value=value, unit="USD", bound="exact", year=2020,
                     months="1-12"), **kw)


def test_compare_official():
    news = build_series(figures_from_records([
        fig("en", 5.7 * BN), fig("vi", 4.85 * BN, bound="at_most"),
        fig("a", 5.5 * BN, year=2021), fig("b", 7.1 * BN, year=2021),
        fig("c", 1.5 * BN, year=2021, months="1-4"),  # partial: never compared
        fig("d", 9 * BN, year=2021, kind="forecast"),  # forecast: never compared
        fig("e", 8, year=2021, unit="%"),  # growth: never compared
        fig("f", 3.6 * BN, year=2022, bound="at_most"),
        fig("g", 2.8 * BN, metric="exports", year=2020),
    ]))
    official, _ = load("tidy.csv")
    c = compare_official(news, official)
    assert list(c.columns) == list(COMPARE_COLUMNS)
    assert c[["pair", "metric", "year", "news_value", "official_value", "source", "agrees"]].astype(object).values.tolist() == [
        ["RUS-VNM", "turnover", 2020, 5.275 * BN, 4.85 * BN, "GSO", False],  # disputed: median of votes
        ["RUS-VNM", "turnover", 2021, 6.3 * BN, 5.5 * BN, "GSO", False],
        ["RUS-VNM", "turnover", 2021, 6.3 * BN, 7.1 * BN, "Rosstat", False],
        ["RUS-VNM", "turnover", 2022, 3.6 * BN, 3.6 * BN, "tidy.csv", True],
        ["VNM-RUS", "exports", 2020, 2.8 * BN, 2.85 * BN, "GSO", True],
    ]
    assert c["deviation_pct"].tolist() == pytest.approx(
        [0.425 / 4.85 * 100, 0.8 / 5.5 * 100, -0.8 / 7.1 * 100, 0.0, -0.05 / 2.85 * 100])
    assert c[["conflict", "official_derived", "news_bound"]].iloc[0].tolist() == [True, True, "approx"]


def test_compare_official_respects_news_bounds():
    news = build_series(figures_from_records([fig("vi", 5 * BN, bound="at_most")]))
    official = load_official(io.StringIO(
        "year,origin,destination,metric,value,source\n2020,RUS,VNM,turnover,4850000000,GSO\n"
        "2020,RUS,VNM,turnover,5700000000,Rosstat\n"))
    c = compare_official(news, official)
    # "nearly 5 bn" agrees with 4.85 bn, not with 5.7 bn
    assert c[["source", "agrees"]].values.tolist() == [["GSO", True], ["Rosstat", False]]


def test_any_text_loads_without_raising():
    """Garbage, truncated rows and odd encodings are warnings, never exceptions."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    headers = st.sampled_from([
        "year,origin,destination,metric,value,unit,source\n",
        "refYear,reporterISO,partnerISO,flowCode,primaryValue,cmdCode\n",
        "Year,Reporter ISO,Partner ISO,Trade Flow,Trade Value (US$)\n",
        "",
    ])
    cells = st.one_of(st.text(alphabet=st.sampled_from(list("0123456789,.-XMVNRUSA \"e\n")), max_size=80),
                      st.sampled_from(["2020,VNM,RUS,exports,nan,USD,X\n", "2020,VNM,RUS,exports,inf,USD,X\n"]))

    @settings(max_examples=80, deadline=None)
    @given(headers, cells)
    def check(header, body):
        warnings: list[str] = []
        df = load_official(io.StringIO(header + body), warn=warnings.append)
        assert list(df.columns) == list(OFFICIAL_COLUMNS)
        assert df["value"].notna().all()

    check()
