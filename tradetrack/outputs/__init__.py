"""Outputs: tables (JSONL/CSV/text), the Excel workbook, matplotlib charts."""
