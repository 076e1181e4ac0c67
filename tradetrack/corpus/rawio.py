"""Bounded reading and decoding of untrusted bytes.

Every byte a corpus holds may be hostile: a file may be binary, in a legacy encoding, UTF-16,
gigantic, or a single line of 50 MB. This module reads at most a fixed number of bytes per
article (``DEFAULT_MAX_BYTES``) and turns bytes into text without ever raising; what it had to
guess is returned as a short note for the caller's warning.
"""
from __future__ import annotations

import codecs
import io
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

# The per-article cap: the bytes read from one file, or the length of one JSONL line.
# 5 MB is ~1000 news articles' worth of text, far beyond any real article, and keeps a
# run's memory bounded whatever the input.
DEFAULT_MAX_BYTES = 5_000_000

# How much of a file is sniffed for NUL bytes (as git does) before reading it all.
SNIFF_BYTES = 8192

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def mb(n: int) -> str:
    """A byte count for messages: '5 MB', '52.4 MB', '812 bytes'."""
    if n < 1_000_000:
        return f"{n} bytes"
    v = n / 1_000_000
    return f"{v:.0f} MB" if v == int(v) else f"{v:.1f} MB"


def _cp1252_table() -> dict[int, str]:
    # cp1252 leaves 5 bytes undefined; there (and only there) Latin-1 is the sensible reading,
    # so a Latin-1 file and a cp1252 file both decode without loss and without raising.
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            table[b] = chr(b)
    return table


_CP1252 = _cp1252_table()


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark declares, and the mark's length."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit at one parity, as in ASCII-heavy UTF-16."""
    sample = data[:SNIFF_BYTES]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _trim_partial_utf8(data: bytes) -> bytes:
    """Drop a multi-byte UTF-8 sequence cut by truncation at the end of ``data``."""
    for back in range(1, min(4, len(data)) + 1):
        b = data[-back]
        if b < 0x80:  # ASCII: nothing cut
            return data
        if b >= 0xC0:  # a lead byte: is its sequence complete?
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return data if back >= need else data[:-back]
    return data


def decode(data: bytes, truncated: bool = False) -> tuple[str | None, str | None]:
    """Text of ``data`` and a note on how it was decoded (None when plain UTF-8).

    The text is None when the bytes are binary (NUL bytes without a UTF-16/32 byte-order
    mark); the note then gives the reason. Never raises.
    """
    found = bom_encoding(data[:4])
    if found:
        enc, skip = found
        body = data[skip:]
        if truncated:
            unit = 4 if enc.startswith("utf-32") else 2 if enc.startswith("utf-16") else 1
            body = _trim_partial_utf8(body) if unit == 1 else body[: len(body) - len(body) % unit]
        text = body.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        if bad:
            return text, f"invalid {enc.upper()} ({bad} bad sequences replaced by U+FFFD)"
        return text, None
    nul = ""
    if b"\x00" in data[:SNIFF_BYTES]:  # NULs at the start: binary (as git judges), or UTF-16
        enc = _utf16_without_bom(data)
        if enc is None:
            return None, "binary file (NUL bytes)"
        body = data[: len(data) - len(data) % 2] if truncated else data
        return body.decode(enc, errors="replace"), f"UTF-16 without byte-order mark; decoded as {enc.upper()}"
    if b"\x00" in data:  # stray NULs further on in a text: dropped, the text kept
        data = data.replace(b"\x00", b"")
        nul = "NUL bytes removed"
    if truncated:
        data = _trim_partial_utf8(data)
    try:
        return data.decode("utf-8"), nul or None
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a cut, a stray byte) keeps its UTF-8 reading: legacy 8-bit
    # text almost never forms a valid multi-byte sequence by chance, so text with few or none
    # among many invalid bytes is cp1252/Latin-1.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # valid non-ASCII characters
    if good and 4 * good >= bad:
        note = f"invalid UTF-8 ({bad} bad bytes replaced by U+FFFD)"
    else:
        text, note = data.decode("latin-1").translate(_CP1252), "not UTF-8; decoded as Windows-1252 (Latin-1)"
    return text, f"{note}; {nul}" if nul else note


def cut_at_boundary(text: str, window: int = 65536) -> str:
    """``text`` cut after its last line break (or space) near the end, so a truncation does not
    split a number ("4,15" read as "4,1") or a word."""
    start = max(0, len(text) - window)
    for sep in ("\n", " "):
        i = text.rfind(sep, start)
        if i > 0:
            return text[:i]
    return text


@dataclass(slots=True)
class RawFile:
    data: bytes
    size: int  # the file's full size
    truncated: bool


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for binary reading if it is a regular file; OSError otherwise.

    Opened non-blocking and checked on the open descriptor: a FIFO would block ``open``
    and a device (/dev/zero) never ends.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path, max_bytes: int) -> RawFile:
    """At most ``max_bytes`` of a regular file. Raises OSError (with a strerror) otherwise."""
    with open_regular(path) as f:
        size = os.fstat(f.fileno()).st_size
        data = f.read(max_bytes)
        truncated = bool(f.read(1))
    return RawFile(data, max(size, len(data)), truncated)


@dataclass(slots=True)
class Line:
    number: int
    text: str | None  # None: the line was longer than the cap and was skipped
    size: int  # its length in bytes (or characters for UTF-16/32 files)
    note: str | None = None  # how it was decoded, when not plain UTF-8


def iter_lines(f: BinaryIO, max_bytes: int) -> Iterator[Line]:
    """The lines of a binary file, each read with a bounded ``readline`` and decoded.

    A line longer than ``max_bytes`` is never held in memory: it is drained in chunks and
    yielded with ``text=None``. UTF-16/32 files (with a byte-order mark, or UTF-16 recognised
    without one) are read as such.
    """
    head = f.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(f, "peek") else b""
    found = bom_encoding(head)
    if found and found[0] != "utf-8":
        # The wrapper's codec reads the byte-order mark itself and picks the byte order.
        enc = "utf-16" if "16" in found[0] else "utf-32"
        yield from _iter_text_lines(io.TextIOWrapper(f, encoding=enc, errors="replace"), max_bytes)
        return
    if not found and b"\x00" in head and (enc := _utf16_without_bom(head)):
        note = f"UTF-16 without byte-order mark; decoded as {enc.upper()}"
        for line in _iter_text_lines(io.TextIOWrapper(f, encoding=enc, errors="replace"), max_bytes):
            line.note = note
            yield line
        return
    if found:
        f.read(len(codecs.BOM_UTF8))
    n = 0
    while True:
        raw = f.readline(max_bytes + 1)
        if not raw:
            return
        n += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw)
            while not raw.endswith(b"\n"):
                raw = f.readline(1 << 20)
                if not raw:
                    break
                size += len(raw)
            yield Line(n, None, size)
            continue
        text, note = decode(raw)
        if text is None:  # NUL bytes in a text line: keep them visible to the JSON parser
            text, note = raw.decode("utf-8", errors="replace"), "NUL bytes in the line"
        yield Line(n, text, len(raw), note)


def _iter_text_lines(f: io.TextIOWrapper, max_chars: int) -> Iterator[Line]:
    n = 0
    while True:
        line = f.readline(max_chars + 1)
        if not line:
            return
        n += 1
        if len(line) > max_chars and not line.endswith("\n"):
            size = len(line)
            while not line.endswith("\n"):
                line = f.readline(1 << 20)
                if not line:
                    break
                size += len(line)
            yield Line(n, None, size)
            continue
        yield Line(n, line, len(line))
