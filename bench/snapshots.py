"""Snapshot builds: rows/s for parquet and csv over N records, worker peak RSS, and the ratio to
writing the same rows with pyarrow directly from an in-memory table (the floor).

python bench/snapshots.py [rows]"""

import sys
import tempfile
import time

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from common import make_app, make_caller, run_worker_process
from seed import seed_registry

FLOOR_MAX_ROWS = 2_000_000


def _direct_floor(app, registry_id, fmt):
    """Seconds to write the same rows with pyarrow from a table already in memory."""
    from app.extensions import db
    from app.publishing.models import Registry
    from app.store import builder
    from app.store.arrow_schema import flatten_for_csv, table_schemas

    with app.app_context():
        registry = db.session.get(Registry, registry_id)
        read_schema, final_schema = table_schemas(registry.schema)
        table = pa.concat_tables(
            builder.to_table(chunk, read_schema, final_schema)
            for chunk in builder.ndjson_chunks(
                session=db.session, registry_id=registry_id, version=registry.data_version, current=True
            )
        )
    out = tempfile.mktemp()
    started = time.perf_counter()
    if fmt == "parquet":
        pq.write_table(table, out, compression="snappy")
    else:
        pacsv.write_csv(flatten_for_csv(table), out)
    return time.perf_counter() - started


def main(rows=1_000_000):
    app, _ = make_app()
    _, headers = make_caller(app)
    registry_id = seed_registry(app, headers, rows)
    client = app.test_client()
    db_kind = app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0]
    for fmt in ("parquet", "csv"):
        r = client.post(
            "/api/v1/storage/published/snapshots",
            headers=headers,
            json={"dataset": "employee-profiles", "version": "latest", "format": fmt},
        )
        sid = r.get_json()["snapshot_id"]
        seconds, rss = run_worker_process(app, ["snapshots"])
        snap = client.get(f"/api/v1/storage/published/snapshots/{sid}", headers=headers).get_json()["data"]
        progress = client.get(f"/api/v1/storage/published/snapshots/{sid}/progress", headers=headers).get_json()["data"]
        assert snap["status"] == "ready", snap
        build = progress["duration_seconds"]
        # the floor holds the whole table in this process: beyond a few million rows only the build is timed
        floor = _direct_floor(app, registry_id, fmt) if rows <= FLOOR_MAX_ROWS else None
        compared = (
            f"pyarrow_direct_s={floor:.2f} ratio_to_direct={build / floor:.1f}x" if floor else "pyarrow_direct=skipped"
        )
        print(
            f"snapshot db={db_kind} format={fmt} rows={rows} build_s={build:.1f} rows_per_s={rows / build:,.0f} "
            f"worker_total_s={seconds:.1f} worker_peak_rss_mb={rss:.0f} size_mb={snap['size_bytes'] / 2**20:.1f} "
            f"{compared}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
