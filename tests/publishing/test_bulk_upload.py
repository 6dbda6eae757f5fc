"""Bulk CSV upload: seed example, parsing rules, failed rows, modes, idempotency, progress."""

import csv
import io
import os
import threading
from urllib.parse import quote

import pytest

from tests.factories import make_registry

SEED_SCHEMA = {
    "type": "object",
    "properties": {
        "employee_id": {"type": "string"},
        "personal_info": {
            "type": "object",
            "properties": {
                "full_name": {"type": "string"},
                "email": {"type": "string", "format": "email"},
                "phone": {"type": "string"},
            },
        },
        "employment": {
            "type": "object",
            "properties": {
                "department": {"type": "string"},
                "position": {"type": "string"},
                "hire_date": {"type": "string", "format": "date"},
            },
        },
        "active": {"type": "boolean"},
        "skills": {"type": "array", "items": {"type": "string"}},
    },
}
SEED_CSV = (
    "employee_id,personal_info.full_name,personal_info.email,personal_info.phone,employment.department,"
    "employment.position,employment.hire_date,active,skills\n"
    "EMP123456,John Doe,john.doe@acme.corp,+1-555-0123,Engineering,Senior Developer,2024-01-15,true,"
    '"JavaScript,TypeScript,Node.js"\n'
    "EMP123457,Jane Smith,jane.smith@acme.corp,+1-555-0124,Sales,Sales Manager,2024-02-01,true,"
    '"CRM,Negotiation,Analytics"\n'
)


# SQLite stages the file (temp_staging) and lands it in one set-based pass after the parse
# (apply.apply_staged); PostgreSQL writes records as it reads (apply.StreamingApply)
landed_after_the_parse = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgresql"),
    reason="SQLite's path: staged, then landed after the parse; PostgreSQL writes records as it reads",
)


def upload(client, caller, content, ns="employee-directory", reg="employee-profiles", filename="data.csv", **form):
    """POST a CSV. These tests keep drafts unless they pass publish=True (the API's default is to
    publish: test_an_upload_publishes_by_default leaves the field out)."""
    form.setdefault("publish", False)
    data = {
        "namespace": ns,
        "registry_name": reg,
        "file": (io.BytesIO(content), filename),
        **{k: str(v).lower() if isinstance(v, bool) else v for k, v in form.items()},
    }
    return client.post("/dedi/bulk-upload", headers=caller.headers, data=data, content_type="multipart/form-data")


def status(client, caller, job_id):
    r = client.get(f"/dedi/bulk-upload/status/{job_id}", headers=caller.headers)
    assert r.status_code == 200
    return r.get_json()["data"]


def test_seed_example_csv_imports_and_reads_back(client, admin, run_worker):
    make_registry(client, admin, schema=SEED_SCHEMA)
    r = upload(client, admin, SEED_CSV.encode(), record_name_field="employee_id", publish=True)
    assert r.status_code == 202, r.get_json()
    body = r.get_json()
    assert body["status"] == "success" and body["total_rows"] == 2
    job_id = body["data"]["jobId"]
    assert body["data"]["statusCheckUrl"] == f"/dedi/bulk-upload/status/{job_id}"
    assert status(client, admin, job_id)["status"] == "pending"
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert data["status"] == "completed" and data["validEntries"] == 2 and data["failedEntries"] == 0
    assert data["totalEntries"] == 2 and data["downloadFailedEntriesCsvUrl"] is None
    rec = client.get("/dedi/lookup/employee-directory/employee-profiles/EMP123456", headers=admin.headers)
    assert rec.get_json()["data"]["details"] == {
        "employee_id": "EMP123456",
        "personal_info": {"full_name": "John Doe", "email": "john.doe@acme.corp", "phone": "+1-555-0123"},
        "employment": {"department": "Engineering", "position": "Senior Developer", "hire_date": "2024-01-15"},
        "active": True,
        "skills": ["JavaScript", "TypeScript", "Node.js"],
    }
    versions = client.get("/dedi/employee-directory/employee-profiles/versions", headers=admin.headers)
    assert [v["change"] for v in versions.get_json()["data"]["versions"]] == ["bulk_upload"]


def test_bom_accepted_and_drafts_when_asked(client, admin, run_worker):
    make_registry(client, admin, schema=SEED_SCHEMA)
    job = upload(
        client, admin, b"\xef\xbb\xbf" + SEED_CSV.encode(), record_name_field="employee_id", publish=False
    ).get_json()
    run_worker(["bulk"])
    assert status(client, admin, job["data"]["jobId"])["validEntries"] == 2
    draft = client.get("/dedi/lookup/employee-directory/employee-profiles/EMP123456", headers=admin.headers)
    assert draft.status_code == 200 and draft.get_json()["data"]["state"] == "draft"  # drafts until published
    listed = client.get("/dedi/query/employee-directory/employee-profiles?state=draft", headers=admin.headers)
    assert sorted(r["record_name"] for r in listed.get_json()["data"]["records"]) == ["EMP123456", "EMP123457"]
    r = client.post(
        "/dedi/employee-directory/employee-profiles/publish-records",
        headers=admin.headers,
        json={"records": ["EMP123456", "EMP123457"]},
    )
    assert r.status_code == 200


def test_wrong_encoding_fails_job_clearly(client, admin, run_worker):
    make_registry(client, admin, schema=SEED_SCHEMA)
    latin1 = SEED_CSV.replace("John Doe", "Jöhn Döe").encode("latin-1")
    job_id = upload(client, admin, latin1).get_json()["data"]["jobId"]
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert data["status"] == "failed" and "UTF-8" in data["error"]


def test_header_mismatch_fails_with_the_lists(client, admin, run_worker):
    make_registry(client, admin)
    job_id = upload(client, admin, b"employee_id,shoe_size\nEMP000001,44\n").get_json()["data"]["jobId"]
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert data["status"] == "failed"
    assert "shoe_size" in data["error"] and "full_name" in data["error"] and "department" in data["error"]


def test_one_byte_over_100_mb_is_413(client, admin):
    make_registry(client, admin)
    big = b"a" * (100 * 1024 * 1024 + 1)
    r = upload(client, admin, big)
    assert r.status_code == 413 and r.get_json()["error"] == "payload_too_large"
    jobs = client.get("/dedi/bulk-upload/jobs", headers=admin.headers).get_json()["data"]
    assert jobs["pagination"]["total"] == 0


def _employee_csv(rows):
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["employee_id", "full_name", "email", "department", "hire_date", "active"])
    w.writerows(rows)
    return out.getvalue().encode()


GOOD = [
    ["EMP000001", "Ann", "ann@x.io", "HR", "2024-01-01", "1"],
    ["EMP000002", "Bob", "bob@x.io", "Sales", "2024-01-02", "false"],
]
BAD = [["EMP3", "Cy", "not-an-email", "Ops", "2024-02-30", "maybe"]]


def test_failed_rows_csv_has_row_number_and_json_paths(client, admin, run_worker):
    make_registry(client, admin)
    job_id = upload(
        client,
        admin,
        _employee_csv(GOOD + BAD + [["EMP000004", "", "d@x.io", "HR", "", ""]]),
        record_name_field="employee_id",
        publish=True,
    ).get_json()["data"]["jobId"]
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert (data["status"], data["validEntries"], data["failedEntries"]) == ("completed", 2, 2)
    report = client.get(data["downloadFailedEntriesCsvUrl"], headers=admin.headers)
    assert report.status_code == 200
    rows = list(csv.DictReader(io.StringIO(report.get_data(as_text=True))))
    assert [r["row_number"] for r in rows] == ["3", "4"]
    assert rows[0]["email"] == "not-an-email"
    import json

    errors = json.loads(rows[0]["errors"])
    assert "$.active" in errors  # 'maybe' is not a boolean
    errors = json.loads(rows[1]["errors"])
    assert "$.full_name" in errors
    # the Uploads page links the same file for the browser session (the API link needs a key: 401)
    client.post("/login", data={"api_key": admin.token})
    page = client.get("/jobs").get_data(as_text=True)
    assert f"/jobs/{job_id}/failed.csv" in page
    assert client.get(f"/jobs/{job_id}/failed.csv").get_data() == report.get_data()
    assert client.get(data["downloadFailedEntriesCsvUrl"]).status_code == 401


def test_all_or_nothing_commits_nothing(client, admin, run_worker):
    make_registry(client, admin)
    job_id = upload(
        client, admin, _employee_csv(GOOD + BAD), mode="all_or_nothing", publish=True, record_name_field="employee_id"
    ).get_json()["data"]["jobId"]
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert data["status"] == "failed" and "all_or_nothing" in data["error"]
    assert data["downloadFailedEntriesCsvUrl"]
    q = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()
    assert q["data"]["pagination"]["total"] == 0


def test_reupload_updates_instead_of_duplicating_and_rerun_is_idempotent(client, admin, run_worker, app):
    make_registry(client, admin)
    upload(client, admin, _employee_csv(GOOD), record_name_field="employee_id", publish=True)
    run_worker(["bulk"])
    changed = [["EMP000001", "Ann Renamed", "ann@x.io", "HR", "2024-01-01", "1"]]
    job_id = upload(client, admin, _employee_csv(changed), record_name_field="employee_id", publish=True).get_json()[
        "data"
    ]["jobId"]
    run_worker(["bulk"])
    q = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()["data"]
    assert q["pagination"]["total"] == 2 and q["version"] == 2
    ann = next(r for r in q["records"] if r["record_name"] == "EMP000001")
    assert ann["details"]["full_name"] == "Ann Renamed"
    v1 = client.get("/dedi/query/employee-directory/employee-profiles?as_of=v1", headers=admin.headers).get_json()
    assert {r["record_id"] for r in v1["data"]["records"]} == {r["record_id"] for r in q["records"]}
    # running the same (completed) job again changes nothing
    from app.publishing.bulk.tasks import run_bulk_upload

    with app.app_context():
        assert run_bulk_upload(job_id) == "completed"
    again = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()
    assert again["data"]["version"] == 2 and again["data"]["pagination"]["total"] == 2


def test_same_name_twice_in_one_file_keeps_the_last_row(client, admin, run_worker):
    make_registry(client, admin)
    rows = GOOD + [["EMP000001", "Ann Last", "ann2@x.io", "Sales", "2024-03-01", "true"]]
    job_id = upload(client, admin, _employee_csv(rows), record_name_field="employee_id", publish=True).get_json()[
        "data"
    ]["jobId"]
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert (data["status"], data["validEntries"], data["failedEntries"]) == ("completed", 3, 0)
    assert data["result"]["superseded_duplicates"] == 1 and data["result"]["inserted"] == 2
    q = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()["data"]
    assert q["pagination"]["total"] == 2
    ann = next(r for r in q["records"] if r["record_name"] == "EMP000001")
    assert ann["details"]["full_name"] == "Ann Last" and ann["details"]["department"] == "Sales"


def test_names_repeated_across_batches_and_existing_records(client, admin, run_worker, monkeypatch):
    """Batches of two rows, so a name repeats across batches (on PostgreSQL each batch becomes records as
    it lands): the last row wins, live records are closed, drafts replaced, record ids kept."""
    monkeypatch.setattr("app.publishing.bulk.importer.BATCH", 2)
    make_registry(client, admin)
    upload(client, admin, _employee_csv(GOOD), record_name_field="employee_id", publish=True)
    upload(
        client,
        admin,
        _employee_csv([["EMP000005", "Eve", "eve@x.io", "HR", "2024-01-05", "1"]]),
        record_name_field="employee_id",
        publish=False,
    )  # a draft
    run_worker(["bulk"])
    rows = [
        ["EMP000001", "Ann A", "a@x.io", "HR", "2024-01-01", "1"],
        ["EMP000003", "Cy", "cy@x.io", "Engineering", "2024-01-03", "0"],
        ["EMP000005", "Eve Live", "eve@x.io", "HR", "2024-01-05", "1"],
        ["EMP000001", "Ann B", "b@x.io", "Sales", "2024-01-01", "1"],
        ["EMP000006", "Dan", "dan@x.io", "HR", "2024-01-06", "1"],
    ]
    first = client.get("/dedi/lookup/employee-directory/employee-profiles/EMP000001", headers=admin.headers)
    job_id = upload(client, admin, _employee_csv(rows), record_name_field="employee_id", publish=True).get_json()[
        "data"
    ]["jobId"]
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert (data["status"], data["validEntries"], data["failedEntries"]) == ("completed", 5, 0)
    assert data["result"] == {
        "version": 2,
        "inserted": 4,
        "updated_existing": 2,
        "superseded_duplicates": 1,
        "skipped_already_published": 0,
        "published": True,
    }
    q = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()["data"]
    assert q["version"] == 2
    assert sorted(r["record_name"] for r in q["records"]) == [
        "EMP000001",
        "EMP000002",
        "EMP000003",
        "EMP000005",
        "EMP000006",
    ]
    ann = next(r for r in q["records"] if r["record_name"] == "EMP000001")
    assert ann["details"]["full_name"] == "Ann B" and ann["record_id"] == first.get_json()["data"]["record_id"]
    versions = client.get("/dedi/employee-directory/employee-profiles/versions", headers=admin.headers)
    assert versions.get_json()["data"]["versions"][-1]["record_count"] == 4
    # drafts: a live record gets a draft beside it (its next version once published) and keeps
    # answering as it is; a name repeated across batches keeps its last row
    drafts = [
        ["EMP000002", "Bob Changed", "bob@x.io", "Sales", "2024-01-02", "0"],
        ["EMP000007", "Gus A", "g@x.io", "HR", "2024-01-07", "1"],
        ["EMP000008", "Hal", "h@x.io", "HR", "2024-01-08", "1"],
        ["EMP000007", "Gus B", "g@x.io", "HR", "2024-01-07", "1"],
    ]
    job_id = upload(client, admin, _employee_csv(drafts), record_name_field="employee_id").get_json()["data"]["jobId"]
    run_worker(["bulk"])
    data = status(client, admin, job_id)
    assert (data["status"], data["validEntries"]) == ("completed", 4)
    assert data["result"] == {
        "version": None,
        "inserted": 3,
        "updated_existing": 0,
        "superseded_duplicates": 1,
        "skipped_already_published": 0,
        "published": False,
    }
    q = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()["data"]
    assert q["version"] == 2 and q["pagination"]["total"] == 5
    bob = next(r for r in q["records"] if r["record_name"] == "EMP000002")
    assert bob["details"]["full_name"] == "Bob"


def test_killed_run_is_redone_cleanly(client, admin, app):
    """A run interrupted after staging rows (status left processing) re-runs to the same result."""
    make_registry(client, admin)
    job_id = upload(client, admin, _employee_csv(GOOD), record_name_field="employee_id", publish=True).get_json()[
        "data"
    ]["jobId"]
    from app.extensions import db
    from app.publishing.bulk.tasks import run_bulk_upload
    from app.publishing.models import BulkJob, BulkRow

    with app.app_context():
        job = db.session.get(BulkJob, job_id)
        job.status = "processing"  # as a SIGKILLed worker leaves it, with rows staged
        db.session.add(
            BulkRow(job_id=job_id, row_number=1, record_id="rec_stale", name="EMP000001", details={"stale": True})
        )
        db.session.commit()
        assert run_bulk_upload(job_id) == "completed"
        assert db.session.query(BulkRow).filter_by(job_id=job_id).count() == 0
    q = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()["data"]
    assert q["pagination"]["total"] == 2


def test_jobs_list_paginates_and_filters(client, admin, run_worker):
    make_registry(client, admin)
    for _ in range(3):
        upload(client, admin, _employee_csv(GOOD))
    upload(client, admin, b"nope\n1\n")
    run_worker(["bulk"])
    r = client.get("/dedi/bulk-upload/jobs?page=1&limit=2", headers=admin.headers).get_json()["data"]
    assert r["pagination"] == {"page": 1, "limit": 2, "total": 4, "pages": 2} and len(r["jobs"]) == 2
    assert set(r["jobs"][0]) >= {"jobId", "status", "createdAt", "updatedAt", "namespace"}
    failed = client.get("/dedi/bulk-upload/jobs?status=failed", headers=admin.headers).get_json()["data"]
    assert failed["pagination"]["total"] == 1 and failed["jobs"][0]["error"]
    assert client.get("/dedi/bulk-upload/jobs?limit=101", headers=admin.headers).status_code == 400


def test_other_tenant_cannot_see_job(client, admin, make_caller):
    make_registry(client, admin)
    job_id = upload(client, admin, _employee_csv(GOOD)).get_json()["data"]["jobId"]
    other = make_caller()
    assert client.get(f"/dedi/bulk-upload/status/{job_id}", headers=other.headers).status_code == 404


def test_progress_is_visible_while_processing(client, admin, app):
    """Counts are committed with each batch, so another reader sees `processing` with rising numbers."""
    import threading

    from sqlalchemy import select

    from app.extensions import db
    from app.publishing.bulk import tasks
    from app.publishing.models import BulkJob

    make_registry(client, admin)
    rows = [[f"EMP{i:06d}", f"P{i}", f"p{i}@x.io", "HR", "2024-01-01", "1"] for i in range(22_000)]
    job_id = upload(client, admin, _employee_csv(rows)).get_json()["data"]["jobId"]
    seen, done = [], threading.Event()

    def poll():
        with app.app_context():
            while not done.is_set():
                with db.engine.connect() as other_connection:
                    row = other_connection.execute(
                        select(BulkJob.status, BulkJob.processed_rows).where(BulkJob.id == job_id)
                    ).one()
                if not seen or seen[-1] != tuple(row):
                    seen.append(tuple(row))
                done.wait(0.002)

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        with app.app_context():
            tasks.run_bulk_upload(job_id)
            db.session.remove()
    finally:
        done.set()
        poller.join()
    processing = [n for status, n in seen if status == "processing" and n > 0]
    assert {5000, 10000, 15000, 20000} <= set(processing), seen  # at least every 10,000 rows
    assert status(client, admin, job_id)["status"] == "completed"


def test_row_count_taken_while_streaming_matches_a_csv_parse(tmp_path, app):
    """The upload counts rows as the bytes stream in; where it answers, it agrees with csv, and it
    declines (None, so the file is parsed) wherever a quoted field or a lone CR could hide a line break."""
    from app.core.storage import artifact_path
    from app.publishing.bulk.jobs import count_rows, store_upload

    cases = {
        "plain": b"a,b\n1,2\n3,4\n",
        "no final newline": b"a,b\n1,2\n3,4",
        "crlf": b"a,b\r\n1,2\r\n",
        "blank line": b"a,b\n\n1,2\n",
        "bom": b"\xef\xbb\xbfa,b\n1,2\n",
        "header only": b"a,b\n",
        "empty": b"",
        "quoted newline": b'a,b\n"x\ny",2\n',
        "lone cr": b"a,b\r1,2\r",
        "latin-1": b"a,b\ncaf\xe9,2\n",
        "cut character": b"a,b\n1,\xc3",
    }
    with app.app_context():
        for label, data in cases.items():
            path = artifact_path("uploads", "tally", f"{label.replace(' ', '_')}.csv")
            for chunk in (1, 3, 1 << 20):  # also split inside \r\n and inside multi-byte characters
                size, rows = store_upload(io.BytesIO(data), path, chunk=chunk)
                assert size == len(data)
                if label in ("quoted newline", "lone cr", "latin-1", "cut character"):
                    assert rows is None, label
                else:
                    assert rows == count_rows(path), (label, chunk)


def test_an_upload_publishes_by_default(client, admin, run_worker):
    """Issue 19: `publish` defaults to true — a bulk upload's rows are live records, one new version."""
    make_registry(client, admin, schema=SEED_SCHEMA)
    r = client.post(
        "/dedi/bulk-upload",
        headers=admin.headers,
        content_type="multipart/form-data",
        data={
            "namespace": "employee-directory",
            "registry_name": "employee-profiles",
            "record_name_field": "employee_id",
            "file": (io.BytesIO(SEED_CSV.encode()), "seed.csv"),
        },
    )
    assert r.status_code == 202, r.get_json()
    run_worker(["bulk"])
    assert status(client, admin, r.get_json()["data"]["jobId"])["status"] == "completed"
    found = client.get("/dedi/lookup/employee-directory/employee-profiles/EMP123456", headers=admin.headers)
    assert found.status_code == 200 and found.get_json()["data"]["state"] == "live"
    drafts = client.get("/dedi/query/employee-directory/employee-profiles?state=draft", headers=admin.headers)
    assert drafts.get_json()["data"]["records"] == []


def test_a_large_import_leaves_the_planner_fresh_statistics(client, admin, run_worker, app, monkeypatch):
    """Left to autovacuum, a snapshot built right after a 1M-row import was planned on stale figures
    (8 rows) and sorted its rows on disk; a large import now ANALYZEs records when it lands."""
    from sqlalchemy import text

    from app.extensions import db
    from app.publishing.bulk import tasks

    if app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0].split("+")[0] != "postgresql":
        pytest.skip("PostgreSQL's planner statistics")

    def last_analyze():
        with app.app_context(), db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
            return conn.scalar(text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'records'"))

    make_registry(client, admin, schema=SEED_SCHEMA)
    monkeypatch.setattr(tasks, "ANALYZE_AFTER_ROWS", 2)  # the seed's two rows count as large
    before = last_analyze()
    r = upload(client, admin, SEED_CSV.encode(), record_name_field="employee_id", publish=True)
    run_worker(["bulk"])
    assert status(client, admin, r.get_json()["data"]["jobId"])["status"] == "completed"
    after = last_analyze()
    assert after is not None and (before is None or after > before)


AWKWARD = [  # (record name, description, full name): what COPY's text format must escape, and more
    ("tab\tname", "line one\nline two", 'a "quoted" name'),
    ("back\\slash", "carriage\r\nreturn", "back\\slash \\N and \\t"),
    ("ünïcödé-名前", "", "emoji 🎉 and \u2028 separator"),
    ("1234", '{"not": "an object"}', "null"),  # SQLite stages a batch as one JSON array: text stays text
]


def _awkward_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["record_name", "description", "employee_id", "full_name", "valid_till"])
    for i, (name, description, full_name) in enumerate(AWKWARD):
        writer.writerow([name, description, f"EMP{i:06d}", full_name, "2099-01-02T03:04:05Z"])
    return out.getvalue().encode()


@pytest.mark.parametrize("prior", [False, True], ids=["empty-registry", "registry-with-records"])
def test_awkward_cells_read_back_exactly(client, admin, run_worker, prior):
    """Into an empty registry rows are copied straight into records, into one with records they are
    staged first (on PostgreSQL, both by COPY; on SQLite, a batch as one JSON array): every cell reads
    back as sent."""
    schema = {"type": "object", "properties": {"employee_id": {"type": "string"}, "full_name": {"type": "string"}}}
    make_registry(client, admin, schema=schema)
    if prior:
        r = upload(client, admin, b"record_name,employee_id\nother,EMP999999\n", publish=True)
        run_worker(["bulk"])
        assert status(client, admin, r.get_json()["data"]["jobId"])["status"] == "completed"
    r = upload(client, admin, _awkward_csv(), publish=True)
    run_worker(["bulk"])
    data = status(client, admin, r.get_json()["data"]["jobId"])
    assert (data["status"], data["validEntries"]) == ("completed", len(AWKWARD)), data
    for i, (name, description, full_name) in enumerate(AWKWARD):
        found = client.get(
            f"/dedi/lookup/employee-directory/employee-profiles/{quote(name, safe='')}", headers=admin.headers
        )
        assert found.status_code == 200, (name, found.get_json())
        record = found.get_json()["data"]
        assert record["record_name"] == name and record["description"] == description
        assert record["details"] == {"employee_id": f"EMP{i:06d}", "full_name": full_name}
        assert record["valid_till"].startswith("2099-01-02T03:04:05")


def test_a_failed_statistics_refresh_is_logged_never_the_jobs(app, monkeypatch, caplog):
    from sqlalchemy import text

    from app.publishing.bulk import tasks

    if app.config["SQLALCHEMY_DATABASE_URI"].split(":")[0].split("+")[0] != "postgresql":
        pytest.skip("PostgreSQL's planner statistics")
    monkeypatch.setattr(tasks, "text", lambda _sql: text("ANALYZE no_such_table"))
    with app.app_context():
        tasks.refresh_statistics()  # does not raise
    assert "ANALYZE records after a large import failed" in caplog.text


@landed_after_the_parse
def test_a_publish_between_the_landings_first_look_and_its_write_is_not_doubled(
    client, admin, app, run_worker, monkeypatch, current_rows
):
    """The landing looks whether the registry has current records, then writes. A publish of a name the
    file carries, landing between the two, was neither given to the import's row (its record id) nor
    closed by it: the name kept two current rows. The landing now takes the registry's lock before it
    looks, so the publish waits for it and lands after, as the next version."""
    from app.publishing.bulk import apply

    make_registry(client, admin, schema=SEED_SCHEMA)
    look, answers = apply._has_current, {}

    def look_then_publish(execute, registry):
        found = look(execute, registry)
        record = {"record_name": "EMP123456", "details": {"employee_id": "EMP123456", "active": False}}

        def publish():
            other = app.test_client()
            url = "/dedi/employee-directory/employee-profiles/save-record-as-draft?publish=true"
            answers["status"] = other.post(url, headers=admin.headers, json=record).status_code

        publisher = threading.Thread(target=publish, daemon=True)
        publisher.start()
        publisher.join(2)  # it lands now unless the landing holds the lock; then it waits for the commit
        answers["thread"] = publisher
        return found

    monkeypatch.setattr(apply, "_has_current", look_then_publish)
    r = upload(client, admin, SEED_CSV.encode(), record_name_field="employee_id", publish=True)
    run_worker(["bulk"])
    answers["thread"].join(60)
    assert status(client, admin, r.get_json()["data"]["jobId"])["status"] == "completed"
    assert answers["status"] == 201
    versions = client.get("/dedi/employee-directory/employee-profiles/versions", headers=admin.headers)
    assert [v["change"] for v in versions.get_json()["data"]["versions"]] == [
        "bulk_upload",
        "publish",
    ]  # it landed after
    assert current_rows("EMP123456", tenant_id=admin.tenant_id) == 1


@pytest.mark.parametrize(
    ("change", "state", "version_change"),
    [("delete-registry", "deleted", "delete_registry"), ("inactivate-registry", "inactive", "inactivate")],
)
def test_an_upload_into_a_registry_deleted_or_inactivated_before_it_lands_fails(
    client, admin, run_worker, change, state, version_change
):
    """A registry that takes no writes takes no import either: one deleted (or inactivated) after the
    upload was accepted, before the worker landed it, had taken every row and a data version."""
    ns, reg = make_registry(client, admin, schema=SEED_SCHEMA)
    r = upload(client, admin, SEED_CSV.encode(), record_name_field="employee_id", publish=True)
    assert r.status_code == 202, r.get_json()
    if change == "delete-registry":
        gone = client.delete(f"/dedi/{ns}/{reg}/{change}", headers=admin.headers, json={"reason": "retired"})
    else:
        gone = client.post(f"/dedi/{ns}/{reg}/{change}", headers=admin.headers)
    assert gone.status_code == 200, gone.get_json()
    run_worker(["bulk"])
    data = status(client, admin, r.get_json()["data"]["jobId"])
    assert data["status"] == "failed", data
    assert data["error"] == f"the registry was {state} while the file was read: nothing was imported"
    versions = client.get(f"/dedi/{ns}/{reg}/versions", headers=admin.headers).get_json()["data"]["versions"]
    assert [v["change"] for v in versions] == [version_change]


@landed_after_the_parse
def test_sqlite_stages_in_a_temporary_table_that_goes_with_its_job(client, admin, app, run_worker, monkeypatch):
    """On SQLite a job's rows are staged in a temporary table of its own connection, not in bulk_rows
    (whose every row went through the WAL and was deleted under the write lock). The connection is
    discarded with the job, failed or completed, so the next job in the same worker makes its own."""
    from sqlalchemy import text

    from app.publishing.bulk import temp_staging

    seen = []
    take = temp_staging.TempStaging.take

    def take_and_look(self, rows):
        take(self, rows)
        with self.conn.engine.connect() as other:  # (the writer thread has no app context)
            shared = other.execute(text("SELECT count(*) FROM bulk_rows")).scalar()
        seen.append((self.conn.execute(text("SELECT count(*) FROM temp.bulk_staged")).scalar(), shared))

    monkeypatch.setattr(temp_staging.TempStaging, "take", take_and_look)
    make_registry(client, admin)
    jobs = [
        upload(client, admin, _employee_csv(GOOD + BAD), mode="all_or_nothing", record_name_field="employee_id"),
        upload(client, admin, _employee_csv(GOOD), record_name_field="employee_id", publish=True),
        upload(client, admin, _employee_csv(GOOD[:1]), record_name_field="employee_id", publish=True),
    ]
    run_worker(["bulk"])  # one worker, one pool: each job stages in a table of its own
    outcomes = [status(client, admin, r.get_json()["data"]["jobId"])["status"] for r in jobs]
    assert outcomes == ["failed", "completed", "completed"]
    assert seen == [(2, 0), (2, 0), (1, 0)]  # the job's own rows, in its own table; none in bulk_rows
    q = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()
    assert q["data"]["pagination"]["total"] == 2


def test_an_upload_whose_registry_schema_changed_while_the_file_was_read_fails(client, admin, run_worker, monkeypatch):
    """The rows were checked against contract v1; a schema change (v2) landed while the file was read.
    The import had landed them anyway, after the change (on SQLite as records of contract v2, never
    checked against it); now it takes none, and says why."""
    from app.publishing.bulk.importer import Importer

    ns, reg = make_registry(client, admin, schema=SEED_SCHEMA)
    changed = {**SEED_SCHEMA, "properties": {**SEED_SCHEMA["properties"], "nickname": {"type": "string"}}}
    read, answers = Importer.run, {}

    def read_then_change_the_schema(self, lines):
        read(self, lines)

        def change():  # another request, on its own thread, as a user's would come
            r = app_client.patch(f"/dedi/{ns}/registries/{reg}", headers=admin.headers, json={"schema": changed})
            answers["status"] = r.status_code

        changer = threading.Thread(target=change, daemon=True)
        changer.start()
        changer.join(30)

    app_client = client.application.test_client()
    monkeypatch.setattr(Importer, "run", read_then_change_the_schema)
    r = upload(client, admin, SEED_CSV.encode(), record_name_field="employee_id", publish=True)
    run_worker(["bulk"])
    assert answers["status"] == 200
    data = status(client, admin, r.get_json()["data"]["jobId"])
    assert data["status"] == "failed", data
    assert data["error"] == (
        "the registry's schema changed while the file was read (contract v1, now v2): nothing was imported;"
        " upload the file again to check its rows against the new schema"
    )
    versions = client.get(f"/dedi/{ns}/{reg}/versions", headers=admin.headers).get_json()["data"]
    assert versions["versions"] == [] and versions["current_version"] == 0
    found = client.get(f"/dedi/lookup/{ns}/{reg}/EMP123456", headers=admin.headers)
    assert found.status_code == 404
