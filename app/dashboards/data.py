"""Dashboard data: a dataset version as a pandas frame (ready parquet snapshot first), then aggregation."""

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import select

from app.core.errors import InvalidRequest
from app.core.storage import artifact_fs
from app.dashboards.service import metric_label
from app.store import builder
from app.store.arrow_schema import table_schemas
from app.store.models import Snapshot

PANDAS_OPS = {"sum": "sum", "avg": "mean", "min": "min", "max": "max"}


def needed_columns(layout, datasources, filters):
    """The columns the widgets over these datasources read (their filters, groups, metric fields, x
    axes and the viewer's filters); None when a table widget shows whole rows. Converting only these
    to pandas, not every column, was most of a cold render (40 % of it on 1M rows)."""
    by_name = {ds["name"]: ds for ds in datasources}
    needed = set(filters)
    for ds in datasources:
        needed |= set(ds["filters"]) | set(ds["group_by"]) | {m["field"] for m in ds["metrics"] if m.get("field")}
    for widget in layout["widgets"]:
        ds = by_name.get(widget["datasource"])
        if ds is None:
            continue
        if widget["type"] == "table" and not ds["group_by"]:
            return None
        if widget.get("x"):
            needed.add(widget["x"])
    return sorted(needed)


def load_table(*, session, registry, version, columns=None):
    """The dataset at `version` as a flat Arrow table of `columns` (every column when None): from a
    ready parquet snapshot if one exists, reading only those columns when all are top-level."""
    table, source = _read(session, registry, version, columns)
    table = builder.flatten_structs(table)
    if columns is not None:
        wanted = set(columns)
        table = table.select([c for c in table.column_names if c in wanted])
    return table, source


def _read(session, registry, version, columns):
    snap = session.scalar(
        select(Snapshot).filter_by(registry_id=registry.id, version=version, format="parquet", status="ready")
    )
    if snap is not None:
        fs, _ = artifact_fs()
        data = next(a for a in snap.artifacts if a["kind"] == "data")
        with fs.open(data["path"], "rb") as fh:
            file = pq.ParquetFile(fh)
            top = columns is not None and set(columns) <= set(file.schema_arrow.names)
            return file.read(columns=columns if top else None), "snapshot"
    read_schema, final_schema = table_schemas(registry.schema)
    parts = [
        builder.to_table(chunk, read_schema, final_schema)
        for chunk in builder.ndjson_chunks(
            session=session, registry_id=registry.id, version=version, current=version == registry.data_version
        )
    ]
    if not parts:
        return builder.table_schema(final_schema).empty_table(), "database"
    return pa.concat_tables(parts), "database"


def _matches(series, value):
    if pd.api.types.is_bool_dtype(series):
        return series == (str(value).lower() in ("true", "1"))
    if pd.api.types.is_numeric_dtype(series):
        try:
            return series == float(value)
        except (TypeError, ValueError):
            raise InvalidRequest(f"filter value {value!r} is not a number", {"filters": [str(value)]}) from None
    return series.astype("string") == str(value)


def apply_filters(frame, filters):
    """Rows whose columns equal every filter value (typed by the column)."""
    for field, value in filters.items():
        if field in frame.columns:
            frame = frame[_matches(frame[field], value)]
    return frame


def aggregate(frame, datasource):
    """Group and compute the datasource's metrics; ungrouped gives one row."""
    metrics = datasource["metrics"]
    if not datasource["group_by"]:
        row = {metric_label(m): _metric(frame, m) for m in metrics}
        return pd.DataFrame([row])
    grouped = frame.groupby(datasource["group_by"], dropna=False, sort=True)
    out = pd.DataFrame(
        {
            metric_label(m): (grouped.size() if m["op"] == "count" else grouped[m["field"]].agg(PANDAS_OPS[m["op"]]))
            for m in metrics
        }
    )
    return out.reset_index().head(datasource["limit"])


def _metric(frame, metric):
    if metric["op"] == "count":
        return int(len(frame))
    column = frame[metric["field"]]
    value = getattr(column, PANDAS_OPS[metric["op"]])() if len(column) else None
    return None if value is None or pd.isna(value) else (value.item() if hasattr(value, "item") else value)
