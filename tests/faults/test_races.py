"""Issue 16, item 7: twenty identical creates at once, over real HTTP to a threaded server, never
answer 5xx: every racer gets the one resource that won (same id, same status) or a 409."""

import threading
from concurrent.futures import ThreadPoolExecutor

import requests

from tests.dashboards.conftest import API as DASHBOARDS
from tests.dashboards.conftest import definition
from tests.factories import employee, make_registry, publish

RACERS = 20
STORE = "/api/v1/storage/published"
JOBS = "/api/v1/data-consumption/exports/jobs"


def race(url, headers, body):
    """POST the same body RACERS times, released together; returns [(status, json)]."""
    gate = threading.Barrier(RACERS)

    def one(_):
        with requests.Session() as http:
            gate.wait()
            r = http.post(url, headers=headers, json=body, timeout=60)
            return r.status_code, r.json()

    with ThreadPoolExecutor(RACERS) as pool:
        return list(pool.map(one, range(RACERS)))


def no_5xx(results):
    assert all(status < 500 for status, _ in results), [(s, b) for s, b in results if s >= 500][:3]


def test_identical_namespace_and_registry_creates(live, client, admin):
    results = race(f"{live}/dedi/create-namespace", admin.headers, {"name": "racing", "description": "d"})
    no_5xx(results)
    assert sorted({s for s, _ in results}) in ([201], [201, 409], [409])
    assert [s for s, _ in results].count(201) == 1
    results = race(
        f"{live}/dedi/racing/create-registry",
        admin.headers,
        {"registry_name": "laps", "description": "d", "schema": {"type": "object"}},
    )
    no_5xx(results)
    assert [s for s, _ in results].count(201) == 1 and {s for s, _ in results} <= {201, 409}


def test_identical_records_snapshots_and_export_jobs(live, client, admin, app):
    ns, reg = make_registry(client, admin, ns="race2", reg="orders")
    results = race(
        f"{live}/dedi/{ns}/{reg}/save-record-as-draft?publish=true",
        admin.headers,
        {"record_name": "same", "description": "d", "details": employee(1)},
    )
    no_5xx(results)
    assert any(200 <= s < 300 for s, _ in results)
    publish(client, admin, ns, reg, "other", employee(2))
    results = race(f"{live}{STORE}/snapshots", admin.headers, {"dataset": f"{ns}/{reg}", "format": "csv"})
    no_5xx(results)
    assert {s for s, _ in results} == {202}
    assert len({b["snapshot_id"] for _, b in results}) == 1
    target = f"file://{app.config['EXPORT_ROOTS'][0]}/race"
    results = race(f"{live}{JOBS}", admin.headers, {"dataset": f"{ns}/{reg}", "format": "jsonl", "target": target})
    no_5xx(results)
    assert {s for s, _ in results} == {202}
    assert len({b["export_id"] for _, b in results}) == 1


def test_identical_dashboards_and_share_links(live, client, admin):
    ns, reg = make_registry(client, admin, ns="hr", reg="staff")
    publish(client, admin, ns, reg, "e1", employee(1))
    results = race(f"{live}{DASHBOARDS}/definitions", admin.headers, definition("racing_board"))
    no_5xx(results)
    assert any(s == 200 for s, _ in results)
    results = race(f"{live}{DASHBOARDS}/share", admin.headers, {"dashboard_id": "racing_board", "expires_in_s": 3600})
    no_5xx(results)
    assert all(s == 200 for s, _ in results), results[:2]  # each racer gets a link of its own


def test_twenty_posts_with_one_idempotency_key(live, client, admin):
    """One creates, the rest replay it or are told it is still in flight (409); none is a 5xx."""
    headers = {**admin.headers, "Idempotency-Key": "same-key-race"}
    results = race(f"{live}/dedi/create-namespace", headers, {"name": "keyed", "description": "d"})
    no_5xx(results)
    assert {s for s, _ in results} <= {201, 409}
    created = [b for s, b in results if s == 201]
    assert created and all(b == created[0] for b in created)  # the one response, replayed
    listed = client.get("/dedi/namespaces", headers=admin.headers).get_json()["data"]["namespaces"]
    assert [n["name"] for n in listed] == ["keyed"]


def test_racing_publishes_of_one_name_leave_one_current_row(live, client, admin, app):
    """Twenty publishes of one name at once, each with its own details: each lands as a version of
    its own, and the name keeps one current live row (a publish that read the live row before the
    registry's lock must not close it a second time beside another's)."""
    from sqlalchemy import func, select

    from app.extensions import db
    from app.publishing.models import Record

    ns, reg = make_registry(client, admin, ns="race5", reg="people")
    publish(client, admin, ns, reg, "racer", employee(0))
    gate = threading.Barrier(RACERS)

    def one(i):
        with requests.Session() as http:
            gate.wait()
            r = http.post(
                f"{live}/dedi/{ns}/{reg}/save-record-as-draft?publish=true",
                headers=admin.headers,
                json={"record_name": "racer", "description": "d", "details": employee(i + 1)},
                timeout=60,
            )
            return r.status_code, r.json()

    with ThreadPoolExecutor(RACERS) as pool:
        results = list(pool.map(one, range(RACERS)))
    no_5xx(results)
    with app.app_context():
        current = db.session.scalar(
            select(func.count()).where(Record.name == "racer", Record.version_to.is_(None), Record.state == "live")
        )
    assert current == 1, results
    r = client.get(f"/dedi/lookup/{ns}/{reg}/racer", headers=admin.headers)
    assert r.status_code == 200
