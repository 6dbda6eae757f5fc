"""Issue 16, items 8 and 10: an upload's idempotency covers its bytes; a NUL in one cell fails that
row (reason in the report) and the others import."""

import csv
import io

from tests.factories import make_registry
from tests.publishing.test_bulk_upload import status, upload

HEADER = "employee_id,full_name,email,department\n"


def _rows(*names):
    return (HEADER + "".join(f"EMP{i:06d},{n},p{i}@acme.corp,HR\n" for i, n in enumerate(names, 1))).encode()


def test_same_key_with_other_bytes_of_the_same_length_is_422(client, admin, run_worker):
    make_registry(client, admin)
    first, second = _rows("Alice", "Bobby"), _rows("Alice", "Carol")
    assert len(first) == len(second)
    headers = {**admin.headers, "Idempotency-Key": "upload-1"}
    r1 = client.post(
        "/dedi/bulk-upload",
        headers=headers,
        content_type="multipart/form-data",
        data={
            "namespace": "employee-directory",
            "registry_name": "employee-profiles",
            "record_name_field": "employee_id",
            "file": (io.BytesIO(first), "people.csv"),
        },
    )
    assert r1.status_code == 202
    r2 = client.post(
        "/dedi/bulk-upload",
        headers=headers,
        content_type="multipart/form-data",
        data={
            "namespace": "employee-directory",
            "registry_name": "employee-profiles",
            "record_name_field": "employee_id",
            "file": (io.BytesIO(second), "people.csv"),
        },
    )
    assert r2.status_code == 422 and r2.get_json()["error"] == "idempotency_mismatch"
    r3 = client.post(
        "/dedi/bulk-upload",
        headers=headers,
        content_type="multipart/form-data",
        data={
            "namespace": "employee-directory",
            "registry_name": "employee-profiles",
            "record_name_field": "employee_id",
            "file": (io.BytesIO(first), "people.csv"),
        },
    )
    assert r3.status_code == 202 and r3.headers["Idempotent-Replayed"] == "true"
    assert r3.get_json() == r1.get_json()
    jobs = client.get("/dedi/bulk-upload/jobs", headers=admin.headers).get_json()["data"]
    assert len(jobs["jobs"]) == 1


def test_a_nul_in_one_cell_fails_that_row_and_the_rest_import(client, admin, run_worker):
    make_registry(client, admin)
    content = _rows("Alice", "Bo\x00b", "Carol")
    r = upload(client, admin, content, record_name_field="employee_id", publish=True)
    assert r.status_code == 202, r.get_json()
    run_worker(["bulk"])
    data = status(client, admin, r.get_json()["data"]["jobId"])
    assert (data["status"], data["validEntries"], data["failedEntries"]) == ("completed", 2, 1), data
    report = client.get(data["downloadFailedEntriesCsvUrl"], headers=admin.headers)
    rows = list(csv.reader(io.StringIO(report.get_data(as_text=True))))
    assert rows[1][-2] == "2" and "NUL" in rows[1][-1] and "$.full_name" in rows[1][-1]
    assert "\x00" not in report.get_data(as_text=True)
    base = "/dedi/lookup/employee-directory/employee-profiles"
    assert client.get(f"{base}/EMP000001", headers=admin.headers).status_code == 200
    assert client.get(f"{base}/EMP000003", headers=admin.headers).status_code == 200
    assert client.get(f"{base}/EMP000002", headers=admin.headers).status_code == 404
