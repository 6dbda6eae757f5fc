"""Data versions (history read back exactly), schema contracts, expiry, queries."""

from datetime import UTC, datetime, timedelta

from tests.factories import EMPLOYEE_SCHEMA, employee, make_registry, publish

Q = "/dedi/query/employee-directory/employee-profiles"
R = "/dedi/employee-directory/employee-profiles"


def names_at(client, caller, version):
    r = client.get(f"{Q}?as_of={version}&limit=100", headers=caller.headers)
    assert r.status_code == 200, r.get_json()
    return {rec["record_name"]: rec["details"] for rec in r.get_json()["data"]["records"]}


def test_publish_update_delete_history_reads_back_exactly(client, admin):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(1))  # v1
    publish(client, admin, ns, reg, "b", employee(2))  # v2
    r = client.patch(
        f"{R}/records/a", headers=admin.headers, json={"details": employee(1, full_name="Alice Renamed")}
    )  # v3
    assert r.status_code == 200 and r.get_json()["data"]["version"] == 3
    assert client.delete(f"{R}/records/b", headers=admin.headers).get_json()["data"]["version"] == 4
    assert names_at(client, admin, "v1") == {"a": employee(1)}
    assert names_at(client, admin, "2") == {"a": employee(1), "b": employee(2)}
    assert names_at(client, admin, "v3") == {"a": employee(1, full_name="Alice Renamed"), "b": employee(2)}
    assert names_at(client, admin, "latest") == {"a": employee(1, full_name="Alice Renamed")}
    assert client.get(f"{Q}?as_of=v99", headers=admin.headers).status_code == 404
    history = client.get(f"{R}/versions", headers=admin.headers).get_json()["data"]
    assert [v["change"] for v in history["versions"]] == ["publish", "publish", "update", "revoke"]
    assert history["current_version"] == 4
    # as_of an ISO time maps to the version current at that time
    t2 = history["versions"][1]["created_at"]
    assert set(names_at(client, admin, t2)) == {"a", "b"}


def test_query_filters_search_and_paging(client, admin):
    ns, reg = make_registry(client, admin)
    for i in range(1, 7):
        publish(client, admin, ns, reg, f"person-{i}", employee(i))
    r = client.get(f"{Q}?details.department=HR", headers=admin.headers).get_json()["data"]
    assert {x["record_name"] for x in r["records"]} == {"person-1", "person-4"}
    r = client.get(f"{Q}?details.active=true&limit=2&page=1", headers=admin.headers).get_json()["data"]
    assert r["pagination"] == {"page": 1, "limit": 2, "total": 3, "pages": 2}
    r = client.get(f"{Q}?search=person-5", headers=admin.headers).get_json()["data"]
    assert [x["record_name"] for x in r["records"]] == ["person-5"]
    assert client.get(f"{Q}?details.nope=1", headers=admin.headers).status_code == 400
    assert client.get(f"{Q}?limit=1000", headers=admin.headers).status_code == 400


def test_schema_evolution_additive_breaking_dry_run(client, admin):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(3))
    publish(client, admin, ns, reg, "b", employee(2, department="HR"))
    additive = {**EMPLOYEE_SCHEMA, "properties": {**EMPLOYEE_SCHEMA["properties"], "nickname": {"type": "string"}}}
    r = client.patch(f"/dedi/{ns}/registries/{reg}", headers=admin.headers, json={"schema": additive})
    assert r.status_code == 200 and r.get_json()["data"]["contract"] == "v2"
    breaking = {
        **additive,
        "properties": {**additive["properties"], "department": {"type": "string", "enum": ["Engineering"]}},
    }
    dry = client.patch(f"/dedi/{ns}/registries/{reg}?dry_run=true", headers=admin.headers, json={"schema": breaking})
    assert dry.status_code == 200
    report = dry.get_json()["data"]
    assert report["failing_records"] == 1 and report["failing_record_names"] == ["b"]
    assert report["applied"] is False and report["breaking_changes"]
    r = client.patch(f"/dedi/{ns}/registries/{reg}", headers=admin.headers, json={"schema": breaking})
    assert r.status_code == 409 and r.get_json()["error"] == "version_conflict"
    assert "enum" in r.get_json()["details"]["incompatibilities"][0]
    got = client.get(f"/dedi/{ns}/registries/{reg}", headers=admin.headers).get_json()["data"]
    assert got["contract"] == "v2"
    r = client.patch(f"/dedi/{ns}/registries/{reg}?force=true", headers=admin.headers, json={"schema": breaking})
    assert r.status_code == 200 and r.get_json()["data"]["contract"] == "v3"
    lookup = client.get(f"/dedi/lookup/{ns}/{reg}/a", headers=admin.headers).get_json()["data"]
    assert lookup["contract"] == "v1"  # records remember the contract they were validated against


def test_passed_valid_till_reads_as_expired_and_leaves_query_and_csv(client, admin, app):
    ns, reg = make_registry(client, admin)
    soon = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
    publish(client, admin, ns, reg, "short-lived", employee(1), valid_till=soon)
    publish(client, admin, ns, reg, "stays", employee(2))
    assert client.get(f"/dedi/lookup/{ns}/{reg}/short-lived", headers=admin.headers).status_code == 200
    import time

    time.sleep(1.2)
    lookup = client.get(f"/dedi/lookup/{ns}/{reg}/short-lived", headers=admin.headers)
    assert lookup.status_code == 200 and lookup.get_json()["data"]["state"] == "expired"  # as DeDi answers
    assert set(names_at(client, admin, "latest")) == {"stays"}
    csv_text = client.get(f"{R}/export-as-csv", headers=admin.headers).get_data(as_text=True)
    assert "short-lived" not in csv_text and "stays" in csv_text


def test_record_ttl_sets_cache_control(client, admin):
    ns, reg = make_registry(client, admin)
    publish(client, admin, ns, reg, "a", employee(1), ttl=86400)
    r = client.get(f"/dedi/lookup/{ns}/{reg}/a", headers=admin.headers)
    assert r.headers["Cache-Control"] == "private, max-age=86400"
    r = client.patch(
        f"/dedi/{ns}/registries/{reg}",
        headers=admin.headers,
        json={"description": "User session data", "tag": "custom", "ttl": 86400, "meta": {}},
    )
    assert r.status_code == 200 and r.get_json()["data"]["ttl"] == 86400


def test_as_of_takes_every_real_calendar_date_and_refuses_impossible_ones(client, admin):
    """as_of took days 01-28 only: on the 29th to the 31st of a month, `as_of=<today>` was a 400."""
    make_registry(client, admin)
    publish(client, admin, "employee-directory", "employee-profiles", "a", employee(1))
    for day in ("2026-11-29", "2026-12-31T23:59:59Z", "2024-02-29", "2000-02-29", "2026-04-30T10:00:00+05:30"):
        r = client.get(f"{Q}?as_of={day.replace('+', '%2B')}", headers=admin.headers)
        assert r.status_code in (200, 404), (day, r.get_json())  # 404: before the registry's first version
    for day in ("2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-11-32"):
        r = client.get(f"{Q}?as_of={day}", headers=admin.headers)
        assert r.status_code == 400 and "as_of" in r.get_json()["details"]["query"], day
