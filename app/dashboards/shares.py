"""Share links: revocable rows whose URL carries an itsdangerous token (own salt, rotating keys)."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.core import signing
from app.core.auth import allowed_namespaces
from app.core.db import DbSession
from app.core.errors import NotFound
from app.core.models import Tenant
from app.core.owned import get_owned, owned
from app.dashboards.models import Dashboard, ShareLink
from app.dashboards.reach import reaches, within_reach
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
    """The tenant's share links (of one dashboard, when given) to dashboards the caller reaches."""
    query = owned(ShareLink, tenant).order_by(ShareLink.created_at.desc())
    if dashboard_id:
        query = query.where(
            ShareLink.dashboard_id == get_dashboard(session=session, tenant=tenant, slug=dashboard_id).id
        )
    links = session.scalars(query).all()
    if allowed_namespaces() is None:
        return links
    linked = session.scalars(select(Dashboard).where(Dashboard.id.in_({link.dashboard_id for link in links})))
    seen = {d.id for d in within_reach(session, linked.all())}
    return [link for link in links if link.dashboard_id in seen]


def dashboard_slugs(*, session: DbSession, links: Sequence[ShareLink]) -> dict[str, str]:
    """{dashboard row id: the dashboard_id (slug) clients know} for these links."""
    ids = {link.dashboard_id for link in links}
    if not ids:
        return {}
    return dict(session.execute(select(Dashboard.id, Dashboard.slug).where(Dashboard.id.in_(ids))).all())


def revoke_share(*, session: DbSession, tenant: Tenant, share_id: str) -> ShareLink:
    """Revoke one of the tenant's share links to a dashboard the caller reaches."""
    link = get_owned(session, ShareLink, tenant, what="share link", id=share_id)
    dash = session.get(Dashboard, link.dashboard_id)
    if dash is None or not reaches(session, dash):
        raise NotFound("share link", share_id)
    return signing.revoke(session, ShareLink, tenant, share_id, "share link")
