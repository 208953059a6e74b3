"""Records -> CSV tables (UTF-8 with BOM for Excel/WPS), each written atomically. The only pandas user."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

COLUMNS = {
    "articles": ["article_id", "file", "encoding", "script", "title", "published", "chars", "sentences",
                 "mentions", "status"],
    "amounts": ["mention_id", "article_id", "file", "sentence_no", "start", "end", "text", "value", "value_high",
                "unit", "qualifier"],
    "quantities": ["mention_id", "article_id", "file", "sentence_no", "start", "end", "text", "value",
                   "value_high", "unit", "qualifier"],
    "percentages": ["mention_id", "article_id", "file", "sentence_no", "start", "end", "text", "value",
                    "value_high", "unit", "qualifier", "change"],
    "dates": ["mention_id", "article_id", "file", "sentence_no", "start", "end", "text", "value", "resolved"],
    "entities": ["mention_id", "article_id", "file", "sentence_no", "start", "end", "text", "name", "label"],
    "entity_counts": ["article_id", "file", "name", "label", "count"],
    "claims": ["claim_id", "article_id", "file", "sentence_no", "start", "end", "text", "kind", "value",
               "value_high", "unit", "qualifier", "metric", "subject", "period", "change", "duplicate_of",
               "sentence"],
}
TEXT_COLUMNS = {"file", "title", "text", "name", "metric", "subject", "sentence", "status"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def entity_counts(entities: list[dict]) -> list[dict]:
    """One row per distinct (article, name, label) with its number of occurrences."""
    counts: dict[tuple, dict] = {}
    for e in entities:
        key = (e["article_id"], e["file"], e["name"], e["label"])
        if key not in counts:
            counts[key] = {"article_id": e["article_id"], "file": e["file"], "name": e["name"],
                           "label": e["label"], "count": 0}
        counts[key]["count"] += 1
    return sorted(counts.values(), key=lambda r: (r["file"], -r["count"], r["name"], r["label"]))


def neutralize(value: str) -> str:
    """Stop a spreadsheet from running a text cell as a formula (CSV injection)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def write_tables(data: dict[str, list[dict]], out_dir: Path, safe_csv: bool = True) -> list[Path]:
    """Write every table of `data` as <name>.csv in out_dir; returns the paths written."""
    import pandas as pd

    out_dir.mkdir(parents=True, exist_ok=True)
    data = {**data, "entity_counts": entity_counts(data.get("entities", []))}
    written = []
    for name, columns in COLUMNS.items():
        rows = sorted(data.get(name, []), key=_sort_key)
        frame = pd.DataFrame([{c: _cell(r.get(c, ""), c, safe_csv) for c in columns} for r in rows],
                             columns=columns, dtype=object)
        path = out_dir / f"{name}.csv"
        atomic_write(path, frame.to_csv(index=False, lineterminator="\r\n"))
        written.append(path)
    return written


def _sort_key(row: dict):
    return (row.get("file", ""), int(row.get("start", 0) or 0), int(row.get("end", 0) or 0),
            row.get("name", ""), row.get("label", ""))


def _cell(value, column: str, safe: bool) -> str:
    if value is None:
        return ""
    text = str(value)
    if safe and column in TEXT_COLUMNS:
        text = neutralize(text)
    return text


def atomic_write(path: Path, text: str) -> None:
    """Write UTF-8 with BOM to a temporary file in the same folder, then rename it over `path`."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
