"""Records -> CSV tables (UTF-8 with BOM for Excel/WPS), each written atomically.

Two steps: `render` turns a batch of articles' records into CSV text with pandas where they were extracted
(in a worker process, in parallel), and `write_tables` concatenates the stored texts in file order, filling
in each claim's `duplicate_of`, which only the whole run knows. pandas is used here and in `exports` only."""

from __future__ import annotations

import json
import operator
import os
import re
import tempfile
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .schema import COLUMNS, datapackage

TEXT_COLUMNS = {"file", "title", "text", "name", "metric", "subject", "sentence", "status"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def entity_counts(entities: list[dict]) -> list[dict]:
    """One row per distinct (article, name, label) with its number of occurrences."""
    counts = Counter(map(operator.itemgetter("article_id", "file", "name", "label"), entities))
    rows = [{"article_id": a, "file": f, "name": n, "label": lb, "count": c} for (a, f, n, lb), c in counts.items()]
    return sorted(rows, key=lambda r: (r["file"], -r["count"], r["name"], r["label"]))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()  # temporary files are created 0600; finished tables get the usual mode


def new_temp(folder: Path, name: str) -> tuple[int, str]:
    """A temporary file beside `name` in `folder`, with the mode a normal new file would get."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.chmod(tmp, FILE_MODE)
    return fd, tmp


def table_rows(result: dict) -> dict[str, list[dict]]:
    """The rows one article contributes to each table."""
    rows = {"articles": [result["article"]], "claims": result["claims"], **result["mentions"]}
    rows["entity_counts"] = entity_counts(result["mentions"].get("entities", []))
    return rows


def compact(result: dict) -> dict[str, list]:
    """An article's rows for every table as tuples in column order (lists for claims, whose duplicate_of is
    filled in later), in table order."""
    rows = table_rows(result)
    out = {}
    for name, columns in COLUMNS.items():
        part = rows.get(name, [])
        if name not in ("articles", "entity_counts"):
            try:  # one article's rows: its mentions never share a span within a table
                part = sorted(part, key=_BY_SPAN)
            except (KeyError, TypeError):
                part = sorted(part, key=_sort_key)
        pick = _pickers(name)
        try:
            out[name] = list(map(pick, part))
        except KeyError:  # a row without some column: empty there
            out[name] = [tuple(r.get(c, "") for c in columns) for r in part]
        if name == "claims":
            out[name] = list(map(list, out[name]))
    return out


@lru_cache(maxsize=16)
def _pickers(table: str):
    """A C-level getter of a table's columns, in order, from a row dict."""
    columns = COLUMNS[table]
    getter = operator.itemgetter(*columns)
    return getter if len(columns) > 1 else (lambda r: (getter(r),))


# Rendering many articles' rows with one DataFrame per table: a sentinel row ends each article's rows, and a
# placeholder stands for a claim's duplicate_of until the export knows it. Neither can occur in a cell made
# from a decoded file (files holding NUL are rejected); when one does, the article is rendered on its own.
_SENTINEL = "\x00\x01"
_DUPLICATE_SLOT = "\x00\x02"
_CLAIM = {c: i for i, c in enumerate(COLUMNS["claims"])}
_DUPLICATE_KEY = [_CLAIM[c] for c in ("kind", "value", "value_high", "unit", "qualifier", "metric", "subject")]


def _duplicate_key(row: tuple) -> list | None:
    """[claim_id, key ...]: what makes two claims one fact, any key alike: kind, value, unit, qualifier, metric
    and subject; with no subject, also the same article or the same sentence (126个项目 in two articles about
    different places is no repeat; a repeated paragraph, or a story two sites carry, is). None for a claim
    without a metric (never a repeat)."""
    if not row[_CLAIM["metric"]]:
        return None
    facts = tuple(row[i] for i in _DUPLICATE_KEY)
    if row[_CLAIM["subject"]]:
        return [row[_CLAIM["claim_id"]], facts]
    return [row[_CLAIM["claim_id"]], (*facts, "article", row[_CLAIM["article_id"]]),
            (*facts, "sentence", row[_CLAIM["sentence"]])]


def render(results: list[dict], safe_csv: bool = True) -> list[dict]:
    """Per article, what the store keeps: {'csv': {table: CSV text}, 'rows': {table: count}, 'claim_keys':
    [[claim_id, duplicate key ...] or None]}. One pandas frame per table renders the whole batch."""
    batch = [compact(r) for r in results]
    out = [{"csv": {}, "rows": {name: len(rows[name]) for name in COLUMNS}, "claim_keys": []} for rows in batch]
    for item, rows in zip(out, batch, strict=True):
        for row in rows["claims"]:
            item["claim_keys"].append(_duplicate_key(row))
            row[_CLAIM["duplicate_of"]] = _DUPLICATE_SLOT
    for name, columns in COLUMNS.items():
        end_row = (_SENTINEL,) + ("",) * (len(columns) - 1)
        rows = []
        for article in batch:
            rows.extend(article[name])
            rows.append(end_row)
        parts = _csv_text(rows, columns, safe_csv).split(_end_line(name))
        if len(parts) != len(batch) + 1 or any(_has_marks(p, name) for p in parts):
            parts = [_csv_text(article[name], columns, safe_csv) for article in batch] + [""]
        for item, text in zip(out, parts, strict=False):
            item["csv"][name] = text
    return out


@lru_cache(maxsize=16)
def _end_line(table: str) -> str:
    """The CSV line of a table's sentinel row."""
    columns = COLUMNS[table]
    return _csv_text([[_SENTINEL] + [""] * (len(columns) - 1)], columns, False)


def _has_marks(text: str, table: str) -> bool:
    return _SENTINEL in text or (table != "claims" and _DUPLICATE_SLOT in text)


def _csv_text(rows: list[list], columns: list[str], safe_csv: bool) -> str:
    """CSV lines (CRLF, no header) of rows in column order, text cells neutralized when asked."""
    if not rows:
        return ""
    import pandas as pd

    if safe_csv:
        for i, column in enumerate(columns):
            if column in TEXT_COLUMNS and _may_start_formula([row[i] for row in rows]):
                rows = [row if isinstance(row, list) else list(row) for row in rows]
                for row in rows:
                    if isinstance(row[i], str) and row[i].startswith(FORMULA_START):
                        row[i] = "'" + row[i]
    frame = pd.DataFrame(rows, columns=columns, dtype=object)
    return frame.to_csv(index=False, header=False, lineterminator="\r\n")


_FORMULA_AT_START = re.compile("(?:^|\x00)[" + re.escape("".join(FORMULA_START)) + "]")


def _may_start_formula(cells: list) -> bool:
    """Might a cell start like a formula? (one C-level scan; False only when none can)"""
    try:
        return bool(_FORMULA_AT_START.search("\x00".join(cells)))
    except TypeError:  # a cell that is not text
        return True


def expand(stored: dict) -> dict:
    """What `render` made, back as records: {'article', 'mentions', 'claims'} with typed integers."""
    import csv
    import io

    from .schema import TABLES

    tables = {}
    for name, columns in COLUMNS.items():
        text = stored["csv"].get(name, "").replace(_DUPLICATE_SLOT, "")
        integers = {c.name for c in TABLES[name][1] if c.type == "integer"}
        rows = []
        for values in csv.reader(io.StringIO(text, newline="")):
            row = dict(zip(columns, values, strict=True))
            for column in integers:
                if row[column] != "":
                    row[column] = int(row[column])
            rows.append(row)
        tables[name] = rows
    mentions = {name: rows for name, rows in tables.items() if name not in ("articles", "claims", "entity_counts")}
    return {"article": tables["articles"][0], "mentions": mentions, "claims": tables["claims"]}


def duplicates(claim_keys: list, first: dict[tuple, str]) -> list[str]:
    """duplicate_of for each claim: the first claim seen with the same facts (`_duplicate_key`)."""
    out = []
    for key in claim_keys:
        if key is None:
            out.append("")
            continue
        claim_id, *alike = key
        seen = next((first[k] for k in map(tuple, alike) if k in first), "")
        for k in map(tuple, alike):
            first.setdefault(k, seen or claim_id)
        out.append(seen)
    return out


def write_tables(stored, out_dir: Path) -> dict[str, int]:
    """Write every table from the stored per-article renderings (in file order), streaming, each file renamed
    into place only when all are complete. Returns the number of rows of each table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    temps = {}
    try:
        for name, columns in COLUMNS.items():
            fd, tmp = new_temp(out_dir, f"{name}.csv")
            handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            handle.write(",".join(columns) + "\r\n")
            temps[name] = (tmp, handle)
        totals = dict.fromkeys(COLUMNS, 0)
        first_claims: dict[tuple, str] = {}
        for item in stored:
            for name in COLUMNS:
                text = item["csv"].get(name, "")
                if name == "claims" and text:
                    parts = text.split(_DUPLICATE_SLOT)
                    marks = duplicates(item["claim_keys"], first_claims)
                    text = "".join(p + m for p, m in zip(parts, [*marks, ""], strict=True))
                temps[name][1].write(text)
                totals[name] += item["rows"].get(name, 0)
        for _tmp, handle in temps.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        for name, (tmp, _) in temps.items():
            os.replace(tmp, out_dir / f"{name}.csv")
        temps = {}
        atomic_write(out_dir / "datapackage.json",
                     json.dumps(datapackage(list(COLUMNS)), ensure_ascii=False, indent=2) + "\n", bom=False)
        return totals
    finally:
        for tmp, handle in temps.values():
            handle.close()
            if os.path.exists(tmp):
                os.unlink(tmp)


_BY_SPAN = operator.itemgetter("file", "start", "end")


def _sort_key(row: dict):
    return (row.get("file", ""), int(row.get("start", 0) or 0), int(row.get("end", 0) or 0),
            row.get("name", ""), row.get("label", ""))


def atomic_write(path: Path, text: str, bom: bool = True) -> None:
    """Write UTF-8 (with BOM by default) to a temporary file in the same folder, then rename it over `path`."""
    fd, tmp = new_temp(path.parent, path.name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
