"""A run over a folder: decide what changed, extract only that (in worker processes or on a Dask cluster),
keep the records in the output folder's store, and export the tables from it.

Idempotent (nothing changed -> no extraction, tables untouched), incremental (new, changed and deleted
files only) and crash-safe (records are committed per batch; tables are replaced only when complete).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .entities import save_word_facts
from .ingest import article_from_bytes, decode, find_files
from .pipeline import analyse, empty_result
from .rules import RuleSet, load_checked_rules
from .segment import resolve_backend
from .store import OutputLock, Store
from .tables import COLUMNS, render, write_tables

BATCH = 200  # files per store transaction
BATCH_FILES = 16  # files per extraction task (tables are rendered per task)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Summary:
    """What a run did."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    exported: bool = False
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed", f"{len(self.removed)} removed",
                 f"{len(self.kept)} kept", f"{len(self.skipped)} skipped"]
        counts = ", ".join(f"{n} {t}" for t, n in self.counts.items())
        tables = "tables written" if self.exported else "tables unchanged"
        return f"{'; '.join(parts)}; {tables}{'; ' + counts if counts else ''}; {self.seconds:.1f}s"


def code_digest() -> str:
    """A hash of the package's own code, so an edited install re-extracts like a new version does."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(rules: RuleSet, with_links: bool, safe_csv: bool, tokenizer: str = "jieba") -> str:
    """What the records depend on besides the articles: rules, tool version and code, options."""
    text = (f"{rules.fingerprint}|{__version__}|{code_digest()}|links={with_links}|safe={safe_csv}"
            f"|tok={tokenizer}")
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def extract_batch(items: list[tuple], safe_csv: bool = True) -> list[tuple]:
    """Worker: (name, size, mtime_ns, sha, status, stored JSON or None) for each file of a batch; never raises
    for bad input. The stored JSON is None when the content's hash equals the known one (touched, not
    changed). Tables are rendered here, one pandas frame per table for the batch, so the parent only stores
    the text and the export only concatenates. Each item is `extract_file`'s arguments."""
    done = []
    try:
        for item in items:
            done.append(_extract_records(*item))
            # What is alive now (jieba's dictionary, the rules, caches, this batch's records) is not scanned by
            # the cyclic garbage collector while the batch runs: scanning it again after every few thousand
            # new objects cost several per cent of the run.
            gc.freeze()
    finally:
        gc.unfreeze()  # no lasting effect on the process (a notebook calling run() keeps its usual GC)
    save_word_facts()  # for the next batch's process or the next run
    fresh = [result for *_, result in done if result is not None]
    rendered = iter(render(fresh, safe_csv))
    out = []
    for name, size, mtime, sha, result in done:
        if result is None:
            out.append((name, size, mtime, sha, "ok", None))
        else:
            out.append((name, size, mtime, sha, result["article"]["status"], Store.encode(next(rendered))))
    return out


def extract_file(*item, safe_csv: bool = True) -> tuple:
    """One file's `extract_batch` result."""
    return extract_batch([item], safe_csv)[0]


def _extract_records(path: str, name: str, rules_dir: str, rules_fingerprint: str, with_links: bool,
                     max_bytes: int, known_sha: str, tokenizer: str) -> tuple:
    """(name, size, mtime_ns, sha, records dict or None) for one file."""
    rules = load_checked_rules(rules_dir, rules_fingerprint)  # the parent process checked these files
    try:
        before = os.stat(path)
        if before.st_size > max_bytes:
            status = f"skipped: larger than {max_bytes} bytes (--max-bytes)"
            return name, before.st_size, before.st_mtime_ns, "", empty_result(name, "", status)
        with open(path, "rb") as fh:
            data = fh.read()
        after = os.stat(path)
    except OSError as exc:
        return name, -1, -1, "", empty_result(name, "", f"unreadable: {exc.strerror or exc}")
    sha = hashlib.sha256(data).hexdigest()
    mtime = after.st_mtime_ns
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        mtime = -1  # changed while being read: extract what was read, read it again next run
    if sha == known_sha:
        return name, len(data), mtime, sha, None
    result = analyse(article_from_bytes(data, name), rules, with_links, tokenizer)
    return name, len(data), mtime, sha, result


def run(paths: list[Path], out_dir: Path, rules: RuleSet, *, with_links: bool = True, safe_csv: bool = True,
        force: bool = False, jobs: int = 1, engine: str = "local", scheduler: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES, tokenizer: str = "auto", formats: tuple[str, ...] = (),
        progress=None) -> Summary:
    """Bring the tables in `out_dir` up to date with the *.txt files under `paths`.

    `formats` adds outputs beside the CSV tables: xlsx, parquet, html. `progress(name, status, done, total)`
    is called after each extracted file."""
    started = time.perf_counter()
    summary = Summary()
    files = find_files(paths)
    with OutputLock(out_dir):
        store = Store(out_dir)
        try:
            tokenizer = resolve_backend(tokenizer) if with_links else "none"  # no tokens without links
            stamp = fingerprint(rules, with_links, safe_csv, tokenizer)
            if force or store.get_meta("fingerprint") != stamp:
                store.begin()
                store.clear()
                store.set_meta("fingerprint", stamp)
                store.set_meta("exported", "")
                store.commit()
            known = store.known()
            todo = []
            for path, name in files:
                try:
                    st = path.stat()
                    stat = (st.st_size, st.st_mtime_ns)
                except OSError:
                    stat = (-2, -2)
                old = known.get(name)
                if old and (old[0], old[1]) == stat:
                    summary.kept.append(name)
                else:
                    todo.append((path, name, old))
            seen = {name for _, name in files}
            summary.removed = sorted(set(known) - seen)
            if summary.removed:
                store.begin()
                for name in summary.removed:
                    store.delete(name)
                store.set_meta("exported", "")
                store.commit()
            results = _extract(todo, rules, with_links, max_bytes, jobs, engine, scheduler, tokenizer, safe_csv)
            batch = 0
            for done, ((_path, name, old), (_, size, mtime, sha, status, records)) in enumerate(
                    zip(todo, results, strict=True), start=1):
                if batch == 0:
                    store.begin()
                batch += 1
                if records is None:
                    store.touch(name, size, mtime)
                    summary.kept.append(name)
                else:
                    store.set_meta("exported", "")
                    store.put(name, size, mtime, sha, records)
                    (summary.changed if old else summary.added).append(name)
                    if status != "ok":
                        summary.skipped[name] = status
                if progress:
                    progress(name, status, done, len(todo))
                if batch >= BATCH:
                    store.commit()
                    batch = 0
            if batch:
                store.commit()
            tables_there = all((out_dir / f"{name}.csv").exists() for name in COLUMNS)
            if store.get_meta("exported") != stamp or not tables_there:
                summary.counts = write_tables(store.rendered(), out_dir)
                store.begin()
                store.set_meta("exported", stamp)
                store.commit()
                summary.exported = True
            _extra_formats(formats, out_dir, store, files, summary.exported)
        finally:
            store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _extra_formats(formats, out_dir: Path, store: Store, files, fresh: bool) -> None:
    """Write the requested extra outputs when the tables changed or the output is missing."""
    from .exports import WORKBOOK, write_parquet, write_xlsx

    if "xlsx" in formats and (fresh or not (out_dir / WORKBOOK).exists()):
        write_xlsx(out_dir)
    if "parquet" in formats and (fresh or not all((out_dir / f"{n}.parquet").exists() for n in COLUMNS)):
        write_parquet(out_dir)
    if "html" in formats and (fresh or not (out_dir / "report.html").exists()):
        from .report import build_report
        from .tables import atomic_write

        paths = {name: path for path, name in files}
        items = []
        for result in store.results():
            path = paths.get(result["article"]["file"])
            text = None
            if path is not None and result["article"]["status"] == "ok":
                try:
                    text, _ = decode(path.read_bytes())  # the original text; no cleaning needed to show it
                except (OSError, ValueError):
                    text = None
            items.append((result, text))
        atomic_write(out_dir / "report.html", build_report(items), bom=False)


def _extract(todo, rules: RuleSet, with_links: bool, max_bytes: int, jobs: int, engine: str,
             scheduler: str | None, tokenizer: str = "jieba", safe_csv: bool = True):
    """Results for the files to do, in order, from this process, worker processes or a Dask cluster."""
    args = [(str(path), name, str(rules.directory), rules.fingerprint, with_links, max_bytes,
             old[2] if old else "", tokenizer) for path, name, old in todo]
    if not args:
        return iter(())
    # several batches per worker, so that workers finish close together
    size = BATCH_FILES if jobs <= 1 else max(1, min(BATCH_FILES // 2, len(args) // (jobs * 8)))
    batches = [args[i : i + size] for i in range(0, len(args), size)]
    task = functools.partial(extract_batch, safe_csv=safe_csv)
    if engine == "dask":
        return _extract_dask(task, batches, scheduler)
    if jobs <= 1 or len(batches) < 2:
        return (result for batch in batches for result in task(batch))
    pool = ProcessPoolExecutor(max_workers=jobs)
    return _close_after(pool, (result for done in pool.map(task, batches) for result in done))


def _close_after(pool, iterator):
    try:
        yield from iterator
    finally:
        pool.shutdown()


def _extract_dask(task, batches, scheduler: str | None):
    """Extract on a Dask distributed cluster; the files and rules must be readable at the same paths there."""
    from dask.distributed import Client

    client = Client(scheduler) if scheduler else Client(processes=True)
    try:
        futures = client.map(task, batches, pure=False)
        for future in futures:
            yield from future.result()
    finally:
        client.close()
