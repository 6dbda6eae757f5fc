"""Tenant-scoped reads: every query for a tenant's rows starts from `owned`, and every "one of the
tenant's X, or 404" is `get_owned` (Redash's get_by_id_and_org), so no read forgets the tenant."""

from typing import Any, TypeVar

from sqlalchemy import Select, select

from app.core.db import DbSession
from app.core.errors import NotFound

M = TypeVar("M")


def owned(model: type[M], tenant: Any) -> Select[Any]:
    """select(model) limited to the tenant's rows."""
    return select(model).where(model.tenant_id == tenant.id)  # type: ignore[attr-defined]


def get_owned(
    session: DbSession,
    model: type[M],
    tenant: Any,
    *criteria: Any,
    what: str,
    ref: Any = None,
    **keys: Any,
) -> M:
    """The tenant's one `model` row matching `keys` (column=value) and `criteria`, or NotFound naming
    `what` and `ref` (default: the first key's value)."""
    row: M | None = session.scalar(owned(model, tenant).filter_by(**keys).where(*criteria))
    if row is None:
        raise NotFound(what, ref if ref is not None else next(iter(keys.values()), None))
    return row
