"""Paging helpers: /dedi uses page/limit with `pagination`, /api/v1 uses offset/limit with `meta`."""

import math

from sqlalchemy import func, select


def page_of(session, query, page, limit):
    """(items, pagination) for a 1-based page of a select()."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    items = session.scalars(query.offset((page - 1) * limit).limit(limit)).all()
    return items, {"page": page, "limit": limit, "total": total, "pages": math.ceil(total / limit) if limit else 0}


def offset_of(session, query, offset, limit):
    """(items, total) for an offset/limit window of a select()."""
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    return session.scalars(query.offset(offset).limit(limit)).all(), total
