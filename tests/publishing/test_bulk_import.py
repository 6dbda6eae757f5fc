"""Issue 21: POST /dedi/bulk-import streams a CSV from object storage (s3://, a bucket on the tenant's
allow-list) or a shared disk (file:// under IMPORT_ROOTS, each tenant in its own directory) through
the same job as a bulk upload: progress, counts, failed-rows report. Bad locations answer 400, a
missing file 404, and the sweep that purges uploads never deletes a tenant's own source."""

import os
from datetime import timedelta

from app.core.db import utcnow
from app.extensions import db
from app.maintenance.sweeps import purge_job_files
from tests.exports.conftest import s3, s3_server  # noqa: F401  (the moto S3 server fixtures)
from tests.factories import make_registry

HEADER = "employee_id,full_name,email,department,hire_date,active\n"
ROWS = "".join(f"EMP{i:06d},Person {i},p{i}@acme.corp,Sales,2024-01-15,true\n" for i in range(1, 6))
BAD = "EMP000099,Broken,not-an-email,Sales,2024-01-15,true\n"


def tenant_dir(app, caller):
    path = os.path.join(app.config["IMPORT_ROOTS"][0], caller.tenant_id)
    os.makedirs(path, exist_ok=True)
    return path


def start(client, caller, source, **extra):
    body = {"namespace": "hr", "registry_name": "people", "source": source, "record_name_field": "employee_id"}
    return client.post("/dedi/bulk-import", headers=caller.headers, json={**body, **extra})


def finished(client, caller, r, run_worker):
    assert r.status_code == 202, r.get_json()
    run_worker(["bulk"])
    return client.get(r.get_json()["data"]["statusCheckUrl"], headers=caller.headers).get_json()["data"]


def test_a_file_under_the_import_root_is_imported_with_its_failed_rows(client, app, admin, run_worker):
    make_registry(client, admin, ns="hr", reg="people")
    path = os.path.join(tenant_dir(app, admin), "people.csv")
    with open(path, "w") as fh:
        fh.write(HEADER + ROWS + BAD)
    r = start(client, admin, f"file://{path}")
    assert r.get_json()["data"]["jobId"].startswith("job_")
    status = finished(client, admin, r, run_worker)
    assert status["status"] == "completed", status
    assert (status["totalEntries"], status["validEntries"], status["failedEntries"]) == (6, 5, 1)
    failed = client.get(status["failedEntriesUrl"], headers=admin.headers)
    assert failed.status_code == 200 and "EMP000099" in failed.get_data(as_text=True)
    assert client.get("/dedi/lookup/hr/people/EMP000003", headers=admin.headers).status_code == 200
    # the purge of finished jobs' files leaves the tenant's own source alone
    with app.app_context():
        purged = purge_job_files(session=db.session, now=utcnow() + timedelta(days=365), retention_s=1)
        db.session.commit()
    assert purged >= 1 and os.path.exists(path)


def test_bad_locations_are_400_and_a_missing_file_404(client, app, admin, make_caller):
    make_registry(client, admin, ns="hr", reg="people")
    mine = tenant_dir(app, admin)
    other = make_caller(("admin",))
    theirs = os.path.join(tenant_dir(app, other), "secret.csv")
    with open(theirs, "w") as fh:
        fh.write(HEADER + ROWS)
    outside = os.path.join(os.path.dirname(app.config["IMPORT_ROOTS"][0]), "outside.csv")
    with open(outside, "w") as fh:
        fh.write(HEADER + ROWS)
    for source in (
        f"file://{outside}",  # not under an import root
        f"file://{mine}/../{other.tenant_id}/secret.csv",  # traversal
        "http://127.0.0.1/people.csv",  # another scheme
        "s3://not-allowed-bucket/people.csv",  # a bucket the tenant was not given
        f"file://{mine}/people.csv?x=1",
    ):
        r = start(client, admin, source)
        assert r.status_code == 400 and r.get_json()["details"]["source"], (source, r.get_json())
    # naming another tenant's directory means one's own: that file is not there
    r = start(client, admin, f"file://{app.config['IMPORT_ROOTS'][0]}/{other.tenant_id}/secret.csv")
    assert r.status_code == 404 and "Person" not in r.get_data(as_text=True), r.get_json()
    assert start(client, admin, f"file://{mine}/missing.csv").status_code == 404
    assert start(client, admin, f"file://{mine}").status_code == 404  # a directory is no file
    # the registry is checked first, and its state
    assert start(client, admin, f"file://{mine}/x.csv", registry_name="nope").status_code == 404


def test_an_s3_object_on_an_allowed_bucket_is_streamed(client, app, admin, run_worker, s3):  # noqa: F811
    bucket, boto = s3
    make_registry(client, admin, ns="hr", reg="people")
    boto.put_object(Bucket=bucket, Key="drops/people.csv", Body=(HEADER + ROWS).encode())
    app.config["S3_ALLOWED_BUCKETS"] = [bucket]
    try:
        status = finished(client, admin, start(client, admin, f"s3://{bucket}/drops/people.csv"), run_worker)
        assert status["status"] == "completed" and status["validEntries"] == 5, status
        assert start(client, admin, f"s3://{bucket}/drops/nope.csv").status_code == 404
    finally:
        app.config["S3_ALLOWED_BUCKETS"] = []
    assert start(client, admin, f"s3://{bucket}/drops/people.csv").status_code == 400  # off the allow-list again
