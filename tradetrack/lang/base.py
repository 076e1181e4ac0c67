"""The one interface every language module fills: vocabularies, not code.

Each ``tradetrack/lang/<code>.py`` defines ``LANGUAGE = Language(...)``. Entries are regex
fragments, matched case-insensitively on NFC text: a space in a phrase stands for "any
whitespace, or none" (web text often loses spaces: "prèsde", "leséchanges"). Fragments of
four letters or fewer must start at a word boundary; write ``\\b`` yourself where a longer
one must end at one. The extraction engine (``tradetrack.extract``) reads only these fields.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    # --- detection: frequent function words, whole words, lower case
    stopwords: tuple[str, ...]
    # --- numbers
    decimal_comma: bool  # "4,15" is four point fifteen; "1.000" is a thousand
    number_words: dict[str, int]  # units, tens, hundreds: "dix" -> 10; "mille" -> 1000 multiplies
    scales: dict[str, float]  # "milliards?" -> 1e9 (longest phrases win: "mil millones" -> 1e9)
    currencies: dict[str, str]  # names as written after the number: "dollars?" -> "USD"
    percent: tuple[str, ...]  # "pour cent", "per ?cent"
    # --- time
    months: dict[str, int]  # month names and abbreviations -> 1..12
    # Period phrases. Placeholders: {n} a count (digits or number word), {m} {m1} {m2} month
    # names. Values: (first, last) months; "n" in a value stands for the count: (1, "n").
    periods: dict[str, tuple[int | str, int | str]]
    relative_years: dict[str, int]  # "l'an dernier" -> -1, relative to publication
    relative_to_previous: dict[str, int]  # "un an plus tard" -> +1, relative to the figure before
    year_links: tuple[str, ...]  # words between a number and its year: "en", "in", "năm"
    deadline: tuple[str, ...]  # "d'ici", "by": the year after is a deadline
    comparison: tuple[str, ...]  # "par rapport à", "compared with": the year after is a base
    same_period: tuple[str, ...]  # "même période", "same period", "cùng kỳ"
    # --- trade vocabulary (metric cues)
    turnover: tuple[str, ...]
    exports: tuple[str, ...]
    imports: tuple[str, ...]
    surplus: tuple[str, ...]
    deficit: tuple[str, ...]
    bilateral: tuple[str, ...]  # "bilatéral", "two-way", "les deux pays": the article's pair
    # --- what a number is not about (a metric cue near these is no figure)
    exclusions: tuple[str, ...]  # investment, products, tourism...
    world: tuple[str, ...]  # trade with the whole world: "commerce extérieur", "total exports"
    share: tuple[str, ...]  # "part", "share", "account for": a percent that is a share
    # --- kind and bound cues
    target: tuple[str, ...]
    forecast: tuple[str, ...]
    approx: tuple[str, ...]
    at_least: tuple[str, ...]
    at_most: tuple[str, ...]
    up: tuple[str, ...]
    down: tuple[str, ...]
    # --- relations between a trade noun and a country
    to: tuple[str, ...]  # "vers", "to", "sang"
    from_: tuple[str, ...]  # "de", "from", "từ"
    of: tuple[str, ...]  # possessive: "de", "của"; English "'s" is built in
    with_: tuple[str, ...]  # "avec", "with": the partner of a balance
    in_favour: tuple[str, ...]  # "en faveur de", "favorable to": the side in surplus
    number_links: tuple[str, ...]  # "de", "of", "in": an amount "de" trade noun ("5 bn of exports")
    range_links: tuple[str, ...]  # "à", "to", "-": "de 1,42 à 1,36 milliard"
    # --- names
    demonyms: dict[str, str]  # "vietnamien(?:ne)?s?" -> "VNM"
    places: dict[str, str]  # extra names, capitals used for governments, blocs -> code
    # --- page furniture
    tail_markers: tuple[str, ...]  # "Voir plus": what follows is other stories
    furniture: tuple[str, ...]  # a line starting so is a caption or navigation: "Photo"
    # words by which a sentence continues the figure before: "ce chiffre", "it", "ils"
    anaphora: tuple[str, ...] = ()
    # what may stand between a preposition and a country ("vers la Russie", "thị trường Nga")
    determiners: tuple[str, ...] = ()
    # what may stand between a bound and its number ("près de", "the level of", "la barre des")
    bound_fillers: tuple[str, ...] = ()
    # "market": a place that is an exports market is where the goods go ("Mỹ là thị trường
    # xuất khẩu lớn nhất của Việt Nam")
    market: tuple[str, ...] = ()
    # what joins a growth word to an amount that is the change, not the level ("up by")
    change_links: tuple[str, ...] = ()
    # "respectivement", "respectively": numbers and years (or trade nouns) listed in the same order
    respectively: tuple[str, ...] = ()
    # a lookbehind put before every place name: in Vietnamese a country after two capitalised
    # words is a person's name ("Nguyễn Thị Nga", "Trần Văn Pháp")
    place_guard: str = ""
    # "suivi de", "followed by": the place after it is the next item of a list, whose number
    # comes next ("suivis de la Chine avec 61 milliards"), not an owner or a source
    list_next: tuple[str, ...] = ()
    # "tandis que", "while": the clause after it speaks of another flow, whose places are not
    # those of the number before it
    contrast: tuple[str, ...] = ()
    # "selon", "according to": the places after it are the source's, not the number's
    attribution: tuple[str, ...] = ()
    # "sobretudo", "mainly": a product after it says what a total is made of, and leaves it one
    mainly: tuple[str, ...] = ()
    # a country named again by a description: "the Asian country", "ce pays voisin", "el
    # gigante asiático"; it is the side of the article's pair the sentence does not name
    place_anaphora: tuple[str, ...] = ()
    # "the bloc", "los Veintisiete": the same, when that side is a bloc
    bloc_anaphora: tuple[str, ...] = ()
    # "dont", "of which": an amount right after it is part of the total before it; with a
    # partner named ("dont 2 milliards vers la Russie") it is that partner's flow
    subset: tuple[str, ...] = ()
    # photo credits, as written: a line ending "Photo: VNA" or "(Ảnh minh họa)" is a caption
    photo_credits: tuple[str, ...] = ()
    # "entre", "between": two full amounts after it joined by a range link are a range's ends
    between: tuple[str, ...] = ()
    # what joins number words ("cuatro mil ochocientos y cincuenta", "vingt et un")
    number_joiners: tuple[str, ...] = ()
    # letters no other supported language writes, decisive for detection (Vietnamese ơ, ư, ạ)
    letters: str = ""
    # scale abbreviations read only when glued to a currency symbol after them: "M" of
    # "500 M€" -> 1e6 ("500 m" alone is metres)
    glued_scales: dict[str, float] = field(default_factory=dict)
    # what stands for the number before a scale word of a million or more: "half a" -> 0.5
    # ("half a billion"), "a" -> 1 ("a billion"), "demi" -> 0.5 ("un demi-milliard")
    fractions: dict[str, float] = field(default_factory=dict)
    # a fraction added after a number or its scale word: "and a half" -> 0.5 ("two and a half
    # billion"), "et demi" -> 0.5 ("deux milliards et demi")
    fraction_tails: dict[str, float] = field(default_factory=dict)
    # what a count is of when it is not money: "3 million tonnes", "3 millions de tonnes" is
    # no amount (a currency written with the number still makes it one)
    units: tuple[str, ...] = ()
    # where a currency's unit word stands in its CLDR name: "last" ("Kenyan shilling"),
    # "first" ("shilling kényan"), "" (not one word: "Đô la Mỹ"); it lets "shillings" with a
    # Kenyan partner be Kenya's shilling (tradetrack.lang.currency_units)
    currency_unit: str = ""
    extra: dict = field(default_factory=dict)
