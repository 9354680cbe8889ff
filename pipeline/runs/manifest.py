"""The output folder's memory of what is done: a SQLite manifest plus per-partition part files.

Layout of an output folder (users only ever need the first line):

    OUT/tables -> .almanac/generations/<gen>     the published tables, one set (runs/publish.py)
    OUT/.almanac/manifest.sqlite                 one row per processed revision
    OUT/.almanac/parts/<table>/<part>.parquet    the rows of one partition of documents, per table
    OUT/.almanac/generations/<gen>/              a set of tables (the published one, the one before)
    OUT/.almanac/lock                            held (flock) by the run writing to OUT

A revision is identified by (doc_id, revision_id); a document without revisions (a .txt file) uses
revision key -1. It is done when the manifest holds it with the same sha256, pipeline version and
spaCy model. Crash safety comes from the order of writes: part files are written atomically first,
then the manifest rows that point at them are committed in one transaction; rows of a part that no
manifest row points at (a run killed in between, or a revision redone later) are ignored and the
file is removed by the next consolidation.
"""
from __future__ import annotations

import fcntl
import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError, OutputError
from ..tables.layout import STATE_DIR

MANIFEST_NAME = "manifest.sqlite"
PARTS_DIR = "parts"
LOCK_NAME = "lock"
NO_REVISION = -1  # revision key of a document that has no revision id

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY AUTOINCREMENT,
    pipeline_version TEXT NOT NULL,
    model TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS revisions (
    doc_id TEXT NOT NULL,
    revision_key INTEGER NOT NULL,
    page_id INTEGER,
    revision_id INTEGER,
    sha256 TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    model TEXT NOT NULL,
    part TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    PRIMARY KEY (doc_id, revision_key)
);
CREATE INDEX IF NOT EXISTS revisions_by_part ON revisions (part);
CREATE TABLE IF NOT EXISTS sources (
    doc_id TEXT PRIMARY KEY,
    source TEXT NOT NULL
);
"""


def revision_key(revision_id: int | None) -> int:
    return NO_REVISION if revision_id is None else int(revision_id)


@dataclass(frozen=True)
class ManifestEntry:
    doc_id: str
    revision_id: int | None
    page_id: int | None
    sha256: str
    part: str

    @property
    def key(self) -> tuple[str, int]:
        return self.doc_id, revision_key(self.revision_id)


def state_dir(out_dir: Path) -> Path:
    return Path(out_dir) / STATE_DIR


def parts_dir(out_dir: Path) -> Path:
    return state_dir(out_dir) / PARTS_DIR


def manifest_path(out_dir: Path) -> Path:
    return state_dir(out_dir) / MANIFEST_NAME


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Exclusive use of an output folder. The OS drops the lock when the holder dies, even by kill -9."""
    folder = state_dir(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create output folder {out_dir}: {error.strerror}") from None
    handle = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError(f"another almanac run is writing to {out_dir}; wait for it to finish") from None
        yield
    finally:
        os.close(handle)  # closing releases the flock


class Manifest:
    """The SQLite manifest of one output folder. Not thread-safe: one writer, under `output_lock`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.connection = sqlite3.connect(path, isolation_level=None)
            # WAL: a reader (another process watching progress) never blocks the writer; NORMAL
            # synchronisation in WAL mode survives a killed process (only power loss can drop the last commit).
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self.connection.executescript(SCHEMA)
        except sqlite3.DatabaseError as error:
            raise OutputError(f"cannot open the manifest {path}: {error}; remove {path.parent} to start over") from None

    @classmethod
    def of(cls, out_dir: Path) -> "Manifest":
        return cls(manifest_path(out_dir))

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Manifest":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # -- runs and versions -------------------------------------------------------------------

    def start_run(self, pipeline_version: str, model: str) -> int:
        with self.transaction() as db:
            cursor = db.execute("INSERT INTO runs (pipeline_version, model) VALUES (?, ?)", (pipeline_version, model))
            return int(cursor.lastrowid)

    def drop_other_versions(self, pipeline_version: str, model: str) -> int:
        """Forget revisions made by another pipeline version or model: the tables never mix versions."""
        with self.transaction() as db:
            cursor = db.execute(
                "DELETE FROM revisions WHERE pipeline_version != ? OR model != ?", (pipeline_version, model)
            )
            return cursor.rowcount

    # -- revisions ---------------------------------------------------------------------------

    def is_done(self, doc_id: str, revision_id: int | None, sha256: str) -> bool:
        row = self.connection.execute(
            "SELECT sha256 FROM revisions WHERE doc_id = ? AND revision_key = ?", (doc_id, revision_key(revision_id))
        ).fetchone()
        return row is not None and row[0] == sha256

    def record(self, entries: Iterable[ManifestEntry], pipeline_version: str, model: str, run_id: int) -> None:
        """Commit one partition: its revisions now live in their part. Nothing is ever removed here: a
        revision that failed this time keeps the rows an earlier run committed."""
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO revisions (doc_id, revision_key, page_id, revision_id, sha256, "
                "pipeline_version, model, part, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(e.doc_id, revision_key(e.revision_id), e.page_id, e.revision_id, e.sha256, pipeline_version,
                  model, e.part, run_id) for e in entries],
            )

    def claim(self, doc_id: str, source: str) -> str | None:
        """Record that `doc_id` names the file `source`; if another file already has it, that file's name (and
        nothing is recorded): a second file never takes over the rows of the first."""
        with self.transaction() as db:
            row = db.execute("SELECT source FROM sources WHERE doc_id = ?", (doc_id,)).fetchone()
            if row is not None:
                return None if row[0] == source else row[0]
            db.execute("INSERT INTO sources (doc_id, source) VALUES (?, ?)", (doc_id, source))
        return None

    def entries(self) -> list[ManifestEntry]:
        """Every done revision, in a stable order."""
        rows = self.connection.execute(
            "SELECT doc_id, revision_id, page_id, sha256, part FROM revisions ORDER BY doc_id, revision_key"
        ).fetchall()
        return [ManifestEntry(doc_id, revision_id, page_id, sha256, part)
                for doc_id, revision_id, page_id, sha256, part in rows]

    def count(self) -> int:
        return int(self.connection.execute("SELECT COUNT(*) FROM revisions").fetchone()[0])

    # -- meta --------------------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set(self, key: str, value: str | None) -> None:
        with self.transaction() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def part_name(run_id: int, partition_index: int) -> str:
    return f"part-{run_id:06d}-{partition_index:06d}"
