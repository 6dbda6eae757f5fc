"""Issue 21, the scale-out shape: a web app and two workers, each with a working directory and a
var directory of its own, share only the database, Redis and an S3 artifact store (the moto server
the export tests use). Upload -> snapshot -> export -> download -> render all succeed, and none of
them leaves a file on a local disk: nothing assumes one that web and workers share."""

import io
import time
import uuid

import boto3
import pyarrow.parquet as pq

from app import create_app
from tests.dashboards.conftest import definition
from tests.exports.conftest import s3_server  # noqa: F401  (the moto S3 server fixture)
from tests.factories import make_registry

CSV = "employee_id,full_name,email,department,hire_date,active\n" + "".join(
    f"EMP{i:06d},Person {i},p{i}@acme.corp,{('Engineering', 'HR', 'Sales')[i % 3]},2024-01-15,true\n"
    for i in range(1, 301)
)


def until(fetch, done, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = fetch()
        if done(value):
            return value
        time.sleep(0.2)
    raise AssertionError(f"not done in {timeout} s: {value}")


def local_files(*dirs):
    return sorted(str(p) for d in dirs for p in d.rglob("*") if p.is_file() and not p.name.endswith(".log"))


def test_web_and_two_workers_share_only_the_database_redis_and_s3(app, s3_server, workers, tmp_path, make_caller):  # noqa: F811
    bucket = f"shared-{uuid.uuid4().hex[:10]}"
    s3 = {"S3_ENDPOINT_URL": s3_server, "S3_KEY": "test", "S3_SECRET": "test", "S3_ALLOWED_BUCKETS": bucket}
    boto3.client(
        "s3", endpoint_url=s3_server, aws_access_key_id="test", aws_secret_access_key="test", region_name="us-east-1"
    ).create_bucket(Bucket=bucket)
    shared = {
        "ARTIFACT_ROOT": f"s3://{bucket}/artifacts",
        "EXPORT_ROOTS": str(tmp_path / "exports-unused"),
        "IMPORT_ROOTS": str(tmp_path / "imports-unused"),
        **s3,
    }
    homes = [tmp_path / name for name in ("web", "worker-1", "worker-2")]
    for home in homes:
        (home / "var").mkdir(parents=True)
    web = create_app(
        {
            "TESTING": True,
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "REDIS_URL": app.config["REDIS_URL"],
            "VAR_DIR": str(homes[0] / "var"),
            **shared,
            "S3_ALLOWED_BUCKETS": [bucket],
            "EXPORT_ROOTS": [shared["EXPORT_ROOTS"]],
            "IMPORT_ROOTS": [shared["IMPORT_ROOTS"]],
        }
    )
    for home in homes[1:]:
        workers([], cwd=home, DATAJETTY_VAR_DIR=str(home / "var"), **shared)
    client, caller = web.test_client(), make_caller(("admin",))
    h = caller.headers
    ns, reg = make_registry(client, caller, ns="scale", reg="people")
    # upload: the web app stores the file in S3, a worker reads it from there
    r = client.post(
        "/dedi/bulk-upload",
        headers=h,
        content_type="multipart/form-data",
        data={
            "namespace": ns,
            "registry_name": reg,
            "record_name_field": "employee_id",
            "file": (io.BytesIO(CSV.encode()), "p.csv"),
        },
    )
    assert r.status_code == 202, r.get_json()
    status = until(
        lambda: client.get(r.get_json()["data"]["statusCheckUrl"], headers=h).get_json()["data"],
        lambda s: s["status"] in ("completed", "failed"),
    )
    assert status["status"] == "completed" and status["validEntries"] == 300, status
    # snapshot: built by a worker into S3
    sid = client.post("/api/v1/storage/published/snapshots", headers=h, json={"dataset": f"{ns}/{reg}"}).get_json()
    snap = until(
        lambda: client.get(f"/api/v1/storage/published/snapshots/{sid['snapshot_id']}", headers=h).get_json()["data"],
        lambda s: s["status"] in ("ready", "failed"),
    )
    assert snap["status"] == "ready", snap
    # export: a worker copies from the artifact store to the target
    made = client.post(
        "/api/v1/data-consumption/exports/jobs",
        headers=h,
        json={"dataset": f"{ns}/{reg}", "target": f"s3://{bucket}/out"},
    )
    assert made.status_code == 202, made.get_json()
    export = until(
        lambda: client.get(
            f"/api/v1/data-consumption/exports/jobs/{made.get_json()['export_id']}", headers=h
        ).get_json(),
        lambda e: e["status"] in ("done", "failed"),
    )
    assert export["status"] == "done", export
    # download and render: the web app reads what a worker wrote
    download = client.get(f"/api/v1/storage/published/snapshots/{sid['snapshot_id']}/download", headers=h)
    assert download.status_code == 200 and pq.read_table(io.BytesIO(download.data)).num_rows == 300
    assert (
        client.post(
            "/api/v1/data-consumption/dashboards/definitions",
            headers=h,
            json=definition("scale", dataset=f"{ns}/{reg}"),
        ).status_code
        == 200
    )
    rendered = client.post("/api/v1/data-consumption/dashboards/render", headers=h, json={"dashboard_id": "scale"})
    assert rendered.status_code == 200, rendered.get_json()
    # and no process kept a file of it on a local disk
    assert local_files(*homes) == []
