"""Target registry and assessment, on hand-built figure frames; one integration test on data/."""
from __future__ import annotations

import functools
import io
from pathlib import Path

import pandas as pd
import pytest

from tradetrack.analysis.common import figures_from_records
from tradetrack.analysis.official import load_official
from tradetrack.analysis.targets import TARGET_COLUMNS, assess_targets, default_today, target_history

BN = 1e9
REPO = Path(__file__).resolve().parent.parent


def fig(article: str, value: float, **kw) -> dict:
    """Vietnam–Russia turnover in USD, an actual for 2020 unless told otherwise."""
    return dict(dict(article=article, kind="actual", metric="turnover", origin="VNM",
                     destination="RUS", value=value, unit="USD", bound="exact", year=2020,
                     months="1-12"), **kw)


def target(article: str, value: float, year: int | None, published: str | None = None, **kw) -> dict:
    return fig(article, value, kind="target", year=year, published=published, **kw)


def assess(*figs: dict, **kw) -> pd.DataFrame:
    return assess_targets(figures_from_records(figs), **kw)


def row(t: pd.DataFrame, value: float, deadline: int | None) -> dict:
    sel = t[(t["value"].round(-6) == round(value, -6))
            & (t["deadline"].isna() if deadline is None else t["deadline"] == deadline)]
    assert len(sel) == 1, sel
    return sel.iloc[0].to_dict()


# The Vietnam–Russia story in miniature: 10 bn by 2020 restated from 2016 to 2019, an expert's
# 20 bn by 2020, 15 bn by 2030, and actuals up to 2024.
STORY = (
    target("a16", 10 * BN, 2020, "2016-11"),
    target("b18", 10 * BN, 2020, "2018-08", source="MOIT"),
    target("b18", 10 * BN, 2020, "2018-08"),  # restated in the same article: one statement
    target("c19", 10.03 * BN, 2020, "2019-01-09"),  # within 0.5%: the same target
    target("x19", 20 * BN, 2020, "2019-03"),
    target("d25", 15 * BN, 2030, "2025-01"),
    target("e19", 10 * BN, None, "2019-05-20"),
    target("e19", 25, 2030, "2019-05-20", unit="%"),  # a growth target: not in the registry
    fig("s16", 2.7 * BN, year=2016, published="2017-08"),
    fig("s20", 5 * BN, bound="at_most", published="2021-11"),
    fig("s22", 4 * BN, year=2022, published="2023-02"),
    fig("s24", 5 * BN, year=2024, published="2025-01"),
)


def test_columns_and_empty():
    t = assess_targets(figures_from_records([]))
    assert list(t.columns) == list(TARGET_COLUMNS) and t.empty


def test_restatements_are_one_target_distinct_targets_stay_apart():
    t = assess(*STORY)
    assert t[["value", "deadline", "times_stated"]].astype(object).values.tolist() == [
        [10 * BN, 2020, 3], [20 * BN, 2020, 1], [15 * BN, 2030, 1], [10 * BN, pd.NA, 1]]
    r = row(t, 10 * BN, 2020)
    assert (r["pair"], r["first_stated"], r["last_stated"], r["n_figures"]) == ("RUS-VNM", "2016-11", "2019-01-09", 4)
    assert (r["first_article"], r["last_article"], r["articles"], r["sources"]) == ("a16", "c19", "a16;b18;c19", "MOIT")
    assert r["value"] == 10 * BN  # median of 10, 10, 10, 10.03


def test_missed_target_with_outcome_at_the_deadline():
    r = row(assess(*STORY), 10 * BN, 2020)
    assert (r["outcome_value"], r["outcome_year"], r["outcome_bound"], r["attainment"], r["status"]) == (
        5 * BN, 2020, "at_most", 0.5, "missed")
    assert pd.isna(r["required_cagr"])  # the deadline is behind the latest actual
    assert row(assess(*STORY), 20 * BN, 2020)["attainment"] == 0.25


def test_met_target():
    r = row(assess(target("t", 4 * BN, 2020, "2018"), fig("a", 4.2 * BN)), 4 * BN, 2020)
    assert (r["status"], r["attainment"]) == ("met", 1.05)


def test_future_target_required_cagr_trend_and_status():
    t = assess(*STORY)
    r = row(t, 15 * BN, 2030)
    assert (r["latest_actual_value"], r["latest_actual_year"], r["progress"]) == (5 * BN, 2024, 1 / 3)
    assert r["required_cagr"] == pytest.approx(3 ** (1 / 6) - 1)  # 20.09% a year for six years
    # trend over the five years before 2024: 2020 (5 bn) to 2024 (5 bn) -> flat
    assert (r["trend_cagr"], r["trend_from_year"], r["trend_reaches"], r["status"]) == (0.0, 2020, False, "off_track")
    r = row(assess(*STORY, trend_years=2), 15 * BN, 2030)  # 2022 (4 bn) to 2024 (5 bn)
    assert (r["trend_from_year"], r["trend_cagr"]) == (2022, pytest.approx(1.25 ** 0.5 - 1))
    assert r["status"] == "off_track"
    r = row(assess(target("t", 8 * BN, 2030, "2025"), *STORY[8:], trend_years=2), 8 * BN, 2030)
    assert r["required_cagr"] == pytest.approx(1.6 ** (1 / 6) - 1)
    assert (r["trend_reaches"], r["status"]) == (True, "on_track")


def test_no_data_cases():
    t = assess(*STORY)
    r = row(t, 10 * BN, None)
    assert (r["status"], r["note"]) == ("no_data", "no deadline")
    # passed deadline, no full-year actual for it
    r = row(assess(target("t", 7 * BN, 2015, "2012"), *STORY[8:]), 7 * BN, 2015)
    assert (r["status"], r["note"]) == ("no_data", "no full-year actual for 2015")
    # future deadline, one actual: no trend
    r = row(assess(target("t", 7 * BN, 2030, "2021"), fig("a", 5 * BN)), 7 * BN, 2030)
    assert (r["status"], r["required_cagr"]) == ("no_data", pytest.approx(1.4 ** 0.1 - 1))
    assert r["note"] == "no trend: fewer than two full-year actuals"
    # nothing at all
    r = row(assess(target("t", 7 * BN, 2030, "2021")), 7 * BN, 2030)
    assert (r["status"], r["note"]) == ("no_data", "no full-year actual")


def test_already_above_target_without_trend_is_on_track():
    r = row(assess(target("t", 4 * BN, 2030, "2021"), fig("a", 5 * BN)), 4 * BN, 2030)
    assert r["status"] == "on_track"


def test_today_decides_whether_a_deadline_has_passed():
    figs = (target("t", 7 * BN, 2025, "2021-05"), fig("a", 4 * BN, year=2022), fig("b", 6 * BN, year=2024))
    assert default_today(figures_from_records(figs)) == 2021  # latest publication in the data
    assert row(assess(*figs), 7 * BN, 2025)["status"] == "on_track"  # +22.5%/yr from 6 bn reaches 7 bn
    assert row(assess(*figs, today="2026-03-01"), 7 * BN, 2025)["status"] == "no_data"
    assert row(assess(*figs, today=2025), 7 * BN, 2025)["status"] == "on_track"


def test_undated_articles_ordered_by_id():
    t = assess(target("z2", 10 * BN, 2020), target("a1", 10 * BN, 2020))
    r = row(t, 10 * BN, 2020)
    assert (r["first_article"], r["last_article"], r["times_stated"]) == ("a1", "z2", 2)
    assert pd.isna(r["first_stated"]) and pd.isna(r["last_stated"])


def test_exports_targets_keep_direction():
    t = assess(target("a", 5 * BN, 2025, "2020", metric="exports"),
               target("b", 5 * BN, 2025, "2020", metric="exports", origin="RUS", destination="VNM"))
    assert t["pair"].tolist() == ["RUS-VNM", "VNM-RUS"]


def test_target_history_either_order():
    t = assess(*STORY, target("k", 100 * BN, 2023, "2022-07", origin="KOR", destination="VNM"))
    h = target_history(t, "VNM-RUS")
    assert h[["value", "first_stated"]].values.tolist() == [
        [10 * BN, "2016-11"], [20 * BN, "2019-03"], [10 * BN, "2019-05-20"], [15 * BN, "2025-01"]]
    assert target_history(t, "rus-vnm").equals(h)
    assert len(target_history(t, "KOR-VNM")) == 1


def test_official_outcome_columns():
    official = load_official(io.StringIO(
        "year,origin,destination,metric,value,unit,source\n"
        "2020,RUS,VNM,turnover,4850000000,USD,GSO\n"
        "2020,VNM,RUS,turnover,5700000000,USD,Rosstat\n"))
    r = row(assess(*STORY, official=official), 10 * BN, 2020)
    assert (r["official_outcome_value"], r["official_attainment"], r["official_source"]) == (
        5.275 * BN, 0.5275, "GSO;Rosstat")
    assert pd.isna(row(assess(*STORY, official=official), 15 * BN, 2030)["official_outcome_value"])


@functools.cache
def _seed_figures() -> pd.DataFrame:
    from tradetrack.api import extract_frame

    return extract_frame([REPO / "data"])


def _no_seed_figures() -> bool:
    try:
        return _seed_figures().empty
    except Exception:  # a broken engine should fail the test below, not hide it
        return False


@pytest.mark.skipif(_no_seed_figures(), reason="extraction engine not landed yet (no figures)")
def test_seed_corpus_vietnam_russia_targets():
    t = assess_targets(_seed_figures())
    h = target_history(t, "VNM-RUS")
    r = row(h, 10 * BN, 2020)
    assert (r["outcome_value"], r["outcome_year"], r["attainment"], r["status"]) == (5 * BN, 2020, 0.5, "missed")
    assert r["times_stated"] == 2
    r = row(h, 15 * BN, 2030)
    assert (r["latest_actual_year"], r["latest_actual_value"]) == (2020, 5 * BN)
    assert r["required_cagr"] == pytest.approx(3 ** 0.1 - 1)  # 11.61% a year from 5 bn in 2020


SEED_GOLD = REPO.parent / "shared" / "seeds" / "gold.jsonl"


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="../shared/seeds not beside the checkout")
def test_seed_gold_figures_vietnam_russia_targets():
    """The same contract on the seeds' gold figures (hand-checked, not extraction output)."""
    import json

    published = {a["id"]: a.get("published") for a in map(json.loads, (REPO / "data" / "articles.jsonl").open())}
    recs = [dict(r, published=published.get(r["article"])) for r in map(json.loads, SEED_GOLD.open())]
    t = assess_targets(figures_from_records(recs))
    assert t[["pair", "value", "deadline", "times_stated", "status"]].astype(object).values.tolist() == [
        ["RUS-VNM", 10 * BN, 2020, 2, "missed"], ["RUS-VNM", 15 * BN, 2030, 1, "on_track"]]
    r = row(t, 10 * BN, 2020)
    assert (r["outcome_value"], r["attainment"], r["first_stated"], r["last_stated"]) == (
        5 * BN, 0.5, "2016-11", "2018-08")
    r = row(t, 15 * BN, 2030)
    assert (r["latest_actual_year"], r["required_cagr"]) == (2020, pytest.approx(3 ** 0.1 - 1))
    # trend: 2015 derived from "doubled since 2015" (2.5 bn) to 2020 (5 bn)
    assert (r["trend_from_year"], r["trend_cagr"]) == (2015, pytest.approx(2 ** 0.2 - 1))


def test_cli_targets_and_series_columns(capsys):
    from tradetrack.api import FIGURE_COLUMNS  # noqa: F401  (the CLI's own import path)
    from tradetrack.cli import main

    assert main(["targets", str(REPO / "data"), "--format", "csv", "-q"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == ",".join(TARGET_COLUMNS)
    assert main(["series", str(REPO / "data"), "--format", "csv", "-q"]) == 0
    from tradetrack.analysis.reconcile import SERIES_COLUMNS

    assert capsys.readouterr().out.splitlines()[0] == ",".join(SERIES_COLUMNS)
    official = REPO / "tests" / "fixtures" / "official" / "tidy.csv"
    assert main(["series", str(REPO / "data"), "--format", "csv", "-q", "--official", str(official)]) == 0
    from tradetrack.analysis.official import COMPARE_COLUMNS

    out, err = capsys.readouterr()
    assert out.splitlines()[0] == ",".join(COMPARE_COLUMNS)
    assert "tidy.csv:7: skipped: bad year '20x1'" in err
    assert main(["targets", str(REPO / "data"), "--format", "csv", "-q", "--today", "2031",
                 "--official", str(official)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == ",".join(TARGET_COLUMNS)
    with pytest.raises(SystemExit) as e:
        main(["targets", str(REPO / "data"), "--today", "20x5"])
    assert e.value.code == 2


def test_timestamps_and_per_source_series_accepted():
    figs = figures_from_records(STORY)
    figs["published"] = pd.to_datetime(figs["published"], format="mixed")
    from tradetrack.analysis.reconcile import build_series

    t = assess_targets(figs, build_series(figs, by_source=True))  # outcomes from the pooled series
    r = row(t, 10 * BN, 2020)
    assert (r["first_stated"], r["last_stated"], r["status"], r["attainment"]) == (
        "2016-11-01", "2019-01-09", "missed", 0.5)


DEV = REPO.parent / "shared" / "eval" / "dev"


@pytest.mark.skipif(not (SEED_GOLD.exists() and DEV.exists()), reason="../shared not beside the checkout")
def test_seed_and_dev_gold_vietnam_russia_history():
    """Issue 5's acceptance on gold figures: each distinct target once with its restatement
    count; the 2020 target missed at about half (5.7 bn, "nearly 5 bn", "nearly 4.85 bn")."""
    import json

    published = {}
    for f in (REPO / "data" / "articles.jsonl", DEV / "articles.jsonl"):
        published.update({a["id"]: a.get("published") for a in map(json.loads, f.open())})
    recs = [dict(r, published=published.get(r["article"]))
            for f in (SEED_GOLD, DEV / "gold.jsonl") for r in map(json.loads, f.open())]
    h = target_history(assess_targets(figures_from_records(recs)), "VNM-RUS")
    assert not h.duplicated(["metric", "value", "deadline"]).any()
    r = row(h, 10 * BN, 2020)
    assert (r["times_stated"], r["first_stated"], r["status"], r["attainment"]) == (8, "2015-08-14", "missed", 0.5)
    assert r["note"].startswith("outcome disputed: sources disagree: 4.85 bn USD to 5.7 bn USD")


def test_default_today_prefers_given_dates_and_ignores_future_ones():
    figs = figures_from_records([target("a", 1e9, 2030, "2019-05"), target("b", 1e9, 2030, "2021"),
                                 target("c", 1e9, 2030, "2999-01")])
    assert default_today(figs) == 2021
    figs.loc[1, "published_inferred"] = True  # read from the text: only used when nothing is given
    assert default_today(figs) == 2019
    figs.loc[0, "published_inferred"] = True
    assert default_today(figs) == 2021
