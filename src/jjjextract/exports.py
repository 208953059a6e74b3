"""The CSV tables -> an Excel workbook and Parquet files, typed by `schema` (numbers as numbers, full dates
as dates). Read from the CSV tables just written, so every format holds the same rows."""

from __future__ import annotations

import datetime as dt
import os
import re
from decimal import Decimal
from pathlib import Path

from .schema import TABLES
from .tables import FORMULA_START, TEXT_COLUMNS, new_temp

FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WORKBOOK = "jjjextract.xlsx"
MAX_WIDTH = 60


def _frame(out_dir: Path, name: str):
    import pandas as pd

    return pd.read_csv(out_dir / f"{name}.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _cell(value: str, type_: str, column: str):
    """A typed cell value: int, Decimal, date or the text (empty -> None)."""
    if value == "":
        return None
    if type_ == "integer":
        return int(value)
    if type_ == "number":
        return Decimal(value)
    if (type_ == "date" or column in ("value", "resolved")) and FULL_DATE.match(value):
        return dt.date.fromisoformat(value)
    return value


def unguard(value: str, keep: str = "") -> str:
    """A text cell without the apostrophe the CSV safety put before a formula-like start (`'-3.5%` -> `-3.5%`):
    typed formats hold text as text. A start in `keep` keeps its guard (`=` in a workbook, where openpyxl
    would write a formula)."""
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_START and value[1] not in keep:
        return value[1:]
    return value


def write_xlsx(out_dir: Path) -> Path:
    """One workbook, one sheet per table, header frozen, widths fitted, numbers and full dates typed
    (openpyxl gives date cells the yyyy-mm-dd format)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    wb.remove(wb.active)
    for name, (_, columns) in TABLES.items():
        frame = _frame(out_dir, name)
        ws = wb.create_sheet(name)
        ws.append([c.name for c in columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        widths = [len(c.name) for c in columns]
        for row in frame.itertuples(index=False):
            values = []
            for i, (col, raw) in enumerate(zip(columns, row, strict=True)):
                value = _cell(raw, col.type, col.name if name == "dates" else "")
                if isinstance(value, str) and col.name in TEXT_COLUMNS:
                    value = unguard(value, keep="=")
                if isinstance(value, Decimal):
                    value = int(value) if value == value.to_integral_value() and abs(value) < 2**53 else float(value)
                values.append(value)
                widths[i] = max(widths[i], min(MAX_WIDTH, _display_width(raw)))
            ws.append(values)
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = width + 2
        ws.freeze_panes = "A2"
    path = out_dir / WORKBOOK
    _atomic_save(path, wb.save)
    return path


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_parquet(out_dir: Path) -> list[Path]:
    """One Parquet file per table: integers as int64, numbers as exact decimal128(38, 10), text as string."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    kinds = {"integer": pa.int64(), "number": pa.decimal128(38, 10), "date": pa.date32(), "string": pa.string()}
    paths = []
    for name, (_, columns) in TABLES.items():
        frame = _frame(out_dir, name)
        arrays = []
        for col in columns:
            raw = frame[col.name].tolist()
            if col.type == "date":
                values = [dt.date.fromisoformat(v) if FULL_DATE.match(v) else None for v in raw]
            elif col.type in ("integer", "number"):
                values = [_cell(v, col.type, col.name) for v in raw]
            elif col.name in TEXT_COLUMNS:
                values = [unguard(v) for v in raw]
            else:
                values = raw
            arrays.append(pa.array(values, type=kinds[col.type]))
        table = pa.Table.from_arrays(arrays, names=[c.name for c in columns])
        path = out_dir / f"{name}.parquet"
        _atomic_save(path, lambda target, t=table: pq.write_table(t, target))
        paths.append(path)
    return paths


def _atomic_save(path: Path, save) -> None:
    fd, tmp = new_temp(path.parent, path.name)
    os.close(fd)
    try:
        save(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
