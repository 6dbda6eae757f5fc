"""Paging helpers: /dedi uses page/limit with `pagination`, /api/v1 uses offset/limit with `meta`."""

import math
from collections.abc import Sequence
from typing import Any

from flask import g
from sqlalchemy import Select, func, select

from app.core.db import DbSession


def page_of(
    session: DbSession, query: Select[Any], page: int, limit: int, *, rows: bool = False
) -> tuple[Sequence[Any], dict[str, int]]:
    """(items, pagination) for a 1-based page of a select(): its first column, or whole `rows`."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    window = query.offset((page - 1) * limit).limit(limit)
    items = session.execute(window).all() if rows else session.scalars(window).all()
    return items, {"page": page, "limit": limit, "total": total, "pages": math.ceil(total / limit) if limit else 0}


def list_meta(total: int, offset: int, limit: int) -> dict[str, Any]:
    """The `meta` of an /api/v1 list: the request id and the window's place in the whole."""
    return {"request_id": g.request_id, "total": total, "offset": offset, "limit": limit}


def offset_of(session: DbSession, query: Select[Any], offset: int, limit: int) -> tuple[Sequence[Any], int]:
    """(items, total) for an offset/limit window of a select()."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    return session.scalars(query.offset(offset).limit(limit)).all(), total
