"""Seed 002 examples replayed verbatim, and each error scenario it lists."""

from tests.factories import EMPLOYEE_SCHEMA

NS_BODY = {
    "name": "employee-directory",
    "description": "Corporate employee information and credentials",
    "meta": {"department": "Human Resources", "company": "Acme Corporation"},
}
REG_BODY = {
    "registry_name": "employee-profiles",
    "description": "Employee profile information including roles and contact details",
    "schema": EMPLOYEE_SCHEMA,
    "meta": {"version": "1.0", "data_classification": "internal"},
}
RECORD = {
    "record_name": "john-doe-profile",
    "description": "Employee profile for John Doe in Engineering",
    "details": {
        "employee_id": "EMP123456",
        "full_name": "John Doe",
        "email": "john.doe@acme.corp",
        "department": "Engineering",
        "hire_date": "2024-01-15",
        "active": True,
    },
    "meta": {"created_by": "hr-system", "data_source": "employee_onboarding_form"},
    "valid_till": "2099-12-31T23:59:59Z",
}
BASE = "/dedi/employee-directory/employee-profiles"


def setup_registry(client, caller):
    r = client.post("/dedi/create-namespace", headers=caller.headers, json=NS_BODY)
    assert r.status_code == 201
    body = r.get_json()
    assert set(body) == {"message", "data"} and body["data"]["namespace_id"].startswith("ns_")
    r = client.post("/dedi/employee-directory/create-registry", headers=caller.headers, json=REG_BODY)
    assert r.status_code == 201 and r.get_json()["data"]["registry_id"].startswith("reg_")
    return body["data"]["namespace_id"]


def test_namespace_registry_draft_publish_lookup(client, make_caller):
    caller = make_caller(("publish",))
    ns_id = setup_registry(client, caller)
    r = client.post(f"{BASE}/save-record-as-draft", headers=caller.headers, json=RECORD)
    assert r.status_code == 201
    assert r.get_json() == {"message": "record saved as draft", "data": {"record_name": "john-doe-profile"}}
    draft = client.get("/dedi/lookup/employee-directory/employee-profiles/john-doe-profile", headers=caller.headers)
    assert draft.status_code == 200 and draft.get_json()["data"]["state"] == "draft"  # not published yet (DeDi)
    jane = {
        **RECORD,
        "record_name": "jane-doe-profile",
        "details": {**RECORD["details"], "employee_id": "EMP123457", "full_name": "Jane Doe"},
    }
    client.post(f"{BASE}/save-record-as-draft", headers=caller.headers, json=jane)
    r = client.post(
        f"{BASE}/publish-records", headers=caller.headers, json={"records": ["john-doe-profile", "jane-doe-profile"]}
    )
    assert r.status_code == 200
    body = r.get_json()
    assert body["message"] == "Records are in publish queue"
    assert body["data"]["count"] == 2 and all(i.startswith("rec_") for i in body["data"]["record_ids"])
    # {namespace} accepts the id as well as the name
    r = client.get(f"/dedi/lookup/{ns_id}/employee-profiles/john-doe-profile", headers=caller.headers)
    assert r.status_code == 200
    data = r.get_json()["data"]
    assert data["details"] == RECORD["details"] and data["state"] == "live"
    assert data["valid_till"] == "2099-12-31T23:59:59Z"
    assert r.headers["Cache-Control"] == "private, max-age=600" and r.headers["ETag"]
    again = client.get(
        f"/dedi/lookup/{ns_id}/employee-profiles/john-doe-profile",
        headers={**caller.headers, "If-None-Match": r.headers["ETag"]},
    )
    assert again.status_code == 304


def test_save_and_publish_at_once(client, admin):
    setup_registry(client, admin)
    r = client.post(f"{BASE}/save-record-as-draft?publish=true", headers=admin.headers, json=RECORD)
    assert r.status_code == 201
    body = r.get_json()
    assert body["message"] == "record created" and body["data"]["record_id"].startswith("rec_")


def test_tag_registries_use_shipped_schemas(client, admin):
    setup_registry(client, admin)
    for tag in ("membership", "public_key", "revoke", "beckn_subscriber", "beckn_subscriber_reference"):
        r = client.post(
            "/dedi/employee-directory/create-registry",
            headers=admin.headers,
            json={"registry_name": f"reg-{tag}", "description": tag, "tag": tag},
        )
        assert r.status_code == 201, r.get_json()
        reg = client.get(f"/dedi/employee-directory/registries/reg-{tag}", headers=admin.headers).get_json()
        assert reg["data"]["schema"]["properties"] and reg["data"]["tag"] == tag


def test_error_scenarios(client, make_caller):
    caller = make_caller(("publish",))
    setup_registry(client, caller)
    h = caller.headers
    # 400: invalid body, schema xor tag, invalid JSON Schema, record failing its schema
    assert client.post("/dedi/create-namespace", headers=h, json={"name": "x"}).status_code == 400
    both = client.post(
        "/dedi/employee-directory/create-registry",
        headers=h,
        json={**REG_BODY, "registry_name": "both", "tag": "membership"},
    )
    assert both.status_code == 400 and both.get_json()["error"] == "invalid_request"
    bad_schema = client.post(
        "/dedi/employee-directory/create-registry",
        headers=h,
        json={**REG_BODY, "registry_name": "bad", "schema": {"type": "nonsense"}},
    )
    assert bad_schema.status_code == 400 and "type" in bad_schema.get_json()["message"]
    invalid = {
        **RECORD,
        "details": {**RECORD["details"], "email": "not-an-email", "employee_id": "X1", "hire_date": "2024-13-45"},
    }
    r = client.post(f"{BASE}/save-record-as-draft", headers=h, json=invalid)
    assert r.status_code == 400
    errors = r.get_json()["details"]["details"]
    assert {"$.email", "$.employee_id", "$.hire_date"} <= set(errors)
    missing = {**RECORD, "details": {"employee_id": "EMP000001"}}
    errors = client.post(f"{BASE}/save-record-as-draft", headers=h, json=missing).get_json()["details"]["details"]
    assert {"$.full_name", "$.email", "$.department"} <= set(errors)
    # 401 / 403
    assert client.post("/dedi/create-namespace", json=NS_BODY).status_code == 401
    reader = make_caller(("read",), tenant_id=caller.tenant_id)
    assert client.post("/dedi/create-namespace", headers=reader.headers, json=NS_BODY).status_code == 403
    # 404: unknown namespace / registry, another tenant's namespace
    assert client.post("/dedi/nope/create-registry", headers=h, json=REG_BODY).status_code == 404
    assert client.get("/dedi/employee-directory/nope/download-sample-csv", headers=h).status_code == 404
    other = make_caller(("publish", "read"))
    r = client.get("/dedi/namespaces/employee-directory", headers=other.headers)
    assert r.status_code == 404 and "Corporate" not in r.get_data(as_text=True)
    # 409: duplicate namespace / registry; publishing a non-draft (a live record without a draft)
    assert client.post("/dedi/create-namespace", headers=h, json=NS_BODY).status_code == 409
    assert client.post("/dedi/employee-directory/create-registry", headers=h, json=REG_BODY).status_code == 409
    client.post(f"{BASE}/save-record-as-draft?publish=true", headers=h, json=RECORD)
    r = client.post(f"{BASE}/publish-records", headers=h, json={"records": ["john-doe-profile"]})
    assert r.status_code == 409 and r.get_json()["details"]["not_draft"] == ["john-doe-profile"]


def test_rate_limited_publish_is_429(client, make_caller):
    # per minute, not per second: four requests fit in a minute however loaded the machine is
    caller = make_caller(("publish",), rate_limit="3/minute")
    codes = [client.get("/dedi/namespaces", headers=caller.headers).status_code for _ in range(4)]
    assert codes[-1] == 429


def test_sample_csv_template(client, admin):
    setup_registry(client, admin)
    r = client.get(f"{BASE}/download-sample-csv", headers=admin.headers)
    assert r.status_code == 200 and r.mimetype == "text/csv"
    assert r.headers["Content-Disposition"] == "attachment; filename=employee-profiles_template.csv"
    assert r.get_data(as_text=True).strip() == "employee_id,full_name,email,department,hire_date,active"
    client.post(
        "/dedi/employee-directory/create-registry",
        headers=admin.headers,
        json={"registry_name": "empty", "description": "no fields", "schema": {"type": "object"}},
    )
    r = client.get("/dedi/employee-directory/empty/download-sample-csv", headers=admin.headers)
    assert r.status_code == 400 and r.get_json()["error"] == "invalid_request"


def test_namespace_list_get_update(client, admin):
    ns_id = setup_registry(client, admin)
    listing = client.get("/dedi/namespaces?page=1&limit=10", headers=admin.headers).get_json()["data"]
    assert listing["pagination"] == {"page": 1, "limit": 10, "total": 1, "pages": 1}
    r = client.patch(f"/dedi/namespaces/{ns_id}", headers=admin.headers, json={"description": "new"})
    assert r.get_json()["data"]["description"] == "new"
    regs = client.get("/dedi/employee-directory/registries", headers=admin.headers).get_json()["data"]
    assert regs["registries"][0]["contract"] == "v1" and regs["registries"][0]["version"] == "v0"
