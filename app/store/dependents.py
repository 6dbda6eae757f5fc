"""What other areas hang off a snapshot — today the exports that deliver it. Store lists them beside
the snapshot and refuses to delete a snapshot one of them still reads, without importing those areas:
each registers a reader here when it loads (app.exports.service does)."""

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.db import DbSession


@dataclass(frozen=True)
class Dependent:
    id: str
    target: str
    status: str
    active: bool  # still reading the snapshot's files


Reader = Callable[[DbSession, Sequence[str]], list[tuple[str, Dependent]]]
_READERS: dict[str, Reader] = {}


def register(kind: str, reader: Reader) -> None:
    """`reader(session, snapshot_ids)` -> [(snapshot id, Dependent)], newest first."""
    _READERS[kind] = reader


def of(session: DbSession, snapshot_ids: Sequence[str]) -> dict[str, list[Dependent]]:
    """{snapshot id: its dependents, newest first} for the given snapshots."""
    found: dict[str, list[Dependent]] = defaultdict(list)
    if snapshot_ids:
        for reader in _READERS.values():
            for snapshot_id, dependent in reader(session, snapshot_ids):
                found[snapshot_id].append(dependent)
    return found
