"""Dashboard render: 4 widgets over N records; first render (database path and parquet-snapshot path)
and the median of cached renders. The render side (pandas, Arrow) is loaded first, as a web process
loads it when it starts (gunicorn.conf.py), and that import is timed on its own: a process that had
not loaded it pays it once, at its first render.

python bench/render.py [rows]"""

import importlib
import statistics
import sys
import time

from common import make_app, make_caller, run_worker_process
from seed import seed_registry

DEFINITION = {
    "dashboard_id": "bench",
    "layout": {
        "title": "Bench",
        "widgets": [
            {"id": "kpi", "type": "kpi", "datasource": "by_dept"},
            {"id": "bar", "type": "bar", "datasource": "by_dept"},
            {"id": "pie", "type": "pie", "datasource": "by_active"},
            {"id": "table", "type": "table", "datasource": "by_dept"},
        ],
        "filters": [{"field": "department", "values": ["Engineering", "HR", "Sales"]}],
    },
    "datasources": [
        {"name": "by_dept", "dataset": "employee-profiles", "group_by": ["department"], "metrics": [{"op": "count"}]},
        {"name": "by_active", "dataset": "employee-profiles", "group_by": ["active"], "metrics": [{"op": "count"}]},
    ],
}


def timed(client, headers, body):
    started = time.perf_counter()
    r = client.post("/api/v1/data-consumption/dashboards/render", headers=headers, json=body)
    assert r.status_code == 200, r.get_json()
    return time.perf_counter() - started, r.get_json()["cached"]


def main(rows=100_000):
    app, _ = make_app()
    _, headers = make_caller(app)
    seed_registry(app, headers, rows)
    client = app.test_client()
    assert (
        client.post("/api/v1/data-consumption/dashboards/definitions", headers=headers, json=DEFINITION).status_code
        == 200
    )
    started = time.perf_counter()
    importlib.import_module("app.dashboards.widgets")  # what gunicorn's post_worker_init loads
    render_side_s = time.perf_counter() - started
    first_db, cached = timed(client, headers, {"dashboard_id": "bench"})
    assert not cached
    client.post(
        "/api/v1/storage/published/snapshots",
        headers=headers,
        json={"dataset": "employee-profiles", "format": "parquet"},
    )
    run_worker_process(app, ["snapshots"])
    first_snap, cached = timed(client, headers, {"dashboard_id": "bench", "filters": {"department": "HR"}})
    assert not cached
    warm = [timed(client, headers, {"dashboard_id": "bench"}) for _ in range(50)]
    assert all(c for _, c in warm)
    median = statistics.median(t for t, _ in warm)
    print(
        f"render rows={rows} widgets=4 first_render_db_s={first_db:.2f} first_render_snapshot_s={first_snap:.2f} "
        f"cached_median_ms={median * 1000:.1f} cached_p95_ms={sorted(t for t, _ in warm)[47] * 1000:.1f} "
        f"render_side_import_s={render_side_s:.2f} (a web process loads it at start)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
