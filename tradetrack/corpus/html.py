"""Main text and metadata of an HTML page (trafilatura; htmldate for the date)."""
from __future__ import annotations


def html_article(html: str) -> tuple[str, dict]:
    """The page's main text and what it says of itself: title, url, published."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=False)
    if doc is None:
        return "", {}
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    title = get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text, {"title": title, "url": get("url"), "published": get("date")}
