"""Bulk upload: rows/s end-to-end (upload accepted -> job completed) and worker peak RSS.

The worker is started and has loaded the app before the upload, as a deployed worker waits on its
queue; the clock runs from the upload request to the worker finishing the job.

python bench/bulk_upload.py [rows] [invalid_ratio] [file_mb]   (DATABASE_URL/REDIS_URL pick the servers;
    file_mb lengthens the names so that 1M rows make, e.g., a 100 MB file)"""

import sys
import time

from common import EMPLOYEE_SCHEMA, WorkerProcess, make_app, make_caller, write_employee_csv


def main(rows=1_000_000, invalid_ratio=0.0, file_mb=None):
    app, scratch = make_app()
    _, headers = make_caller(app)
    client = app.test_client()
    client.post("/dedi/create-namespace", headers=headers, json={"name": "hr", "description": "bench"})
    client.post(
        "/dedi/hr/create-registry",
        headers=headers,
        json={"registry_name": "employee-profiles", "description": "bench", "schema": EMPLOYEE_SCHEMA},
    )
    path = scratch / "employees.csv"
    size = write_employee_csv(path, rows, invalid_ratio, file_mb=file_mb)
    worker = WorkerProcess(app, ["bulk"], max_jobs=1).ready()
    started = time.perf_counter()
    with open(path, "rb") as fh:
        r = client.post(
            "/dedi/bulk-upload",
            headers=headers,
            content_type="multipart/form-data",
            data={
                "namespace": "hr",
                "registry_name": "employee-profiles",
                "publish": "true",
                "record_name_field": "employee_id",
                "file": (fh, "employees.csv"),
            },
        )
    assert r.status_code == 202, r.get_json()
    upload_s = time.perf_counter() - started
    job_id = r.get_json()["data"]["jobId"]
    _, rss_mb = worker.finish()
    total = time.perf_counter() - started
    work_s = total - upload_s
    status = client.get(f"/dedi/bulk-upload/status/{job_id}", headers=headers).get_json()["data"]
    assert status["status"] == "completed", status
    db = app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0]
    print(
        f"bulk_upload db={db} rows={rows} file_mb={size / 2**20:.1f} invalid={invalid_ratio:.0%} "
        f"valid={status['validEntries']} failed={status['failedEntries']} upload_s={upload_s:.1f} "
        f"worker_s={work_s:.1f} total_s={total:.1f} rows_per_s={rows / total:,.0f} "
        f"peak_mb={rss_mb:.0f} (the worker's peak RSS + the parse process's own {worker.parser_mb:.0f} MB)"
    )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000,
        float(sys.argv[2]) if len(sys.argv) > 2 else 0.0,
        float(sys.argv[3]) if len(sys.argv) > 3 else None,
    )
