"""A hostile corpus folder through the loader and the CLI: nothing crashes, nothing is lost.

The folder is built once per session (it holds a 50 MB single-line file, read through the real
default cap). Each bad input must be named exactly once, with its file (and line) and reason;
every good article must come through.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tradetrack.cli import main
from tradetrack.corpus import load_corpus
from tradetrack.corpus.rawio import DEFAULT_MAX_BYTES

FR = ("Les échanges commerciaux entre le Vietnam et la Russie ont atteint {v} milliards de dollars "
      "en 2021, en hausse de 25%.")
EN = "Two-way trade between France and Algeria reached {v} billion dollars in 2022."
HUGE_BYTES = 50_000_000

# Good articles (id -> a fragment of their text); every one must be read.
GOOD = {
    "good_txt": "4,15 milliards",
    "good_md": "5,2 milliards",
    "good_html": "6,1 milliards",
    "sub_good": "7,3 milliards",
    "cp1252": "l’an dernier",
    "latin1": "exportações",
    "utf16": "8,4 milliards",
    "badutf8": "9,5 milliards",
    "malformed": "1,6 milliards",
    "huge": "lorem",
    "j1": "2.5 billion",
    "j_numid": "3.5 billion",  # id given as a number: read as "42"
    "j_yesterday": "4.5 billion",
    "j_year": "5.5 billion",
    "j_lang": "Handel",
    "j_noid": "6.5 billion",
    "j_dup_other": "7.5 billion",
    "chinese": "贸易额",
}


def _page(v: str) -> str:
    body = "".join(f"<p>{FR.format(v=v)} Paragraphe {i} de l'article principal.</p>" for i in range(5))
    return (f"<html><head><title>Commerce {v}</title><meta property='article:published_time' "
            f"content='2022-01-15'></head><body><nav>Accueil | Voir plus</nav><article>{body}"
            "</article></body></html>")


def build_hostile(root: Path, huge: bool = True) -> Path:
    """The hostile folder of issue 8, built from scratch under ``root``."""
    d = root / "hostile"
    (d / "sub").mkdir(parents=True)
    (d / "good_txt.txt").write_text(FR.format(v="4,15"), encoding="utf-8")
    (d / "good_md.md").write_text("# Commerce\n\n" + FR.format(v="5,2"), encoding="utf-8")
    (d / "good_html.html").write_text(_page("6,1"), encoding="utf-8")
    (d / "sub" / "sub_good.txt").write_text(FR.format(v="7,3"), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_text(" \n\t\n", encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (d / "cp1252.txt").write_bytes((FR.format(v="3,1") + " Comme l’an dernier — 3 €.").encode("cp1252"))
    (d / "latin1.txt").write_bytes(("As exportações de Portugal para França: " + EN.format(v="2"))
                                   .encode("latin-1"))
    (d / "utf16.txt").write_bytes(FR.format(v="8,4").encode("utf-16"))
    (d / "badutf8.txt").write_bytes(FR.format(v="9,5").encode() + b" \xc3\x28 \xff fin.")
    (d / "malformed.html").write_bytes(b"<html><body><div><p>" + FR.format(v="1,6").encode()
                                       + b"<b><i></div></p></span><p <<>> &bogus; <!-- unclosed")
    (d / "nothing.html").write_text("<html><head><script>alert(1)</script></head></html>", encoding="utf-8")
    (d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (d / "chinese.txt").write_text("中国与俄罗斯的贸易额在2021年达到1468.87亿美元。两国计划到2024年将贸易额提高到"
                                   "2000亿美元。", encoding="utf-8")
    if huge:
        # One 50 MB line: must be cut to the 5 MB default cap, never read whole.
        with open(d / "huge.txt", "wb") as f:
            chunk = b"lorem ipsum " * 100_000
            for _ in range(HUGE_BYTES // len(chunk)):
                f.write(chunk)
            f.write(b"x" * (HUGE_BYTES % len(chunk)))
    lines = [
        json.dumps({"id": "j1", "text": EN.format(v="2.5"), "published": "2023-02", "language": "en"}),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        "",
        json.dumps({"id": 42, "text": EN.format(v="3.5"), "published": "2023"}),
        json.dumps({"id": "j_yesterday", "text": EN.format(v="4.5"), "published": "yesterday"}),
        json.dumps({"id": "j_year", "text": EN.format(v="5.5"), "published": 2021}),
        json.dumps({"id": "j_notext", "published": "2021"}),
        json.dumps({"id": "j_numtext", "text": 12345}),
        json.dumps({"id": "j_lang", "text": "Der Handel zwischen Deutschland und Frankreich wuchs.",
                    "language": "de"}),
        json.dumps({"text": EN.format(v="6.5")}),
        json.dumps({"id": "j1", "text": EN.format(v="2.5"), "published": "2023-02", "language": "en"}),
        json.dumps({"id": "j1", "text": EN.format(v="7.5")}),
        "[" * 50_000 + "]" * 50_000,
    ]
    (d / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if hasattr(os, "symlink"):
        (d / "sub" / "loop").symlink_to(d, target_is_directory=True)
    return d


def expected_warnings(d: Path, huge: bool = True) -> list[str]:
    """Every warning the hostile folder must give, exactly once each, in reading order."""
    j = d / "corpus.jsonl"
    w = [
        f"{d / 'badutf8.txt'}: invalid UTF-8 (2 bad bytes replaced by U+FFFD)",
        f"{d / 'binary.txt'}: binary file (NUL bytes); skipped",
        f"{d / 'blank.md'}: empty text; skipped",
        f"{j}:2: not JSON (Unterminated string starting at column 26); skipped",
        f"{j}:3: a JSON list, not an object; skipped",
        f"{j}:6: 'published' 'yesterday' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored",
        f"{j}:7: 'published' is the number 2021, not text; read as '2021'",
        f"{j}:8: no 'text'; skipped",
        f"{j}:9: 'text' is a int, not text; skipped",
        f"{j}:10: language 'de' is not supported (fr, en, es, it, pt, vi); processed anyway, "
        "figures are unlikely",
        f"{j}:11: no 'id'; using 'corpus:11'",
        f"{j}:14: JSON nested too deeply; skipped",
        f"{j}:12: duplicate of article 'j1' ({j}:1); skipped",
        f"{j}:13: id 'j1' already used by {j}:1 for another text; read as 'j1~2'",
        f"{d / 'chinese.txt'}: text is mostly in Han script, not a supported language "
        "(fr, en, es, it, pt, vi); processed anyway, figures are unlikely",
        f"{d / 'cp1252.txt'}: not UTF-8; decoded as Windows-1252 (Latin-1)",
        f"{d / 'empty.txt'}: empty file; skipped",
    ]
    if huge:
        w.append(f"{d / 'huge.txt'}: 50 MB, over the per-article cap of 5 MB; only its first 5 MB read")
    w += [
        f"{d / 'latin1.txt'}: not UTF-8; decoded as Windows-1252 (Latin-1)",
        f"{d / 'nothing.html'}: no text in the HTML page; skipped",
        f"{d}: 1 file of unsupported type skipped (.jpg); articles are .txt, .md, .html or .jsonl",
    ]
    if hasattr(os, "symlink"):
        w.append(f"{d / 'sub' / 'loop'}: symbolic link loop back to {d}; not followed")
    return w


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session")
def hostile_small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same without the 50 MB file: extracting its 5 MB takes the engine a while, and
    `extract` already runs the default cap end to end."""
    return build_hostile(tmp_path_factory.mktemp("corpus"), huge=False)


def test_hostile_folder_loads_every_good_article_and_names_each_bad_input_once(hostile: Path):
    warnings: list[str] = []
    arts = list(load_corpus([hostile], warnings.append))
    ids = {a.id: a for a in arts}
    assert sorted(ids) == sorted([k for k in GOOD if k not in ("j_numid", "j_noid", "j_dup_other")]
                                 + ["42", "corpus:11", "j1~2"])
    for aid, fragment in GOOD.items():
        aid = {"j_numid": "42", "j_noid": "corpus:11", "j_dup_other": "j1~2"}.get(aid, aid)
        assert fragment in ids[aid].text, aid
    assert sorted(warnings) == sorted(expected_warnings(hostile))
    assert len(warnings) == len(set(warnings))
    # mistyped fields were coerced, not dropped with their article
    assert (ids["42"].published, ids["j_yesterday"].published, ids["j_year"].published) == ("2023", None, "2021")
    assert ids["good_html"].published == "2022-01-15"
    assert ids["j_lang"].language == "de"
    assert "\ufffd" not in ids["cp1252"].text and "€" in ids["cp1252"].text


def test_huge_file_is_cut_to_the_default_cap(hostile: Path):
    assert DEFAULT_MAX_BYTES == 5_000_000
    (art,) = [a for a in load_corpus([hostile / "huge.txt"]) if a.id == "huge"]
    # 5 MB = 416,666 times "lorem ipsum " and "lorem ip": cut at the last space, not in a word
    assert len(art.text) == 416_666 * 12 + len("lorem")
    assert art.text.endswith("ipsum lorem")


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    rc = main(args)
    out, err = capsys.readouterr()
    return rc, out, err


def _warned(err: str) -> list[str]:
    prefix = "tradetrack: warning: "
    return [line[len(prefix):] for line in err.splitlines() if line.startswith(prefix)]


def test_extract_on_hostile_folder_exits_0_with_each_warning_once(hostile: Path, capsys, tmp_path: Path):
    rc, out, err = _cli(["extract", str(hostile), "-q", "-j", "1", "--db", str(tmp_path / "x.sqlite")], capsys)
    assert rc == 0
    assert "Traceback" not in err
    assert sorted(_warned(err)) == sorted(expected_warnings(hostile))
    for line in out.splitlines():  # figures, if the engine finds any, are valid JSON records
        json.loads(line)


def test_extract_exits_1_when_nothing_could_be_read(tmp_path: Path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    rc, out, err = _cli(["extract", str(tmp_path), "-q", "-j", "1"], capsys)
    assert (rc, out) == (1, "")
    assert err.splitlines() == [
        f"tradetrack: warning: {tmp_path / 'bin.txt'}: binary file (NUL bytes); skipped",
        f"tradetrack: warning: {tmp_path / 'empty.txt'}: empty file; skipped",
        f"tradetrack: error: no article could be read from {tmp_path}",
    ]


def test_extract_exits_1_on_a_missing_path(tmp_path: Path, capsys):
    rc, out, err = _cli(["extract", str(tmp_path / "nope"), "-q", "-j", "1"], capsys)
    assert (rc, out) == (1, "")
    assert err.splitlines() == [
        f"tradetrack: warning: {tmp_path / 'nope'}: no such file or folder; skipped",
        f"tradetrack: error: no article could be read from {tmp_path / 'nope'}",
    ]


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["extract", "--format", "xml"])
    assert e.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def test_extract_as_a_process_prints_no_traceback(tmp_path: Path):
    d = build_hostile(tmp_path, huge=False)
    r = subprocess.run([sys.executable, "-m", "tradetrack", "extract", str(d), "-q",
                        "--db", str(tmp_path / "x.sqlite")],
                       capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert sorted(_warned(r.stderr)) == sorted(expected_warnings(d, huge=False))


def test_report_on_hostile_folder_exits_0_and_writes_a_workbook(hostile_small: Path, capsys, tmp_path: Path):
    from openpyxl import load_workbook

    out = tmp_path / "r.xlsx"
    rc, stdout, err = _cli(["report", str(hostile_small), "-q", "-j", "1", "-o", str(out),
                            "--db", str(tmp_path / "x.sqlite")], capsys)
    assert (rc, stdout) == (0, "")
    assert "Traceback" not in err
    assert sorted(_warned(err)) == sorted(expected_warnings(hostile_small, huge=False))
    ws = load_workbook(out)["Articles"]  # a complete, readable workbook listing every good article
    ids = [row[0] for row in ws.iter_rows(min_row=2, values_only=True) if row[0]]
    assert sorted(ids) == sorted(
        [k for k in GOOD if k not in ("j_numid", "j_noid", "j_dup_other", "huge")] + ["42", "corpus:11", "j1~2"])


def test_report_with_nothing_readable_exits_1_and_keeps_the_old_workbook(tmp_path: Path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00" * 10)
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"good old workbook")
    rc, stdout, err = _cli(["report", str(tmp_path / "in"), "-q", "-j", "1", "-o", str(out),
                            "--db", str(tmp_path / "x.sqlite")], capsys)
    assert rc == 1
    assert err.splitlines() == [
        f"tradetrack: warning: {tmp_path / 'in' / 'bin.txt'}: binary file (NUL bytes); skipped",
        f"tradetrack: error: no article could be read from {tmp_path / 'in'}",
    ]
    assert out.read_bytes() == b"good old workbook"


def test_ingest_on_hostile_folder_stores_every_good_article(hostile_small: Path, capsys, tmp_path: Path):
    from tradetrack import api

    db = tmp_path / "x.sqlite"
    rc, stdout, err = _cli(["ingest", str(hostile_small), "-q", "-j", "1", "--db", str(db)], capsys)
    assert rc == 0
    assert "Traceback" not in err
    assert sorted(_warned(err)) == sorted(expected_warnings(hostile_small, huge=False))
    assert sorted(a.id for a, _ in api.stored(db)) == sorted(
        [k for k in GOOD if k not in ("j_numid", "j_noid", "j_dup_other", "huge")] + ["42", "corpus:11", "j1~2"])


def test_unwritable_output_is_an_error_line_not_a_traceback(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_text(FR.format(v="4,15"), encoding="utf-8")
    rc, out, err = _cli(["extract", str(tmp_path / "a.txt"), "-q", "-j", "1", "-o", str(tmp_path)], capsys)
    assert (rc, out, err) == (1, "", f"tradetrack: error: {tmp_path}: Is a directory\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no temporary left behind


def test_internal_error_is_one_line_unless_debugging(tmp_path: Path, capsys, monkeypatch):
    from tradetrack import api

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(api, "articles", broken)
    monkeypatch.delenv("TRADETRACK_DEBUG", raising=False)
    rc, out, err = _cli(["extract", str(tmp_path), "-q", "-j", "1"], capsys)
    assert (rc, out) == (1, "")
    assert err == ("tradetrack: error: internal error (ZeroDivisionError: boom); "
                   "set TRADETRACK_DEBUG=1 for the traceback\n")
    monkeypatch.setenv("TRADETRACK_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        main(["extract", str(tmp_path), "-q", "-j", "1"])


def test_cli_warnings_never_carry_terminal_controls(capsys):
    from tradetrack.cli import Run

    Run().warn("x.txt: extraction failed (ValueError: \x1b]0;pwned\x07)")
    assert capsys.readouterr().err == "tradetrack: warning: x.txt: extraction failed (ValueError: \\x1b]0;pwned\\x07)\n"
