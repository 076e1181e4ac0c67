"""The corpus layer on each kind of input, good and bad, one behaviour per test."""
from __future__ import annotations

import io
import json
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradetrack.corpus import load_corpus, read_path
from tradetrack.corpus.html import html_article
from tradetrack.corpus.load import MAX_LINE_WARNINGS, safe_message
from tradetrack.corpus.rawio import DEFAULT_MAX_BYTES, cut_at_boundary, decode, iter_lines, mb
from tradetrack.corpus.records import make_article, normalise_id, normalise_language, normalise_published
from tradetrack.model import Article

FR = "Les échanges commerciaux entre le Vietnam et la Russie ont atteint 4,15 milliards de dollars."


def load(*paths: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list, list[str]]:
    warnings: list[str] = []
    arts = list(load_corpus(paths, warnings.append, max_bytes=max_bytes))
    return arts, warnings


def write_jsonl(path: Path, *lines: object) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
                    encoding="utf-8")
    return path


# --- decoding ------------------------------------------------------------------------------------

def test_decode_utf8_plain():
    assert decode(FR.encode()) == (FR, None)


def test_decode_utf8_bom_is_dropped():
    assert decode(b"\xef\xbb\xbf" + FR.encode()) == (FR, None)


@pytest.mark.parametrize("enc", ["utf-16", "utf-16-be", "utf-32"])
def test_decode_utf16_and_utf32_with_bom(enc: str):
    data = FR.encode(enc) if enc != "utf-16-be" else b"\xfe\xff" + FR.encode(enc)
    assert decode(data) == (FR, None)


def test_decode_utf16_without_bom_is_recognised():
    text, note = decode(FR.encode("utf-16-le"))
    assert text == FR
    assert note == "UTF-16 without byte-order mark; decoded as UTF-16-LE"


def test_decode_cp1252_and_latin1():
    cp = "L’euro a gagné 3 € — « bien »"
    assert decode(cp.encode("cp1252")) == (cp, "not UTF-8; decoded as Windows-1252 (Latin-1)")
    latin = "Exportações à França"
    assert decode(latin.encode("latin-1")) == (latin, "not UTF-8; decoded as Windows-1252 (Latin-1)")


def test_decode_bytes_undefined_in_cp1252_fall_back_to_latin1():
    assert decode(b"caf\xe9 \x81")[0] == "café \x81"


def test_decode_mostly_utf8_keeps_utf8_and_replaces_bad_bytes():
    data = FR.encode() + b" \xff fin"
    assert decode(data) == (FR + " \ufffd fin", "invalid UTF-8 (1 bad bytes replaced by U+FFFD)")


def test_decode_binary():
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00") == (None, "binary file (NUL bytes)")


def test_decode_truncated_utf8_drops_the_cut_character():
    data = "prix: 5 €".encode()[:-1]  # '€' is 3 bytes: cut in the middle
    assert decode(data, truncated=True) == ("prix: 5 ", None)


def test_cut_at_boundary_does_not_split_a_number():
    assert cut_at_boundary("atteint 4,15 milliards\nde dollars 4,1") == "atteint 4,15 milliards"
    assert cut_at_boundary("atteint 4,15 milliards 4,1") == "atteint 4,15 milliards"
    assert cut_at_boundary("x" * 10) == "x" * 10


def test_mb():
    assert (mb(5_000_000), mb(52_400_000), mb(812)) == ("5 MB", "52.4 MB", "812 bytes")


# --- bounded lines ---------------------------------------------------------------------------------

class CountingReader(io.BufferedReader):
    """Records the largest single read: proof that a long line is never held whole."""

    biggest = 0

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        line = super().readline(size)
        CountingReader.biggest = max(CountingReader.biggest, len(line))
        return line


def test_iter_lines_skips_an_overlong_line_without_holding_it():
    data = b'{"a": 1}\n' + b"x" * 5_000_000 + b"\n" + b'{"b": 2}'
    f = CountingReader(io.BytesIO(data))
    lines = list(iter_lines(f, max_bytes=1000))
    assert [(ln.number, ln.text, ln.size) for ln in lines] == [
        (1, '{"a": 1}\n', 9), (2, None, 5_000_001), (3, '{"b": 2}', 8)]
    assert CountingReader.biggest <= 1 << 20


def test_iter_lines_utf16_file():
    data = ('{"id": 1}\n{"id": 2}\n').encode("utf-16")
    lines = list(iter_lines(io.BufferedReader(io.BytesIO(data)), max_bytes=1000))
    assert [ln.text for ln in lines] == ['{"id": 1}\n', '{"id": 2}\n']


# --- fields ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (None, (None, None)),
    ("", (None, None)),
    ("2021", ("2021", None)),
    ("2021-5", ("2021-05", None)),
    ("2021-05-04", ("2021-05-04", None)),
    ("2021/5/4", ("2021-05-04", None)),
    ("2021-05-04T10:00:00+00:00", ("2021-05-04", None)),
    ("20210504", ("2021-05-04", None)),
    (2021, ("2021", "'published' is the number 2021, not text; read as '2021'")),
    (2021.0, ("2021", "'published' is the number 2021, not text; read as '2021'")),
    (1620000000, (None, "'published' is the number 1620000000, not a year; ignored")),
    (float("nan"), (None, "'published' is the number nan, not a year; ignored")),
    (True, (None, "'published' is True, not a date; ignored")),
    (["2021"], (None, "'published' is a list, not a date; ignored")),
    ("yesterday", (None, "'published' 'yesterday' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored")),
    ("2021-13-01", ("2021", "'published' '2021-13-01' has no month 13; kept the year 2021")),
    ("2021-02-30", ("2021-02", "'published' '2021-02-30' has no day 30 in that month; kept 2021-02")),
    ("0001-01-01", (None, "'published' '0001-01-01' has an implausible year; ignored")),
])
def test_normalise_published(value: object, expected: tuple):
    assert normalise_published(value) == expected


@pytest.mark.parametrize("value, expected", [
    (12, "12"), (12.0, "12"), (1.5, "1.5"), (" a1 ", "a1"), ("", None), (None, None),
    (True, None), ([1], None), (float("inf"), None),
])
def test_normalise_id(value: object, expected: str | None):
    assert normalise_id(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("fr", ("fr", None)), ("FR-fr", ("fr", None)), ("pt_BR", ("pt", None)), (None, (None, None)),
    ("de", ("de", "language 'de' is not supported (fr, en, es, it, pt, vi); processed anyway, "
                  "figures are unlikely")),
    ("French", (None, "'language' 'French' is not a language code (such as 'fr'); ignored")),
    (7, (None, "'language' is a int, not a language code; ignored")),
])
def test_normalise_language(value: object, expected: tuple):
    assert normalise_language(value) == expected


def test_make_article_coerces_and_reports_each_field_once():
    w: list[str] = []
    art = make_article({"id": 7, "text": FR, "published": "yesterday", "title": 3, "url": "javascript:alert(1)",
                        "language": "FR"}, "c.jsonl:4", w.append)
    assert (art.id, art.title, art.url, art.published, art.language, art.origin) == (
        "7", "3", None, None, "fr", "c.jsonl:4")
    assert w == ["c.jsonl:4: 'published' 'yesterday' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored",
                 "c.jsonl:4: 'url' 'javascript:alert(1)' is not an http(s) URL; ignored"]


def test_make_article_repairs_unpaired_surrogates():
    w: list[str] = []
    rec = json.loads('{"id": "s", "text": "bad \\ud800 text"}')
    art = make_article(rec, "c:1", w.append)
    assert art.text == "bad \ufffd text"
    assert w == ["c:1: text has unpaired surrogate escapes; replaced by U+FFFD"]


def test_make_article_without_id_uses_the_default():
    w: list[str] = []
    art = make_article({"text": FR}, "c.jsonl:3", w.append, default_id="c:3")
    assert art.id == "c:3" and w == ["c.jsonl:3: no 'id'; using 'c:3'"]
    w.clear()
    art = make_article({"id": {"x": 1}, "text": FR}, "c.jsonl:3", w.append, default_id="c:3")
    assert art.id == "c:3" and w == ["c.jsonl:3: 'id' is a dict, not text or a number; using 'c:3'"]


@pytest.mark.parametrize("text, msg", [
    (None, "no 'text'; skipped"), (42, "'text' is a int, not text; skipped"), ("  \n", "empty text; skipped"),
])
def test_make_article_without_text_is_skipped(text: object, msg: str):
    w: list[str] = []
    assert make_article({"id": "a", "text": text}, "c:1", w.append) is None
    assert w == [f"c:1: {msg}"]


def test_make_article_cuts_a_giant_id():
    w: list[str] = []
    art = make_article({"id": "i" * 1000, "text": FR}, "c:1", w.append)
    assert art.id == "i" * 200 and w == ["c:1: 'id' is 1000 characters long; cut to 200"]


# --- files and folders --------------------------------------------------------------------------

def test_jsonl_lines_each_reported_once_with_line_numbers(tmp_path: Path):
    p = write_jsonl(tmp_path / "c.jsonl", {"id": "a", "text": FR}, "{broken", "[1, 2]", "",
                    {"id": "b", "text": FR + " bis", "published": 2021}, "[" * 100_000 + "]" * 100_000,
                    '{"id": "big", "n": ' + "9" * 5000 + "}")
    arts, w = load(p)
    assert [a.id for a in arts] == ["a", "b"]
    assert arts[1].published == "2021"
    assert w == [
        f"{p}:2: not JSON (Expecting property name enclosed in double quotes at column 2); skipped",
        f"{p}:3: a JSON list, not an object; skipped",
        f"{p}:5: 'published' is the number 2021, not text; read as '2021'",
        f"{p}:6: JSON nested too deeply; skipped",
        f"{p}:7: not usable JSON (Exceeds the limit (4300 digits) for integer string conversion); skipped",
    ]


def test_jsonl_overlong_line_is_skipped_with_the_cap_named(tmp_path: Path):
    p = write_jsonl(tmp_path / "c.jsonl", {"id": "a", "text": FR}, {"id": "b", "text": "x" * 3000},
                    {"id": "c", "text": FR + " c"})
    arts, w = load(p, max_bytes=1000)
    assert [a.id for a in arts] == ["a", "c"]
    assert w == [f"{p}:2: line of 3024 bytes, over the per-article cap of 1000 bytes; skipped"]


def test_jsonl_cp1252_line_is_decoded_and_reported_once(tmp_path: Path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(b'{"id": "a", "text": "caf\xe9 \x80"}\n{"id": "b", "text": "th\xe9"}\n')
    arts, w = load(p)
    assert [(a.id, a.text) for a in arts] == [("a", "café €"), ("b", "thé")]
    assert w == [f"{p}:1: not UTF-8; decoded as Windows-1252 (Latin-1) (reported once for this file)"]


def test_jsonl_binary_file_is_skipped_whole(tmp_path: Path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(b"\x00\x01\x02\n" * 100)
    assert load(p) == ([], [f"{p}: binary file (NUL bytes); skipped"])


def test_jsonl_warnings_are_capped_per_file(tmp_path: Path):
    p = write_jsonl(tmp_path / "c.jsonl", *(["nope"] * (MAX_LINE_WARNINGS + 7)))
    arts, w = load(p)
    assert arts == [] and len(w) == MAX_LINE_WARNINGS + 1
    assert w[-1] == f"{p}: 7 more warnings about its lines not listed"


def test_jsonl_without_id_keeps_the_article(tmp_path: Path):
    p = write_jsonl(tmp_path / "c.jsonl", {"text": FR})
    arts, w = load(p)
    assert [a.id for a in arts] == ["c:1"] and w == [f"{p}:1: no 'id'; using 'c:1'"]


def test_text_file_over_the_cap_is_cut_at_a_line_break(tmp_path: Path):
    p = tmp_path / "big.txt"
    p.write_text(FR + "\n" + "y" * 2000, encoding="utf-8")
    arts, w = load(p, max_bytes=1000)
    assert [a.text for a in arts] == [FR]
    assert w == [f"{p}: {p.stat().st_size} bytes, over the per-article cap of 1000 bytes; only its first 1000 bytes read"]


def test_folder_is_read_recursively_with_metadata(tmp_path: Path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(FR + " b", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.jsonl").write_text(json.dumps({"id": "c", "text": FR + " c"}) + "\n")
    write_jsonl(tmp_path / "articles.jsonl", {"id": "a", "published": "2021-11", "language": "fr"},
                {"id": "m", "text": FR + " m"})
    (tmp_path / ".hidden.txt").write_text(FR + " hidden", encoding="utf-8")
    arts, w = load(tmp_path)
    assert [(a.id, a.published) for a in arts] == [("a", "2021-11"), ("m", None), ("b", None), ("c", None)]
    assert w == []


def test_folder_reports_unsupported_types_once(tmp_path: Path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "y.pdf").write_bytes(b"%PDF")
    (tmp_path / "README").write_text("hi")
    arts, w = load(tmp_path)
    assert [a.id for a in arts] == ["a"]
    assert w == [f"{tmp_path}: 3 files of unsupported type skipped (.pdf, no suffix); "
                 "articles are .txt, .md, .html or .jsonl"]


def test_metadata_csv(tmp_path: Path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "articles.csv").write_text("id,published,language,extra\na,2020-01-02,en\n"
                                           "b,yesterday,fr,1,2,3\n", encoding="utf-8")
    arts, w = load(tmp_path)
    assert [(a.id, a.published, a.language) for a in arts] == [("a", "2020-01-02", "en")]
    assert w == []  # b has no file and no text: metadata only, nothing to read


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_symlink_loops_and_repeats_are_read_once(tmp_path: Path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(FR + " b", encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "twin").symlink_to(tmp_path / "sub", target_is_directory=True)
    (tmp_path / "alias.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "self").symlink_to(tmp_path / "self")
    arts, w = load(tmp_path)
    assert [a.id for a in arts] == ["a", "b"]
    assert sorted(w) == sorted([
        f"{tmp_path / 'alias.txt'}: same file as {tmp_path / 'a.txt'}, already read; skipped",
        f"{tmp_path / 'dangling.txt'}: broken or looping symbolic link; skipped",
        f"{tmp_path / 'self'}: broken or looping symbolic link; skipped",
        f"{tmp_path / 'sub' / 'up'}: symbolic link loop back to {tmp_path}; not followed",
        f"{tmp_path / 'twin'}: same folder as {tmp_path / 'sub'}, already read; skipped",
    ])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_not_opened_for_ever(tmp_path: Path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert load(tmp_path / "pipe.txt") == ([], [f"{tmp_path / 'pipe.txt'}: cannot read (not a regular file); skipped"])
    assert load(tmp_path) == ([], [f"{tmp_path / 'pipe.txt'}: not a regular file; skipped"])


def test_missing_path():
    assert load(Path("/nonexistent/x")) == ([], ["/nonexistent/x: no such file or folder; skipped"])


def test_duplicate_ids(tmp_path: Path):
    p = write_jsonl(tmp_path / "c.jsonl", {"id": "a", "text": FR}, {"id": "a", "text": FR},
                    {"id": "a", "text": FR + " autre"}, {"id": "a", "text": FR + " encore"})
    arts, w = load(p)
    assert [(a.id, a.origin) for a in arts] == [("a", f"{p}:1"), ("a~2", f"{p}:3"), ("a~3", f"{p}:4")]
    assert w == [f"{p}:2: duplicate of article 'a' ({p}:1); skipped",
                 f"{p}:3: id 'a' already used by {p}:1 for another text; read as 'a~2'",
                 f"{p}:4: id 'a' already used by {p}:1 for another text; read as 'a~3'"]


def test_warnings_never_carry_terminal_controls(tmp_path: Path):
    p = tmp_path / "evil\x1b]0;pwned\x07.txt"
    p.write_bytes(b"")
    _, w = load(p)
    assert w == [f"{tmp_path}/evil\\x1b]0;pwned\\x07.txt: empty file; skipped"]
    assert safe_message("a\u202eb\nc\x9b") == "a\\u202eb\\nc\\x9b"


def test_read_path_is_a_single_path_reader(tmp_path: Path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    assert [a.id for a in read_path(tmp_path / "a.txt")] == ["a"]


# --- HTML ----------------------------------------------------------------------------------------

PAGE = ("<html><head><title>Commerce</title><meta property='article:published_time' content='2021-11-29'>"
        "</head><body><nav>Accueil | Monde</nav><article><h1>Commerce</h1>"
        + "".join(f"<p>{FR} Paragraphe {i} du texte principal de l'article.</p>" for i in range(6))
        + "</article></body></html>")


def test_html_main_text_and_date(tmp_path: Path):
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    arts, w = load(tmp_path)
    assert w == []
    assert arts[0].published == "2021-11-29" and arts[0].title == "Commerce"
    assert FR in arts[0].text and "Accueil" not in arts[0].text


FALLBACK = ["p.html: no article body found in the HTML; read all its text"]


@pytest.mark.parametrize("html, warned", [
    ("<p>Short text 4,15 milliards <b>unclosed <i>tags", FALLBACK),
    ("<html><body><div><p>" + "<<>>" * 1000 + "4,15 milliards</p>", []),
    ("<script>alert(1)</script><p>4,15 milliards</p><style>p{}</style>", []),
    ("<p onclick='alert(1)'>4,15 milliards</p><iframe src='javascript:alert(1)'></iframe>", []),
    ("\x00\x01<p>4,15 milliards", FALLBACK),
])
def test_html_malformed_keeps_the_visible_text_and_never_the_scripts(html: str, warned: list[str]):
    w: list[str] = []
    text, meta = html_article(html, "p.html", w.append)
    assert "4,15 milliards" in text and "alert" not in text
    assert not any(meta.values())
    assert w == warned


def test_html_nested_deeper_than_lxml_goes_keeps_its_text():
    w: list[str] = []
    html = "<html><body>" + "<div>" * 100_000 + FR + "<script>alert(1)</script>" + "</div>" * 100_000
    assert html_article(html, "p.html", w.append) == (FR, {})
    assert w == FALLBACK


def test_html_page_without_text_is_skipped(tmp_path: Path):
    (tmp_path / "p.html").write_text("<html><head><script>alert(1)</script></head></html>")
    assert load(tmp_path) == ([], [f"{tmp_path / 'p.html'}: no text in the HTML page; skipped"])


def test_html_without_text_gives_empty_text():
    w: list[str] = []
    assert html_article("<html><script>x=1</script></html>", "p.html", w.append) == ("", {})
    assert w == []


def test_html_entities_are_not_expanded_nor_files_read():
    html = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>&b; &xxe; 4,15 milliards</p></body></html>')
    text, _ = html_article(html)
    assert "root:" not in text and "aaaaaaaaaa" not in text and "4,15 milliards" in text


# --- the Article record itself -------------------------------------------------------------------

@pytest.mark.parametrize("published, expected", [
    (2021, "2021"), (2021.0, "2021"), ("yesterday", None), ("2021-05-04T10:00Z", "2021-05-04"),
    ("2021-05", "2021-05"), (None, None), (["2021"], None), ("2021-13", "2021"),
])
def test_article_coerces_published_for_library_callers(published: object, expected: str | None):
    from tradetrack.model import Article

    art = Article(id="a", text="x", published=published)  # type: ignore[arg-type]
    assert art.published == expected
    assert art.published_year == (int(expected[:4]) if expected else None)


@pytest.mark.parametrize("aid, expected", [(12, "12"), (12.0, "12"), (1.5, "1.5"), ("a", "a")])
def test_article_id_is_text(aid: object, expected: str):
    from tradetrack.model import Article

    assert Article(id=aid, text="x").id == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text, script", [
    ("中国与俄罗斯的贸易额在2021年达到1468.87亿美元。两国计划到2024年将贸易额提高到2000亿美元。", "Han"),
    ("Торговля между Россией и Китаем достигла 146 миллиардов долларов в 2021 году.", "Cyrillic"),
    ("Kim ngạch thương mại hai chiều Việt Nam - Nga đạt 4,5 tỷ USD trong năm 2021.", None),
    ("Der Handel zwischen Deutschland und Frankreich wuchs auf 4,5 Milliarden Euro.", None),
    (FR + " 中国 Россия", None),
])
def test_foreign_script(text: str, script: str | None):
    from tradetrack.corpus.records import foreign_script

    assert foreign_script(text) == script


def test_text_in_an_unsupported_script_is_processed_with_a_warning():
    w: list[str] = []
    text = "Торговля между Россией и Китаем достигла 146 миллиардов долларов в 2021 году."
    art = make_article({"id": "ru", "text": text}, "ru.txt", w.append)
    assert art is not None and art.text == text
    assert w == ["ru.txt: text is mostly in Cyrillic script, not a supported language "
                 "(fr, en, es, it, pt, vi); processed anyway, figures are unlikely"]


# --- properties: whatever the bytes, the loader neither raises nor loses its footing -------------


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
records = st.fixed_dictionaries({}, optional={k: json_values for k in
                                              ("id", "text", "published", "language", "url", "title")})
PROPS = settings(max_examples=100, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _check(arts: list, warnings: list[str], root: Path) -> None:
    for a in arts:
        assert isinstance(a.id, str) and a.id and isinstance(a.text, str) and a.text.strip()
        a.text.encode("utf-8")  # always encodable: outputs cannot fail on it
        assert a.published is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", a.published)
    assert len({a.id for a in arts}) == len(arts)
    for w in warnings:
        assert w.startswith(str(root)) and "\n" not in w


@PROPS
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=5),
       st.lists(st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv"]), min_size=5, max_size=5))
def test_any_bytes_in_any_file_load_without_raising(tmp_path: Path, blobs: list[bytes], suffixes: list[str]):
    root = Path(tempfile.mkdtemp(dir=tmp_path))  # one folder per example
    for i, data in enumerate(blobs):
        (root / f"f{i}{suffixes[i]}").write_bytes(data)
    arts, w = load(root)
    _check(arts, w, root)


@PROPS
@given(st.lists(records | json_values, max_size=8))
def test_any_json_records_load_without_raising(tmp_path: Path, recs: list[object]):
    root = Path(tempfile.mkdtemp(dir=tmp_path))
    p = root / "c.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    arts, w = load(p, max_bytes=2000)
    _check(arts, w, root)
    assert len(arts) <= len(recs)


def test_jsonl_in_utf16_without_bom(tmp_path: Path):
    p = tmp_path / "c.jsonl"
    p.write_bytes((json.dumps({"id": "a", "text": FR}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "b", "text": FR + " b"}) + "\n").encode("utf-16-le"))
    arts, w = load(p)
    assert [(a.id, a.text) for a in arts] == [("a", FR), ("b", FR + " b")]
    assert w == [f"{p}:1: UTF-16 without byte-order mark; decoded as UTF-16-LE (reported once for this file)"]


def test_jsonl_in_utf16_with_bom(tmp_path: Path):
    p = tmp_path / "c.jsonl"
    p.write_bytes((json.dumps({"id": "a", "text": FR}, ensure_ascii=False) + "\n").encode("utf-16"))
    assert load(p) == ([Article(id="a", text=FR, origin=f"{p}:1")], [])


def test_metadata_csv_with_an_overlong_line_stops_there(tmp_path: Path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FR + " b", encoding="utf-8")
    meta = tmp_path / "articles.csv"
    meta.write_text("id,published\na,2020\nb," + "9" * 3000 + "\nc,2022\n", encoding="utf-8")
    arts, w = load(tmp_path, max_bytes=1000)
    assert [(a.id, a.published) for a in arts] == [("a", "2020"), ("b", None)]
    assert w == [f"{meta}:3: line over the per-article cap of 1000 bytes; rest of the file skipped"]


def test_metadata_csv_binary_or_broken_never_raises(tmp_path: Path):
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "articles.csv").write_bytes(b'id,published\n"a,\x00\x00\x01\n\xff\xfe,"')
    arts, w = load(tmp_path)
    assert [a.id for a in arts] == ["a"]
    assert w == [f"{tmp_path / 'articles.csv'}:2: NUL bytes in the line (reported once for this file)"]


def test_decode_stray_nul_bytes_after_the_start_are_dropped():
    data = FR.encode() * 200 + b"\x00\x00" + b" fin"
    assert decode(data) == (FR * 200 + " fin", "NUL bytes removed")
    data = FR.encode("cp1252") * 200 + b"\x00 fin"
    assert decode(data) == (FR * 200 + " fin", "not UTF-8; decoded as Windows-1252 (Latin-1); NUL bytes removed")


def test_repeated_ids_are_still_reported_when_the_temporary_id_store_fails(tmp_path, monkeypatch):
    import sqlite3

    from tradetrack.corpus import load as load_mod

    class Full(sqlite3.Connection):
        def execute(self, sql, *a):
            if sql.startswith("INSERT"):
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(sql, *a)

    real_connect = sqlite3.connect
    monkeypatch.setattr(load_mod.sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=Full, **k))
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a", "text": "one"}\n{"id": "a", "text": "two"}\n{"id": "a", "text": "one"}\n',
                    encoding="utf-8")
    warnings: list[str] = []
    arts = list(load_mod.load_corpus([path], warn=warnings.append))
    assert [(a.id, a.text) for a in arts] == [("a", "one"), ("a~2", "two")]
    assert warnings[0] == ("temporary storage for the ids read so far failed (database or disk is full); "
                           "keeping them in memory")
    assert len(warnings) == 3  # the failure once, the renamed id, the skipped duplicate
