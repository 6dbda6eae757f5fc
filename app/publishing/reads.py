"""Reading published content: lookups, queries at any data version, history, CSV streams."""

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, bindparam, literal_column, or_, select

from app.core.auth import namespace_allowed
from app.core.db import DbSession, iso, utcnow
from app.core.errors import InvalidRequest, NotFound
from app.core.models import Tenant
from app.core.pagination import page_of
from app.publishing.csvio import META_COLUMNS, cell, csv_line, get_path, schema_columns
from app.publishing.filters import all_filters as filters_for
from app.publishing.filters import contains, projection, sort_columns
from app.publishing.models import Namespace, Record, RecordState, Registry, RegistryVersion
from app.publishing.service import get_registry, namespace_is

REGISTRY_ID = re.compile(r"reg_[0-9a-f]{1,32}")  # what new_id makes: safe to write into SQL


def rows_at(registry_id: Any, version: Any, of: Any = Record) -> ColumnElement[bool]:
    """WHERE clause: the rows of a registry standing at data `version`, in any state (a live row, or
    the revoked/expired tombstone that closed one); `of` is Record or an alias of it."""
    return and_(
        of.registry_id == registry_id,
        of.version_from <= version,
        or_(of.version_to.is_(None), of.version_to > version),
    )


def content_at(
    registry_id: Any, version: Any, hide_expired: bool = True, now: Any = None, of: Any = Record
) -> ColumnElement[bool]:
    """WHERE clause: the live content of a registry at data `version` (`of`: Record or an alias of it).

    `hide_expired` hides records whose valid_till has passed even before the sweep has expired them;
    callers pass it for the current version only, so past versions read back exactly."""
    clause = and_(rows_at(registry_id, version, of), of.state == "live")
    if hide_expired:
        clause = and_(clause, or_(of.valid_till.is_(None), of.valid_till > (utcnow() if now is None else now)))
    return clause


def resolve_as_of(*, session: DbSession, registry: Registry, as_of: str | None) -> int:
    """A data version from 'v7', '7' or an ISO time; defaults to the current version."""
    if as_of is None or as_of in ("", "latest"):
        return registry.data_version
    text = as_of[1:] if as_of[:1] in "vV" else as_of
    if text.isdigit():
        version = int(text)
    else:
        try:
            when = datetime.fromisoformat(as_of.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidRequest("as_of must be a data version (v7) or an ISO 8601 time", {"as_of": [as_of]}) from None
        version = (
            session.scalar(
                select(RegistryVersion.version)
                .where(RegistryVersion.registry_id == registry.id, RegistryVersion.created_at <= when)
                .order_by(RegistryVersion.version.desc())
                .limit(1)
            )
            or 0
        )
    if version > registry.data_version:
        raise NotFound("version", f"v{version}", {"current_version": registry.data_version})
    return version


# the hot path reads what a lookup answers, not whole entities: 17 columns of the two tables' 31, run as
# Core on the session's connection, not through the ORM (whose compile and loading steps were a third
# of the statement's CPU under load; psycopg describes each column of each result)
_REGISTRY_FACE = ("id", "namespace_id", "name", "state", "ttl")
_RECORD_FACE = (
    "record_id",
    "name",
    "description",
    "details",
    "meta",
    "state",
    "version_from",
    "contract_version",
    "ttl",
    "valid_till",
    "created_at",
    "updated_at",
)


def _faces(row: Row[Any]) -> tuple[SimpleNamespace, SimpleNamespace]:
    """The (registry, record) a lookup row holds, with the models' attribute names."""
    cut = len(_REGISTRY_FACE)
    registry = SimpleNamespace(**dict(zip(_REGISTRY_FACE, row[:cut], strict=True)))
    return registry, SimpleNamespace(**dict(zip(_RECORD_FACE, row[cut:], strict=True)))


_LOOKUP = (
    select(*(getattr(Registry, c) for c in _REGISTRY_FACE), *(getattr(Record, c) for c in _RECORD_FACE))
    .join(Namespace, Namespace.id == Registry.namespace_id)
    .join(
        Record,
        and_(content_at(Registry.id, Registry.data_version, now=bindparam("now")), Record.name == bindparam("name")),
    )
    .where(
        Registry.tenant_id == bindparam("tenant"),
        Registry.name == bindparam("registry"),
        Namespace.tenant_id == bindparam("tenant"),
        namespace_is(bindparam("namespace")),
    )
)


def lookup_record(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    name: str,
    version_id: str | None = None,
    as_on: date | None = None,
) -> tuple[Any, Any, str]:
    """(registry, record row, state) for a record that ever existed, as DeDi answers: 200 ≠ live, so
    read `state` (live, draft, revoked, expired, deleted). With `version_id` (v7, 7) or `as_on` (a date: its
    end, UTC) the record as it stood at that data version. NotFound only for a name that never was
    (or, at a version, was not yet or no longer there). A live record's registry and record are
    `_faces`: the attributes a lookup answers (`_REGISTRY_FACE`, `_RECORD_FACE`); the others are ORM objects."""
    if version_id is None and as_on is None:
        # the hot path: one prebuilt statement, one round trip; a miss asks again for any other state
        found = (
            session.connection()
            .execute(
                _LOOKUP,
                {"tenant": tenant.id, "namespace": namespace, "registry": registry_name, "name": name, "now": utcnow()},
            )
            .first()
        )
        if found is not None:
            registry, record = _faces(found)
            if namespace_allowed(registry.namespace_id):
                return registry, record, RecordState.LIVE
        reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
        row = session.scalar(
            select(Record)
            .where(Record.registry_id == reg.id, Record.name == name, Record.version_to.is_(None))
            .order_by(Record.version_from.is_(None), Record.id.desc())  # published face before a pending draft
            .limit(1)
        )
        if row is None or row.state == RecordState.PURGED:  # a purged deletion is gone for good
            raise NotFound("record", name)
        # a live row whose valid_till has passed is expired, though the sweep has not closed it yet
        return reg, row, RecordState.EXPIRED if row.state == RecordState.LIVE else row.state
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    at = version_id if version_id is not None else f"{as_on}T23:59:59.999999+00:00"
    version = resolve_as_of(session=session, registry=reg, as_of=at)
    row = session.scalar(select(Record).where(rows_at(reg.id, version), Record.name == name))
    if row is None:
        raise NotFound("record", name, {"record": name, "version": version})
    return reg, row, row.state


def _in_state(registry: Registry, version: int, state: str) -> ColumnElement[bool]:
    """The rows a query lists: live content at `version`; the drafts; or the records revoked or
    expired by `version` and not published again since."""
    if state == RecordState.LIVE:
        return content_at(registry.id, version, version == registry.data_version)
    if state == RecordState.DRAFT:
        return and_(Record.registry_id == registry.id, Record.state == state, Record.version_to.is_(None))
    return and_(rows_at(registry.id, version), Record.state == state)


def query_records(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    page: int,
    limit: int,
    page_size: int | None = None,
    search: str | None = None,
    q: str | None = None,
    name: str | None = None,
    state: str = RecordState.LIVE,
    from_: date | None = None,
    to: date | None = None,
    sort: str | None = None,
    fields_: str | None = None,
    as_of: str | None = None,
    as_on: date | None = None,
    filters: dict[str, str] | None = None,
) -> Any:
    """A page of records at a data version (live by default, or drafts, or those revoked or expired),
    filtered on their details (publishing/filters.py), text and dates, sorted and projected.
    Returns (registry, version, records, pagination, kept property paths or None)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    if as_of is not None and as_on is not None:
        raise InvalidRequest("give as_of or as_on, not both", {"query": {"as_on": ["as_of is given too"]}})
    at = as_of if as_on is None else f"{as_on}T23:59:59.999999+00:00"
    version = resolve_as_of(session=session, registry=reg, as_of=at)
    query = select(Record).where(_in_state(reg, version, state))
    dialect = session.get_bind().dialect.name
    clause = filters_for(reg.schema, filters or {}, dialect)
    if clause is not None:
        query = query.where(clause)
        if dialect == "postgresql" and REGISTRY_ID.fullmatch(reg.id):  # written in: x-index partial indexes match
            query = query.where(Record.registry_id == literal_column(f"'{reg.id}'"))
    for text in (t for t in {search, q} if t):
        query = query.where(or_(contains(Record.name, text), contains(Record.description, text)))
    if name:
        query = query.where(contains(Record.name, name))
    if from_ is not None:
        query = query.where(Record.updated_at >= datetime.combine(from_, time.min, UTC))
    if to is not None:
        query = query.where(Record.updated_at < datetime.combine(to + timedelta(days=1), time.min, UTC))
    kept = projection(reg.schema, fields_)
    query = query.order_by(*sort_columns(reg.schema, sort))
    items, pagination = page_of(session, query, page, page_size or limit)
    return reg, version, items, pagination, kept


def version_history(*, session: DbSession, tenant: Tenant, namespace: str, registry_name: str) -> Any:
    """Every data version of a registry, oldest first."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    return reg, session.scalars(
        select(RegistryVersion).filter_by(registry_id=reg.id).order_by(RegistryVersion.version)
    ).all()


def record_history(
    *, session: DbSession, tenant: Tenant, namespace: str, registry_name: str, name: str
) -> tuple[Registry, list[Record]]:
    """The published rows of one record (live, revoked, expired), newest first; NotFound if none."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    rows = session.scalars(
        select(Record)
        .where(Record.registry_id == reg.id, Record.name == name, Record.version_from.is_not(None))
        .order_by(Record.version_from.desc())
    ).all()
    if not rows:
        raise NotFound("record", name)
    return reg, list(rows)


ROW_COLUMNS = (
    Record.record_id,
    Record.name,
    Record.description,
    Record.state,
    Record.version_from,
    Record.contract_version,
    Record.valid_till,
    Record.created_at,
    Record.updated_at,
    Record.details,
)


def iter_rows_at(*, session: DbSession, registry_id: str, version: int, batch: int = 5000) -> Iterator[Row[Any]]:
    """Stream plain rows (no ORM identity map) of one data version, `batch` at a time."""
    query = select(*ROW_COLUMNS).where(content_at(registry_id, version)).order_by(Record.id)
    yield from session.execute(query.execution_options(yield_per=batch))


def csv_export(*, session: DbSession, registry: Registry, version: Any = None) -> Any:
    """Yield the registry's live records as CSV lines (header first), never all in memory."""
    version = registry.data_version if version is None else version
    columns = schema_columns(registry.schema)
    yield csv_line(list(META_COLUMNS) + columns)
    for row in iter_rows_at(session=session, registry_id=registry.id, version=version):
        meta = [row.record_id, cell(row.name), row.state, row.version_from, iso(row.created_at), iso(row.updated_at)]
        yield csv_line(meta + [cell(get_path(row.details, c)) for c in columns])
