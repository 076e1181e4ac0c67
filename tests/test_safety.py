"""Nothing executes, nothing blows up: the extractor on random and adversarial text (hypothesis),
pathological inputs within a time budget, formula-safe CSV and Excel, atomic outputs."""
from __future__ import annotations

import csv
import io
import json
import math
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradetrack.extract import extract_article
from tradetrack.model import BOUNDS, KINDS, METRICS, Article, Figure
from tradetrack.outputs.atomic import atomic_path
from tradetrack.outputs.tables import write_frame, write_frame_to

# Pieces of news copy that number, period and cue patterns look for, and their separators:
# joined at random they make the runs a super-linear pattern would choke on.
TOKENS = [
    "1", "0", "9", "12", "4,15", "3.55", "1.000", "4 150", "1,2.3 4", "2020", "2030", "10843",
    ",", ".", " ", "  ", "\u00a0", "\u202f", "\n", "-", "–", "—", "%", " %", "/", "(", ")", ":", "'",
    "milliards", "milliard", "Mds", "mlds", "billion", "bn", "million", "mln", "millions", "tỷ",
    "triệu", "millones", "mil millones", "miliardi", "bilhões", "dix", "ten", "deux", "hundred",
    "janvier", "novembre", "janvier-novembre", "January", "first half", "Q1-Q3", "tháng 7",
    "les neuf premiers mois", "cette année", "last year", "d'ici", "by", "en", "in", "de",
    "$", "US$", "USD", "€", "EUR", "dollars", "euros", "dirhams", "FCFA", "yuans", "roubles",
    "échanges commerciaux", "two-way trade", "exports", "exportations", "importait", "excédent",
    "Vietnam", "Russie", "Russia", "France", "Algérie", "UE", "ASEAN", "Hanoi", "Moscou",
    "vietnamien", "russe", "les deux pays", "objectif", "visent à porter", "devraient",
    "expected", "target", "près de", "environ", "plus de", "over", "nearly", "en hausse de",
    "en baisse de", "down", "up", "doublé", "Voir plus", "See more", "Read more", "Xem thêm",
]
LANGS = [None, "fr", "en", "es", "it", "pt", "vi", "de", "zz"]
PUBLISHED = [None, "2021", "2021-11", "2025-01-15", "1900-01-01"]


def check_figures(figs: list[Figure], text: str) -> None:
    """The contract of every figure, whatever the input (shared/spec/FIGURES.md)."""
    assert isinstance(figs, list)
    for f in figs:
        assert isinstance(f, Figure)
        assert isinstance(f.value, int | float) and math.isfinite(f.value), f
        assert f.unit == "%" or f.value >= 0, f  # only a growth rate may be negative
        assert f.evidence and f.evidence in text, f
        assert f.kind in KINDS and f.metric in METRICS and f.bound in BOUNDS, f
        assert f.year is None or isinstance(f.year, int), f
        assert re.fullmatch(r"\d{1,2}-\d{1,2}", f.months), f


def run(text: str, language: str | None = None, published: str | None = None) -> None:
    check_figures(extract_article(Article(id="x", text=text, language=language, published=published)), text)


adversarial = st.lists(st.sampled_from(TOKENS), max_size=200).map("".join)
spaced = st.lists(st.sampled_from(TOKENS), max_size=200).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=2000), st.sampled_from(LANGS), st.sampled_from(PUBLISHED))
def test_extract_never_raises_on_random_text(text: str, language: str | None, published: str | None):
    run(text, language, published)


@SETTINGS
@given(adversarial, st.sampled_from(LANGS), st.sampled_from(PUBLISHED))
def test_extract_never_raises_on_adversarial_text(text: str, language: str | None, published: str | None):
    run(text, language, published)


@SETTINGS
@given(spaced, st.sampled_from(LANGS[:7]), st.sampled_from(PUBLISHED))
def test_extract_never_raises_on_spaced_tokens(text: str, language: str | None, published: str | None):
    run(text, language, published)


@SETTINGS
@given(st.integers(1, 400), st.sampled_from(["9", "1,", "1.", "1 ", "0", "1\u00a0", "12.345,"]),
       st.sampled_from(["", " milliards de dollars", " billion USD", "%", " tỷ USD"]))
def test_extract_never_raises_on_long_digit_runs(n: int, unit: str, tail: str):
    # 400 nines overflow a float: the engine must not emit inf
    run("Les échanges commerciaux entre le Vietnam et la Russie ont atteint " + unit * n + tail + ".", "fr",
        "2021")


@pytest.mark.parametrize("text", [
    "Les échanges commerciaux entre la France et l'Algérie ont atteint 4,15 milliards de dollars en 2021.",
    "Two-way trade between Vietnam and Russia fell 15.8% to $3.55 billion in 2020, down nearly 18%.",
    "Le commerce bilatéral a doublé pour atteindre près de 5 milliards de dollars en 2020, dont près de "
    "1 milliard de dollars d'excédent commercial vietnamien.",
])
def test_extract_on_real_sentences_keeps_the_contract(text: str):
    run(text, None, "2022-01")


def test_number_parser_raises_nothing_but_value_error():
    numbers = pytest.importorskip("tradetrack.extract.numbers")
    parse = getattr(numbers, "parse_digits", None)
    if parse is None:
        pytest.skip("no parse_digits in tradetrack.extract.numbers")

    # Any digit token the engine's tokenizer can match. The parser's contract: a non-negative
    # float, or ValueError for a malformed group ("0.,.0"), which its callers catch and skip.
    @SETTINGS
    @given(st.from_regex(r"\A[0-9][0-9., \u00a0\u202f]{0,400}[0-9]\Z"), st.booleans())
    def check(s: str, decimal_comma: bool) -> None:
        try:
            v = parse(s, decimal_comma)
        except ValueError:
            return
        assert isinstance(v, float) and v >= 0 and not math.isnan(v), (s, v)

    check()


# Pathological shapes for backtracking patterns and for quadratic pairing logic. Each runs at
# N and 4N characters, with language detection and with the French rules forced. A linear
# engine at the project's 6 MB/s target does 4N in ~20 ms; the test fails on 4N over 15 s (a
# catastrophic pattern, or a pass far off the target) or on a 4x input taking over 8x the time
# (linear is 4x; quadratic is 16x; 8x leaves room for a busy machine). Times under 50 ms are
# too noisy to judge a ratio by. Run in a child process so that a hang fails instead of
# sticking the suite; benchmarks/linear_time.py gives the full picture.
N = 32_000
SHAPES = {
    "digits": "1",
    "digit-comma": "1,",
    "digit-dot-space": "1.000 ",
    "mixed separators": "1,2.3 4 ",
    "nbsp groups": "4\u00a0150\u202f",
    "scale words": "milliards billion tỷ millones ",
    "months": "janvier-novembre January tháng 7 Q1-Q3 ",
    "percent": "-%",
    "one sentence of pairs": "Vietnam Russie 1 milliard de dollars échanges ",
    "one long word": "é",
    "lines": "1\n",
    "brackets": "((((()))))",
    "spaces": " ",
    # a cue whose pattern repeats words, before one long word: "to raise (?:\\w+ ){0,4}to"
    "cue before a long word": "to raise " + "a" * 300 + " ",
    "caption lines": "Le port, 2 milliards de dollars. Photo : VNA\n",
}
# The budget catches a hang or a super-linear pass; linearity itself is judged by MAX_RATIO
# (4N against N), which machine load does not skew the way it skews absolute times.
BUDGET_S = 15.0
MAX_RATIO = 8.0
MIN_JUDGED_S = 0.05


def test_pathological_inputs_are_linear_and_within_budget():
    script = textwrap.dedent("""
        import json, sys, time
        from tradetrack.extract import extract_article
        from tradetrack.model import Article
        n, shapes = json.load(sys.stdin)
        extract_article(Article(id="w", text="Les échanges ont atteint 1 milliard de dollars.", language="fr"))
        for name, unit in shapes.items():
            for hint in (None, "fr"):  # detection, and the French rules forced on any text
                times, err = [], None
                for size in (n, 4 * n):
                    text = (unit * (size // len(unit) + 1))[:size]
                    t = time.perf_counter()
                    try:
                        extract_article(Article(id="x", text=text, language=hint))
                    except Exception as e:
                        err = f"{type(e).__name__}: {e}"
                    times.append(time.perf_counter() - t)
                print(json.dumps([f"{name} ({hint})", times, err]), flush=True)
    """)
    try:
        r = subprocess.run([sys.executable, "-c", script], input=json.dumps([N, SHAPES]), capture_output=True,
                           text=True, timeout=2 * 1.25 * BUDGET_S * len(SHAPES) + 60)
        out = r.stdout
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode() if isinstance(e.stdout, bytes) else e.stdout or ""
    results = {name: (times, err) for name, times, err in map(json.loads, out.splitlines())}
    assert {k: err for k, (_, err) in results.items() if err} == {}
    assert {k: round(t[1], 2) for k, (t, _) in results.items() if t[1] > BUDGET_S} == {}
    assert {k: round(t[1] / t[0], 1) for k, (t, _) in results.items()
            if t[0] >= MIN_JUDGED_S and t[1] / t[0] > MAX_RATIO} == {}
    assert sorted(results) == sorted(f"{k} ({h})" for k in SHAPES for h in ("None", "fr"))  # none hung


# --- spreadsheet safety -----------------------------------------------------------------------------

DANGEROUS = ["=1+1", "+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "=cmd|' /C calc'!A0",
             '=HYPERLINK("http://evil.example","x")']


def test_csv_neutralises_formula_leading_text_and_keeps_numbers():
    df = pd.DataFrame({"text": DANGEROUS + ["plain", "a=b"], "value": [-15.8, 1.0, 2, 3, 4, 5, 6, 7, 8, 9]})
    buf = io.StringIO()
    write_frame(df, "csv", buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert rows[0] == ["text", "value"]
    # a CR becomes a (quoted) line feed: a raw CR would split the row in a spreadsheet
    assert [r[0] for r in rows[1:]] == ["'" + s.replace("\r", "\n") for s in DANGEROUS] + ["plain", "a=b"]
    assert rows[1][1] == "-15.8"  # a negative number is a number, not a formula


def test_csv_carriage_returns_inside_text_never_split_a_row():
    df = pd.DataFrame({"evidence": ["ligne 1\rligne 2", "a\r\nb"], "value": [1, 2]})
    buf = io.StringIO()
    write_frame(df, "csv", buf)
    assert buf.getvalue() == 'evidence,value\n"ligne 1\nligne 2",1\n"a\nb",2\n'


def test_csv_output_of_extract_is_neutralised(tmp_path: Path):
    from tradetrack import api

    art = Article(id="=1+1", text="-2+3 @SUM", title="@SUM(A1)", url="https://x.example/=1")
    fig = Figure(article=art.id, kind="actual", metric="turnover", origin="FRA", destination="DZA",
                 value=-1.5, unit="%", evidence="=cmd|' /C calc'!A0")
    out = tmp_path / "f.csv"
    write_frame_to(api.figures_frame([(art, [fig])]), "csv", out)
    (row,) = list(csv.DictReader(out.open(encoding="utf-8")))
    assert (row["article"], row["evidence"], row["title"], row["value"]) == (
        "'=1+1", "'=cmd|' /C calc'!A0", "'@SUM(A1)", "-1.5")


def test_excel_report_stores_article_text_as_text(tmp_path: Path):
    pytest.importorskip("tradetrack.outputs.excel")
    from openpyxl import load_workbook

    from tradetrack import api

    arts = [Article(id=s, text="x", title=s, url="https://x.example/", published="2021") for s in DANGEROUS]
    pairs = [(a, [Figure(article=a.id, kind="actual", metric="turnover", origin="FRA", destination="DZA",
                         value=1e9 + i, unit="USD", year=2021, evidence=a.title)])
             for i, a in enumerate(arts)]
    path = api.write_report(tmp_path / "r.xlsx", api.figures_frame(pairs), api.articles_frame(arts))
    wb = load_workbook(path)
    found: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    found.add(cell.value)
    # the planted text is there, shown as text
    assert {"=cmd|' /C calc'!A0", "@SUM(A1:A2)", '=HYPERLINK("http://evil.example","x")'} <= found


# --- atomic outputs ---------------------------------------------------------------------------------

def test_atomic_path_keeps_the_old_file_when_the_write_fails(tmp_path: Path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"good old workbook")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half a wor")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"good old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]  # no temporary left


def test_atomic_path_replaces_on_success(tmp_path: Path):
    target = tmp_path / "sub" / "out.csv"
    with atomic_path(target) as tmp:
        tmp.write_text("new")
        assert not target.exists()  # nothing visible until the write is complete
    assert target.read_text() == "new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.csv"]


def test_interrupted_report_leaves_the_old_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    pytest.importorskip("tradetrack.outputs.excel")
    from openpyxl import Workbook

    from tradetrack import api

    target = tmp_path / "r.xlsx"
    target.write_bytes(b"good old workbook")

    def broken_save(self: Workbook, filename: str | Path) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half")
        raise KeyboardInterrupt

    monkeypatch.setattr(Workbook, "save", broken_save)
    art = Article(id="a", text="x")
    with pytest.raises(KeyboardInterrupt):
        api.write_report(target, api.figures_frame([(art, [])]), api.articles_frame([art]))
    assert target.read_bytes() == b"good old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def test_interrupted_csv_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import tradetrack.outputs.tables as tables

    target = tmp_path / "f.csv"
    target.write_text("good,old\n")

    def broken(df: pd.DataFrame, fmt: str, out: io.TextIOBase | None = None) -> None:
        out.write("half,")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tables, "write_frame", broken)
    with pytest.raises(OSError):
        tables.write_frame_to(pd.DataFrame({"a": [1]}), "csv", target)
    assert target.read_text() == "good,old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.csv"]


def test_table_output_shows_terminal_controls_escaped():
    df = pd.DataFrame({"evidence": ["x\x1b]0;pwned\x07y", "a\u202eb"], "value": [1.5, 2.0]})
    buf = io.StringIO()
    write_frame(df, "table", buf)
    assert "\x1b" not in buf.getvalue() and "\u202e" not in buf.getvalue()
    assert [line.split() for line in buf.getvalue().splitlines()] == [
        ["evidence", "value"], ["x\\x1b]0;pwned\\x07y", "1.5"], ["a\\u202eb", "2.0"]]
