"""Read articles from the places users keep them.

A PATH is a corpus JSONL (one article a line: ``id``, ``text``, optional ``url``,
``published``, ``language``, ``title``), a folder, or a single file. A folder is read
recursively: its .txt/.md/.html files (one article each, the id is the file name without
suffix, metadata from an ``articles.jsonl`` or ``articles.csv`` beside them, whose records
with a ``text`` and no file are articles too) and its other .jsonl files as corpora.

Every byte is untrusted, and bad input never raises: it is reported through ``warn`` once,
with the file (and line) and the reason, and the run goes on with everything else.

- At most ``max_bytes`` (default ``DEFAULT_MAX_BYTES``, 5 MB) are read per article: a larger
  file is cut to its first 5 MB (at a line break) with a warning; a longer JSONL line is
  skipped with a warning (part of a JSON object cannot be parsed). Lines are read with a
  bounded ``readline``, so memory stays bounded whatever the input.
- Files with NUL bytes are binary and skipped; UTF-16/32 with a byte-order mark are decoded;
  text that is not UTF-8 is read as Windows-1252/Latin-1 (or as UTF-8 with U+FFFD where only
  a few bytes are broken), with one warning per file.
- Symbolic links are followed, each folder and file once: a link looping back to a folder
  already read is reported and not followed. Hidden names (starting with '.') are ignored.
- Ids are text (numbers become text); a repeated id with the same text is skipped; a
  repeated id with another text is read under a new id ``ID~2`` so that no article is lost.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..model import Article
from .rawio import (
    DEFAULT_MAX_BYTES,
    cut_at_boundary,
    decode,
    iter_lines,
    mb,
    open_regular,
    read_bounded,
)
from .records import make_article, normalise_id

Warn = Callable[[str], None]
TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
META_NAMES = ("articles.jsonl", "articles.csv")
# Past this many warnings about the lines of one file, the rest are counted, not listed.
MAX_LINE_WARNINGS = 50

# Control characters (C0, DEL, C1) and bidirectional overrides: a file name or id that
# carries them must not drive the user's terminal when a warning is printed.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _ignore(_: str) -> None:
    return None


def safe_message(msg: str) -> str:
    """``msg`` with terminal control characters shown as escapes (and newlines as \\n)."""
    msg = msg.replace("\n", "\\n")
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                       else f"\\u{ord(m.group()):04x}", msg)


class _FileWarnings:
    """Warnings about the lines of one file: the first MAX_LINE_WARNINGS listed, then counted."""

    def __init__(self, path: Path, warn: Warn) -> None:
        self.path, self.warn, self.count = path, warn, 0

    def __call__(self, msg: str) -> None:
        self.count += 1
        if self.count <= MAX_LINE_WARNINGS:
            self.warn(msg)

    def close(self) -> None:
        if self.count > MAX_LINE_WARNINGS:
            self.warn(f"{self.path}: {self.count - MAX_LINE_WARNINGS} more warnings about its lines "
                      "not listed")


def read_jsonl(path: Path, warn: Warn = _ignore, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[dict]:
    """The JSON objects of a JSONL file, line by line, each with its ``_where`` ('path:line').

    Broken lines (not JSON, not an object, over ``max_bytes``) are reported and skipped.
    """
    lw = _FileWarnings(path, warn)
    try:
        f = open_regular(path)
    except OSError as e:
        warn(f"{path}: cannot read ({e.strerror or e}); skipped")
        return
    noted = False
    try:
        with f:
            head = f.peek(8192)[:8192]
            if not head:
                warn(f"{path}: empty file; skipped")
                return
            if decode(head)[0] is None:
                warn(f"{path}: binary file (NUL bytes); skipped")
                return
            for line in iter_lines(f, max_bytes):
                where = f"{path}:{line.number}"
                if line.text is None:
                    lw(f"{where}: line of {mb(line.size)}, over the per-article cap of {mb(max_bytes)}; "
                       "skipped")
                    continue
                if not line.text.strip():
                    continue
                if line.note and not noted:
                    lw(f"{where}: {line.note} (reported once for this file)")
                    noted = True
                try:
                    rec = json.loads(line.text.rstrip("\r\n"))
                except json.JSONDecodeError as e:
                    lw(f"{where}: not JSON ({e.msg.removesuffix(' at')} at column {e.colno}); skipped")
                    continue
                except RecursionError:
                    lw(f"{where}: JSON nested too deeply; skipped")
                    continue
                except ValueError as e:  # such as a 5000-digit number
                    lw(f"{where}: not usable JSON ({str(e).split(':')[0][:80]}); skipped")
                    continue
                if not isinstance(rec, dict):
                    lw(f"{where}: a JSON {type(rec).__name__}, not an object; skipped")
                    continue
                rec["_where"] = where
                rec["_warn"] = lw
                yield rec
    except OSError as e:
        warn(f"{path}: read error ({e.strerror or e}); rest of the file skipped")
    finally:
        lw.close()


def read_csv_meta(path: Path, warn: Warn = _ignore, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[dict]:
    """The rows of a metadata CSV as dicts with ``_where``; stops at the first unreadable row."""
    try:
        f = open_regular(path)
    except OSError as e:
        warn(f"{path}: cannot read ({e.strerror or e}); skipped")
        return

    over: list[int] = []
    noted = False

    def lines() -> Iterator[str]:
        nonlocal noted
        for line in iter_lines(f, max_bytes):
            if line.text is None:
                over.append(line.number)
                return  # skipping one line could shift a quoted field: stop here
            if line.note and not noted:
                warn(f"{path}:{line.number}: {line.note} (reported once for this file)")
                noted = True
            yield line.text

    old = csv.field_size_limit()
    csv.field_size_limit(max(old, max_bytes))
    try:
        with f:
            n = 1
            for n, rec in enumerate(csv.DictReader(lines()), 2):
                rec.pop(None, None)  # extra cells of a ragged row
                rec["_where"] = f"{path}:{n}"
                yield rec
            if over:
                warn(f"{path}:{over[0]}: line over the per-article cap of {mb(max_bytes)}; "
                     "rest of the file skipped")
    except (csv.Error, OSError) as e:
        warn(f"{path}: unreadable CSV after row {n} ({e}); rest of the file skipped")
    finally:
        csv.field_size_limit(old)


class _Reader:
    """One load: the caps, the warning sink, and the folders and files already read."""

    def __init__(self, warn: Warn, max_bytes: int) -> None:
        self.warn = warn
        self.max_bytes = max_bytes
        self.dirs: dict[tuple[int, int], Path] = {}
        self.files: dict[tuple[int, int], Path] = {}

    def _first_visit(self, path: Path, table: dict[tuple[int, int], Path]) -> Path | None:
        """None the first time this file/folder (by device and inode) is seen, else the
        path it was first read from."""
        try:
            st = path.stat()
        except OSError:
            return None
        key = (st.st_dev, st.st_ino)
        if key in table:
            return table[key]
        table[key] = path
        return None

    # -- single files -------------------------------------------------------------------------

    def file(self, path: Path, meta: dict | None = None) -> Article | None:
        warn = self.warn
        first = self._first_visit(path, self.files)
        if first is not None:
            warn(f"{path}: same file as {first}, already read; skipped")
            return None
        try:
            raw = read_bounded(path, self.max_bytes)
        except OSError as e:
            warn(f"{path}: cannot read ({e.strerror or e}); skipped")
            return None
        if not raw.data:
            warn(f"{path}: empty file; skipped")
            return None
        text, note = decode(raw.data, truncated=raw.truncated)
        if text is None:
            warn(f"{path}: {note}; skipped")
            return None
        if note:
            warn(f"{path}: {note}")
        if raw.truncated:
            text = cut_at_boundary(text)
            warn(f"{path}: {mb(raw.size)}, over the per-article cap of {mb(self.max_bytes)}; "
                 f"only its first {mb(len(raw.data))} read")
        rec = {k: v for k, v in (meta or {}).items() if k != "text"}
        rec.setdefault("id", path.stem or path.name)  # a file's id is its name
        where = str(path)
        if path.suffix.lower() in HTML_SUFFIXES:
            from .html import html_article  # lazy: HTML support pulls in trafilatura

            text, found = html_article(text, where, warn)
            if not text.strip():
                warn(f"{path}: no text in the HTML page; skipped")
                return None
            for k, v in found.items():
                if v and not rec.get(k):
                    rec[k] = v
        return make_article(rec, where, warn, text=text, default_id=path.stem or path.name)

    def jsonl(self, path: Path) -> Iterator[Article]:
        first = self._first_visit(path, self.files)
        if first is not None:
            self.warn(f"{path}: same file as {first}, already read; skipped")
            return
        for rec in read_jsonl(path, self.warn, self.max_bytes):
            where = rec["_where"]
            art = make_article(rec, where, rec["_warn"], default_id=f"{path.stem}:{where.rsplit(':', 1)[1]}")
            if art is not None:
                yield art

    # -- folders --------------------------------------------------------------------------------

    def _meta(self, folder: Path) -> dict[str, dict]:
        meta: dict[str, dict] = {}
        for name in META_NAMES:
            p = folder / name
            if not p.is_file():
                continue
            if name.endswith(".jsonl"):
                self._first_visit(p, self.files)
                recs: Iterable[dict] = read_jsonl(p, self.warn, self.max_bytes)
            else:
                recs = read_csv_meta(p, self.warn, self.max_bytes)
            for rec in recs:
                aid = normalise_id(rec.get("id"))
                lw = rec.pop("_warn", self.warn)
                if aid is None:
                    lw(f"{rec['_where']}: no usable 'id'; skipped")
                elif aid in meta:
                    lw(f"{rec['_where']}: id {aid!r} already in {meta[aid]['_where']}; skipped")
                else:
                    rec["_warn"] = lw
                    meta[aid] = rec
        return meta

    def folder(self, root: Path) -> Iterator[Article]:
        warn = self.warn
        self._first_visit(root, self.dirs)
        # An explicit stack, not recursion: a hostile tree may be thousands of folders deep.
        stack = [root]
        while stack:
            folder = stack.pop()
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError as e:
                warn(f"{folder}: cannot list ({e.strerror or e}); skipped")
                continue
            meta = self._meta(folder)
            used: set[str] = set()
            subfolders: list[Path] = []
            unsupported: dict[str, int] = {}
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                p = Path(entry.path)
                try:
                    is_dir, is_file = entry.is_dir(), entry.is_file()
                except OSError:
                    is_dir = is_file = False
                if entry.is_symlink() and not p.exists():
                    warn(f"{p}: broken or looping symbolic link; skipped")
                    continue
                if is_dir:
                    first = self._first_visit(p, self.dirs)
                    if first is None:
                        subfolders.append(p)
                    elif entry.is_symlink() and _is_within(folder, first):
                        warn(f"{p}: symbolic link loop back to {first}; not followed")
                    else:
                        warn(f"{p}: same folder as {first}, already read; skipped")
                    continue
                if not is_file:
                    warn(f"{p}: not a regular file; skipped")
                    continue
                suffix = p.suffix.lower()
                if entry.name in META_NAMES:
                    continue
                if suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
                    art = self.file(p, meta.get(p.stem))
                    if art is not None:
                        used.add(p.stem)
                        yield art
                elif suffix in JSONL_SUFFIXES:
                    yield from self.jsonl(p)
                else:
                    unsupported[suffix or "no suffix"] = unsupported.get(suffix or "no suffix", 0) + 1
            if unsupported:
                n = sum(unsupported.values())
                warn(f"{folder}: {n} file{'s' if n > 1 else ''} of unsupported type skipped "
                     f"({', '.join(sorted(unsupported))}); articles are .txt, .md, .html or .jsonl")
            # metadata records that carry their own text and have no file beside them
            for aid, rec in meta.items():
                if aid not in used and rec.get("text"):
                    art = make_article(rec, rec["_where"], rec["_warn"])
                    if art is not None:
                        yield art
            stack.extend(reversed(subfolders))

    def path(self, path: str | Path) -> Iterator[Article]:
        p = Path(path)
        if p.is_dir():
            yield from self.folder(p)
        elif p.is_symlink() and not p.exists():
            self.warn(f"{p}: broken or looping symbolic link; skipped")
        elif not p.exists():
            self.warn(f"{p}: no such file or folder; skipped")
        elif p.suffix.lower() in JSONL_SUFFIXES:
            yield from self.jsonl(p)
        else:
            art = self.file(p)
            if art is not None:
                yield art


def _is_within(path: Path, ancestor: Path) -> bool:
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(ancestor))
    except (OSError, ValueError):
        return False


def _safe(warn: Warn) -> Warn:
    return lambda msg: warn(safe_message(msg))


def read_path(path: str | Path, warn: Warn = _ignore, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """The articles at one PATH (JSONL corpus, folder or single file)."""
    yield from _Reader(_safe(warn), max_bytes).path(path)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class _SeenIds:
    """The ids read so far with their text's digest and origin, for duplicate reports.

    Kept in a private temporary SQLite database (deleted on close) with a small page cache,
    not in a dict: a corpus of millions of articles then reads in flat memory. Should the
    temporary file fail (a full disk), the ids read from then on are kept in memory instead,
    with one warning: the run goes on and still reports every repeated id.
    """

    def __init__(self, warn: Warn) -> None:
        self._warn = warn
        self._mem: dict[str, tuple[bytes, str]] = {}
        self._db: sqlite3.Connection | None = None
        self._writable = False
        try:
            self._db = sqlite3.connect("", check_same_thread=False)  # "": a temporary file
            self._db.execute("PRAGMA cache_size=-4000")  # 4 MB of pages, whatever the corpus size
            self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY, digest BLOB, origin TEXT) WITHOUT ROWID")
            self._writable = True
        except sqlite3.Error as e:
            self._unwritable(e)

    def _unwritable(self, e: Exception) -> None:
        self._writable = False
        self._warn(f"temporary storage for the ids read so far failed ({e}); keeping them in memory")

    def get(self, id_: str) -> tuple[bytes, str] | None:
        if id_ in self._mem:
            return self._mem[id_]
        if self._db is None:
            return None
        try:
            return self._db.execute("SELECT digest, origin FROM seen WHERE id = ?", (id_,)).fetchone()
        except sqlite3.Error:
            return None

    def __contains__(self, id_: str) -> bool:
        return self.get(id_) is not None

    def add(self, id_: str, digest: bytes, origin: str) -> None:
        if self._writable and self._db is not None:
            try:
                self._db.execute("INSERT INTO seen VALUES (?, ?, ?)", (id_, digest, origin))
                return
            except sqlite3.Error as e:
                self._unwritable(e)
        self._mem[id_] = (digest, origin)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def load_corpus(paths: Iterable[str | Path], warn: Warn | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article]:
    """Articles from every PATH in order, each id once.

    A repeated id with the same text is skipped; with another text the article is kept under
    a new id (``ID~2``, ``ID~3``...). Both are reported.
    """
    warn = _safe(warn or _ignore)
    reader = _Reader(warn, max_bytes)
    seen = _SeenIds(warn)
    try:
        for path in paths:
            for art in reader.path(path):
                digest = _digest(art.text)
                prev = seen.get(art.id)
                if prev is not None:
                    if prev[0] == digest:
                        warn(f"{art.origin}: duplicate of article {art.id!r} ({prev[1]}); skipped")
                        continue
                    k = 2
                    while f"{art.id}~{k}" in seen:
                        k += 1
                    new = f"{art.id}~{k}"
                    warn(f"{art.origin}: id {art.id!r} already used by {prev[1]} for another text; "
                         f"read as {new!r}")
                    art.id = new
                seen.add(art.id, digest, art.origin)
                yield art
    finally:
        seen.close()
