"""One renderer for the API, the browser page and share links: data -> widgets -> HTML (cached)."""

import hashlib
import json

import pandas as pd
from flask import current_app, render_template

from app.core.errors import InvalidRequest
from app.core.jobs import redis_conn
from app.dashboards import charts
from app.dashboards.data import aggregate, apply_filters, head_frame, load_table, needed_columns
from app.dashboards.service import get_dashboard, get_version, metric_label, validate_definition
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


def _rows(table):
    """Table cells as JSON-safe values: dates as YYYY-MM-DD, timestamps ISO, booleans true/false."""
    table = table.copy()
    for column in table.columns:
        series = table[column]
        if pd.api.types.is_datetime64_any_dtype(series):
            times = series.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
            dates_only = series.dropna().dt.normalize().eq(series.dropna()).all()
            table[column] = series.dt.strftime("%Y-%m-%d") if dates_only else times
        elif pd.api.types.is_bool_dtype(series):
            table[column] = series.map({True: "true", False: "false"})
        elif (
            series.dtype == object
            and len(series)
            and hasattr(series.dropna().iloc[0] if series.notna().any() else None, "isoformat")
        ):
            table[column] = series.map(lambda v: v.isoformat() if v is not None and v == v else None)
    return json.loads(table.to_json(orient="values"))


def _widget(widget, ds, frame, full):
    labels = [metric_label(m) for m in ds["metrics"]]
    y = widget.get("y") or labels[0]
    x = widget.get("x") or (ds["group_by"][0] if ds["group_by"] else None)
    out = {
        "id": widget["id"],
        "type": widget["type"],
        "title": widget["title"] or widget["id"],
        "width": widget["width"],
    }
    if widget["type"] == "kpi":
        value = aggregate(full, {**ds, "group_by": []})[y].iloc[0]
        value = None if value is None or value != value else (value.item() if hasattr(value, "item") else value)
        out["value"] = round(value, 2) if isinstance(value, float) else value
        out["label"] = y
    elif widget["type"] == "table":
        table = frame if ds["group_by"] else head_frame(full, ds["limit"])
        out["columns"] = [str(c) for c in table.columns]
        out["rows"] = _rows(table.head(2000))
        out["page_size"] = widget["page_size"]
    else:
        grouped = frame if x in (ds["group_by"] or []) else aggregate(full, {**ds, "group_by": [x]})
        xs, ys = [str(v) for v in grouped[x].tolist()], [None if v != v else float(v) for v in grouped[y].tolist()]
        out["chart"] = getattr(charts, {"bar": "bars", "line": "line", "pie": "pie"}[widget["type"]])(xs, ys)
        out["x"], out["y"], out["points"] = x, y, list(zip(xs, ys, strict=False))
    return out


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
    widgets, sources = [], {}
    frames, loaded = {}, {}
    for ds in datasources:
        registry, number = resolved[ds["name"]]
        if (registry.id, number) not in loaded:  # datasources over the same dataset version share one load
            same = [d for d in datasources if resolved[d["name"]] == (registry, number)]
            columns = needed_columns(layout, same, filters)
            table, source = load_table(session=session, registry=registry, version=number, columns=columns)
            loaded[(registry.id, number)] = (table, source)
        base, sources[ds["name"]] = loaded[(registry.id, number)]
        full = apply_filters(apply_filters(base, ds["filters"]), filters)
        frames[ds["name"]] = (ds, full, aggregate(full, ds))
    for widget in layout["widgets"]:
        ds, full, frame = frames[widget["datasource"]]
        widgets.append(_widget(widget, ds, frame, full))
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
