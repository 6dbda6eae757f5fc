"""One renderer for the API, the browser page and share links: data -> widgets -> HTML (cached)."""

import hashlib
import json

from flask import current_app, render_template

from app.core.errors import InvalidRequest
from app.core.jobs import redis_conn
from app.dashboards.service import get_dashboard, get_version, validate_definition
from app.store.service import resolve_dataset, resolve_version


def check_viewer_filters(layout, filters):
    """400 unless every filter is one the definition lets a viewer change (and an allowed value)."""
    allowed = {f["field"]: f for f in layout.get("filters", [])}
    for field, value in filters.items():
        if field not in allowed:
            raise InvalidRequest(
                f"filter {field!r} is not allowed on this dashboard",
                {"filters": {field: [f"allowed: {sorted(allowed)}"]}},
            )
        values = allowed[field].get("values")
        if values is not None and value not in values and str(value) not in map(str, values):
            raise InvalidRequest(f"value {value!r} is not allowed for {field!r}", {"filters": {field: values}})


def _resolve(session, tenant, datasources):
    resolved = {}
    for ds in datasources:
        registry = resolve_dataset(session=session, tenant=tenant, dataset=ds["dataset"])
        resolved[ds["name"]] = (registry, resolve_version(registry, ds.get("version") or "latest"))
    return resolved


def render(*, session, tenant, slug, filters=None, version=None, fixed_filters=None):
    """Render a dashboard version to an HTML fragment; returns (html, version, cached)."""
    filters = dict(filters or {})
    dash = get_dashboard(session=session, tenant=tenant, slug=slug)
    row = get_version(session=session, dashboard=dash, version=version or dash.published_version)
    check_viewer_filters(row.layout, filters)
    filters.update(fixed_filters or {})
    resolved = _resolve(session, tenant, row.datasources)
    data_versions = {name: f"{reg.id}@{v}" for name, (reg, v) in resolved.items()}
    key = (
        "dj:render:"
        + hashlib.sha256(
            json.dumps([tenant.id, dash.id, row.version, filters, data_versions], sort_keys=True, default=str).encode()
        ).hexdigest()
    )
    cached = redis_conn().get(key)
    if cached is not None:
        return cached.decode() if isinstance(cached, bytes) else cached, row.version, True
    html = _html(session, tenant, dash.slug, row.version, row.layout, row.datasources, filters, resolved)
    redis_conn().setex(key, current_app.config["RENDER_TTL_S"], html)
    return html, row.version, False


def _html(session, tenant, slug, version, layout, datasources, filters, resolved):
    """The dashboard fragment of one definition over its resolved datasets (no cache)."""
    # pandas and Arrow load with the first render, not with the app: a process that never renders (a job
    # worker for bulk imports, exports or webhooks) stays ~120 MB smaller
    from app.dashboards import widgets as computed

    widgets, sources = computed.compute(session, layout, datasources, filters, resolved)
    hydration = {
        "dashboard_id": slug,
        "version": version,
        "filters": filters,
        "data_versions": {n: v for n, (_, v) in resolved.items()},
        "sources": sources,
        "widgets": {w["id"]: {k: w.get(k) for k in ("type", "value", "columns", "rows", "points")} for w in widgets},
    }
    return render_template(
        "dashboards/_dashboard.html",
        title=layout.get("title") or slug,
        widgets=widgets,
        hydration=hydration,
        slug=slug,
        version=version,
    )


def preview(*, session, tenant, dashboard_id, layout, datasources):
    """Render a definition that is not saved (the editor's live preview): validated as a save is."""
    validate_definition(session=session, tenant=tenant, layout=layout, datasources=datasources)
    resolved = _resolve(session, tenant, datasources)
    return _html(session, tenant, dashboard_id, None, layout, datasources, {}, resolved)
