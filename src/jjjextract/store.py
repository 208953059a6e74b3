"""The state of an output folder: one SQLite file (WAL) holding every article's records and a fingerprint.

Tables are exported from here; a re-run only extracts what changed. A lock file keeps two runs from
writing one output folder at once.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
from pathlib import Path

from .tables import expand

STATE_NAME = ".jjjextract-state.sqlite"
LOCK_NAME = ".jjjextract.lock"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    file TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha TEXT NOT NULL,
    result TEXT NOT NULL
);
"""


class LockedError(RuntimeError):
    """Another run holds the output folder."""


class OutputLock:
    """An exclusive, non-blocking lock on an output folder (released when the process dies)."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / LOCK_NAME
        self.handle = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.path, "a+")  # noqa: SIM115 - held for the run
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.close()
            raise LockedError(f"another jjjextract run is writing {self.path.parent}; try again when it ends") from None
        return self

    def __exit__(self, *exc):
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


class Store:
    """Per-file records of an output folder."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / STATE_NAME
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def known(self) -> dict[str, tuple[int, int, str]]:
        """file -> (size, mtime_ns, sha) of every stored article."""
        rows = self.db.execute("SELECT file, size, mtime_ns, sha FROM articles")
        return {file: (size, mtime, sha) for file, size, mtime, sha in rows}

    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    @staticmethod
    def encode(rendered: dict) -> str:
        """An article's rendering (`tables.render`) as the JSON text the store keeps."""
        return json.dumps(rendered, ensure_ascii=False, separators=(",", ":"))

    def put(self, file: str, size: int, mtime_ns: int, sha: str, records: str) -> None:
        """Keep an article's records (JSON text from `encode`)."""
        self.db.execute(
            "INSERT OR REPLACE INTO articles (file, size, mtime_ns, sha, result) VALUES (?, ?, ?, ?, ?)",
            (file, size, mtime_ns, sha, records),
        )

    def touch(self, file: str, size: int, mtime_ns: int) -> None:
        self.db.execute("UPDATE articles SET size = ?, mtime_ns = ? WHERE file = ?", (size, mtime_ns, file))

    def delete(self, file: str) -> None:
        self.db.execute("DELETE FROM articles WHERE file = ?", (file,))

    def clear(self) -> None:
        self.db.execute("DELETE FROM articles")

    def rendered(self):
        """Every stored article's rendering (`tables.render`), in file order, one article at a time."""
        cursor = self.db.execute("SELECT result FROM articles ORDER BY file")
        for (text,) in cursor:
            yield json.loads(text)

    def results(self):
        """Every stored article's records as dicts ({'article', 'mentions', 'claims'}), in file order."""
        for item in self.rendered():
            yield expand(item)
