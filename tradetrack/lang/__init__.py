"""Language data: one module per language (``fr``, ``en``, ``es``, ``it``, ``pt``, ``vi``),
each defining ``LANGUAGE`` with the fields of :class:`tradetrack.lang.base.Language`.

Country names come from CLDR through Babel (every territory, in every language); the
modules add what CLDR lacks: demonyms, capitals used for governments, blocs, variants.
"""
from __future__ import annotations

import importlib
import re
from functools import cache

from .base import Language

CODES: tuple[str, ...] = ("fr", "en", "es", "it", "pt", "vi")

# Old or withdrawn alpha-3 codes that CLDR keeps as aliases of a current territory.
_DEPRECATED_ALPHA3 = {"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD", "ANT", "SCG", "YUG"}


@cache
def get(code: str) -> Language:
    """The language module for an ISO 639-1 code; KeyError when tradetrack has none."""
    if code not in CODES:
        raise KeyError(code)
    return importlib.import_module(f".{code}", __name__).LANGUAGE


def available() -> list[Language]:
    return [get(c) for c in CODES]


@cache
def alpha3() -> dict[str, str]:
    """ISO 3166 alpha-2 -> alpha-3, from CLDR's territory aliases."""
    from babel.core import get_global

    out: dict[str, str] = {}
    for a3, targets in get_global("territory_aliases").items():
        if len(a3) == 3 and a3.isalpha() and len(targets) == 1 and a3 not in _DEPRECATED_ALPHA3:
            out.setdefault(targets[0], a3)
    return out


@cache
def country_names(code: str) -> dict[str, str]:
    """Every country name CLDR knows in a language -> alpha-3, with the forms news text writes
    (see :func:`name_variants`)."""
    from babel import Locale

    a3 = alpha3()
    cldr: dict[str, str] = {}
    loc = Locale.parse(code)
    for a2, name in loc.territories.items():
        if a2 in a3 and len(a2) == 2 and a2.isalpha() and a2 not in {"EU", "EZ", "UN", "QO", "ZZ"}:
            cldr[name] = a3[a2]
    names = dict(cldr)
    for name, a3code in cldr.items():
        for variant in name_variants(name):
            # a variant never takes another territory's own name ("China" of "RAE de Hong
            # Kong (China)", "Saint-Martin" of "Saint-Martin (partie néerlandaise)")
            if variant not in cldr:
                names.setdefault(variant, a3code)
    return names


_PARENS = re.compile(r"\s*\(([^()]*)\)\s*")
_LAST_PARENS = re.compile(r"\S\s*\(([^()]*)\)$")  # a disambiguation ends the name


def name_variants(name: str) -> list[str]:
    """The plain forms of a CLDR name: the straight apostrophe that text is normalised to
    ("Côte d'Ivoire"); a disambiguated name without its parenthesis, and the parenthesised name
    when it ends the name and is a name ("Myanmar (Burma)" -> "Myanmar", "Burma"; not "partie
    néerlandaise", not "Keeling" of "Cocos (Keeling) Islands");
    "Congo - Kinshasa" written "Congo-Kinshasa"."""
    out: list[str] = []
    base = name.replace("\u2019", "'")
    forms = [base]
    m = _PARENS.search(base)
    if m:
        plain = " ".join(_PARENS.sub(" ", base).split())
        forms.append(plain)
        last = _LAST_PARENS.search(base)
        inner = last.group(1).strip() if last else ""
        if inner[:1].isupper():
            forms.append(inner)
    for f in list(forms):
        if " - " in f:
            forms.append(f.replace(" - ", "-"))
    for f in forms:
        if f and f != name and f not in out:
            out.append(f)
    return out


@cache
def currencies_in_use() -> dict[str, tuple[str, ...]]:
    """Territory alpha-3 -> the ISO 4217 currencies it uses today (CLDR)."""
    from babel import Locale
    from babel.numbers import get_territory_currencies

    a3 = alpha3()
    out = {}
    for a2 in Locale.parse("en").territories:
        if a2 in a3 and len(a2) == 2 and a2.isalpha():
            found = tuple(get_territory_currencies(a2))
            if found:
                out[a3[a2]] = found
    return out


@cache
def currency_names(code: str) -> dict[str, str]:
    """The names CLDR gives today's currencies in a language, singular and plural, lower case
    with plain apostrophes -> ISO 4217 ("shillings kényans" -> "KES", "thai baht" -> "THB").
    Only names of two words or more: a single word may be a common one ("real", "won")."""
    names: dict[str, str] = {}
    for name, cur in _currency_forms(code):
        if " " in name and not name.startswith(cur.lower()):
            names.setdefault(name, cur)
    return names


@cache
def _currency_forms(code: str) -> list[tuple[str, str]]:
    """(name, ISO code) for each CLDR name of today's currencies in a language, singular and
    plural, lower case with plain apostrophes."""
    from babel import Locale

    loc = Locale.parse(code)
    plural = loc._data["currency_names_plural"]
    used = {c for cs in currencies_in_use().values() for c in cs}
    out = []
    for cur in sorted(used):
        for name in sorted({loc.currencies.get(cur, "")} | set(dict(plural.get(cur, {}).items()).values())):
            if name:
                out.append((name.lower().replace("\u2019", "'"), cur))
    return out


@cache
def currency_choices(code: str, written: str) -> tuple[str, ...]:
    """Every one of today's currencies a written currency word may name, by CLDR: those whose
    name is it, or it with qualifiers after it ("dirhams" -> "dirhams des Émirats arabes
    unis", "dirhams marocains") or, where the language says the unit word stands last,
    before it ("UAE dirhams", "Moroccan dirhams"). ``written``: lower case."""
    where = get(code).currency_unit
    if where not in ("first", "last"):
        return ()
    found = set()
    for name, cur in _currency_forms(code):
        if name == written or (name.startswith(written + " ") if where == "first" else name.endswith(" " + written)):
            found.add(cur)
    return tuple(sorted(found))
