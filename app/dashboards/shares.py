"""Share links: revocable rows whose URL carries an itsdangerous token (own salt, rotating keys)."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.core import signing
from app.core.db import DbSession
from app.core.models import Tenant
from app.core.owned import owned
from app.dashboards.models import Dashboard, ShareLink
from app.dashboards.renderer import check_viewer_filters
from app.dashboards.service import get_dashboard, get_version

SALT = "datajetty.share-link.v1"


def create_share(
    *,
    session: DbSession,
    tenant: Tenant,
    dashboard_id: str,
    expires_in_s: int,
    filters: dict[str, Any] | None = None,
    version: Any = None,
    actor: str | None = None,
) -> tuple[ShareLink, str]:
    """A share link for one dashboard version and fixed filters; returns (row, token)."""
    expires_at = signing.expiry(expires_in_s, "SHARE_MAX_LIFETIME_S")
    dash = get_dashboard(session=session, tenant=tenant, slug=dashboard_id)
    row = get_version(session=session, dashboard=dash, version=version or dash.published_version)
    check_viewer_filters(row.layout, filters or {})
    link = ShareLink(
        tenant_id=tenant.id,
        dashboard_id=dash.id,
        version=row.version,
        filters=filters or {},
        expires_at=expires_at,
        created_by=actor,
    )
    session.add(link)
    session.flush()
    return link, signing.sign(SALT, {"s": link.id, "t": tenant.id})


def resolve_token(*, session: DbSession, token: str) -> ShareLink:
    """The live ShareLink for a token: 404 if tampered/unknown, 410 if expired or revoked."""
    return signing.resolve(session, ShareLink, SALT, "s", token, "share link")


def list_shares(*, session: DbSession, tenant: Tenant, dashboard_id: str | None = None) -> Sequence[ShareLink]:
    query = owned(ShareLink, tenant).order_by(ShareLink.created_at.desc())
    if dashboard_id:
        query = query.where(
            ShareLink.dashboard_id == get_dashboard(session=session, tenant=tenant, slug=dashboard_id).id
        )
    return session.scalars(query).all()


def dashboard_slugs(*, session: DbSession, links: Sequence[ShareLink]) -> dict[str, str]:
    """{dashboard row id: the dashboard_id (slug) clients know} for these links."""
    ids = {link.dashboard_id for link in links}
    if not ids:
        return {}
    return dict(session.execute(select(Dashboard.id, Dashboard.slug).where(Dashboard.id.in_(ids))).all())


def revoke_share(*, session: DbSession, tenant: Tenant, share_id: str) -> ShareLink:
    return signing.revoke(session, ShareLink, tenant, share_id, "share link")
