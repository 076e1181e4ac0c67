"""Language data: one module per language (``fr``, ``en``, ``es``, ``it``, ``pt``, ``vi``),
each defining ``LANGUAGE`` with the fields of :class:`tradetrack.lang.base.Language`.

Country names come from CLDR through Babel (every territory, in every language); the
modules add what CLDR lacks: demonyms, capitals used for governments, blocs, variants.
"""
from __future__ import annotations

import importlib
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
    """Every country name CLDR knows in a language -> alpha-3 (short and variant names too)."""
    from babel import Locale

    a3 = alpha3()
    names: dict[str, str] = {}
    loc = Locale.parse(code)
    for a2, name in loc.territories.items():
        if a2 in a3 and len(a2) == 2 and a2.isalpha() and a2 not in {"EU", "EZ", "UN", "QO", "ZZ"}:
            names[name] = a3[a2]
    return names
