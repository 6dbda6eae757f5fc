"""Column types and time helpers shared by every model: UTC in, UTC out, `Z` on the wire."""

import secrets
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import JSON, DateTime, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, Session, mapped_column, scoped_session
from sqlalchemy.types import TypeDecorator

JSONType = JSON().with_variant(JSONB(), "postgresql")
DbSession = Session | scoped_session[Any]  # a plain Session, or flask-sqlalchemy's db.session
M = TypeVar("M")


def utcnow() -> datetime:
    """Current time, timezone-aware UTC."""
    return datetime.now(UTC)


def without_transaction(session: DbSession) -> None:
    """Run the rest of a read-only request's statements without a transaction: no BEGIN before the
    first, no ROLLBACK at teardown, so a one-statement read is one round trip, not three (a record
    lookup in one process: 1,566 -> 1,182 µs). Call it before the request's first statement; a session
    that has already begun keeps its transaction. The pool restores the connection's isolation level
    when it takes the connection back."""
    plain = session() if isinstance(session, scoped_session) else session
    if plain.get_bind().dialect.name == "sqlite":
        return  # its driver begins no transaction before a SELECT; the switch back cost a PRAGMA a request
    if not plain.in_transaction():
        plain.connection(execution_options={"isolation_level": "AUTOCOMMIT"})


def reload(session: DbSession, model: type[M], ident: Any) -> M:
    """A row known to exist, read again (after a rollback, or in another session)."""
    row = session.get(model, ident)
    if row is None:
        raise LookupError(f"{model.__name__} {ident!r} vanished")
    return row


def iso(value: datetime | None) -> str | None:
    """Render a datetime as ISO 8601 UTC with a Z, or None."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    """A short random public id such as snap_3f9a0c2b1d4e5f60."""
    return f"{prefix}_{secrets.token_hex(8)}"


class UTCDateTime(TypeDecorator):
    """Stores naive UTC (portable across SQLite and PostgreSQL), returns aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class JobColumns:
    """The lifecycle columns every background-job row carries (bulk jobs, snapshots, exports)."""

    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    rq_job_id: Mapped[str | None] = mapped_column(String(120))
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)
    started_at = mapped_column(UTCDateTime)
    finished_at = mapped_column(UTCDateTime)
