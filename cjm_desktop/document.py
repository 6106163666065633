"""The document lifecycle: open, edit, save, autosave, restore, close.

Edits never touch the user's ``.cjm`` file: they go to a working copy in the data folder,
committed per edit. Saving writes a fresh snapshot next to the target and renames it over
the target, so the ``.cjm`` is always either the old or the new version, never half of each.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cjm_desktop.commands.base import Command
from cjm_desktop.model.domain import ProjectState
from cjm_desktop.model.ops import Change, Op, apply_to_state, invert, keep_view_fields
from cjm_desktop.storage import codec, reader
from cjm_desktop.storage.errors import (
    CjmError,
    CjmFileError,
    DamagedFile,
    EditRefused,
    OpenElsewhere,
    ReadOnlyFile,
    StorageFailed,
)
from cjm_desktop.storage.presence import PresenceLock, other_presence
from cjm_desktop.storage.safe_open import read_bytes, validate_bytes
from cjm_desktop.storage.schema import SCHEMA_VERSION, expected_schema, schema_of
from cjm_desktop.storage.snapshot import check_writable, keep_other_version, remove_stale_temps, write_snapshot
from cjm_desktop.storage.sqlite_io import connect_durable, create_schema
from cjm_desktop.storage.working import DocumentLock, FileSignature, WorkingMeta, WorkingStore

if TYPE_CHECKING:
    from cjm_desktop.storage.writer import Writer

AUTOSAVE_QUIET_S = 5.0  # save this long after the last edit...
AUTOSAVE_MAX_S = 30.0  # ...but never let an edit wait longer than this while editing goes on
COPY_NAME = "copy.sqlite"


@dataclass
class OpenReport:
    """What opening did besides opening, for the user to be told (all empty = nothing)."""

    restored_revision: int | None = None  # unsaved edits found in the working copy were restored
    upgraded_from: int | None = None  # the file was in an older format (it stays so until saved)
    kept_aside: Path | None = None  # unsaved edits that could not be restored, kept as a backup
    repaired: bool = False  # the file had stale indexes, rebuilt in the working copy (the file is untouched)


@dataclass
class SaveReport:
    """What saving did besides saving."""

    other_version: Path | None = None  # the file had been changed elsewhere: that version, kept beside it


class Document:
    """One open project: its state in memory, its working copy, and its ``.cjm`` file."""

    def __init__(
        self,
        store: WorkingStore,
        folder: Path,
        conn: sqlite3.Connection,
        state: ProjectState,
        revision: int,
        meta: WorkingMeta,
        lock: DocumentLock | None,
        report: OpenReport | None = None,
    ) -> None:
        self.store, self.folder, self.conn = store, folder, conn
        self.state, self.revision, self.meta, self.lock = state, revision, meta, lock
        self.report = report or OpenReport()
        self.read_only = False  # opened while someone else has it open: Save As only
        self.presence: PresenceLock | None = None  # ours, beside the file, for others to see
        self._writer: Writer | None = None
        self._last_edit: float | None = None
        self._first_unsaved_edit: float | None = None
        self.closed = False

    # --- creating and opening -----------------------------------------------------
    @classmethod
    def new(cls, store: WorkingStore, ops: list[Op]) -> Document:
        """A new, never-saved document holding what ``ops`` build (see ``templates``)."""
        folder = store.new_folder()
        lock = store.lock_for(folder)  # so that no other window offers to resume it
        lock.acquire(str(folder))
        conn = connect_durable(folder / COPY_NAME)
        create_schema(conn)
        meta = WorkingMeta(source=None, source_signature=None, saved_revision=0)
        store.write_meta(folder, meta)
        doc = cls(store, folder, conn, ProjectState(), 0, meta, lock)
        doc._commit(ops)
        return doc

    @classmethod
    def resume_untitled(cls, store: WorkingStore, folder: Path) -> Document:
        """Reopen a never-saved project left in the data folder (after a crash, say)."""
        lock = store.lock_for(folder)
        lock.acquire(str(folder))
        try:
            conn, state, revision = _load_working_copy(folder / COPY_NAME)
        except BaseException:
            lock.release()
            raise
        meta = store.read_meta(folder) or WorkingMeta(None, None, 0)
        return cls(store, folder, conn, state, revision, meta, lock, OpenReport(restored_revision=revision))

    @classmethod
    def open(cls, store: WorkingStore, path: Path, *, read_only: bool = False, even_if_open_elsewhere: bool = False,
             transient: bool = False) -> Document:
        """Open ``path`` for editing: restore unsaved edits if the working copy has some.

        Someone else having the file open (a presence beside it) raises ``OpenElsewhere``, unless
        ``read_only`` (the file will only be saved under another name) or ``even_if_open_elsewhere``.
        ``transient``: a one-shot edit (the command line's import) whose working copy is never
        restored if the process dies."""
        path = Path(path).resolve()
        lock = store.lock_for(path)
        lock.acquire(str(path))
        try:
            if not (read_only or even_if_open_elsewhere) and (someone := other_presence(path)) is not None:
                raise OpenElsewhere(str(path), someone.user, someone.host, someone.since)
            remove_stale_temps(path)
            doc = cls._open_locked(store, path, lock)
        except BaseException:
            lock.release()
            raise
        doc.read_only = read_only
        if transient and doc.report.restored_revision is None:  # never on a copy holding someone's edits
            doc.meta.transient = True
            store.write_meta(doc.folder, doc.meta)
        if not read_only:
            doc.presence = PresenceLock(path)
            doc.presence.claim()
        return doc

    @classmethod
    def _open_locked(cls, store: WorkingStore, path: Path, lock: DocumentLock) -> Document:
        folder = store.folder_for(path)
        kept_aside = None
        if folder is not None:
            restored = cls._try_restore(store, folder, path, lock)
            if isinstance(restored, Document):
                return restored
            kept_aside = restored
        doc = cls._open_fresh(store, path, lock)
        doc.report.kept_aside = kept_aside
        return doc

    @classmethod
    def _try_restore(
        cls, store: WorkingStore, folder: Path, path: Path, lock: DocumentLock
    ) -> Document | Path | None:
        """Reuse a working copy holding unsaved edits; else set it aside (a Path) or drop it."""
        meta = store.read_meta(folder)
        if meta is not None and meta.transient:
            store.discard(folder)  # a one-shot edit that did not finish: the user saw it fail
            return None
        try:
            conn, state, revision = _load_working_copy(folder / COPY_NAME)
        except (CjmError, sqlite3.Error, OSError):
            return _set_aside(store, folder)
        if meta is None or revision <= meta.saved_revision:
            conn.close()
            store.discard(folder)  # nothing unsaved: the file is the truth
            return None
        data: bytes | None
        signature: FileSignature | None
        try:
            data = read_bytes(path)
            signature = _signature_of(path, data)
        except CjmFileError:
            data = signature = None
        if signature is not None and asdict(signature) == meta.source_signature:
            return cls(store, folder, conn, state, revision, meta, lock, OpenReport(restored_revision=revision))
        if data is not None and _holds(data, state, revision):
            conn.close()  # our last save landed but its bookkeeping did not: already in sync
            store.discard(folder)
            return None
        # The file changed elsewhere since our last save: keep both, never merge silently.
        doc = cls(store, folder, conn, state, revision, meta, lock=None)
        aside = doc.backup()
        doc._close_connections()
        store.discard(folder)
        return aside

    @classmethod
    def _open_fresh(cls, store: WorkingStore, path: Path, lock: DocumentLock | None) -> Document:
        data = read_bytes(path)
        signature = _signature_of(path, data)
        validated = validate_bytes(data)
        folder = store.new_folder()
        try:
            copy = sqlite3.connect(folder / COPY_NAME)
            validated.conn.backup(copy)
            copy.close()
            validated.conn.close()
            conn = connect_durable(folder / COPY_NAME)
            meta = WorkingMeta(str(path), asdict(signature), validated.revision)
            store.write_meta(folder, meta)
        except BaseException:
            store.discard(folder)
            raise
        report = OpenReport(repaired=validated.repaired)
        if validated.version < SCHEMA_VERSION or validated.repaired:
            report.upgraded_from = validated.version if validated.version < SCHEMA_VERSION else None
            why = ".before-upgrade.cjm" if validated.version < SCHEMA_VERSION else ".before-repair.cjm"
            backup = store.next_backup_path(folder, datetime.now()).with_suffix(why)
            backup.write_bytes(data)
        return cls(store, folder, conn, validated.state, validated.revision, meta, lock, report)

    def reopen_saved(self) -> Document:
        """Discard the restored edits (kept as a backup first) and reopen the saved file."""
        if self.path is None:
            raise CjmError("This project has never been saved.")
        self.backup()
        lock, self.lock = self.lock, None
        presence, self.presence = self.presence, None  # the file stays open: both are handed over
        self.close(save=False, keep=False)
        self.lock = lock
        doc = Document._open_fresh(self.store, self.path, lock)
        doc.presence, doc.read_only = presence, self.read_only
        return doc

    # --- editing ------------------------------------------------------------------
    def execute(self, command: Command) -> Change:
        """Apply a new command (planning it against the current state the first time)."""
        if command.ops is None:
            ops = command.plan(self.state)
            for op in ops:
                if hasattr(op, "entity"):
                    try:
                        codec.validate(op.entity)
                    except ValueError as error:
                        raise EditRefused(str(error)) from None
            command.ops, command.inverse = ops, invert(ops, self.state)
        if not command.ops:  # nothing to do (a drop where the note already was): no revision
            return Change()
        return self._commit(command.ops)

    def undo(self, command: Command) -> Change:
        assert command.inverse is not None, "only an executed command can be undone"
        return self._commit(keep_view_fields(command.inverse, self.state))

    def redo(self, command: Command) -> Change:
        assert command.ops is not None, "only an executed command can be redone"
        return self._commit(keep_view_fields(command.ops, self.state))

    def _commit(self, ops: list[Op]) -> Change:
        try:
            self.writer.write(ops, self.revision + 1)  # one transaction; raises before touching state
        except Exception as error:  # noqa: BLE001 - the disk, not the edit: rolled back, nothing changed
            self._drop_writer()
            raise StorageFailed(_storage_detail(error)) from None
        self.revision += 1
        change = Change.of(ops, self.state)  # before the state changes: what removed votes were on
        apply_to_state(ops, self.state)
        now = time.monotonic()
        self._last_edit = now
        self._first_unsaved_edit = self._first_unsaved_edit or now
        return change

    def _drop_writer(self) -> None:
        """Forget a writer that failed (the next edit reconnects)."""
        if self._writer is not None:
            with contextlib.suppress(Exception):  # closing a broken connection may fail too: it is gone anyway
                self._writer.close()
            self._writer = None

    @property
    def writer(self) -> Writer:
        if self._writer is None:
            from cjm_desktop.storage.writer import Writer  # deliberate lazy import (start-up)

            self._writer = Writer(self.folder / COPY_NAME)
        return self._writer

    # --- saving -------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return Path(self.meta.source) if self.meta.source else None

    @property
    def modified(self) -> bool:
        """True when the ``.cjm`` file does not hold the latest edits."""
        return self.path is None or self.revision != self.meta.saved_revision

    def save(self, path: Path | None = None, other_version_label: str = "other version") -> SaveReport:
        """Save to the document's file, or to ``path`` (Save As), atomically.

        When the file was changed elsewhere since it was opened or last saved (someone else on a
        shared drive, a copy put over it), that version is first kept beside it, named with
        ``other_version_label`` and the time: both versions are kept, neither is lost."""
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise CjmError("Choose where to save this project first.")
        same_file = target == self.path
        if same_file and self.read_only:
            raise ReadOnlyFile(str(target), "it was opened read-only while someone else has it open")
        check_writable(target)
        new_lock = None
        if not same_file:
            new_lock = self.store.lock_for(target)
            new_lock.acquire(str(target))
        report = SaveReport()
        try:
            if same_file and self._changed_elsewhere(target):
                report.other_version = keep_other_version(target, other_version_label)
            write_snapshot(self.conn, target)
            signature = FileSignature.of(target)
        except BaseException:
            if new_lock:
                new_lock.release()
            raise
        if new_lock:
            if self.lock:
                self.lock.release()
            self.lock = new_lock
            if self.presence:
                self.presence.release()
            self.presence = PresenceLock(target)
            self.presence.claim()
            self.read_only = False
        self.meta = WorkingMeta(str(target), asdict(signature), self.revision)
        self.store.write_meta(self.folder, self.meta)
        self._first_unsaved_edit = None
        remove_stale_temps(target)
        return report

    def _changed_elsewhere(self, target: Path) -> bool:
        """True when ``target``'s content is not what we read or wrote last (a content signature:
        a copy with the same size and time is still told apart)."""
        known = self.meta.source_signature
        try:
            current = FileSignature.of(target)
        except FileNotFoundError:
            return False  # deleted meanwhile: nothing to keep
        except OSError as error:
            raise CjmError(f"Could not save to {target} ({error.strerror or error}).") from None
        return known is None or current.sha256 != known.get("sha256")

    def autosave_delay(self, now: float | None = None) -> float | None:
        """Seconds until the autosave is due (0 = now), or None when there is nothing to save."""
        if self.path is None or self.read_only or not self.modified or self._last_edit is None:
            return None
        now = time.monotonic() if now is None else now
        due = min(self._last_edit + AUTOSAVE_QUIET_S, (self._first_unsaved_edit or now) + AUTOSAVE_MAX_S)
        return max(0.0, due - now)

    def backup(self) -> Path:
        """Snapshot the working copy into the backups (pruned); return the snapshot's path."""
        now = datetime.now()
        target = self.store.next_backup_path(self.folder, now)
        write_snapshot(self.conn, target)
        self.store.prune(self.folder, now)
        return target

    def close(self, save: bool = True, keep: bool | None = None) -> None:
        """Close; save first when asked and possible. The working copy is deleted when the
        file holds everything (``keep`` overrides), else kept for the next opening."""
        if self.closed:
            return
        if save and self.path is not None and not self.read_only and self.modified:
            self.save()
        self._close_connections()
        if self.presence:
            self.presence.release()
            self.presence = None
        if self.lock:
            self.lock.release()
            self.lock = None
        if keep is None:
            keep = self.modified
        if not keep:
            self.store.discard(self.folder)
        self.closed = True

    def _close_connections(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self.conn.close()


def _signature_of(path: Path, data: bytes) -> FileSignature:
    return FileSignature(len(data), path.stat().st_mtime_ns, hashlib.sha256(data).hexdigest())


def _holds(data: bytes, state: ProjectState, revision: int) -> bool:
    """True when the file's bytes hold exactly ``state`` at ``revision`` (compared by content: two
    different projects can reach the same revision number)."""
    try:
        validated = validate_bytes(data)
    except CjmFileError:
        return False
    validated.conn.close()
    return validated.revision == revision and validated.state == state


def _storage_detail(error: Exception) -> str:
    """The database's or the system's own words for a failed write (SQLAlchemy wraps them)."""
    original = getattr(error, "orig", None) or error
    if isinstance(original, OSError):
        return original.strerror or str(original)
    return str(original).splitlines()[0][:200] if str(original) else type(original).__name__


def _load_working_copy(copy: Path) -> tuple[sqlite3.Connection, ProjectState, int]:
    """Open one of our working copies, checking it as strictly as a stranger's file."""
    if not copy.is_file():
        raise CjmError("missing working copy")
    conn = connect_durable(copy)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise DamagedFile()
        if version != SCHEMA_VERSION or schema_of(conn) != expected_schema(version):
            raise DamagedFile()
        conn.text_factory = bytes
        state, revision = reader.read_state(conn)
        conn.text_factory = str
        return conn, state, revision
    except BaseException:
        conn.close()
        raise


def _set_aside(store: WorkingStore, folder: Path) -> Path:
    """Move an unreadable working copy into the backups, untouched, for a human to look at."""
    target = store.backup_folder(folder).with_name(folder.name + "-unreadable")
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(folder, target)
    return target
