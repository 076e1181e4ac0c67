"""The literal-beginning shortcut (extract.starts.Starts) finds exactly what the patterns find."""
from __future__ import annotations

import pytest

from tradetrack.extract.figures import normalise
from tradetrack.extract.lexicon import heads_of, lexicon
from tradetrack.extract.starts import anchors
from tradetrack.lang import CODES

SENTENCES = {
    "fr": [
        "Au cours des 11 premiers mois de 2020, les échanges commerciaux entre le Vietnam et la "
        "Russie ont atteint près de 4,5 milliards de dollars, en hausse de 3,2% sur un an.",
        "Les exportations vietnamiennes vers la Russie ont rebondi (+12 %), à 2 milliards 700 "
        "millions USD, tandis que l'excédent russe a reculé de 1,42 à 1,36 milliard d'euros.",
        "Moscou et Hanoï visent à porter le commerce bilatéral à dix milliards de dollars d'ici 2025.",
        "İstanbul, 3 février : la croissance des échanges en glissement annuel atteint 25%.",
        "Un demi-milliard de dollars, puis deux milliards et demi d'euros, soit 500 M€ ou 500 M$.",
        "La Chine, première destination des exportations chiliennes, et un solde favorable au Chili.",
    ],
    "en": [
        "Two-way trade between India and the UAE rose 16% to US$85 billion in the fiscal year, "
        "and the two countries aim to raise it to $100 billion by 2030.",
        "Vietnamese exports to the US grew by nearly a third, to between $6.2 and $6.4 billion, "
        "while imports from China fell 3.5 per cent.",
        "Half a billion dollars, a billion euros, two and a half billion dollars and Rs 500 "
        "billion: a quarter of a billion rupees, a b c, $6.2-6.4 billion.",
        "China, the largest destination of Chilean and Peruvian exports, between 40 and 45 billion.",
    ],
    "es": [
        "El intercambio comercial entre Chile y China superó los 45.000 millones de dólares, con "
        "exportaciones chilenas por 38 mil 500 millones y un alza de 4,2%.",
        "Medio millón de dólares y mil millones y medio de euros, o 500 M€.",
        "China, principal destino de las exportaciones, con un superávit comercial entre 40 y 45 mil millones.",
    ],
    "it": [
        "L'interscambio tra Italia e Brasile ha raggiunto i 10,4 miliardi di euro, con le "
        "esportazioni italiane in crescita del 7,1% rispetto allo stesso periodo del 2022.",
        "Mezzo miliardo di euro e due miliardi e mezzo di dollari, o 500 M€.",
        "Prima destinazione dell'export, in crescita del 5% sull'anno precedente e dall'anno prima.",
    ],
    "pt": [
        "A corrente de comércio entre o Brasil e a Itália somou US$ 11,2 bilhões, e as "
        "exportações brasileiras cresceram 12% em relação ao ano anterior.",
        "Meio bilhão de dólares e dois bilhões e meio de reais.",
        "O principal destino das exportações, para Angola e com os EUA, superávit comercial de US$ 2 bilhões.",
    ],
    "vi": [
        "Kim ngạch thương mại hai chiều Việt Nam - Nga trong 9 tháng đầu năm đạt 3,2 tỷ USD, "
        "tăng 15% so với cùng kỳ; xuất khẩu sang Nga tăng mạnh, người Mỹ và Nhật Bản theo dõi.",
        "Nửa tỷ USD và 2 tỷ rưỡi USD.",
        "Hoa Kỳ là điểm đến lớn nhất, đạt 2 - 2,2 tỷ USD.",
    ],
}


def test_anchors_of_fragments() -> None:
    assert anchors("exportations?") == {"exportation"}
    assert anchors("[àa] destination") == {"à", "a"}
    assert anchors(r"(?<!\p{L})(?:kim ngạch |giá trị )?xuất khẩu") == {"kim", "giá", "xuất"}
    assert anchors(r"(?<!libre)[ée]changes") == {"échanges", "echanges"}
    assert anchors(r"(?-i:Nhật)(?!\s*Bản)") == {"nhật"}
    assert anchors(r"\d{1,2} mois") == set("0123456789")
    assert anchors("ab{0,2}c") == {"a"}
    assert anchors("de|du") == {"de", "du"}
    assert anchors(r"(?=tấn)") is None  # matches nothing: no beginning to look for
    assert anchors(r"\w+ trade") is None


def test_heads_keep_the_shortest_prefix() -> None:
    assert heads_of(["export", "exportations?", "hausse", "a doubl"]) == ("a", "export", "hausse")


@pytest.mark.parametrize("code", CODES)
def test_same_matches_as_the_patterns(code: str) -> None:
    lex = lexicon(code)
    for raw in SENTENCES[code] + SENTENCES["fr"][3:4]:
        s = normalise(raw)
        low = s.lower()
        for cat, rx in lex.cues.items():
            starts = lex.cue_starts[cat]
            if rx is not None and starts is not None:
                assert [m.span() for m in starts.finditer(rx, s, low)] == [m.span() for m in rx.finditer(s)], cat
        pairs = [(lex.amount, lex.amount_starts), (lex.percent, lex.percent_starts),
                 (lex.places, lex.place_starts), (lex.demonyms, lex.demonym_starts)]
        for rx, starts in pairs:
            for pos, endpos in ((0, len(s)), (10, 60), (5, len(s) - 5)):
                got = [m.span() for m in starts.finditer(rx, s, low, pos, endpos)]
                assert got == [m.span() for m in rx.finditer(s, pos, endpos)], rx.pattern[:60]


def test_amounts_found_where_they_start() -> None:
    lex = lexicon("fr")
    s = normalise(SENTENCES["fr"][1])
    got = [s[slice(*m.span())] for m in lex.amount_starts.finditer(lex.amount, s, s.lower())]
    assert got == ["12", "2 milliards 700 millions USD", "1,42", "1,36 milliard d'euros"]
