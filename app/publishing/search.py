"""DeDi's advanced search over one namespace: the live records of all its live registries whose
`details` match every given key — a dotted key nests (`address.city` is `details.address.city`), the
match is a case-insensitive substring (an array property matches on any element's text) — plus the
reserved `registry_name`, `record_name` (substring) and `from`/`to` (created or updated in that
window). A key no registry of the namespace declares answers 400 naming it: never a silent no-op."""

from datetime import datetime

from sqlalchemy import and_, func, or_, select

from app.core.db import DbSession
from app.core.errors import InvalidRequest
from app.core.models import Tenant
from app.publishing.csvio import field_schemas
from app.publishing.filters import contains
from app.publishing.models import Record, Registry
from app.publishing.reads import content_at
from app.publishing.service import get_namespace, listed

RESERVED = ("registry_name", "record_name", "from", "to", "limit")


def _when(raw: str, param: str) -> datetime:
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidRequest(f"{param} must be an ISO 8601 date or time", {param: [raw]}) from None


def search(
    *, session: DbSession, tenant: Tenant, namespace: str, params: dict[str, str], limit: int
) -> tuple[str, list[tuple[Record, str, int]]]:
    """(namespace id, [(record row, registry name, its version count)]) for the matching live records,
    newest change first, at most `limit`."""
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    registries = session.scalars(select(Registry).where(Registry.namespace_id == ns.id, listed())).all()
    declared = set().union(*(field_schemas(r.schema or {}) for r in registries)) if registries else set()
    prefixes = {p.rsplit(".", i)[0] for p in declared for i in range(p.count(".") + 1)}
    filters = {k: v for k, v in params.items() if k not in RESERVED}
    unknown = sorted(k for k in filters if k not in declared and k not in prefixes)
    if unknown:
        raise InvalidRequest(
            f"{unknown} name no property of this namespace's registries",
            {name: ["not a property of any registry in the namespace"] for name in unknown},
        )
    live = [r for r in registries if r.state == "live"]
    if params.get("registry_name"):
        live = [r for r in live if params["registry_name"].lower() in r.name.lower()]
    if not live:
        return ns.id, []
    clauses = [or_(*(content_at(r.id, r.data_version) for r in live))]
    for key, value in filters.items():
        clauses.append(contains(Record.details[tuple(key.split("."))].as_string(), value))
    if params.get("record_name"):
        clauses.append(contains(Record.name, params["record_name"]))
    if params.get("from"):
        since = _when(params["from"], "from")
        clauses.append(or_(Record.created_at >= since, Record.updated_at >= since))
    if params.get("to"):
        until = _when(params["to"], "to")
        clauses.append(or_(Record.created_at <= until, Record.updated_at <= until))
    rows = session.scalars(
        select(Record).where(and_(*clauses)).order_by(Record.updated_at.desc(), Record.id).limit(limit)
    ).all()
    names = {r.id: r.name for r in live}
    counts = dict(
        session.execute(
            select(Record.record_id, func.count())
            .where(Record.record_id.in_([r.record_id for r in rows]), Record.version_from.is_not(None))
            .group_by(Record.record_id)
        ).all()
    )
    return ns.id, [(row, names[row.registry_id], int(counts.get(row.record_id, 1))) for row in rows]
