"""Issue 19: subscriptions (DeDi's watch) — subscribe, unsubscribe, list, receipts — delivered with the
exports' webhook machinery: SSRF guard, Standard Webhooks signing, retries, one receipt per attempt."""

import hashlib
import hmac
import time

from standardwebhooks.webhooks import Webhook

from tests.factories import employee, make_registry, publish

NS, REG = "employee-directory", "employee-profiles"
SECRET = "any string at all, as DeDi allows"


def subscribe(client, caller, url, **body):
    return client.post(
        "/dedi/subscribe",
        headers=caller.headers,
        json={"namespace": NS, "webhook_url": url, "webhook_secret": SECRET, **body},
    )


def deliveries(client, caller, sub_id):
    r = client.get(f"/dedi/subscriptions/{sub_id}/deliveries", headers=caller.headers)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]["deliveries"]


def test_a_registry_watch_gets_signed_events_for_its_changes(client, admin, run_worker, receiver):
    make_registry(client, admin)
    make_registry(client, admin, reg="elsewhere")
    r = subscribe(client, admin, receiver.url, registry_name=REG)
    assert r.status_code == 201, r.get_json()
    body = r.get_json()
    assert body["message"] == "Successfully subscribed to watch"
    sub = body["data"]
    assert (sub["type"], sub["registry_name"], sub["record_name"], sub["is_active"]) == ("registry", REG, None, True)
    assert sub["webhook_secret"] == SECRET and sub["id"].startswith("sub_")
    record_id = publish(client, admin, NS, REG, "a", employee(1))  # v1: version.created + record.published
    publish(client, admin, NS, "elsewhere", "x", employee(2))  # another registry: not this watch's
    client.delete(f"/dedi/{NS}/{REG}/records/a", headers=admin.headers)  # v2: version.created + record.revoked
    run_worker(["webhooks"])
    events = [(e["event_type"], e["record_name"], e["data"].get("version")) for e in receiver.events()]
    assert sorted(events, key=lambda e: (e[2], e[0])) == [
        ("record.published", "a", 1),
        ("version.created", None, 1),
        ("record.revoked", "a", 2),
        ("version.created", None, 2),
    ]
    published = next(e for e in receiver.events() if e["event_type"] == "record.published")
    assert published["registry_name"] == REG and published["namespace"] == NS
    assert published["event_data"]["record_id"] == record_id and published["subscription_id"] == sub["id"]
    # signed per Standard Webhooks with the secret's bytes, and with DeDi's sha256= HMAC of the body
    for sent in receiver.requests:
        Webhook(SECRET.encode()).verify(sent["body"], sent["headers"])
        digest = hmac.new(SECRET.encode(), sent["body"].encode(), hashlib.sha256).hexdigest()
        assert sent["headers"]["dedi-signature"] == f"sha256={digest}"
    receipts = deliveries(client, admin, sub["id"])
    assert len(receipts) == 4 and {r["status"] for r in receipts} == {"delivered"}
    listed = client.get("/dedi/subscriptions", headers=admin.headers).get_json()["data"]
    assert [s["id"] for s in listed] == [sub["id"]] and "webhook_secret" not in listed[0]


def test_record_tag_and_namespace_scopes_and_the_events_filter(client, admin, run_worker, receiver, app):
    make_registry(client, admin)
    members = {"registry_name": "members", "description": "m", "tag": "membership"}
    assert client.post(f"/dedi/{NS}/create-registry", headers=admin.headers, json=members).status_code == 201
    one = subscribe(client, admin, receiver.url + "/record", registry_name=REG, record_name="a").get_json()["data"]
    tag = subscribe(client, admin, receiver.url + "/tag", registry_tag="membership").get_json()["data"]
    ns = subscribe(client, admin, receiver.url + "/ns", events=["snapshot.ready", "export.done"]).get_json()["data"]
    assert (one["type"], tag["type"], ns["type"]) == ("record", "tag", "namespace")
    publish(client, admin, NS, REG, "a", employee(1))
    publish(client, admin, NS, REG, "b", employee(2))
    member = {"record_name": "m1", "details": {"member_id": "m1", "name": "M", "status": "active"}}
    client.post(f"/dedi/{NS}/members/save-record-as-draft?publish=true", headers=admin.headers, json=member)
    snap = client.post(
        "/api/v1/storage/published/snapshots", headers=admin.headers, json={"dataset": f"{NS}/{REG}"}
    ).get_json()
    run_worker(["snapshots", "webhooks"])
    by_path = {}
    for sent, event in zip(receiver.requests, receiver.events(), strict=True):
        by_path.setdefault(sent["path"], []).append((event["event_type"], event["record_name"]))
    assert by_path["/hook/record"] == [("record.published", "a")]
    assert sorted(by_path["/hook/tag"]) == [("record.published", "m1"), ("version.created", None)]
    assert by_path["/hook/ns"] == [("snapshot.ready", None)]
    ready = next(e for e in receiver.events() if e["event_type"] == "snapshot.ready")
    assert ready["data"]["snapshot_id"] == snap["snapshot_id"] and ready["data"]["row_count"] == 2


def test_refusals_name_what_is_wrong(client, admin, make_caller, receiver):
    make_registry(client, admin)
    cases = [
        ({"registry_name": "nope"}, 404),
        ({"registry_name": REG, "registry_tag": "membership"}, 400),
        ({"record_name": "a"}, 400),
        ({"registry_tag": "custom"}, 400),
        ({"registry_name": REG, "events": ["record.exploded"]}, 400),
        ({"registry_name": REG, "record_name": "a", "events": ["snapshot.ready"]}, 400),
        ({"registry_name": REG, "surprise": 1}, 400),
    ]
    for extra, code in cases:
        r = subscribe(client, admin, receiver.url, **extra)
        assert r.status_code == code, (extra, r.get_json())
    r = subscribe(client, admin, "http://10.1.2.3/hook", registry_name=REG)  # a private address: SSRF guard
    assert r.status_code == 400 and "webhook_url" in r.get_json()["details"]
    r = client.post("/dedi/subscribe", headers=admin.headers, json={"namespace": NS, "webhook_secret": "s"})
    assert r.status_code == 400 and "webhook_url" in r.get_json()["details"]["json"]
    # another tenant: not its namespace, not its subscription
    sub = subscribe(client, admin, receiver.url, registry_name=REG).get_json()["data"]
    other = make_caller(("publish", "read"))
    assert subscribe(client, other, receiver.url, registry_name=REG).status_code == 404
    assert client.post("/dedi/unsubscribe", headers=other.headers, json={"id": sub["id"]}).status_code == 404
    assert client.get(f"/dedi/subscriptions/{sub['id']}/deliveries", headers=other.headers).status_code == 404
    assert client.get("/dedi/subscriptions", headers=other.headers).get_json()["data"] == []


def test_unsubscribe_stops_deliveries_and_a_delivery_that_gives_up_disables(client, admin, run_worker, app, receiver):
    make_registry(client, admin)
    sub = subscribe(client, admin, receiver.url, registry_name=REG, events=["record.published"]).get_json()["data"]
    r = client.post("/dedi/unsubscribe", headers=admin.headers, json={"id": sub["id"]})
    assert r.status_code == 200 and r.get_json()["message"] == "Successfully unsubscribed"
    assert r.get_json()["data"] == {
        "id": sub["id"],
        "namespace_id": sub["namespace_id"],
        "registry_name": REG,
        "record_name": None,
        "type": "registry",
    }
    publish(client, admin, NS, REG, "a", employee(1))
    run_worker(["webhooks"])
    assert receiver.requests == []
    app.config["WEBHOOK_RETRY_SCHEDULE"] = [0.3]
    try:
        sub = subscribe(client, admin, receiver.url, registry_name=REG, events=["record.published"]).get_json()["data"]
        receiver.script = [500, 503]
        publish(client, admin, NS, REG, "b", employee(2))
        run_worker(["webhooks"])
        time.sleep(0.5)
        run_worker(["webhooks"], with_scheduler=True)
        receipts = deliveries(client, admin, sub["id"])
        assert [(r["attempt"], r["status"], r["status_code"]) for r in receipts] == [
            (2, "gave_up", 503),
            (1, "failed", 500),
        ]
        listed = {s["id"]: s for s in client.get("/dedi/subscriptions", headers=admin.headers).get_json()["data"]}
        assert listed[sub["id"]]["is_active"] is False
        assert listed[sub["id"]]["disabled_reason"].startswith("delivery gave up")
        publish(client, admin, NS, REG, "c", employee(3))  # a disabled watch gets nothing more
        run_worker(["webhooks"])
        assert len(receiver.requests) == 2
    finally:
        app.config["WEBHOOK_RETRY_SCHEDULE"] = [5, 300, 1800, 7200, 18000, 36000]
