"""Issue 19: GET /dedi/{ns}/{reg}/changes?since_version=N — ordered change events with a cursor, so a
consumer syncs incrementally."""

from tests.factories import employee, make_registry, publish

NS, REG = "employee-directory", "employee-profiles"
FEED = f"/dedi/{NS}/{REG}/changes"


def feed(client, caller, query=""):
    r = client.get(f"{FEED}{query}", headers=caller.headers)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]


def test_every_kind_of_change_in_order_and_a_consumer_syncs_page_by_page(client, admin):
    make_registry(client, admin)
    h = admin.headers
    publish(client, admin, NS, REG, "a", employee(1))  # v1 published
    publish(client, admin, NS, REG, "b", employee(2))  # v2 published
    client.patch(f"/dedi/{NS}/{REG}/records/a", headers=h, json={"details": employee(1, full_name="A2")})  # v3
    client.delete(f"/dedi/{NS}/{REG}/records/b", headers=h)  # v4 revoked
    client.delete(f"/dedi/{NS}/{REG}/delete-records", headers=h, json={"records": ["a"]})  # v5 deleted
    item = {"namespace_id": NS, "registry_name": REG, "record_name": "a"}
    client.post("/dedi/restore/records", headers=h, json={"records": [item]})  # v6 restored
    publish(client, admin, NS, REG, "b", employee(2, full_name="B again"))  # v7 published (a new life)
    everything = feed(client, admin)
    assert everything["current_version"] == 7 and everything["next_cursor"] is None
    got = [(e["version"], e["type"], e["record_name"], e["state"]) for e in everything["events"]]
    assert got == [
        (1, "published", "a", "live"),
        (2, "published", "b", "live"),
        (3, "updated", "a", "live"),
        (4, "revoked", "b", "revoked"),
        (5, "deleted", "a", "deleted"),
        (6, "restored", "a", "live"),
        (7, "published", "b", "live"),
    ]
    assert everything["events"][2]["details"]["full_name"] == "A2"
    # page by page with the cursor: the same events, none twice, none missed
    seen, cursor = [], ""
    while True:
        page = feed(client, admin, f"?since_version=2&limit=2{cursor}")
        seen += [(e["version"], e["record_name"]) for e in page["events"]]
        if page["next_cursor"] is None:
            break
        cursor = f"&cursor={page['next_cursor']}"
    assert seen == [(v, n) for v, _, n, _ in got if v > 2]
    assert feed(client, admin, "?since_version=7")["events"] == []


def test_a_bulk_version_pages_through_and_bad_input_is_refused(client, admin, make_caller):
    make_registry(client, admin)
    for i in range(5):
        publish(client, admin, NS, REG, f"r{i}", employee(i))
    names = [e["record_name"] for e in feed(client, admin, "?limit=3")["events"]]
    assert names == ["r0", "r1", "r2"]
    assert client.get(f"{FEED}?since_version=99", headers=admin.headers).status_code == 404
    assert client.get(f"{FEED}?cursor=nonsense", headers=admin.headers).status_code == 400
    assert client.get(f"{FEED}?limit=0", headers=admin.headers).status_code == 400
    assert client.get(f"{FEED}?since=1", headers=admin.headers).status_code == 400  # unknown parameter
    other = make_caller(("read",))
    assert client.get(FEED, headers=other.headers).status_code == 404
