"""Hostile and malformed input: each answers its documented 4xx and nothing is stored."""

import io

import pytest

from tests.factories import make_registry

STORE = "/api/v1/storage/published"


def count_namespaces(client, caller):
    return client.get("/dedi/namespaces", headers=caller.headers).get_json()["data"]["pagination"]["total"]


@pytest.mark.parametrize(
    "body,status",
    [
        (b"{not json", 400),
        (b'{"name": "x", "description": 5}', 400),
        (b'{"name": "' + b"a" * 1_000_000 + b'", "description": "d"}', 400),
        (b"[" * 10_000 + b"]" * 10_000, 400),
        (b'{"name": "nul\\u0000", "description": "d"}', 400),
        (b'{"name": "bad-\xff\xfe", "description": "d"}', 400),
    ],
)
def test_malformed_json_is_rejected_and_nothing_stored(client, admin, body, status):
    r = client.post("/dedi/create-namespace", headers={**admin.headers, "Content-Type": "application/json"}, data=body)
    assert r.status_code == status and r.is_json and r.get_json()["error"] == "invalid_request"
    assert count_namespaces(client, admin) == 0


def test_the_text_backslash_u0000_is_not_a_nul(client, admin):
    """An escaped backslash before "u0000" is six ordinary characters, stored as sent; a real NUL is not."""
    body = b'{"name": "text-nul", "description": "C strings end at \\\\u0000"}'
    r = client.post("/dedi/create-namespace", headers={**admin.headers, "Content-Type": "application/json"}, data=body)
    assert r.status_code == 201, r.get_json()
    listed = client.get("/dedi/namespaces", headers=admin.headers).get_json()["data"]
    assert listed["namespaces"][0]["description"] == "C strings end at \\u0000"
    body = b'{"name": "real-nul", "description": "\\\\\\u0000"}'  # an escaped backslash, then a NUL escape
    r = client.post("/dedi/create-namespace", headers={**admin.headers, "Content-Type": "application/json"}, data=body)
    assert r.status_code == 400 and count_namespaces(client, admin) == 1


def test_body_over_the_json_limit_is_413(client, admin, app):
    limit = app.config["JSON_BODY_LIMIT"]
    body = b'{"name": "x", "description": "' + b"a" * limit + b'"}'
    r = client.post("/dedi/create-namespace", headers={**admin.headers, "Content-Type": "application/json"}, data=body)
    assert r.status_code == 413 and r.get_json()["error"] == "payload_too_large"


@pytest.mark.parametrize(
    "query",
    [
        "sort_by=name;DROP TABLE snapshots",
        "sort_by=created_at&sort_order=sideways",
        "limit=1000000000",
        "offset=-1",
        "status=ready' OR '1'='1",
        "created_after=yesterday",
        "version=v1;--",
    ],
)
def test_list_parameters_are_validated(client, admin, query):
    r = client.get(f"{STORE}/snapshots?{query}", headers=admin.headers)
    assert r.status_code == 400 and r.get_json()["error"] == "invalid_request"


def test_sql_metacharacters_in_filters_are_just_values(client, admin):
    make_registry(client, admin)
    for value in ("' OR 1=1 --", "%", "_", "\\", "Robert'); DROP TABLE records;--"):
        r = client.get(
            "/dedi/query/employee-directory/employee-profiles",
            headers=admin.headers,
            query_string={"details.department": value, "search": value},
        )
        assert r.status_code == 200 and r.get_json()["data"]["pagination"]["total"] == 0
    assert client.get("/dedi/employee-directory/registries", headers=admin.headers).status_code == 200


def test_csv_with_a_million_columns_or_a_huge_field_fails_the_job_cleanly(client, admin, run_worker):
    make_registry(client, admin)
    wide = ",".join(f"c{i}" for i in range(1_000_000)).encode() + b"\n"
    huge = b"employee_id,full_name,email,department\nEMP000001," + b"x" * (50 * 1024 * 1024) + b",a@b.io,HR\n"
    ids = []
    for content in (wide, huge):
        r = client.post(
            "/dedi/bulk-upload",
            headers=admin.headers,
            content_type="multipart/form-data",
            data={
                "namespace": "employee-directory",
                "registry_name": "employee-profiles",
                "file": (io.BytesIO(content), "x.csv"),
            },
        )
        assert r.status_code == 202
        ids.append(r.get_json()["data"]["jobId"])
    run_worker(["bulk"])
    for job_id in ids:
        data = client.get(f"/dedi/bulk-upload/status/{job_id}", headers=admin.headers).get_json()["data"]
        assert data["status"] in ("failed", "completed") and data["validEntries"] == 0, data
    q = client.get("/dedi/query/employee-directory/employee-profiles", headers=admin.headers).get_json()
    assert q["data"]["pagination"]["total"] == 0
