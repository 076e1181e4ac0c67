"""The Excel workbook: reloaded with openpyxl, its sheets, values, formats, links and charts."""
from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tradetrack import __version__, api, cli
from tradetrack.outputs import excel
from tradetrack.outputs.common import FALLBACK_NOTE

from .test_charts import URL, sample, sample_figures, sample_series

BN_USD = '#,##0.00,,," bn USD"'


def sample_articles() -> pd.DataFrame:
    return pd.DataFrame([dict(id=f"a{i}", title=f"Title of a{i}", url=URL.format(f"a{i}"), language="en",
                              published="2025-01", published_inferred=i == 3, chars=100 * i,
                              origin=f"/corpus/a{i}.txt") for i in range(1, 6)])


def sample_conflicts() -> pd.DataFrame:
    return pd.DataFrame([dict(pair="RUS-VNM", origin="RUS", destination="VNM", metric="turnover",
                              kind="actual", unit="USD", year=2019, months="1-12", base_year=None,
                              consensus=4.5e9, spread_pct=4.444, article=a, value=v, bound="exact",
                              deviation=d) for a, v, d in (("a4", 4.4e9, -2.222), ("a5", 4.6e9, 2.222))])


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "report.xlsx"
    out = excel.write_report(path, sample_figures(), sample_articles(), conflicts=sample_conflicts(),
                             inputs=["corpus/"], **sample())
    assert out == path
    return path


@pytest.fixture(scope="module")
def wb(book: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(book)


def values(ws, row: int) -> list:
    return [c.value for c in ws[row]]


def test_sheets(wb) -> None:
    assert wb.sheetnames == ["Summary", "Targets", "Series", "Charts", "Figures", "Conflicts",
                             "Articles", "About"]


def test_summary(wb) -> None:
    ws = wb["Summary"]
    assert ws["A2"].value == ("5 articles, 11 figures, 2 targets. Amounts are shown in billions of "
                              "their currency. See the About sheet for how to read this workbook.")
    assert values(ws, 4) == ["Pair", "Latest full year", "Two-way trade", "Change on previous year",
                             "Latest part-year figure", "Targets", "In words"]
    assert values(ws, 5)[:3] == ["RUS-VNM", 2020, 5_000_000_000]
    assert ws["C5"].number_format == BN_USD
    assert ws["D5"].value == pytest.approx(5 / 4.5 - 1)
    assert ws["D5"].number_format == "0.0%"
    assert ws["E5"].value == "4.15 bn USD in Jan–Nov 2024"
    assert ws["F5"].value == ("10 bn USD by 2020 — missed (50% reached); "
                              "15 bn USD by 2030 — on track (needs 11.6% a year)")
    assert ws["G5"].value == (
        "Two-way trade between Russia and Vietnam was 5 bn USD in 2020, up 11% on 2019. Latest figure: "
        "4.15 bn USD in Jan–Nov 2024. Exports: Russia to Vietnam 2.1 bn USD in 2020; Vietnam to "
        "Russia 2.2 bn USD in 2020. Vietnam had a surplus of 0.1 bn USD in 2020. "
        "Targets: 10 bn USD by 2020 — missed (50% reached); "
        "15 bn USD by 2030 — on track (needs 11.6% a year).")
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == "A4:G5"


def test_targets(wb) -> None:
    ws = wb["Targets"]
    head = values(ws, 1)
    assert head[:6] == ["Pair", "Metric", "Target", "Deadline", "Status", "Attainment"]
    row = dict(zip(head, values(ws, 2), strict=True))
    assert (row["Pair"], row["Target"], row["Deadline"], row["Status"], row["Attainment"],
            row["Outcome"], row["Outcome year"]) == ("RUS-VNM", 1e10, 2020, "missed", 0.5, 5e9, 2020)
    row = dict(zip(head, values(ws, 3), strict=True))
    assert (row["Status"], row["Required yearly growth"], row["Trend reaches target"],
            row["Progress (latest ÷ target)"]) == ("on track", 0.1161, "yes", pytest.approx(1 / 3))
    assert ws["C2"].number_format == BN_USD
    assert ws["F2"].number_format == "0.0%"
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:V3"
    # one live colour rule per status on the Status column
    rules = {str(rng.sqref): [r.formula[0] for r in rng.rules] for rng in ws.conditional_formatting}
    assert rules == {"E2:E3": ['"met"', '"missed"', '"on track"', '"off track"', '"no data"']}


def test_series(wb) -> None:
    ws = wb["Series"]
    assert ws["A3"].value == "Russia–Vietnam (RUS–VNM, USD)"
    assert values(ws, 4) == [
        "Year", "Period", "Two-way trade", "Two-way trade, part of the year", "Lowest stated",
        "Highest stated", "Forecast", "Target", "Target status", "Growth of two-way trade (stated)",
        "Exports RUS→VNM", "Exports VNM→RUS", "Balance (+ = RUS surplus)", "Articles", "Notes"]
    assert [values(ws, r)[:2] for r in range(5, 11)] == [
        [2019, "full year"], [2020, "full year"], [2021, "full year"], [2023, "Jan–Nov"],
        [2024, "Jan–Nov"], [2030, "full year"]]
    assert values(ws, 5)[2:6] == [4.5e9, None, 4.4e9, 4.6e9]
    assert values(ws, 6) == [2020, "full year", 5e9, None, None, 5e9, None, 1e10, "missed", None,
                             2.1e9, 2.2e9, -1e8, "a1;a3", None]
    assert values(ws, 9)[3] == 4.15e9 and values(ws, 9)[9] == 0.25
    assert ws["J9"].number_format == "0.0%"
    assert ws["C5"].fill.fgColor.rgb == "00FCE4D6"  # sources disagree on 2019
    assert ws["C5"].comment.text == "Sources disagree (4.4 bn USD to 4.6 bn USD); articles: a4;a5"
    assert ws["D8"].font.i is True  # 2023 is derived from a growth rate
    assert ws["D8"].comment.text == "Derived, not stated: derived from +25% to 4.15 bn"


def test_native_chart(wb) -> None:
    ws = wb["Charts"]
    assert ws["A3"].value == "Russia–Vietnam (RUS-VNM, USD)"
    assert len(ws._charts) == 1
    assert len(ws._images) == 1  # the matplotlib picture beside it
    chart = ws._charts[0]
    refs = [(s.xVal.numRef.f, s.yVal.numRef.f) for s in chart.series]
    assert refs == [("'Series'!$A$5:$A$10", "'Series'!$C$5:$C$10"),
                    ("'Series'!$A$5:$A$10", "'Series'!$D$5:$D$10"),
                    ("'Series'!$A$5:$A$10", "'Series'!$G$5:$G$10"),
                    ("'Series'!$A$5:$A$10", "'Series'!$H$5:$H$10")]
    assert [s.tx.strRef.f for s in chart.series] == ["'Series'!C4", "'Series'!D4", "'Series'!G4", "'Series'!H4"]
    assert (chart.x_axis.scaling.min, chart.x_axis.scaling.max) == (2018, 2031)


def test_figures_sheet(wb) -> None:
    ws = wb["Figures"]
    head = values(ws, 1)
    assert head == ["Article", "Kind", "Metric", "From", "To", "Value", "Unit", "Bound", "Year",
                    "Months", "Base year", "Evidence", "Title", "URL", "Language", "Published",
                    "Date inferred", "Source"]
    assert values(ws, 2)[:12] == ["a1", "actual", "turnover", "RUS", "VNM", 5e9, "USD", "at_most",
                                  2020, "1-12", None, "Trade nearly reached 5 billion dollars in 2020."]
    assert ws["F2"].number_format == BN_USD
    assert (ws["F7"].value, ws["F7"].number_format, ws["G7"].value) == (0.25, "0.0%", "%")
    assert ws["M2"].value == "Title of a1"
    assert ws["M2"].hyperlink.target == "https://example.org/news/a1"
    assert ws["M12"].value == "https://example.org/news/a5"  # no title: the address stands in
    assert ws["M9"].hyperlink is None  # a javascript: address is never a link
    assert (ws["P9"].value, ws["Q9"].value) == ("2016-11", "yes")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:R12"


@pytest.mark.parametrize("cell, text", [
    ("L9", '=HYPERLINK("http://evil.example","click")'),
    ("L3", "+2.2 bn of exports"),
    ("L4", "-2.1 bn the other way"),
    ("L5", "@surplus of 0.1 bn"),
    ("L11", "\tTab-led 4.4 bn"),
    ("L12", "\rCR-led 4.6 bn"),
])
def test_article_text_is_never_a_formula(wb, cell: str, text: str) -> None:
    c = wb["Figures"][cell]
    assert (c.value, c.data_type) == (text, "s")


def test_no_formula_in_any_sheet(book: Path) -> None:
    with zipfile.ZipFile(book) as z:
        sheets = [n for n in z.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]
        assert len(sheets) == 8
        for name in sheets:
            assert re.search(rb"<f[ >]", z.read(name)) is None, name


def test_conflicts_sheet(wb) -> None:
    ws = wb["Conflicts"]
    head = values(ws, 1)
    rows = [dict(zip(head, values(ws, r), strict=True)) for r in (2, 3)]
    assert [(r["Year"], r["Article"], r["Stated value"], r["Consensus"], r["Deviation %"], r["Evidence"])
            for r in rows] == [(2019, "a4", 4.4e9, 4.5e9, -2.222, "\tTab-led 4.4 bn"),
                               (2019, "a5", 4.6e9, 4.5e9, 2.222, "\rCR-led 4.6 bn")]
    assert ws["M2"].hyperlink.target == "https://example.org/news/a4"


def test_articles_sheet(wb) -> None:
    ws = wb["Articles"]
    assert values(ws, 1) == ["ID", "Title", "URL", "Language", "Published", "Date inferred", "Figures",
                             "Characters", "Read from"]
    assert values(ws, 2) == ["a1", "Title of a1", "https://example.org/news/a1", "en", "2025-01", "no",
                             4, 100, "/corpus/a1.txt"]
    assert ws["B4"].hyperlink.target == "https://example.org/news/a3"
    assert ws["F4"].value == "yes"


def test_about_sheet(wb) -> None:
    ws = wb["About"]
    about = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(3, ws.max_row + 1)}
    assert about["Tool"] == f"tradetrack {__version__}"
    assert about["Inputs"] == "corpus/"
    assert (about["Articles read"], about["Figures found"]) == (5, 11)
    assert about["Figures"] == ("Every figure read from an article, with the sentence it was read "
                                "from and a link to the article.")
    assert about["Status: missed"] == "the deadline has passed and the outcome fell short"


def test_rewrite_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    for _ in range(2):
        excel.write_report(path, sample_figures(), sample_articles(), images=False, **sample())
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]
    assert path.stat().st_mode & 0o044 == 0o044  # readable by others, like any report
    assert len(openpyxl.load_workbook(path)["Charts"]._images) == 0


def test_control_characters_dropped(tmp_path: Path) -> None:
    figures = sample_figures()
    figures.loc[0, "evidence"] = "bad\x0bchar\x00s"
    path = excel.write_report(tmp_path / "r.xlsx", figures, sample_articles(), images=False, **sample())
    assert openpyxl.load_workbook(path)["Figures"]["L2"].value == "badchars"


def test_empty_inputs(tmp_path: Path) -> None:
    figures = sample_figures().iloc[0:0]
    empty_series = sample_series().iloc[0:0]
    path = excel.write_report(tmp_path / "r.xlsx", figures, sample_articles().iloc[0:0],
                              series=empty_series, targets=sample()["targets"].iloc[0:0])
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == list(excel.SHEETS)
    assert values(book["Figures"], 2) == [None] * 18


def test_series_and_targets_computed_when_not_given(tmp_path: Path) -> None:
    """Without series/targets the workbook asks the analysis stage (or its stand-in)."""
    path = api.write_report(tmp_path / "r.xlsx", sample_figures(), sample_articles())
    book = openpyxl.load_workbook(path)
    assert book["Summary"]["A5"].value == "RUS-VNM"
    assert book["Targets"]["C2"].value == 1e10
    assert book["Targets"]["D2"].value == 2020


def test_cli_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(cli, "_load", lambda args, run: (sample_figures(), sample_articles()))
    out = tmp_path / "sub" / "report.xlsx"
    assert cli.main(["report", "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"tradetrack: wrote {out}\n"
    assert openpyxl.load_workbook(out).sheetnames[:3] == ["Summary", "Targets", "Series"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_it(book: Path, tmp_path: Path) -> None:
    """LibreOffice converts the workbook to PDF without complaint (a repair would fail this)."""
    cmd = ["soffice", "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
           "--convert-to", "pdf", "--outdir", str(tmp_path), str(book)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert pdf.stat().st_size > 20_000


def test_one_series_block_per_currency(tmp_path: Path) -> None:
    series = sample_series()
    eur = series[(series["metric"] == "turnover") & (series["year"] == 2020)].assign(unit="EUR", value=4.6e9)
    path = excel.write_report(tmp_path / "r.xlsx", sample_figures(), sample_articles(), images=False,
                              series=pd.concat([series, eur]), targets=sample()["targets"])
    book = openpyxl.load_workbook(path)
    ws = book["Series"]
    assert ws["A3"].value == "Russia–Vietnam (RUS–VNM, USD)"
    assert (ws["A13"].value, ws["A15"].value, ws["B15"].value, ws["C15"].value) == (
        "Russia–Vietnam (RUS–VNM, EUR)", 2020, "full year", 4.6e9)
    assert ws["C15"].number_format == '#,##0.00,,," bn EUR"'
    assert ws.max_row == 15  # the EUR block has no growth row: rates go with the main currency
    assert len(book["Charts"]._charts) == 2


def test_without_the_analysis_stage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If tradetrack.analysis cannot be imported, figures are grouped by year and the workbook
    says so."""
    def missing(*args: object, **kw: object) -> None:
        raise ModuleNotFoundError("No module named 'tradetrack.analysis.reconcile'")

    monkeypatch.setattr(api, "build_series", missing)
    monkeypatch.setattr(api, "assess_targets", missing)
    path = excel.write_report(tmp_path / "r.xlsx", sample_figures(), sample_articles(), images=False)
    book = openpyxl.load_workbook(path)
    assert book["Summary"]["A3"].value == FALLBACK_NOTE
    assert values(book["Summary"], 6)[:3] == ["RUS-VNM", 2020, 5e9]
    about = book["About"]
    assert [about.cell(r, 2).value for r in range(1, about.max_row + 1)
            if about.cell(r, 1).value == "Note"] == [FALLBACK_NOTE]
    assert [values(book["Targets"], r)[4] for r in (2, 3)] == ["missed", "no data"]


def test_summary_of_a_pair_with_flows_only() -> None:
    series = sample_series()
    eu = series[series["metric"] != "turnover"].assign(
        origin=lambda d: d["origin"].map({"VNM": "VNM", "RUS": "EU"}),
        destination=lambda d: d["destination"].map({"VNM": "VNM", "RUS": "EU"}))
    eu.loc[eu["metric"] == "balance", ["origin", "destination"]] = ["EU", "VNM"]
    summary = excel.pair_summary("VNM-EU", eu, sample()["targets"].iloc[0:0])
    assert (summary["year"], summary["value"], summary["targets"]) == (None, None, None)
    assert summary["words"] == (
        "No full-year figure of two-way trade between Vietnam and the EU. Exports: Vietnam to the EU "
        "2.2 bn USD in 2020; the EU to Vietnam 2.1 bn USD in 2020. The EU had a surplus of 0.1 bn USD "
        "in 2020.")
