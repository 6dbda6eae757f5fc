"""Bulk import from a source of any size: rows/s end to end (request -> job completed) and the worker's
peak RSS, for a CSV already on a shared disk (`file://` under IMPORT_ROOTS) streamed by the worker.
The employee schema's ids allow a million rows, so this bench widens the id pattern to ten digits.

While each import runs, another client publishes one record to the same registry after another: the
longest of those publishes is how long the import held other writes up (target <= 1 s), beside the
import's own duration (what a publish could wait when the lock was held for the whole run). The file is
imported twice: into an empty registry, then over its own records (every row supersedes one).

python bench/bulk_import.py [rows]   (10,000,000 rows make a ~900 MB CSV)"""

import csv
import os
import sys
import threading
import time

from common import DEPTS, EMPLOYEE_SCHEMA, WorkerProcess, make_app, make_caller

SCHEMA = {
    **EMPLOYEE_SCHEMA,
    "properties": {**EMPLOYEE_SCHEMA["properties"], "employee_id": {"type": "string", "pattern": "^EMP[0-9]{10}$"}},
}
PUBLISH = "/dedi/hr/employees/save-record-as-draft?publish=true"


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
    for label in ("new records", "every row an update"):
        import_once(app, client, headers, path, rows, size, label)


class Publisher(threading.Thread):
    """Publishes one record after another to the registry until stopped; keeps each answer's latency."""

    def __init__(self, app, headers):
        super().__init__(daemon=True)
        self.client, self.headers, self.latencies, self.stop = app.test_client(), headers, [], threading.Event()

    def run(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            name = f"EMP{9_000_000_000 + n:010d}"
            details = {"employee_id": name, "full_name": "Meanwhile", "email": "m@x.io", "department": "HR"}
            body = {"record_name": name, "details": {**details, "hire_date": "2024-01-01", "active": True}}
            started = time.perf_counter()
            r = self.client.post(PUBLISH, headers=self.headers, json=body)
            assert r.status_code == 201, r.get_json()
            self.latencies.append(time.perf_counter() - started)
            self.stop.wait(0.5)


def import_once(app, client, headers, path, rows, size, label):
    worker = WorkerProcess(app, ["bulk"], max_jobs=1).ready()
    publisher = Publisher(app, headers)
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
    publisher.start()
    _, rss_mb = worker.finish()
    seconds = time.perf_counter() - started
    publisher.stop.set()
    publisher.join()
    status = client.get(r.get_json()["data"]["statusCheckUrl"], headers=headers).get_json()["data"]
    assert status["status"] == "completed" and status["validEntries"] == rows, status
    db = app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0].split("+")[0]
    longest = max(publisher.latencies)
    print(
        f"bulk_import db={db} ({label}) rows={rows} file_mb={size / 2**20:.0f} seconds={seconds:.1f} "
        f"rows_per_s={rows / seconds:,.0f} worker_peak_rss_mb={rss_mb:.0f} (target: flat, <= 300 MB)",
        flush=True,
    )
    print(
        f"bulk_import db={db} ({label}) publishes_meanwhile={len(publisher.latencies)} "
        f"longest_publish_s={longest:.2f} vs import_s={seconds:.1f} (ratio {longest / seconds:.3f}; "
        "target: longest <= 1 s)",
        flush=True,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000)
