"""Bulk import from a source of any size: rows/s end to end (request -> job completed) and the worker's
peak RSS, for a CSV already on a shared disk (`file://` under IMPORT_ROOTS) streamed by the worker.
The employee schema's ids allow a million rows, so this bench widens the id pattern to ten digits.

Other writes to the registry wait only for the import's last step (target <= 1 s): the worker logs how
long it held the registry's lock (`registry_lock_s`), printed beside the import's duration (what a
publish waited when the lock was held for the whole run). Each registry takes the file twice: into an
empty registry, then over its own records (every row supersedes one); on a quiet registry, and on a
busy one, where another client publishes a record every half second during the import and the
longest of those publishes is printed too.

python bench/bulk_import.py [rows] [first]   (10,000,000 rows make a ~900 MB CSV; `first`: only new records
    into a quiet registry)"""

import csv
import os
import re
import sys
import tempfile
import threading
import time

from common import DEPTS, EMPLOYEE_SCHEMA, WorkerProcess, db_name, make_app, make_caller

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


def main(rows=10_000_000, first_only=False):
    """All four cases; with `first_only`, new records into a quiet registry alone (the 10M-row figure)."""
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
    for registry, runs in (("employees", (False, True)), ("employees_busy", (True, False))):
        if registry != "employees":
            body = {**body, "registry_name": registry}
            assert client.post("/dedi/hr/create-registry", headers=headers, json=body).status_code == 201
        for label, busy in zip(("new records", "every row an update"), runs, strict=True):
            import_once(app, client, headers, path, rows, size, registry, f"{label}, {'busy' if busy else 'quiet'}")
            if first_only:
                return


class Publisher(threading.Thread):
    """Publishes one record after another to the registry until stopped; keeps each answer's latency."""

    def __init__(self, app, headers, registry):
        super().__init__(daemon=True)
        self.client, self.headers, self.latencies, self.stop = app.test_client(), headers, [], threading.Event()
        self.url = f"/dedi/hr/{registry}/save-record-as-draft?publish=true"

    def run(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            name = f"EMP{9_000_000_000 + n:010d}"
            details = {"employee_id": name, "full_name": "Meanwhile", "email": "m@x.io", "department": "HR"}
            body = {"record_name": name, "details": {**details, "hire_date": "2024-01-01", "active": True}}
            started = time.perf_counter()
            r = self.client.post(self.url, headers=self.headers, json=body)
            assert r.status_code == 201, r.get_json()
            self.latencies.append(time.perf_counter() - started)
            self.stop.wait(0.5)


def import_once(app, client, headers, path, rows, size, registry, label):
    log = tempfile.NamedTemporaryFile(suffix=".log", delete=False).name  # noqa: SIM115  (the worker's)
    worker = WorkerProcess(app, ["bulk"], max_jobs=1, log_path=log).ready()
    publisher = Publisher(app, headers, registry)
    started = time.perf_counter()
    r = client.post(
        "/dedi/bulk-import",
        headers=headers,
        json={
            "namespace": "hr",
            "registry_name": registry,
            "source": f"file://{path}",
            "record_name_field": "employee_id",
        },
    )
    assert r.status_code == 202, r.get_json()
    if label.endswith("busy"):
        publisher.start()
    _, rss_mb = worker.finish()
    seconds = time.perf_counter() - started
    publisher.stop.set()
    if publisher.is_alive():
        publisher.join()
    status = client.get(r.get_json()["data"]["statusCheckUrl"], headers=headers).get_json()["data"]
    assert status["status"] == "completed" and status["validEntries"] == rows, status
    db = db_name(app)
    with open(log) as fh:
        held = re.findall(r"registry_lock_s=([0-9.]+)", fh.read())
    os.unlink(log)
    print(
        f"bulk_import db={db} ({label}) rows={rows} file_mb={size / 2**20:.0f} seconds={seconds:.1f} "
        f"rows_per_s={rows / seconds:,.0f} peak_mb={rss_mb:.0f} (the worker's peak RSS + the parse process's own "
        f"{worker.parser_mb:.0f} MB; target: flat, <= 300 MB)",
        flush=True,
    )
    waits = publisher.latencies and f" longest_publish_s={max(publisher.latencies):.2f} of {len(publisher.latencies)}"
    lock = held[-1] if held else "n/a (SQLite: one writer per database)"
    print(
        f"bulk_import db={db} ({label}) registry_lock_s={lock} vs import_s={seconds:.1f}{waits or ''} (target: <= 1 s)",
        flush=True,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000, "first" in sys.argv[2:])
