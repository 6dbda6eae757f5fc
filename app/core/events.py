"""Domain events: an area announces what happened (a record published, a data version made, a snapshot
ready, an export done) without knowing who listens. Listeners register when their module loads
(app.exports.subscriptions does) and run inside the caller's transaction, so what they write (webhook
receipts) commits or rolls back with the change itself. Work that must wait for the commit — queueing a
delivery — is handed to `after_commit`, which runs it once the transaction has committed."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.core.db import DbSession, iso, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Event:
    type: str  # record.published, version.created, snapshot.ready, ...
    tenant_id: str
    namespace_id: str | None = None
    registry_id: str | None = None
    record_name: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    timestamp: str = field(default_factory=lambda: iso(utcnow()) or "")


Listener = Callable[[DbSession, Event], None]
_LISTENERS: list[Listener] = []


def listen(listener: Listener) -> Listener:
    """Register `listener(session, event)`; usable as a decorator."""
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)
    return listener


def emit(session: DbSession, event_: Event) -> None:
    """Tell every listener, in the caller's transaction."""
    for listener in _LISTENERS:
        listener(session, event_)


def after_commit(session: DbSession, work: Callable[[], None]) -> None:
    """Run `work()` once this session's transaction commits (dropped if it rolls back)."""
    session.info.setdefault("after_commit", []).append(work)


def transaction_cache(session: DbSession) -> dict[Any, Any]:
    """A dict that lives for the session's current transaction (listeners keep what they looked up,
    so a version announcing a hundred records asks the database once, not a hundred times)."""
    cache: dict[Any, Any] = session.info.setdefault("tx_cache", {})
    return cache


@event.listens_for(Session, "after_commit")
def run_after_commit(session: Session) -> None:
    """Run the session's after-commit work; called by the session's own commit, and by hand where a
    session's transaction is the connection's and commits there (bulk.apply.StreamingApply)."""
    session.info.pop("tx_cache", None)
    for work in session.info.pop("after_commit", []):
        try:
            work()
        except Exception:  # a queueing failure must not undo a commit; the sweep re-queues what is pending
            log.exception("after-commit work failed")


@event.listens_for(Session, "after_rollback")
def _drop_after_commit(session: Session) -> None:
    session.info.pop("after_commit", None)
    session.info.pop("tx_cache", None)
