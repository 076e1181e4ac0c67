"""Read articles from the places users keep them.

A PATH is a corpus JSONL (one article a line: ``id``, ``text``, optional ``url``,
``published``, ``language``, ``title``), a folder (its .txt/.md/.html files, with metadata
from an ``articles.jsonl`` or ``articles.csv`` beside them), or a single file.
Bad input never raises: it is reported through ``warn`` with the file (and line) and skipped.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..model import Article

Warn = Callable[[str], None]
TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
META_NAMES = ("articles.jsonl", "articles.csv")
FIELDS = ("url", "title", "published", "language")


def _ignore(_: str) -> None:
    return None


def _clean_field(v: object) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _article(rec: dict, where: str, warn: Warn, text: str | None = None) -> Article | None:
    aid = _clean_field(rec.get("id"))
    if text is None:
        text = rec.get("text")
    if aid is None:
        warn(f"{where}: no 'id'; skipped")
        return None
    if not isinstance(text, str) or not text.strip():
        warn(f"{where}: article {aid!r} has no text; skipped")
        return None
    return Article(id=aid, text=text, origin=where, **{k: _clean_field(rec.get(k)) for k in FIELDS})


def read_jsonl(path: Path, warn: Warn = _ignore) -> Iterator[dict]:
    """The JSON objects of a JSONL file, line by line; broken lines are reported and skipped."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                warn(f"{path}:{n}: not JSON ({e.msg}); skipped")
                continue
            if not isinstance(rec, dict):
                warn(f"{path}:{n}: not a JSON object; skipped")
                continue
            rec["_where"] = f"{path}:{n}"
            yield rec


def read_csv_meta(path: Path, warn: Warn = _ignore) -> Iterator[dict]:
    with open(path, encoding="utf-8", errors="replace", newline="") as f:
        for n, rec in enumerate(csv.DictReader(f), 2):
            rec["_where"] = f"{path}:{n}"
            yield rec


def _read_text(path: Path, warn: Warn) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as e:
        warn(f"{path}: cannot read ({e.strerror}); skipped")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        warn(f"{path}: not UTF-8; read as cp1252")
        return data.decode("cp1252", errors="replace")


def _read_folder(folder: Path, warn: Warn) -> Iterator[Article]:
    meta: dict[str, dict] = {}
    for name in META_NAMES:
        p = folder / name
        if p.is_file():
            reader = read_jsonl if name.endswith(".jsonl") else read_csv_meta
            for rec in reader(p, warn):
                aid = _clean_field(rec.get("id"))
                if aid is None:
                    warn(f"{rec['_where']}: no 'id'; skipped")
                else:
                    meta.setdefault(aid, rec)
    used: set[str] = set()
    for p in sorted(folder.iterdir()):
        suffix = p.suffix.lower()
        if not p.is_file() or suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            continue
        art = _read_file(p, warn, meta.get(p.stem))
        if art is not None:
            used.add(p.stem)
            yield art
    # metadata records that carry their own text and have no file beside them
    for aid, rec in meta.items():
        if aid not in used and rec.get("text"):
            art = _article(rec, rec["_where"], warn)
            if art is not None:
                yield art


def _read_file(path: Path, warn: Warn, meta: dict | None = None) -> Article | None:
    text = _read_text(path, warn)
    if text is None:
        return None
    rec = dict(meta or {})
    rec.setdefault("id", path.stem)
    if path.suffix.lower() in HTML_SUFFIXES:
        from .html import html_article  # lazy: HTML support pulls in trafilatura

        text, found = html_article(text)
        for k, v in found.items():
            if v and not rec.get(k):
                rec[k] = v
    return _article(rec, str(path), warn, text=text)


def read_path(path: str | Path, warn: Warn = _ignore) -> Iterator[Article]:
    """The articles at one PATH (JSONL corpus, folder or single file)."""
    p = Path(path)
    if p.is_dir():
        yield from _read_folder(p, warn)
    elif not p.exists():
        warn(f"{p}: no such file or folder; skipped")
    elif p.suffix.lower() == ".jsonl":
        for rec in read_jsonl(p, warn):
            art = _article(rec, rec["_where"], warn)
            if art is not None:
                yield art
    else:
        art = _read_file(p, warn)
        if art is not None:
            yield art


def load_corpus(paths: Iterable[str | Path], warn: Warn | None = None) -> Iterator[Article]:
    """Articles from every PATH in order, each id once (the first wins; repeats are reported)."""
    warn = warn or _ignore
    seen: set[str] = set()
    for path in paths:
        for art in read_path(path, warn):
            if art.id in seen:
                warn(f"{art.origin}: duplicate id {art.id!r}; skipped")
                continue
            seen.add(art.id)
            yield art
