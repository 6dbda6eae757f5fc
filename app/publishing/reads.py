"""Reading published content: lookups, queries at any data version, history, CSV streams."""

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, bindparam, or_, select

from app.core.db import DbSession, iso, utcnow
from app.core.errors import InvalidRequest, NotFound
from app.core.models import Tenant
from app.core.pagination import page_of
from app.publishing.csvio import META_COLUMNS, cell, csv_line, field_schemas, get_path, schema_columns
from app.publishing.models import Namespace, Record, Registry, RegistryVersion
from app.publishing.service import get_registry


def content_at(registry_id: Any, version: Any, hide_expired: bool = True, now: Any = None) -> ColumnElement[bool]:
    """WHERE clause: the live content of a registry at data `version`.

    `hide_expired` hides records whose valid_till has passed even before the sweep has expired them;
    callers pass it for the current version only, so past versions read back exactly."""
    clause = and_(
        Record.registry_id == registry_id,
        Record.state == "live",
        Record.version_from <= version,
        or_(Record.version_to.is_(None), Record.version_to > version),
    )
    if hide_expired:
        clause = and_(clause, or_(Record.valid_till.is_(None), Record.valid_till > (utcnow() if now is None else now)))
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


_LOOKUP = (
    select(Registry, Record)
    .join(Namespace, Namespace.id == Registry.namespace_id)
    .join(
        Record,
        and_(content_at(Registry.id, Registry.data_version, now=bindparam("now")), Record.name == bindparam("name")),
    )
    .where(
        Registry.tenant_id == bindparam("tenant"),
        Registry.name == bindparam("registry"),
        Namespace.tenant_id == bindparam("tenant"),
        or_(Namespace.id == bindparam("namespace"), Namespace.name == bindparam("namespace")),
    )
)


def lookup_record(
    *, session: DbSession, tenant: Tenant, namespace: str, registry_name: str, name: str
) -> tuple[Registry, Record]:
    """The current published version of one record, or NotFound (also when valid_till passed)."""
    # the hot path: one prebuilt statement, one round trip; only a miss asks again, to say what is missing
    found = session.execute(
        _LOOKUP, {"tenant": tenant.id, "namespace": namespace, "registry": registry_name, "name": name, "now": utcnow()}
    ).first()
    if found is None:
        get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
        raise NotFound("record", name)
    return found[0], found[1]


def _detail_filter(schema: dict[str, Any], path: str, raw: Any) -> ColumnElement[bool]:
    leaf = field_schemas(schema).get(path)
    if leaf is None:
        raise InvalidRequest(f"unknown field {path!r}", {"filters": [path]})
    expr = Record.details[tuple(path.split("."))]
    kind = leaf.get("type")
    try:
        if kind == "integer":
            return expr.as_integer() == int(raw)
        if kind == "number":
            return expr.as_float() == float(raw)
    except ValueError:
        raise InvalidRequest(f"{path} must be a {kind}", {"filters": [path]}) from None
    if kind == "boolean":
        return expr.as_boolean() == (raw.lower() in ("true", "1"))
    return expr.as_string() == raw


def query_records(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    page: int,
    limit: int,
    search: str | None = None,
    as_of: str | None = None,
    filters: dict[str, Any] | None = None,
) -> Any:
    """A page of published records at a version, with equality filters on details and text search."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    version = resolve_as_of(session=session, registry=reg, as_of=as_of)
    query = select(Record).where(content_at(reg.id, version, version == reg.data_version)).order_by(Record.name)
    for path, raw in (filters or {}).items():
        query = query.where(_detail_filter(reg.schema, path, raw))
    if search:
        query = query.where(or_(Record.name.ilike(f"%{search}%"), Record.description.ilike(f"%{search}%")))
    items, pagination = page_of(session, query, page, limit)
    return reg, version, items, pagination


def version_history(*, session: DbSession, tenant: Tenant, namespace: str, registry_name: str) -> Any:
    """Every data version of a registry, oldest first."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=registry_name)
    return reg, session.scalars(
        select(RegistryVersion).filter_by(registry_id=reg.id).order_by(RegistryVersion.version)
    ).all()


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
