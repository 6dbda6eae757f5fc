"""Bulk import from a source of any size: rows/s end to end (request -> job completed) and the worker's
peak RSS, for a CSV already on a shared disk (`file://` under IMPORT_ROOTS) streamed by the worker.
The employee schema's ids allow a million rows, so this bench widens the id pattern to ten digits.

python bench/bulk_import.py [rows]   (10,000,000 rows make a ~900 MB CSV)"""

import csv
import os
import sys
import time

from common import DEPTS, EMPLOYEE_SCHEMA, WorkerProcess, make_app, make_caller

SCHEMA = {
    **EMPLOYEE_SCHEMA,
    "properties": {**EMPLOYEE_SCHEMA["properties"], "employee_id": {"type": "string", "pattern": "^EMP[0-9]{10}$"}},
}


def write_csv(path, rows):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["employee_id", "full_name", "email", "department", "hire_date", "active"])
        for i in range(rows):
            w.writerow(
                [
                    f"EMP{i:010d}",
                    f"Employee Number {i}",
                    f"employee.{i}@acme.example.com",
                    DEPTS[i % 3],
                    f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    "true" if i % 2 else "false",
                ]
            )
    return os.path.getsize(path)


def main(rows=10_000_000):
    app, _ = make_app()
    tenant_id, headers = make_caller(app)
    client = app.test_client()
    client.post("/dedi/create-namespace", headers=headers, json={"name": "hr", "description": "bench"})
    body = {"registry_name": "employees", "description": "bench", "schema": SCHEMA}
    assert client.post("/dedi/hr/create-registry", headers=headers, json=body).status_code == 201
    home = os.path.join(app.config["IMPORT_ROOTS"][0], tenant_id)
    os.makedirs(home, exist_ok=True)
    path = os.path.join(home, "employees.csv")
    size = write_csv(path, rows)
    worker = WorkerProcess(app, ["bulk"], max_jobs=1).ready()
    started = time.perf_counter()
    r = client.post(
        "/dedi/bulk-import",
        headers=headers,
        json={
            "namespace": "hr",
            "registry_name": "employees",
            "source": f"file://{path}",
            "record_name_field": "employee_id",
        },
    )
    assert r.status_code == 202, r.get_json()
    _, rss_mb = worker.finish()
    seconds = time.perf_counter() - started
    status = client.get(r.get_json()["data"]["statusCheckUrl"], headers=headers).get_json()["data"]
    assert status["status"] == "completed" and status["validEntries"] == rows, status
    db = app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0].split("+")[0]
    print(
        f"bulk_import db={db} rows={rows} file_mb={size / 2**20:.0f} seconds={seconds:.1f} "
        f"rows_per_s={rows / seconds:,.0f} worker_peak_rss_mb={rss_mb:.0f} (target: flat, <= 300 MB)",
        flush=True,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000)
