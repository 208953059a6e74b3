"""Records -> CSV tables (UTF-8 with BOM for Excel/WPS), each written atomically. The only pandas user."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from .schema import COLUMNS, datapackage

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


FLUSH_ROWS = 20000


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


def compact(result: dict) -> dict[str, list[list]]:
    """An article's rows for every table as lists in column order, in table order (made where the article
    was extracted, so exporting only concatenates)."""
    rows = table_rows(result)
    out = {}
    for name, columns in COLUMNS.items():
        part = rows.get(name, [])
        if name not in ("articles", "entity_counts"):
            part = sorted(part, key=_sort_key)
        out[name] = [[r.get(c, "") for c in columns] for r in part]
    return out


def expand(rows: dict[str, list[list]]) -> dict:
    """`compact` undone: the {'article', 'mentions', 'claims'} records of one article."""
    dicts = {name: [dict(zip(COLUMNS[name], row, strict=True)) for row in part] for name, part in rows.items()}
    mentions = {name: part for name, part in dicts.items() if name not in ("articles", "claims", "entity_counts")}
    return {"article": dicts["articles"][0], "mentions": mentions, "claims": dicts["claims"]}


_CLAIM = {c: i for i, c in enumerate(COLUMNS["claims"])}
_DUPLICATE_KEY = [_CLAIM[c] for c in ("kind", "value", "value_high", "unit", "qualifier", "metric", "subject")]


def mark_duplicates(claims: list[list], first: dict[tuple, str]) -> None:
    """Point repeats of a claim (same kind, value, unit, qualifier, metric, subject) at the first one seen."""
    metric, claim_id, duplicate_of = _CLAIM["metric"], _CLAIM["claim_id"], _CLAIM["duplicate_of"]
    for c in claims:
        c[duplicate_of] = ""
        if not c[metric]:
            continue
        key = tuple(c[i] for i in _DUPLICATE_KEY)
        if key in first:
            c[duplicate_of] = first[key]
        else:
            first[key] = c[claim_id]


def write_tables(results, out_dir: Path, safe_csv: bool = True) -> dict[str, int]:
    """Write every table from per-article `compact` rows (in file order), streaming, each file renamed into
    place only when all are complete. Returns the number of rows of each table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    temps = {}
    try:
        for name, columns in COLUMNS.items():
            fd, tmp = new_temp(out_dir, f"{name}.csv")
            handle = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
            handle.write(",".join(columns) + "\r\n")
            temps[name] = (tmp, handle)
        pending: dict[str, list[list]] = {name: [] for name in COLUMNS}
        totals = dict.fromkeys(COLUMNS, 0)
        first_claims: dict[tuple, str] = {}
        count = 0
        for rows in results:
            mark_duplicates(rows.get("claims", []), first_claims)
            for name in COLUMNS:
                part = rows.get(name, [])
                pending[name].extend(part)
                count += len(part)
                totals[name] += len(part)
            if count >= FLUSH_ROWS:
                _flush(pending, temps, safe_csv)
                count = 0
        _flush(pending, temps, safe_csv)
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


def _flush(pending: dict[str, list[list]], temps: dict, safe_csv: bool) -> None:
    import pandas as pd

    for name, rows in pending.items():
        if not rows:
            continue
        columns = COLUMNS[name]
        if safe_csv:
            for i, column in enumerate(columns):
                if column in TEXT_COLUMNS:
                    for row in rows:
                        if isinstance(row[i], str) and row[i].startswith(FORMULA_START):
                            row[i] = "'" + row[i]
        frame = pd.DataFrame(rows, columns=columns, dtype=object)
        temps[name][1].write(frame.to_csv(index=False, header=False, lineterminator="\r\n"))
        rows.clear()


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
