"""Reconciliation rules, on hand-built figure frames (never on extraction output)."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from tradetrack.analysis.common import figures_from_records
from tradetrack.analysis.reconcile import (
    CONFLICT_COLUMNS,
    FORECAST_COLUMNS,
    SERIES_COLUMNS,
    build_series,
    conflicts,
    forecast_vs_actual,
)

BN = 1e9


def fig(article: str, value: float, **kw) -> dict:
    """One figure record: Vietnam–Russia turnover in USD for 2020 unless told otherwise."""
    return dict(dict(article=article, kind="actual", metric="turnover", origin="RUS",
                     destination="VNM", value=value, unit="USD", bound="exact", year=2020,
                     months="1-12"), **kw)


def series(*figs: dict, **kw) -> pd.DataFrame:
    return build_series(figures_from_records(figs), **kw)


def one(s: pd.DataFrame, **where) -> dict:
    sel = s
    for k, v in where.items():
        sel = sel[sel[k].isna()] if v is None else sel[sel[k] == v]
    assert len(sel) == 1, sel
    return sel.iloc[0].to_dict()


def test_columns_and_empty_frame():
    s = build_series(figures_from_records([]))
    assert list(s.columns) == list(SERIES_COLUMNS)
    assert s.empty
    assert str(s["year"].dtype) == "Int64"


def test_turnover_pair_normalised_and_partial_periods_apart():
    s = series(fig("a", 5 * BN, origin="VNM", destination="RUS"),
               fig("b", 5 * BN),
               fig("c", 4.15 * BN, months="1-11"))
    assert s[["pair", "months", "partial", "value", "n_articles"]].values.tolist() == [
        ["RUS-VNM", "1-11", True, 4.15 * BN, 1],
        ["RUS-VNM", "1-12", False, 5 * BN, 2],
    ]
    assert one(s, months="1-12")["articles"] == "a;b"


def test_exports_keep_their_direction():
    s = series(fig("a", 2.2 * BN, metric="exports", origin="VNM", destination="RUS"),
               fig("a", 2.1 * BN, metric="exports", origin="RUS", destination="VNM"))
    assert s[["pair", "value"]].values.tolist() == [["RUS-VNM", 2.1 * BN], ["VNM-RUS", 2.2 * BN]]


def test_consensus_is_median_of_exact_votes_one_vote_per_article():
    s = series(fig("a", 4.0 * BN), fig("a", 4.0 * BN),  # restated in one article: one vote
               fig("b", 4_100_000_000), fig("c", 4.2 * BN),
               fig("d", 4_150_000_000, bound="approx"))  # agrees: the exact votes decide
    r = one(s)
    assert (r["value"], r["bound"], r["n_articles"], r["n_figures"]) == (4_100_000_000, "exact", 4, 5)
    assert (r["low"], r["high"]) == (4.0 * BN, 4.2 * BN)
    assert r["values"] == ("a:4000000000.0:exact;a:4000000000.0:exact;b:4100000000.0:exact;"
                           "c:4200000000.0:exact;d:4150000000.0:approx")
    assert r["spread_pct"] == pytest.approx(0.2 / 4.1 * 100)
    assert (r["conflict"], r["note"]) == (False, "")


def test_disputed_consensus_is_the_median_of_every_vote():
    # Russian statistics 5.7 bn against Vietnamese "nearly 5 bn" and "nearly 4.85 bn" (2020)
    r = one(series(fig("en", 5.7 * BN), fig("vi", 5 * BN, bound="at_most"), fig("ro", 4.85 * BN, bound="at_most")))
    assert (r["value"], r["bound"], r["conflict"]) == (5 * BN, "approx", True)
    assert r["spread_pct"] == pytest.approx(0.85 / 5 * 100)
    assert r["note"] == "sources disagree: 4.85 bn USD to 5.7 bn USD; consensus is the median of 3 articles"
    # an approximate vote far from the exact ones is a dissent too
    r = one(series(fig("a", 4 * BN), fig("b", 4.2 * BN), fig("c", 9 * BN, bound="approx")))
    assert (r["value"], r["bound"], r["conflict"]) == (4.2 * BN, "approx", True)


def test_approximate_votes_get_twice_the_tolerance():
    r = one(series(fig("a", 107.06 * BN), fig("b", 100 * BN, bound="approx")))  # 6.6% off
    assert (r["value"], r["bound"], r["conflict"]) == (107.06 * BN, "exact", False)
    r = one(series(fig("a", 10 * BN, bound="approx"), fig("b", 10.9 * BN, bound="approx")))  # 8.6%
    assert (r["value"], r["conflict"]) == (10.45 * BN, False)
    r = one(series(fig("a", 10 * BN, bound="approx"), fig("b", 11.5 * BN, bound="approx")))  # 14%
    assert (r["value"], r["conflict"]) == (10.75 * BN, True)


def test_approx_used_when_no_exact():
    r = one(series(fig("a", 10 * BN, bound="approx"), fig("b", 10.2 * BN, bound="approx")))
    assert (r["value"], r["bound"], r["conflict"]) == (10.1 * BN, "approx", False)


def test_bounds_only_when_nothing_else():
    assert one(series(fig("a", 5 * BN, bound="at_most"), fig("b", 5.1 * BN, bound="at_most")))["value"] == 5 * BN
    r = one(series(fig("a", 6 * BN, bound="at_least")))
    assert (r["value"], r["bound"], r["low"]) == (6 * BN, "at_least", 6 * BN) and math.isnan(r["high"])
    r = one(series(fig("a", 5 * BN, bound="at_most")))
    assert (r["value"], r["bound"], r["high"]) == (5 * BN, "at_most", 5 * BN) and math.isnan(r["low"])
    # a range from one article: both bounds, the midpoint
    r = one(series(fig("a", 6.2 * BN, bound="at_least", kind="forecast"),
                   fig("a", 6.4 * BN, bound="at_most", kind="forecast")))
    assert (r["value"], r["bound"], r["low"], r["high"], r["n_articles"]) == (6.3 * BN, "range", 6.2 * BN, 6.4 * BN, 1)
    assert r["conflict"] is False


def test_conflict_vietnamese_vs_russian_statistics():
    s = series(fig("vi", 5.5 * BN, year=2021, source="Vietnamese customs"),
               fig("ru", 7.1 * BN, year=2021, source="Russian customs"))
    r = one(s)
    assert (r["value"], r["bound"], r["conflict"], r["sources"]) == (
        6.3 * BN, "approx", True, "Russian customs;Vietnamese customs")
    assert r["spread_pct"] == pytest.approx(1.6 / 6.3 * 100)
    assert r["note"] == "sources disagree: 5.5 bn USD to 7.1 bn USD; consensus is the median of 2 articles"
    c = conflicts(s)
    assert list(c.columns) == list(CONFLICT_COLUMNS)
    assert c[["article", "value", "bound"]].values.tolist() == [["ru", 7.1 * BN, "exact"], ["vi", 5.5 * BN, "exact"]]
    assert c["deviation"].tolist() == pytest.approx([0.8 / 6.3 * 100, -0.8 / 6.3 * 100])
    assert (c["consensus"] == 6.3 * BN).all()


def test_tolerance_is_a_parameter():
    figs = (fig("a", 100 * BN), fig("b", 104 * BN))
    assert one(series(*figs))["conflict"] is False  # 3.9% < 5%
    assert one(series(*figs, tolerance_pct=3.0))["conflict"] is True


def test_bound_satisfied_is_no_conflict_bound_broken_is():
    # "more than 100 bn" and 107.06 bn agree
    assert one(series(fig("a", 107.06 * BN), fig("b", 100 * BN, bound="at_least")))["conflict"] is False
    # "nearly 4.85 bn" against an exact 5.7 bn does not
    r = one(series(fig("a", 5.7 * BN), fig("b", 4.85 * BN, bound="at_most")))
    assert (r["value"], r["conflict"]) == (5.275 * BN, True)
    assert r["spread_pct"] == pytest.approx(0.85 / 5.275 * 100)
    c = conflicts(series(fig("a", 5.7 * BN), fig("b", 4.85 * BN, bound="at_most")))
    assert c[["article", "bound"]].values.tolist() == [["a", "exact"], ["b", "at_most"]]
    assert c["deviation"].tolist() == pytest.approx([0.425 / 5.275 * 100, -0.425 / 5.275 * 100])


def test_growth_rows_kept_as_percent_with_spread_in_points():
    s = series(fig("a", 9, unit="%"), fig("b", 15, unit="%"), fig("c", 5.7 * BN))
    r = one(s, unit="%")
    assert (r["value"], r["spread_pct"], r["conflict"]) == (12.0, 6.0, True)
    assert one(series(fig("a", 25, unit="%"), fig("b", 26, unit="%")), unit="%")["conflict"] is False


def test_base_year_growth_is_its_own_row():
    s = series(fig("a", 100, unit="%", base_year=2015), fig("b", 15, unit="%"),
               fig("c", 12, unit="%", base_year=2019))  # base = previous year: same as none
    assert s[["base_year", "value", "n_articles"]].astype(object).values.tolist() == [
        [pd.NA, 13.5, 2], [2015, 100.0, 1]]


def test_derived_previous_period_from_growth_and_level():
    s = series(fig("x", 4.15 * BN, year=2024, months="1-11"),
               fig("x", 25, unit="%", year=2024, months="1-11"))
    r = one(s, year=2023)
    assert r["derived"] is True
    assert r["value"] == 3_320_000_000
    assert (r["months"], r["bound"], r["kind"], r["note"], r["articles"]) == (
        "1-11", "approx", "actual", "derived from +25% to 4.15 bn", "x")
    assert (r["n_figures"], r["conflict"]) == (0, False)
    assert one(s, year=2024, unit="USD")["derived"] is False


def test_derived_from_growth_since_base_year():
    s = series(fig("a", 5 * BN, bound="at_most"), fig("a", 100, unit="%", base_year=2015))
    r = one(s, year=2015)
    assert (r["value"], r["derived"], r["note"]) == (2.5 * BN, True, "derived from +100% to 5 bn")


def test_no_derivation_over_a_stated_figure_growth_checked_instead():
    s = series(fig("a", 2.7 * BN, year=2016), fig("b", 3.5 * BN, year=2017),
               fig("b", 31, unit="%", year=2017, bound="at_least"))
    assert s["derived"].tolist() == [False, False, False]
    g = one(s, unit="%")
    assert g["consistent"] is True  # 2.7 * 1.31 = 3.537, within 5% of 3.5
    assert g["note"] == "consistent: 2.7 bn (2016) to 3.5 bn (2017) USD implies +29.6%"


def test_inconsistent_growth_is_noted():
    s = series(fig("a", 3.5 * BN, year=2022), fig("b", 4.3 * BN, year=2023),
               fig("b", 8, unit="%", year=2023))
    g = one(s, unit="%")
    assert g["consistent"] is False
    assert g["note"] == "inconsistent: 3.5 bn (2022) to 4.3 bn (2023) USD implies +22.9%"
    assert pd.isna(one(s, year=2022)["consistent"])


def test_forecasts_apart_and_scored_against_actuals():
    s = series(fig("f", 6.2 * BN, kind="forecast", bound="at_least", year=2018),
               fig("f", 6.4 * BN, kind="forecast", bound="at_most", year=2018),
               fig("g", 6 * BN, kind="forecast", bound="at_least", year=2021),
               fig("g", 16, kind="forecast", unit="%", bound="approx", year=2021),
               fig("h", 10 * BN, kind="forecast", year=2030),
               fig("a", 4.57 * BN, year=2018), fig("b", 6.3 * BN, year=2021), fig("b", 15, unit="%", year=2021))
    # 2020 derived from +15% to 6.3 bn is the fourth actual row
    assert s["kind"].value_counts().to_dict() == {"actual": 4, "forecast": 4}
    assert s["derived"].sum() == 1
    fa = forecast_vs_actual(s)
    assert list(fa.columns) == list(FORECAST_COLUMNS)
    rows = fa[["year", "unit", "forecast_value", "forecast_bound", "actual_value", "hit"]].astype(object).values.tolist()
    assert rows[:2] == [[2018, "USD", 6.3 * BN, "range", 4.57 * BN, False],
                        [2021, "USD", 6 * BN, "at_least", 6.3 * BN, True]]
    assert rows[2][:4] == [2030, "USD", 10 * BN, "exact"] and pd.isna(rows[2][4]) and pd.isna(rows[2][5])
    assert rows[3] == [2021, "%", 16.0, "approx", 15.0, True]
    assert fa["error"].iloc[[0, 1, 3]].tolist() == pytest.approx([1.73 * BN, -0.3 * BN, 1.0])
    assert fa["error_pct"].iloc[0] == pytest.approx(1.73 / 4.57 * 100)
    assert math.isnan(fa["error_pct"].iloc[3])  # growth: error in points only


def test_targets_not_in_series_and_missing_year_kept():
    s = series(fig("a", 10 * BN, kind="target"), fig("b", 40 * BN, year=None))
    assert len(s) == 1 and pd.isna(s["year"].iloc[0])


def test_by_source():
    figs = (fig("vi1", 5.5 * BN, year=2021, source="GSO"), fig("vi2", 5.6 * BN, year=2021, source="GSO"),
            fig("ru", 7.1 * BN, year=2021, source="Rosstat"), fig("x", 6 * BN, year=2021))
    s = series(*figs, by_source=True)
    assert list(s.columns) == [*SERIES_COLUMNS[:10], "source", *SERIES_COLUMNS[10:]]
    assert pd.isna(s["source"].iloc[0])  # no source named: its own group
    assert s[["source", "value", "n_articles", "conflict"]].iloc[1:].values.tolist() == [
        ["GSO", 5.55 * BN, 2, False], ["Rosstat", 7.1 * BN, 1, False]]
    assert s["value"].iloc[0] == 6 * BN
    pooled = one(series(*figs))
    assert (pooled["value"], pooled["conflict"]) == (5.8 * BN, True)


def test_properties_of_any_series():
    """Whatever the figures: the consensus lies within the stated numbers, turnover pairs are
    ordered, each key is one row, and derived rows state nothing themselves."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    figure = st.builds(
        lambda a, v, b, y, m, o, k: fig(a, v, bound=b, year=y, months=m, origin=o[0], destination=o[1], kind=k),
        st.sampled_from(["a", "b", "c", "d"]), st.floats(1e8, 1e10), st.sampled_from(["exact", "approx", "at_least", "at_most"]),
        st.integers(2018, 2021), st.sampled_from(["1-12", "1-6"]), st.sampled_from([("RUS", "VNM"), ("VNM", "RUS")]),
        st.sampled_from(["actual", "forecast"]))
    growth = st.builds(lambda a, v, y: fig(a, v, unit="%", year=y), st.sampled_from(["a", "e"]),
                       st.floats(-50, 200), st.integers(2018, 2021))

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.one_of(figure, growth), min_size=1, max_size=12))
    def check(figs):
        s = series(*figs)
        key = ["pair", "metric", "kind", "unit", "year", "months", "base_year"]
        assert not s.duplicated(key).any()
        assert (s["origin"] < s["destination"]).all()
        stated = s[~s["derived"]]
        for r in stated.to_dict("records"):
            nums = [v for f in r["values"].split(";") for v in [float(f.rsplit(":", 2)[1])]]
            assert min(nums) - 1e-6 <= r["value"] <= max(nums) + 1e-6
            assert r["n_articles"] <= r["n_figures"] == len(nums)
        assert (s.loc[s["derived"], "n_figures"] == 0).all()

    check()
