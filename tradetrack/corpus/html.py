"""Main text and metadata of an HTML page (trafilatura; htmldate for the date).

Pages come from the web and may be malformed, truncated or hostile. Nothing here raises:
when trafilatura finds no article body (junk, a fragment, a page too short for it) the page's
visible text is used instead, with a warning. Scripts, styles and entities are never run or
expanded (lxml's HTML parser does not resolve external or internal DTD entities).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from html import unescape

Warn = Callable[[str], None]

# trafilatura and htmldate log their own complaints about bad pages; the loader reports
# each bad input once itself, so theirs would be noise on the user's terminal.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_TAG = re.compile(r"<[^<>]{0,10000}>")  # bounded: a '<' without '>' cannot cause rescans
_SPACE = re.compile(r"[ \t\r\f\v]+")


def _ignore(_: str) -> None:
    return None


def _strip_markup(html: str) -> str:
    """The text between the tags, scripts and styles left out: a single linear pass, for
    pages lxml gives up on (junk, or nesting deeper than libxml2's limit of 256)."""
    low = html.lower()
    parts, i = [], 0
    # Next opening of each kind, searched again only once passed: each find scans forward
    # from where the last one stopped, so the whole pass stays linear.
    nxt = {tag: low.find(f"<{tag}") for tag in ("script", "style")}
    while True:
        live = [(j, tag) for tag, j in nxt.items() if j >= 0]
        if not live:
            parts.append(html[i:])
            break
        j, tag = min(live)
        parts.append(html[i:j])
        end = low.find(f"</{tag}>", j)
        if end < 0:
            break
        i = end + len(tag) + 3
        for t, k in nxt.items():
            if 0 <= k < i:
                nxt[t] = low.find(f"<{t}", i)
    return unescape(_TAG.sub(" ", "".join(parts)))


def _lines(text: str) -> str:
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _visible_text(html: str) -> str:
    """All visible text of a page, for when trafilatura finds no article body."""
    text = ""
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
        for bad in root.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        text = _lines(root.text_content())
    except Exception:  # lxml rejects empty or junk documents in many ways
        pass
    return text or _lines(_strip_markup(html))


def html_article(html: str, where: str = "", warn: Warn = _ignore) -> tuple[str, dict]:
    """The page's main text and what it says of itself: title, url, published."""
    doc = None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_precision=False)
    except Exception as e:  # a parser bug on hostile markup must not stop the run
        warn(f"{where}: HTML extraction failed ({type(e).__name__}); read all its text")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = (get("text") or "") if doc is not None else ""
    if not text.strip():
        text = _visible_text(html)
        if text:
            warn(f"{where}: no article body found in the HTML; read all its text")
        return text, {}
    title = get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, {"title": title, "url": get("url"), "published": get("date")}
