"""A dashboard's widgets computed from its datasets: each dataset version loaded once as an Arrow
table, filtered and aggregated (`data`), and each widget's values made JSON-safe. The pandas and
Arrow side of a render: `renderer` imports it on the first render, so processes that never render
do not load those libraries."""

import json

import pandas as pd

from app.dashboards import charts
from app.dashboards.data import aggregate, apply_filters, head_frame, load_table, needed_columns
from app.dashboards.service import metric_label


def compute(session, layout, datasources, filters, resolved):
    """The widgets of `layout` over its `resolved` datasources, and where each datasource was read
    from: (widgets, sources)."""
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
    return widgets, sources


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
