"""One raw record (a JSON object, a CSV row, a file's metadata) checked and made an Article.

Fields arrive mistyped: ids as numbers, ``published`` as 2021 or "yesterday", a language as
"FR-fr" or "German", URLs such as ``javascript:...``. Each is coerced to its documented form or
dropped with a warning naming the record; only a record without usable text is skipped.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

import regex

from ..lang import CODES
from ..model import Article

Warn = Callable[[str], None]

# The languages the extractor has data for (one module each in tradetrack.lang); other
# articles are still processed (the extractor may find nothing) but the user is told.
SUPPORTED_LANGUAGES: tuple[str, ...] = CODES

# Longest id kept whole: ids travel into every output row and message.
MAX_ID_CHARS = 200

# YYYY, YYYY-MM, YYYY-MM-DD (also with / or . and one-digit parts), optionally followed by a
# time ("2021-05-04T10:00:00Z"); or the compact YYYYMMDD. Anchored, no nested repeats: linear.
_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][0-9:.+\-Z ]*)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_LANG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*")
MIN_YEAR, MAX_YEAR = 1800, 2200
_SURROGATE = re.compile("[\ud800-\udfff]")


def _kind(v: object) -> str:
    return type(v).__name__


def clean_str(s: str) -> tuple[str, bool]:
    """``s`` with unpaired surrogates (legal in JSON escapes, fatal to any UTF-8 output)
    replaced by U+FFFD; and whether any were."""
    try:
        s.encode("utf-8")
        return s, False
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", s), True


def normalise_published(v: object) -> tuple[str | None, str | None]:
    """``published`` as 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (or None), and what was wrong."""
    if v is None:
        return None, None
    if isinstance(v, bool):
        return None, f"'published' is {v!r}, not a date; ignored"
    if isinstance(v, int | float):
        if isinstance(v, float) and (not math.isfinite(v) or not v.is_integer()):
            return None, f"'published' is the number {v!r}, not a year; ignored"
        year = int(v)
        if MIN_YEAR <= year <= MAX_YEAR:
            return str(year), f"'published' is the number {year}, not text; read as '{year}'"
        return None, f"'published' is the number {year}, not a year; ignored"
    if not isinstance(v, str):
        return None, f"'published' is a {_kind(v)}, not a date; ignored"
    s = v.strip()
    if not s:
        return None, None
    m = _DATE.fullmatch(s)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
    else:
        m = _COMPACT.fullmatch(s)
        if not m:
            return None, f"'published' {s[:40]!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored"
        y, mo, d = m.groups()
    year = int(y)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None, f"'published' {s[:40]!r} has an implausible year; ignored"
    if mo is None:
        return y, None
    if not 1 <= int(mo) <= 12:
        return y, f"'published' {s[:40]!r} has no month {int(mo)}; kept the year {y}"
    ym = f"{y}-{int(mo):02d}"
    if d is None:
        return ym, None
    try:
        return dt.date(year, int(mo), int(d)).isoformat(), None
    except ValueError:
        return ym, f"'published' {s[:40]!r} has no day {int(d)} in that month; kept {ym}"


def normalise_id(v: object) -> str | None:
    """An id as text: numbers become their digits (12, 12.0 -> '12'); other types None."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            return None
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, str):
        s = clean_str(v.strip())[0]
        return s or None
    return None


def _text_field(rec: dict, key: str, where: str, warn: Warn) -> str | None:
    v = rec.get(key)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, str | int | float):
        warn(f"{where}: '{key}' is a {_kind(v)}, not text; ignored")
        return None
    s = clean_str(str(v).strip())[0]
    return s or None


def normalise_language(v: object) -> tuple[str | None, str | None]:
    """A language hint as a lower-case ISO 639 code ('FR-fr' -> 'fr'), and what was wrong."""
    if v is None:
        return None, None
    if not isinstance(v, str):
        return None, f"'language' is a {_kind(v)}, not a language code; ignored"
    s = v.strip().lower()
    if not s:
        return None, None
    m = _LANG.fullmatch(s)
    if not m:
        return None, f"'language' {v[:40]!r} is not a language code (such as 'fr'); ignored"
    code = m.group(1)
    if code not in SUPPORTED_LANGUAGES:
        return code, (f"language {code!r} is not supported ({', '.join(SUPPORTED_LANGUAGES)}); "
                      "processed anyway, figures are unlikely")
    return code, None


_LETTER = regex.compile(r"\p{L}")
_LATIN = regex.compile(r"\p{Latin}")
_SCRIPTS = ("Han", "Cyrillic", "Arabic", "Hangul", "Hiragana", "Katakana", "Thai", "Greek", "Hebrew",
            "Devanagari")
SCRIPT_SAMPLE = 20_000  # characters looked at: enough to tell, cheap on a 5 MB text


def foreign_script(text: str) -> str | None:
    """The script most of the text's letters are in when it is not Latin (every supported
    language is written in Latin letters), else None."""
    sample = text[:SCRIPT_SAMPLE]
    letters = len(_LETTER.findall(sample))
    if letters < 20 or len(_LATIN.findall(sample)) * 2 >= letters:
        return None
    counts = {name: len(regex.findall(rf"\p{{{name}}}", sample)) for name in _SCRIPTS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else "non-Latin"


def make_article(rec: dict, where: str, warn: Warn, *, text: object = None,
                 default_id: str | None = None) -> Article | None:
    """The Article of one raw record, or None (with a warning) when it has no usable text.

    ``text`` overrides the record's own (a file's content); ``default_id`` is used, with a
    warning, when the record has no usable id, so that a good text is never lost for want of one.
    """
    raw_id = rec.get("id")
    aid = normalise_id(raw_id)
    if text is None:
        text = rec.get("text")
    if not isinstance(text, str):
        if text is None:
            warn(f"{where}: no 'text'; skipped")
        else:
            warn(f"{where}: 'text' is a {_kind(text)}, not text; skipped")
        return None
    if not text.strip():
        warn(f"{where}: empty text; skipped")
        return None
    text, fixed = clean_str(text)
    if fixed:
        warn(f"{where}: text has unpaired surrogate escapes; replaced by U+FFFD")
    if aid is None:
        if default_id is None:
            warn(f"{where}: no usable 'id'; skipped")
            return None
        if raw_id is None or raw_id == "":
            warn(f"{where}: no 'id'; using {default_id!r}")
        else:
            warn(f"{where}: 'id' is a {_kind(raw_id)}, not text or a number; using {default_id!r}")
        aid = default_id
    if len(aid) > MAX_ID_CHARS:
        warn(f"{where}: 'id' is {len(aid)} characters long; cut to {MAX_ID_CHARS}")
        aid = aid[:MAX_ID_CHARS]

    published, problem = normalise_published(rec.get("published"))
    if problem:
        warn(f"{where}: {problem}")
    language, problem = normalise_language(rec.get("language"))
    if problem:
        warn(f"{where}: {problem}")
    elif language is None and (script := foreign_script(text)):
        # The language detector only knows the supported languages: say it here, once.
        warn(f"{where}: text is mostly in {script} script, not a supported language "
             f"({', '.join(SUPPORTED_LANGUAGES)}); processed anyway, figures are unlikely")
    url = _text_field(rec, "url", where, warn)
    if url is not None and not url.lower().startswith(("http://", "https://")):
        # Only web links survive: a javascript:, file: or data: URL could run or leak
        # something when an output (a workbook hyperlink) is opened.
        warn(f"{where}: 'url' {url[:40]!r} is not an http(s) URL; ignored")
        url = None
    return Article(id=aid, text=text, url=url, title=_text_field(rec, "title", where, warn),
                   published=published, language=language, origin=where)
