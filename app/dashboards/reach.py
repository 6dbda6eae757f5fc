"""What a dashboard reaches: the namespaces of the datasets any of its versions reads. A caller
limited to namespaces (a key limited to some, or a delegate) sees a dashboard — and its versions,
renders and share links — only when all of them are within its reach; and a delegate is admitted to
another tenant's dashboard (core/delegation.py) when all of them are delegated to it."""

from collections.abc import Sequence

from sqlalchemy import select

from app.core import delegation
from app.core.auth import allowed_namespaces
from app.core.db import DbSession
from app.core.models import ApiKey, Tenant
from app.dashboards.models import Dashboard, DashboardVersion, ShareLink
from app.extensions import db
from app.store.service import dataset_namespaces


def namespaces_of(session: DbSession, dashboard: Dashboard) -> set[str | None]:
    """The namespace ids the datasets of every version of the dashboard lie in (None: one unknown)."""
    datasources: Sequence[list[dict[str, str]]] = session.scalars(
        select(DashboardVersion.datasources).filter_by(dashboard_id=dashboard.id)
    ).all()
    datasets = [ds["dataset"] for version in datasources for ds in version or []]
    return dataset_namespaces(session=session, tenant_id=dashboard.tenant_id, datasets=datasets)


def reaches(session: DbSession, dashboard: Dashboard) -> bool:
    """Whether the caller may see the dashboard: always, unless limited to namespaces."""
    allowed = allowed_namespaces()
    return allowed is None or namespaces_of(session, dashboard) <= set(allowed)


def within_reach(session: DbSession, dashboards: Sequence[Dashboard]) -> list[Dashboard]:
    allowed = allowed_namespaces()
    return list(dashboards) if allowed is None else [d for d in dashboards if reaches(session, d)]


def _located(
    key: ApiKey, grants: dict[str, list[str]], dashboards: Sequence[Dashboard]
) -> tuple[Tenant, list[str]] | None:
    rows = [(d.tenant_id, namespaces_of(db.session, d)) for d in dashboards]
    # a dashboard over a dataset no longer known reaches nothing a delegate holds
    return delegation.located(key, grants, [(t, [i for i in ids if i] if None not in ids else []) for t, ids in rows])


@delegation.register_locator("dashboard_id")
def delegated_dashboard(key: ApiKey, slug: str, grants: dict[str, list[str]]) -> tuple[Tenant, list[str]] | None:
    """Another tenant's dashboard `slug` whose datasets all lie in namespaces delegated to the key."""
    return _located(key, grants, db.session.scalars(select(Dashboard).filter_by(slug=slug)).all())


@delegation.register_locator("share_id")
def delegated_share(key: ApiKey, share_id: str, grants: dict[str, list[str]]) -> tuple[Tenant, list[str]] | None:
    """A share link of such a dashboard."""
    found = select(ShareLink.dashboard_id).where(ShareLink.id == share_id)
    return _located(key, grants, db.session.scalars(select(Dashboard).where(Dashboard.id.in_(found))).all())
