"""One worker against two: two bulk uploads into different registries, then their two snapshot builds,
run by one worker (one job after the other) and by two (one each); rows/s for each, and the ratio.
The workers are started and have loaded the app before the clock starts.

python bench/scale_out.py [rows per registry]"""

import sys
import time

from common import EMPLOYEE_SCHEMA, WorkerProcess, db_name, make_app, make_caller, write_employee_csv

API = "/api/v1/storage/published/snapshots"


def _run(app, queue, workers, start):
    """Start `workers` workers that take two jobs between them, run `start()`, wait; seconds."""
    procs = [WorkerProcess(app, [queue], max_jobs=2 // workers).ready() for _ in range(workers)]
    began = time.perf_counter()
    start()
    for proc in procs:
        proc.finish()
    return time.perf_counter() - began


def main(rows=500_000):
    app, scratch = make_app()
    _, headers = make_caller(app)
    client = app.test_client()
    client.post("/dedi/create-namespace", headers=headers, json={"name": "scale", "description": "bench"})
    path = scratch / "employees.csv"
    write_employee_csv(path, rows)
    figures = {}
    for workers in (1, 2):
        names = [f"people-{workers}-{k}" for k in (1, 2)]
        for name in names:
            body = {"registry_name": name, "description": "bench", "schema": EMPLOYEE_SCHEMA}
            assert client.post("/dedi/scale/create-registry", headers=headers, json=body).status_code == 201

        def upload(names=names):
            for name in names:
                with open(path, "rb") as fh:
                    form = {"namespace": "scale", "registry_name": name, "record_name_field": "employee_id"}
                    form["file"] = (fh, "e.csv")
                    r = client.post("/dedi/bulk-upload", headers=headers, content_type="multipart/form-data", data=form)
                    assert r.status_code == 202, r.get_json()

        def build(names=names):
            for name in names:
                r = client.post(API, headers=headers, json={"dataset": f"scale/{name}", "format": "parquet"})
                assert r.status_code == 202, r.get_json()

        figures[workers] = (_run(app, "bulk", workers, upload), _run(app, "snapshots", workers, build))
    db = db_name(app)
    for i, what in enumerate(("ingest", "snapshot")):
        one, two = figures[1][i], figures[2][i]
        print(
            f"scale_out db={db} {what} registries=2 rows_each={rows} one_worker_rows_per_s={2 * rows / one:,.0f} "
            f"two_workers_rows_per_s={2 * rows / two:,.0f} ratio={one / two:.2f}x",
            flush=True,
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500_000)
