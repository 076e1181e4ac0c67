"""Amounts and percents as news copy writes them (issue 3, "Numbers"): both decimal
conventions, thousands grouped by spaces (NBSP, narrow NBSP), scale words, compounds, number
words, currencies before or after, text whose spaces were lost, ranges."""
import pytest

from tradetrack.extract.lexicon import lexicon
from tradetrack.extract.numbers import find_amounts, find_percents, parse_digits

NBSP = "\u00a0"
NNBSP = "\u202f"


def amounts(text, lang="fr"):
    """(value, unit) of the amounts that are figures (bare decimals left out)."""
    return [(round(n.value, 3), n.unit) for n in find_amounts(text, lexicon(lang)) if not n.bare]


def percents(text, lang="fr"):
    return [(n.value, n.sign) for n in find_percents(text, lexicon(lang))]


# --- digits ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, decimal_comma, value", [
    ("2,2", True, 2.2),
    ("4,15", True, 4.15),
    ("0,5", True, 0.5),
    ("3.55", True, 3.55),  # a dot before two digits is a decimal point even in French
    ("1.000", True, 1000.0),  # a dot before three digits groups thousands in French
    ("10.843", True, 10843.0),
    ("1.234.567", True, 1234567.0),
    ("1.234,5", True, 1234.5),
    ("4 150", True, 4150.0),
    (f"4{NBSP}150", True, 4150.0),
    (f"4{NNBSP}150", True, 4150.0),
    ("6, 5", True, 6.5),  # a space left after the separator
    ("1. 000", True, 1000.0),
    ("1,000", True, 1.0),  # a comma is the French decimal separator
    ("3.55", False, 3.55),
    ("1,000", False, 1000.0),
    ("10,843", False, 10843.0),
    ("1,234,567", False, 1234567.0),
    ("1,234.5", False, 1234.5),
    ("1.000", False, 1.0),
    ("2019", True, 2019.0),  # digits alone take the short way
    ("007", False, 7.0),
    ("\u0663", True, 3.0),  # any decimal digit, as the pattern's \d
])
def test_parse_digits(text, decimal_comma, value):
    assert parse_digits(text, decimal_comma) == value


# --- French amounts --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # decimal conventions and grouping
    ("2,2 milliards de dollars", [(2.2e9, "USD")]),
    ("4,15 milliards de dollars", [(4.15e9, "USD")]),
    ("3.55 milliards de dollars", [(3.55e9, "USD")]),
    ("4.15 milliards de dollars", [(4.15e9, "USD")]),
    ("1.000 milliards de dollars", [(1e12, "USD")]),
    ("10.843 millions d'euros", [(10.843e9, "EUR")]),
    ("10,843 milliards de dollars", [(10.843e9, "USD")]),
    ("4 150 millions de dollars", [(4.15e9, "USD")]),
    (f"4{NBSP}150 millions de dollars", [(4.15e9, "USD")]),
    (f"4{NNBSP}150 millions de dollars", [(4.15e9, "USD")]),
    ("1 500 milliards de VND", [(1.5e12, "VND")]),
    # scale words
    ("5 milliards de dollars", [(5e9, "USD")]),
    ("un milliard de dollars", [(1e9, "USD")]),
    ("1 milliard de dollars", [(1e9, "USD")]),
    ("5 Mds de dollars", [(5e9, "USD")]),
    ("5 Md de dollars", [(5e9, "USD")]),
    ("5 mlds de dollars", [(5e9, "USD")]),
    ("2,5 mrds de dollars", [(2.5e9, "USD")]),
    ("300 millions de dollars", [(3e8, "USD")]),
    ("5 milliards", [(5e9, None)]),  # currency left to the context
    ("quinze milliards", [(15e9, None)]),
    # compounds
    ("2 milliards 700 millions de dollars", [(2.7e9, "USD")]),
    # number words
    ("dix milliards de dollars", [(1e10, "USD")]),
    ("deux milliards de dollars", [(2e9, "USD")]),
    ("vingt milliards de dollars", [(2e10, "USD")]),
    ("cinquante millions d'euros", [(5e7, "EUR")]),
    ("cent millions de dollars", [(1e8, "USD")]),
    ("trois cents millions de dollars", [(3e8, "USD")]),
    ("soixante-dix millions de dollars", [(7e7, "USD")]),
    ("soixante-dix-sept millions de dollars", [(7.7e7, "USD")]),
    ("quatre-vingts millions de dollars", [(8e7, "USD")]),
    ("quatre-vingt-deux millions de dollars", [(8.2e7, "USD")]),
    ("quatre-vingt-dix millions de dollars", [(9e7, "USD")]),
    ("quatre-vingt-dix-huit millions de dollars", [(9.8e7, "USD")]),
    ("quatre cents millions de dollars", [(4e8, "USD")]),
    ("nonante millions de francs suisses", [(9e7, "CHF")]),
    ("vingt et un milliards de dollars", [(2.1e10, "USD")]),
    ("deux mille milliards", [(2e12, None)]),
    ("mille milliards de dollars", [(1e12, "USD")]),
    ("2 mille milliards de dollars", [(2e12, "USD")]),
    # halves
    ("deux milliards et demi de dollars", [(2.5e9, "USD")]),
    ("3 millions et demi d'euros", [(3.5e6, "EUR")]),
    ("un demi-milliard de dollars", [(5e8, "USD")]),
    ("demi-milliard de dollars", [(5e8, "USD")]),
    # currencies after the number: names, codes, symbols
    ("10 milliards de dollars", [(1e10, "USD")]),
    ("2 milliards de dollars américains", [(2e9, "USD")]),
    ("1,5 milliard de dollars US", [(1.5e9, "USD")]),
    ("2,5 milliards de dollars des Etats-Unis", [(2.5e9, "USD")]),
    ("150 millions d'euros", [(1.5e8, "EUR")]),
    ("5,3 Mds EUR", [(5.3e9, "EUR")]),
    ("5 Mds EUR", [(5e9, "EUR")]),
    ("1,2 milliard EUR", [(1.2e9, "EUR")]),
    ("3 milliards USD", [(3e9, "USD")]),
    ("3,52 milliards d'USD", [(3.52e9, "USD")]),
    ("3,52 milliards de USD", [(3.52e9, "USD")]),
    ("350 millions USD", [(3.5e8, "USD")]),
    ("1.200 millions de dollars", [(1.2e9, "USD")]),
    ("1,2 million de dollars", [(1.2e6, "USD")]),
    ("20 milliards CNY", [(2e10, "CNY")]),
    ("1,2 milliard €", [(1.2e9, "EUR")]),
    ("1 milliard $", [(1e9, "USD")]),
    ("1 milliard de $", [(1e9, "USD")]),
    ("3,5 Md$", [(3.5e9, "USD")]),
    ("3,5 Mds$", [(3.5e9, "USD")]),
    ("1,5 Md€", [(1.5e9, "EUR")]),
    ("1,5 Mrd€", [(1.5e9, "EUR")]),
    # "M" glued to a symbol is millions ("500 m" alone is metres)
    ("500 M€", [(5e8, "EUR")]),
    ("500 M$", [(5e8, "USD")]),
    ("500M€", [(5e8, "EUR")]),
    ("2,5 Md$", [(2.5e9, "USD")]),
    ("2,5 Mds€", [(2.5e9, "EUR")]),
    ("800 k€", [(8e5, "EUR")]),
    ("500 m de long", []),
    ("2 milliards de dirhams", [(2e9, "MAD")]),
    ("300 milliards de FCFA", [(3e11, "XOF")]),
    ("5 milliards de francs CFA", [(5e9, "XOF")]),
    ("5 milliards de francs CFA de la CEMAC", [(5e9, "XAF")]),
    ("5 milliards de FCFA (CEMAC)", [(5e9, "XAF")]),
    ("5 milliards de XAF", [(5e9, "XAF")]),
    ("20 milliards de yuans", [(2e10, "CNY")]),
    ("100 milliards de roubles", [(1e11, "RUB")]),
    ("500 millions de dinars algériens", [(5e8, "DZD")]),
    ("1 milliard de livres sterling", [(1e9, "GBP")]),
    ("200 millions de francs suisses", [(2e8, "CHF")]),
    ("2 milliards de yens", [(2e9, "JPY")]),
    ("300 millions de roupies", [(3e8, "INR")]),
    ("5 milliards de wons", [(5e9, "KRW")]),
    # currencies before the number
    ("USD 4,5 milliards", [(4.5e9, "USD")]),
    ("USD4,5 milliards", [(4.5e9, "USD")]),
    ("US$3,55 milliards", [(3.55e9, "USD")]),
    ("US$ 4,15 milliards", [(4.15e9, "USD")]),
    ("EUR 3 Mds", [(3e9, "EUR")]),
    ("CNY 20 milliards", [(2e10, "CNY")]),
    ("€1,2 milliard", [(1.2e9, "EUR")]),
    # glued text: the space before the number lost
    ("prèsde 1 milliard de dollars", [(1e9, "USD")]),
    ("plus de1 milliard de dollars", [(1e9, "USD")]),
    ("atteint4,15 milliards de dollars", [(4.15e9, "USD")]),
    # a space left after the separator
    ("1. 000 milliards de dollars", [(1e12, "USD")]),
    # a line break between the number, its scale and its currency
    ("4,15\nmilliards de dollars", [(4.15e9, "USD")]),
    ("4,15 milliards\nde dollars", [(4.15e9, "USD")]),
    # ranges: the left end takes the scale and currency of the right
    ("de 1,42 à 1,36 milliard d'euros", [(1.42e9, "EUR"), (1.36e9, "EUR")]),
    ("US$ 6,2 à 6,4 milliards", [(6.2e9, "USD"), (6.4e9, "USD")]),
    ("entre 6,2 et 6,4 milliards de dollars", [(6.2e9, "USD"), (6.4e9, "USD")]),
    ("6,2 - 6,4 milliards de dollars", [(6.2e9, "USD"), (6.4e9, "USD")]),
    # not money: no scale and no currency, or a unit of weight
    ("3 millions de tonnes", []),  # a count, not money
    ("2 millions de touristes", []),
    ("3 millions de tonnes pour 500 millions de dollars", [(5e8, "USD")]),
    ("en 2023", []),
    ("12 %", []),
])
def test_french_amounts(text, expected):
    assert amounts(text, "fr") == expected


def test_french_billion_is_a_thousand_milliards():
    # in French, "billion" is 10^12
    assert amounts("2 billions de dollars", "fr") == [(2e12, "USD")]


def test_bare_decimal_is_kept_only_as_a_range_candidate():
    nums = find_amounts("une croissance de 6,5 cette année", lexicon("fr"))
    assert [(n.value, n.unit, n.bare) for n in nums] == [(6.5, None, True)]
    assert find_amounts("une croissance de 6 cette année", lexicon("fr")) == []


def test_amount_offsets_cover_currency_and_scale():
    s = "ont atteint 4,15 milliards de dollars en 2023"
    (n,) = find_amounts(s, lexicon("fr"))
    assert s[n.start:n.end] == "4,15 milliards de dollars"
    assert n.scaled and n.mult == 1e9


# --- English amounts -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("$10 billion", [(1e10, "USD")]),
    ("US$3.55 billion", [(3.55e9, "USD")]),
    ("USD 4.5 billion", [(4.5e9, "USD")]),
    ("4.5 billion USD", [(4.5e9, "USD")]),
    ("$1.2 bn", [(1.2e9, "USD")]),
    ("$1.2bn", [(1.2e9, "USD")]),
    ("1.2 bln USD", [(1.2e9, "USD")]),
    ("300 mln USD", [(3e8, "USD")]),
    ("300 million US dollars", [(3e8, "USD")]),
    ("$300 million", [(3e8, "USD")]),
    ("ten billion US dollars", [(1e10, "USD")]),
    ("ten billion dollars", [(1e10, "USD")]),
    ("two billion dollars", [(2e9, "USD")]),
    ("one billion dollars", [(1e9, "USD")]),
    ("three hundred million dollars", [(3e8, "USD")]),
    ("twenty-five billion dollars", [(2.5e10, "USD")]),
    ("1,000 billion dollars", [(1e12, "USD")]),
    ("10,843 million dollars", [(10.843e9, "USD")]),
    ("4 150 million dollars", [(4.15e9, "USD")]),
    (f"4{NBSP}150 million dollars", [(4.15e9, "USD")]),
    ("3,55 billion dollars", [(3.55e9, "USD")]),  # a comma before two digits is a decimal
    ("2 billion 700 million dollars", [(2.7e9, "USD")]),
    ("2.2 billion euros", [(2.2e9, "EUR")]),
    ("€2.2 billion", [(2.2e9, "EUR")]),
    ("£2.2 billion", [(2.2e9, "GBP")]),
    ("A$3 billion", [(3e9, "AUD")]),
    ("$ 4.5 billion", [(4.5e9, "USD")]),
    ("US $4.5 billion", [(4.5e9, "USD")]),
    ("U.S. $4.5 billion", [(4.5e9, "USD")]),
    ("4.5 billion US$", [(4.5e9, "USD")]),
    ("USD 4,500 million", [(4.5e9, "USD")]),
    ("EUR4.5bn", [(4.5e9, "EUR")]),
    ("$4.15bn", [(4.15e9, "USD")]),
    ("US$ 4.15 billion", [(4.15e9, "USD")]),
    ("USD4.5bn", [(4.5e9, "USD")]),
    ("€1.2bn", [(1.2e9, "EUR")]),
    ("1.2 billion U.S. dollars", [(1.2e9, "USD")]),
    ("1.2 billion American dollars", [(1.2e9, "USD")]),
    ("VND 100 trillion", [(1e14, "VND")]),
    ("5 billion yuan", [(5e9, "CNY")]),
    ("RMB 20 billion", [(2e10, "CNY")]),
    ("20 billion RMB", [(2e10, "CNY")]),
    ("100 billion rubles", [(1e11, "RUB")]),
    ("100 billion roubles", [(1e11, "RUB")]),
    ("2 billion dirhams", [(2e9, "MAD")]),
    ("5 billion FCFA", [(5e9, "XOF")]),
    ("5 billion CFA francs", [(5e9, "XOF")]),
    ("5 billion CFA", [(5e9, "XOF")]),
    ("5 billion CEMAC CFA francs", [(5e9, "XAF")]),
    ("5 billion CFA francs (XAF)", [(5e9, "XAF")]),
    ("INR 500 billion", [(5e11, "INR")]),
    ("Rs 500 billion", [(5e11, "INR")]),
    ("Rs. 500 billion", [(5e11, "INR")]),
    ("Rs.500 billion", [(5e11, "INR")]),
    ("₹500 billion", [(5e11, "INR")]),
    ("Mrs 500 billion", [(5e11, None)]),  # a letter before: no rupee sign
    ("500 billion rupees", [(5e11, "INR")]),
    ("nearly$1 billion", [(1e9, "USD")]),
    ("US$\n3.55 billion", [(3.55e9, "USD")]),
    ("3.55\nbillion dollars", [(3.55e9, "USD")]),
    ("from 1.42 to 1.36 billion euros", [(1.42e9, "EUR"), (1.36e9, "EUR")]),
    ("between 6.2 and 6.4 billion dollars", [(6.2e9, "USD"), (6.4e9, "USD")]),
    # the right end of a range takes the currency written before the left end
    ("$6.2-6.4 billion", [(6.2e9, "USD"), (6.4e9, "USD")]),
    ("€1.5 to 2 billion", [(1.5e9, "EUR"), (2e9, "EUR")]),
    ("3 million tonnes", []),  # a count, not money
    ("3 million metric tons of rice", []),
    ("1.5 million barrels", []),
    ("a million tourists", []),
    ("2 million tonnes of wheat worth $500 million", [(5e8, "USD")]),
    ("eighty-five billion dollars", [(8.5e10, "USD")]),
    ("seventeen billion dollars", [(1.7e10, "USD")]),
    # hyphens
    ("a $4.5-billion trade", [(4.5e9, "USD")]),
    ("4.5-billion-dollar trade", [(4.5e9, "USD")]),
    ("a 2-million-tonne harvest", []),
    # halves, quarters and "a"
    ("half a billion dollars", [(5e8, "USD")]),
    ("two and a half billion dollars", [(2.5e9, "USD")]),
    ("2 and a half billion dollars", [(2.5e9, "USD")]),
    ("a billion dollars", [(1e9, "USD")]),
    ("an estimated a billion euros", [(1e9, "EUR")]),
    ("a quarter of a billion dollars", [(2.5e8, "USD")]),
    ("a b c", []),  # "a" before a one-letter scale is no number
    ("a m", []),
])
def test_english_amounts(text, expected):
    assert amounts(text, "en") == expected


# --- the same phenomena in the other languages ------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("500 M€", "es", [(5e8, "EUR")]),
    ("300 MM€", "es", [(3e8, "EUR")]),
    ("500 M€", "it", [(5e8, "EUR")]),
    ("2 Mld€", "it", [(2e9, "EUR")]),
    ("mille miliardi di euro", "it", [(1e12, "EUR")]),
    ("mười lăm tỷ USD", "vi", [(1.5e10, "USD")]),
    ("mil millones de dólares", "es", [(1e9, "USD")]),
    ("mil milhões de euros", "pt", [(1e9, "EUR")]),
    # halves
    ("dos millones y medio de euros", "es", [(2.5e6, "EUR")]),
    ("mil millones y medio de dólares", "es", [(1.5e9, "USD")]),
    ("dos mil millones y medio de dólares", "es", [(2.5e9, "USD")]),
    ("medio millón de dólares", "es", [(5e5, "USD")]),
    ("due miliardi e mezzo di euro", "it", [(2.5e9, "EUR")]),
    ("mezzo miliardo di euro", "it", [(5e8, "EUR")]),
    ("dois bilhões e meio de reais", "pt", [(2.5e9, "BRL")]),
    ("meio bilhão de dólares", "pt", [(5e8, "USD")]),
    ("2 tỷ rưỡi USD", "vi", [(2.5e9, "USD")]),
    ("nửa tỷ USD", "vi", [(5e8, "USD")]),
    ("5.000 millones de francos CFA", "es", [(5e9, "XOF")]),
    ("5 miliardi di franchi CFA", "it", [(5e9, "XOF")]),
    ("5 bilhões de francos CFA", "pt", [(5e9, "XOF")]),
    ("5 tỷ franc CFA", "vi", [(5e9, "XOF")]),
    # counts that are not money
    ("3 millones de toneladas", "es", []),
    ("3 milioni di tonnellate", "it", []),
    ("3 milhões de toneladas", "pt", []),
    ("3 triệu tấn", "vi", []),
    ("500 M€", "pt", [(5e8, "EUR")]),
    # a whole number is a range's left end before a dash or after "between", when of the
    # right end's order
    ("2 - 2,2 tỷ USD", "vi", [(2e9, "USD"), (2.2e9, "USD")]),
    ("khoảng từ 2 đến 3 tỷ USD", "vi", [(2e9, "USD"), (3e9, "USD")]),
    ("entre 40 y 45 millones de dólares", "es", [(4e7, "USD"), (4.5e7, "USD")]),
    ("tra 12 e 13 miliardi di euro", "it", [(12e9, "EUR"), (13e9, "EUR")]),
    ("từ 2 lên 3 tỷ USD", "vi", [(3e9, "USD")]),  # a change, not a range
    ("năm 2023 - 2,5 tỷ USD", "vi", [(2.5e9, "USD")]),  # a year is no left end
    ("3 - 120 tỷ USD", "vi", [(1.2e11, "USD")]),  # not of one order
])
def test_amounts_in_other_languages(text, lang, expected):
    assert amounts(text, lang) == expected


# --- percents --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("6,5%", "fr", [(6.5, 0)]),
    ("6,5 %", "fr", [(6.5, 0)]),
    ("6, 5 %", "fr", [(6.5, 0)]),
    (f"6,5{NBSP}%", "fr", [(6.5, 0)]),
    (f"6,5{NNBSP}%", "fr", [(6.5, 0)]),
    ("12 %", "fr", [(12.0, 0)]),
    ("12,5 pour cent", "fr", [(12.5, 0)]),
    ("12 p. 100", "fr", [(12.0, 0)]),
    ("0,5%", "fr", [(0.5, 0)]),
    ("+6,5%", "fr", [(6.5, 1)]),
    ("-3,2%", "fr", [(3.2, -1)]),
    ("\u22123,2%", "fr", [(3.2, -1)]),  # minus sign
    ("\u20133,2 %", "fr", [(3.2, -1)]),  # en dash
    ("- 3,2%", "fr", [(3.2, -1)]),
    ("+ 3,2 %", "fr", [(3.2, 1)]),
    ("de 25% et de 3,8%", "fr", [(25.0, 0), (3.8, 0)]),
    ("6.5%", "en", [(6.5, 0)]),
    ("6. 5 %", "en", [(6.5, 0)]),
    ("6.5 percent", "en", [(6.5, 0)]),
    ("6.5 per cent", "en", [(6.5, 0)]),
    ("-18%", "en", [(18.0, -1)]),
    ("\u22123.2%", "en", [(3.2, -1)]),
    ("3.2 pct", "en", [(3.2, 0)]),
    ("4.15 billion", "en", []),
])
def test_percents(text, lang, expected):
    assert percents(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("400 billion shillings", "en", [(4e11, "KES")]),
    ("290 billion baht", "en", [(2.9e11, "THB")]),
    ("$2 billion, or 800 billion pesos", "en", [(2e9, "USD"), (8e11, "MXN")]),
    ("12 milliards de rands", "fr", [(1.2e10, "ZAR")]),
    ("3 000 milliards de rupiahs", "fr", [(3e12, "IDR")]),
    ("5.000 millones de pesos", "es", [(5e9, "MXN")]),
    ("2 miliardi di rand", "it", [(2e9, "ZAR")]),
    ("US$ 1 bilhão ou 900 bilhões de pesos", "pt", [(1e9, "USD"), (9e11, "ARS")]),
])
def test_unit_words_of_other_currencies(text, lang, expected):
    assert [(round(v, 3), u) for v, u in amounts(text, lang)] == expected

def test_groups_are_unpacked_in_pattern_order():
    """numbers.py unpacks Match.groups(): the compiled patterns must hold exactly these groups."""
    from tradetrack.extract.lexicon import AMOUNT_GROUPS, PERCENT_GROUPS, _ordered

    for code in ("fr", "en", "es", "it", "pt", "vi"):
        lex = lexicon(code)
        assert tuple(sorted(lex.amount.groupindex, key=lex.amount.groupindex.get)) == AMOUNT_GROUPS
        assert lex.amount.groups == 11
        assert tuple(lex.percent.groupindex) == PERCENT_GROUPS
    (m,) = lexicon("en").amount_starts.finditer(lexicon("en").amount, "US$ 4.5 billion", "us$ 4.5 billion")
    assert m.groups() == ("US$", None, None, "4.5", None, "billion", None, None, None, None, None)
    with pytest.raises(ValueError):
        _ordered(lexicon("fr").percent, ("num", "sign"))
    with pytest.raises(ValueError):
        _ordered(lexicon("fr").percent, ("sign",))


def test_head_words_and_pruned_heads():
    from tradetrack.extract.lexicon import _head_words, _pruned

    word = _head_words(["(?<!\\p{L})Rs\\.", "(?<!\\p{L})Rs", "US\\$", "U\\$S", "U\\$"],
                       lambda f: f.startswith("(?<!\\p{L})"))
    assert word == {"rs.": True, "rs": True, "us$": False, "u$s": False, "u$": False}
    starts = _pruned(word)
    assert starts.heads == ("rs", "u$", "us$")  # "rs." starts with "rs", "u$s" with "u$"
    assert starts.word_heads == frozenset({"rs"})
    assert _head_words(["\\w+"], lambda f: True) is None


def test_currency_signs_start_amounts_as_written_or_not():
    """Signs are looked for in the lower-cased text: the same matches as the pattern itself,
    inside a word ("BUS$") and after a letter only for signs that are not letters alone."""
    lex = lexicon("en")
    # "r" of the rand's "R" covers "RM", "RMB" and "Rs"; "n" is the naira's "N"
    assert {"us$", "u$", "€", "r", "n"} <= set(lex.amount_starts.heads)
    assert {"r", "n"} <= lex.amount_starts.word_heads and "us$" not in lex.amount_starts.word_heads
    assert not lex.amount_starts.cased
    for s in ("paid xUS$4 billion", "paid US$ 4 billion", "paid Rs 40 billion", "paid xRs 40 billion",
              "paid RMB5 billion", "paid A$3 million, C$ 2 million and HK$1 billion", "us$ 4 billion",
              "paid €3 billion", "paid FCFA 5 billion", "paid 5 billion CFA francs", "paid N7.3tn and R5bn",
              "EN 2022 R 5"):
        got = [m.span() for m in lex.amount_starts.finditer(lex.amount, s, s.lower())]
        assert got == [m.span() for m in lex.amount.finditer(s)], s
    assert [(n.value, n.unit) for n in find_amounts("paid xUS$4 billion", lex)] == [(4e9, "USD")]


def test_folded_heads_of_percent_words():
    from tradetrack.extract.lexicon import _folded_heads

    assert _folded_heads(["per ?cent", "pct\\b"]) == ("pct", "per")
    assert _folded_heads(["Phần trăm"]) == ("phần",)
    assert _folded_heads([]) is None  # an empty alternation matches anywhere
    assert _folded_heads(["\\w+ cent"]) is None
    assert lexicon("fr").percent_words_at == ("p.", "pour")


@pytest.mark.parametrize("text, lang, expected", [
    ("6 PER CENT", "en", [(6.0, 0)]),
    ("6 per\u017fent", "en", []),
    ("6 PERCENT and 7 percent", "en", [(6.0, 0), (7.0, 0)]),
    ("6 Phần trăm", "vi", [(6.0, 0)]),
    ("en 2019, 12 pays", "fr", []),
])
def test_percents_without_a_percent_sign(text, lang, expected):
    assert percents(text, lang) == expected
    lex = lexicon(lang)
    assert [m.span() for m in lex.percent.finditer(text)] == [(n.start, n.end) for n in find_percents(text, lex)]


def test_value_lookups_are_remembered_and_bounded(monkeypatch):
    import importlib

    lexicon_module = importlib.import_module("tradetrack.extract.lexicon")
    lex = lexicon("fr")
    assert lex.scale_of("milliards") == 1e9
    assert lex.scale_of("milliards") == 1e9  # from the memo
    assert lex._memo[("scale_values", "milliards")] == 1e9
    assert lex.currency_of(" USD ") == "USD" and lex.currency_of("$") == "USD"
    assert lex.count_of("12") == 12 and lex.count_of("deux") == 2
    monkeypatch.setattr(lexicon_module, "_MEMO_SIZE", len(lex._memo))
    assert lex.scale_of("not a scale") == 1.0  # looked up, not remembered: the memo is full
    assert ("scale_values", "not a scale") not in lex._memo


@pytest.mark.parametrize("text, expected", [
    ("KSh400 billion", [(4e11, "KES")]),
    ("₦2.5 trillion", [(2.5e12, "NGN")]),
    ("Rp 500 trillion", [(5e14, "IDR")]),
    ("RM12 billion", [(1.2e10, "MYR")]),
    ("₺80 billion", [(8e10, "TRY")]),
])
def test_more_currency_signs(text, expected):
    assert [(round(v, 3), u) for v, u in amounts(text, "en")] == expected
