"""The place and demonym finders (extract.places) find exactly what the ``places`` and
``demonyms`` patterns of the lexicon find."""
from __future__ import annotations

import random
import re

import pytest
import regex

from tradetrack.extract.figures import normalise
from tradetrack.extract.lexicon import lexicon
from tradetrack.extract.places import DemonymFinder, PlaceFinder, trie
from tradetrack.extract.starts import Starts
from tradetrack.lang import CODES

from .test_starts import SENTENCES

MORE = {
    "fr": [
        "La Guinée-Bissau, la Guinée équatoriale et la Guinée-Bissaux ; le Soudan du Sud, la Corée du Sud.",
        "Les échanges sino-vietnamiens et franco-russes, les exportations vietnamiennes vers les Etats-Unis.",
        "xVietnam, Vietnamx, Viêt Nam, Fédération de Russie, l'UE et l'UEEA, Union économique eurasiatique.",
    ],
    "en": [
        "Nigeria and Niger, Nigerian and Nigerien traders; Guinea-Bissaux, South Sudan, North Korea.",
        "U.S. and UK exports, Sino-Russian trade, Indo-Pacific and Indo-Vietnamese ties, mainland China.",
        "Chinas, ChinaX, xChina and China's largest partner, the US, the USA and the EU.",
    ],
    "es": ["Corea del Sur y Corea del Norte, Guinea-Bisáu; exportaciones chilenas, peruanas y chinas."],
    "it": ["Corea del Sud e Corea, Guinea-Bissau; esportazioni italiane, cinesi e statunitensi."],
    "pt": ["Coreia do Sul e Coreia do Norte, Guiné-Bissau; exportações brasileiras, chinesas e norte-americanas."],
    "vi": [
        "Kim ngạch thương mại Việt Nam - Nga đạt 4,5 tỷ USD; Việt – Trung và Việt-Mỹ tăng.",
        "Ông Nguyễn Văn Nga nói Công ty Hoa Kỳ và Tập Đoàn Việt Nam xuất khẩu sang Hoa Kỳ, Hàn Quốc.",
        "Nhật Bản, Hàn Quốc và Anh; tiếng Anh, đô la Mỹ; xuất khẩu sang Liên minh kinh tế Á – Âu, Lào.",
    ],
}


def old_places(code: str, s: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, str]]:
    lex = lexicon(code)
    return [(m.start(), m.end(), lex.place_codes[m.group().casefold()])
            for m in lex.places.finditer(s, pos, len(s) if endpos is None else endpos)]


def old_demonyms(code: str, s: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in lexicon(code).demonyms.finditer(s, pos, len(s) if endpos is None else endpos)]


def places(code: str, s: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int, str]]:
    return lexicon(code).place_finder.find(s, pos, endpos)


def demonyms(code: str, s: str, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in lexicon(code).demonym_finder.find(s, s.lower(), pos, endpos)]


def named(code: str, s: str) -> list[tuple[str, str]]:
    return [(s[a:b], c) for a, b, c in places(code, s)]


def test_longest_name_first_then_a_shorter_one() -> None:
    s = "Guinea-Bissau, Guinea-Bissaux, Nigeria, Nigerian, Niger, South Sudan and Sudan."
    assert named("en", s) == [("Guinea-Bissau", "GNB"), ("Guinea", "GIN"), ("Nigeria", "NGA"),
                              ("Niger", "NER"), ("South Sudan", "SSD"), ("Sudan", "SDN")]
    assert places("en", s) == old_places("en", s)


def test_names_glued_to_letters_are_not_names() -> None:
    s = "Chinas, ChinaX, xChina, China's, China2, éChina, (China)"
    assert [s[a:b] for a, b, _ in places("en", s)] == ["China", "China", "China"]
    assert [a for a, _, _ in places("en", s)] == [s.index("China's"), s.index("China2"), s.index("(China") + 1]
    assert places("en", s) == old_places("en", s)


def test_endpos_hides_the_letter_after_and_pos_not_the_letter_before() -> None:
    s = "xChina Chinas"
    assert places("en", s, 1) == [] == old_places("en", s, 1)  # the "x" before still counts
    assert places("en", s, 7, 12) == [(7, 12, "CHN")] == old_places("en", s, 7, 12)


def test_the_code_is_that_of_the_casefolded_name() -> None:
    s = "Vietnam, Viet Nam, Viêt Nam, Hanoï"
    assert [c for _, _, c in places("fr", s)] == ["VNM"] * 4


def test_vietnamese_guard_refuses_a_country_after_two_capitalised_words() -> None:
    s = "Ông Nguyễn Văn Nga nói Công ty Hoa Kỳ và Tập Đoàn Việt Nam xuất khẩu sang Hoa Kỳ."
    got = named("vi", s)
    assert got == [("Hoa Kỳ", "USA"), ("Hoa Kỳ", "USA")]  # not "Nga" nor "Việt Nam"
    assert places("vi", s) == old_places("vi", s)
    # one capitalised word before is not enough to refuse
    assert named("vi", "Công ty Việt Nam") == [("Việt Nam", "VNM")]


def test_demonyms_exact_spans() -> None:
    s = "Les exportations vietnamiennes, l'excédent russe, les échanges sino-vietnamiens."
    got = [s[a:b] for a, b in demonyms("fr", s)]
    assert got == ["vietnamiennes", "russe", "sino", "vietnamiens"]
    s = "Sino-Russian trade, Indo-Pacific ties, U.S. exports and Nigerian oil."
    assert [s[a:b] for a, b in demonyms("en", s)] == ["Sino", "Russian", "U.S.", "Nigerian"]
    s = "Kim ngạch thương mại Việt - Nga, Việt – Trung tăng."
    assert [s[a:b] for a, b in demonyms("vi", s)] == ["Việt", "Nga", "Việt", "Trung"]


@pytest.mark.parametrize("code", CODES)
def test_same_matches_as_the_patterns(code: str) -> None:
    for raw in SENTENCES[code] + MORE[code] + MORE["vi"][:1] + SENTENCES["fr"][3:4]:
        s = normalise(raw)
        for pos, endpos in ((0, None), (0, len(s)), (10, 60), (5, len(s) - 5), (3, 4), (len(s), len(s))):
            assert places(code, s, pos, endpos) == old_places(code, s, pos, endpos), (raw, pos, endpos)
            assert demonyms(code, s, pos, endpos) == old_demonyms(code, s, pos, endpos), (raw, pos, endpos)


def _glue(rng: random.Random, words: list[str]) -> str:
    """Names and demonyms run together with separators, letters and case changes in between."""
    seps = [" ", "  ", "-", " - ", "–", ", ", "'", "x", "é", "A", "2", "_", "\n", "(", ") ", "s ", "Đ", " Văn "]
    out = []
    for _ in range(rng.randint(1, 12)):
        w = rng.choice(words)
        w = rng.choice([w, w, w.lower(), w.upper(), w.title(), w[:-1], w[1:]])
        out.append(w + rng.choice(seps))
    return rng.choice(["", "x", " ", "Ông Nguyễn "]) + "".join(out)


@pytest.mark.parametrize("code", CODES)
def test_same_matches_on_names_run_together(code: str) -> None:
    lex = lexicon(code)
    rng = random.Random(code)
    names = list(lex.places.named_lists["names"]) if hasattr(lex.places, "named_lists") else []
    names = names or [n for hs in lex.place_finder.by_head.values() for n, _ in hs]
    words = names + [m.group() for raw in SENTENCES[code] + MORE[code] for m in lex.demonyms.finditer(raw)]
    words += ["Sino", "Indo-Pacific", "Việt", "Nga", "Mỹ", "Anh", "Trung", "Hàn"]
    for _ in range(400):
        s = _glue(rng, words)
        pos = rng.choice([0, 0, rng.randint(0, len(s))])
        endpos = rng.choice([None, len(s), rng.randint(pos, len(s))])
        assert places(code, s, pos, endpos) == old_places(code, s, pos, endpos), (s, pos, endpos)
        assert demonyms(code, s, pos, endpos) == old_demonyms(code, s, pos, endpos), (s, pos, endpos)


def test_a_guard_it_cannot_tell_zero_width_runs_the_pattern() -> None:
    codes = {"Laos": "LAO", "Lao": "LAO", "Nga": "RUS"}
    names = sorted(codes, key=len, reverse=True)
    rx = regex.compile(r"(?<!\p{L})\b\L<names>(?!\p{L})", regex.VERSION1, names=names)
    finder = PlaceFinder.build(codes, r"\b", rx, Starts(cased=tuple(sorted({n[:2] for n in names}))))
    assert finder.fallback is not None
    # "Laosx" is no name, nor "Lao" in it; \b refuses "Lao" after "_"
    assert finder.find("the Laos and Nga, Laosx, _Lao, Lao.") == [(4, 8, "LAO"), (13, 16, "RUS"), (31, 34, "LAO")]


def test_demonyms_without_literal_beginnings_run_the_pattern() -> None:
    rx = regex.compile(r"(?<!\p{L})(?:\w+ese)(?!\p{L})", regex.IGNORECASE)
    finder = DemonymFinder.build(rx, None)
    s = "Chinese and Japanese"
    assert [m.span() for m in finder.find(s, s.lower())] == [m.span() for m in rx.finditer(s)]


def test_trie_matches_the_longest_word_first() -> None:
    rx = re.compile(trie(["Niger", "Nigeria", "South Sudan", "Sudan", "a", "ab"]))
    assert [m.group() for m in rx.finditer("Nigeria Niger South Sudan ab a")] == \
        ["Nigeria", "Niger", "South Sudan", "ab", "a"]
    assert trie([]) == ""
