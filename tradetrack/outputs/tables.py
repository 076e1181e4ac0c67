"""Write DataFrames as JSON Lines, CSV or a plain text table, safely.

CSV cells that a spreadsheet would run as a formula (text starting with =, +, -, @, tab or
CR) are prefixed with a quote; numbers are left as numbers.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import IO

import pandas as pd

FORMATS = ("jsonl", "csv", "table")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Terminal controls (C0, DEL, C1, bidi overrides) that article text must not send to a terminal.
_CONTROLS = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]} | {
    c: f"\\u{c:04x}" for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]}


def printable(v: object) -> object:
    """Text for the terminal table: control characters shown as escapes (so an article cannot
    move the cursor, retitle the window or reorder the line); anything else unchanged."""
    return v.translate(_CONTROLS) if isinstance(v, str) else v


def neutralise(v: object) -> object:
    """Text that a spreadsheet could execute, made inert; anything else unchanged.

    A carriage return inside text becomes a line feed: the CSV writer quotes fields holding
    the line terminator ("\n") but not a lone CR, which spreadsheets read as a row break.
    """
    if isinstance(v, str):
        quote = "'" if v.startswith(_FORMULA_START) else ""
        if "\r" in v:
            v = v.replace("\r\n", "\n").replace("\r", "\n")
        return quote + v
    return v


def _jsonable(v: object) -> object:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return v
    return v


def write_frame(df: pd.DataFrame, fmt: str, out: IO[str] | None = None) -> None:
    out = out or sys.stdout
    if fmt == "jsonl":
        cols = list(df.columns)
        for row in df.itertuples(index=False, name=None):
            out.write(json.dumps({c: _jsonable(v) for c, v in zip(cols, row, strict=True)}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        df.map(neutralise).to_csv(out, index=False, lineterminator="\n")
    elif fmt == "table":
        if df.empty:
            out.write("(no rows)\n")
        else:
            with pd.option_context("display.max_rows", None, "display.max_columns", None,
                                   "display.width", 250, "display.max_colwidth", 60):
                out.write(df.map(printable).to_string(index=False) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def write_frame_to(df: pd.DataFrame, fmt: str, path: str | Path | None) -> None:
    """To stdout, or atomically to ``path`` (a temporary file then a rename)."""
    if path is None:
        write_frame(df, fmt)
        return
    from .atomic import atomic_path

    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as f:
        write_frame(df, fmt, f)
