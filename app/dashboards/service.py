"""Dashboard definitions: save as versions, validate against datasets, restore, publish."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.core.auth import allowed_namespaces
from app.core.db import DbSession, utcnow
from app.core.errors import APIError, InvalidRequest, NotFound, VersionConflict
from app.core.models import Tenant
from app.core.owned import get_owned, owned
from app.core.pagination import offset_of
from app.dashboards.models import Dashboard, DashboardVersion
from app.dashboards.reach import namespaces_of, reaches
from app.publishing.csvio import field_schemas
from app.publishing.service import named_namespace
from app.store.service import resolve_dataset, resolve_version

BUILTIN_FIELDS = ("record_id", "record_name")


def metric_label(metric: Any) -> str:
    """The column name a metric produces."""
    return metric.get("label") or (metric["op"] if metric["op"] == "count" else f"{metric['op']}_{metric['field']}")


def _dataset_fields(session: DbSession, tenant: Tenant, ds: Any, path: str, errors: Any) -> Any:
    try:
        registry = resolve_dataset(session=session, tenant=tenant, dataset=ds["dataset"])
        if ds.get("version"):
            resolve_version(registry, ds["version"])
    except APIError as exc:
        errors[f"{path}.{'version' if 'version' in exc.message else 'dataset'}"] = [exc.message]
        return None
    return set(field_schemas(registry.schema)) | set(BUILTIN_FIELDS)


def validate_definition(*, session: DbSession, tenant: Tenant, layout: Any, datasources: Any) -> None:
    """400 naming the path of every unknown dataset, field, datasource or filter."""
    errors, known = {}, {}
    for i, ds in enumerate(datasources):
        path = f"datasources[{i}]"
        if ds["name"] in known:
            errors[f"{path}.name"] = [f"duplicate datasource name {ds['name']!r}"]
        fields = _dataset_fields(session, tenant, ds, path, errors)
        known[ds["name"]] = (ds, fields)
        if fields is None:
            continue
        used = [(f"{path}.filters.{k}", k) for k in ds["filters"]] + [(f"{path}.group_by", g) for g in ds["group_by"]]
        used += [(f"{path}.metrics[{j}].field", m["field"]) for j, m in enumerate(ds["metrics"]) if m.get("field")]
        for where, name in used:
            if name not in fields:
                errors.setdefault(where, []).append(f"unknown field {name!r}")
    for i, widget in enumerate(layout["widgets"]):
        if widget["datasource"] not in known:
            errors[f"layout.widgets[{i}].datasource"] = [f"unknown datasource {widget['datasource']!r}"]
            continue
        ds, fields = known[widget["datasource"]]
        labels = {metric_label(m) for m in ds["metrics"]}
        if widget["type"] in ("bar", "line", "pie") and not (widget.get("x") or ds["group_by"]):
            errors[f"layout.widgets[{i}].x"] = ["charts need a group_by on their datasource (or x)"]
        if widget.get("y") and widget["y"] not in labels:
            errors[f"layout.widgets[{i}].y"] = [f"unknown metric {widget['y']!r}; one of {sorted(labels)}"]
        if widget.get("x") and fields is not None and widget["x"] not in fields:
            errors[f"layout.widgets[{i}].x"] = [f"unknown field {widget['x']!r}"]
    all_fields = set().union(*(f for _, f in known.values() if f))
    for i, flt in enumerate(layout["filters"]):
        if flt["field"] not in all_fields:
            errors[f"layout.filters[{i}].field"] = [f"unknown field {flt['field']!r}"]
    if errors:
        raise InvalidRequest("invalid dashboard definition", errors)


def get_dashboard(*, session: DbSession, tenant: Tenant, slug: str) -> Dashboard:
    """The tenant's dashboard by its dashboard_id, or NotFound (also when it reads a namespace the
    caller does not reach)."""
    dash = get_owned(session, Dashboard, tenant, what="dashboard", slug=slug)
    if not reaches(session, dash):
        raise NotFound("dashboard", slug)
    return dash


def get_version(*, session: DbSession, dashboard: Dashboard, version: Any = None) -> DashboardVersion:
    """A version of a dashboard (default: current), or NotFound."""
    number = version or dashboard.current_version
    row = session.scalar(select(DashboardVersion).filter_by(dashboard_id=dashboard.id, version=number))
    if row is None:
        raise NotFound("dashboard version", number)
    return row


def etag(dashboard: Dashboard) -> str:
    return f'"{dashboard.slug}-v{dashboard.current_version}"'


def save_definition(
    *,
    session: DbSession,
    tenant: Tenant,
    dashboard_id: str,
    layout: Any,
    datasources: Any,
    if_match: Any = None,
    actor: str | None = None,
    restored_from: Any = None,
) -> Dashboard:
    """Store a definition as the dashboard's next version (creating the dashboard on first save)."""
    validate_definition(session=session, tenant=tenant, layout=layout, datasources=datasources)
    dash = session.scalar(owned(Dashboard, tenant).filter_by(slug=dashboard_id))
    if dash is not None and not reaches(session, dash):
        raise NotFound("dashboard", dashboard_id)
    if dash is None:
        dash = Dashboard(tenant_id=tenant.id, slug=dashboard_id, status="active", current_version=0)
        session.add(dash)
        session.flush()
    elif if_match and if_match not in (etag(dash), etag(dash).strip('"')):
        raise VersionConflict("the dashboard changed since you read it", {"current_etag": etag(dash)})
    dash.current_version += 1
    dash.updated_at = utcnow()
    session.add(
        DashboardVersion(
            dashboard_id=dash.id,
            version=dash.current_version,
            layout=layout,
            datasources=datasources,
            created_by=actor,
            restored_from=restored_from,
        )
    )
    session.flush()
    return dash


def restore_version(
    *, session: DbSession, tenant: Tenant, slug: str, version: Any, actor: str | None = None
) -> Dashboard:
    """Make an old version current again, as a new version (history is never rewritten)."""
    dash = get_dashboard(session=session, tenant=tenant, slug=slug)
    old = get_version(session=session, dashboard=dash, version=version)
    return save_definition(
        session=session,
        tenant=tenant,
        dashboard_id=slug,
        layout=old.layout,
        datasources=old.datasources,
        actor=actor,
        restored_from=version,
    )


def publish_version(
    *, session: DbSession, tenant: Tenant, slug: str, version: Any
) -> tuple[Dashboard, DashboardVersion]:
    """Freeze a version as the published one (what renders and shares use by default)."""
    dash = get_dashboard(session=session, tenant=tenant, slug=slug)
    row = get_version(session=session, dashboard=dash, version=version)
    row.published_at = row.published_at or utcnow()
    dash.published_version = row.version
    return dash, row


def list_dashboards(
    *, session: DbSession, tenant: Tenant, offset: int, limit: int, namespace: str | None = None
) -> tuple[Sequence[Dashboard], int]:
    """The tenant's dashboards by name (those reading `namespace`, when given) that the caller reaches."""
    query = owned(Dashboard, tenant).order_by(Dashboard.slug)
    if allowed_namespaces() is None and not namespace:
        return offset_of(session, query, offset, limit)
    allowed = allowed_namespaces()
    named: set[str | None] = set(session.scalars(named_namespace(tenant.id, namespace))) if namespace else set()
    found = []
    for dash in session.scalars(query):
        spans = namespaces_of(session, dash)  # read once for both tests
        if (allowed is None or spans <= set(allowed)) and (not namespace or spans & named):
            found.append(dash)
    return found[offset : offset + limit], len(found)


def list_versions(*, session: DbSession, tenant: Tenant, slug: str) -> tuple[Dashboard, Sequence[DashboardVersion]]:
    dash = get_dashboard(session=session, tenant=tenant, slug=slug)
    return dash, session.scalars(
        select(DashboardVersion).filter_by(dashboard_id=dash.id).order_by(DashboardVersion.version)
    ).all()
