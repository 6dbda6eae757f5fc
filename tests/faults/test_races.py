"""Issue 16, item 7: twenty identical creates at once, over real HTTP to a threaded server, never
answer 5xx: every racer gets the one resource that won (same id, same status) or a 409. And writes
that race a registry's state change: each is checked on the state read under the registry's lock."""

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


def test_racing_publishes_of_one_name_leave_one_current_row(live, client, admin, current_rows):
    """Twenty publishes of one name at once, each with its own details: each lands as a version of
    its own, and the name keeps one current live row (a publish that read the live row before the
    registry's lock must not close it a second time beside another's)."""
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
    assert current_rows("racer", state="live") == 1, results
    r = client.get(f"/dedi/lookup/{ns}/{reg}/racer", headers=admin.headers)
    assert r.status_code == 200


def _meanwhile(app, monkeypatch, act):
    """Run `act(other_client)` on a thread of its own when this test's request first asks for its
    registry's lock, and wait for it to end: whatever `act` commits lands between that request's
    checks and its lock. `act`'s own request locks as usual."""
    from app.publishing import records, recovery, states

    lock, done = records.lock_registry, []

    def lock_after_the_act(*, session, registry):
        if not done:
            done.append(True)
            other = threading.Thread(target=act, args=(app.test_client(),), daemon=True)
            other.start()
            other.join(60)
        return lock(session=session, registry=registry)

    for module in (records, recovery, states):  # wherever a write finds it
        monkeypatch.setattr(module, "lock_registry", lock_after_the_act)


def test_a_registry_deleted_while_a_publish_is_checked_takes_no_record(client, admin, app, monkeypatch):
    """A publish checks that its registry is live, then locks it. A deletion landing between the two
    had let the publish write a record and a data version into the deleted registry (201); the check
    is made again on the state the lock reads, and the publish answers 409."""
    ns, reg = make_registry(client, admin, ns="race6", reg="people")
    answers = {}

    def delete(other):
        r = other.delete(f"/dedi/{ns}/{reg}/delete-registry", headers=admin.headers, json={"reason": "gone"})
        answers["delete"] = r.status_code

    _meanwhile(app, monkeypatch, delete)
    url = f"/dedi/{ns}/{reg}/save-record-as-draft?publish=true"
    r = client.post(url, headers=admin.headers, json={"record_name": "late", "details": employee(1)})
    assert answers["delete"] == 200
    assert r.status_code == 409, r.get_json()
    assert r.get_json()["details"]["current_state"] == "deleted"
    versions = client.get(f"/dedi/{ns}/{reg}/versions", headers=admin.headers).get_json()["data"]["versions"]
    assert [v["change"] for v in versions] == ["delete_registry"]


def test_two_inactivations_at_once_make_one_version(client, admin, app, monkeypatch):
    """Each inactivation checked the registry was live before it locked: two at once both passed, and
    the registry took two `inactivate` versions (each announced to subscribers). The second now
    finds it inactive under the lock and answers 409."""
    ns, reg = make_registry(client, admin, ns="race7", reg="people")
    answers = {}

    def inactivate(other):
        answers["first"] = other.post(f"/dedi/{ns}/{reg}/inactivate-registry", headers=admin.headers).status_code

    _meanwhile(app, monkeypatch, inactivate)
    r = client.post(f"/dedi/{ns}/{reg}/inactivate-registry", headers=admin.headers)
    assert answers["first"] == 200
    assert r.status_code == 409, r.get_json()
    versions = client.get(f"/dedi/{ns}/{reg}/versions", headers=admin.headers).get_json()["data"]["versions"]
    assert [v["change"] for v in versions] == ["inactivate"]
