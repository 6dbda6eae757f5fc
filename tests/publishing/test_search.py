"""DeDi's advanced search, GET /dedi/search/{namespace}: details keys by case-insensitive substring
(dotted keys nest), the reserved registry_name / record_name / from / to, across one namespace's live
registries; a key no registry declares is 400 naming it."""

from tests.factories import make_registry, publish

NS = "people-dir"
STAFF = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "address": {"type": "object", "properties": {"city": {"type": "string"}}},
        "roles": {"type": "array", "items": {"type": "string"}},
    },
}
VENDORS = {"type": "object", "properties": {"name": {"type": "string"}, "country": {"type": "string"}}}


def hits(client, caller, query, status=200):
    r = client.get(f"/dedi/search/{NS}?{query}", headers=caller.headers)
    assert r.status_code == status, (query, r.get_json())
    return sorted(h["record_name"] for h in r.get_json()["data"]) if status == 200 else r.get_json()


def test_search_across_registries_as_dedi_describes(client, admin, make_caller):
    make_registry(client, admin, ns=NS, reg="staff", schema=STAFF)
    make_registry(client, admin, ns=NS, reg="vendors", schema=VENDORS)
    publish(client, admin, NS, "staff", "ann", {"name": "Ann Lee", "address": {"city": "Pune"}, "roles": ["admin"]})
    publish(client, admin, NS, "staff", "bob", {"name": "Bob", "address": {"city": "Delhi"}, "roles": ["user"]})
    publish(client, admin, NS, "vendors", "acme", {"name": "Acme Leeds", "country": "UK"})
    client.delete(f"/dedi/{NS}/staff/records/bob", headers=admin.headers)  # revoked: not live, not found
    assert hits(client, admin, "name=lee") == ["acme", "ann"]  # across registries, case-insensitive
    assert hits(client, admin, "address.city=pUN") == ["ann"]  # a dotted key nests
    assert hits(client, admin, "roles=admin") == ["ann"]  # an array matches on its elements
    assert hits(client, admin, "name=lee&registry_name=vend") == ["acme"]
    assert hits(client, admin, "record_name=an") == ["ann"]
    assert hits(client, admin, "name=bob") == []  # revoked
    assert hits(client, admin, "from=2000-01-01&to=2999-01-01") == ["acme", "ann"]
    assert hits(client, admin, "from=2999-01-01") == []
    data = client.get(f"/dedi/search/{NS}?name=ann", headers=admin.headers).get_json()["data"][0]
    assert (data["registry_name"], data["latest"], data["version_count"], data["state"]) == ("staff", True, 1, "live")
    # strict: a key no registry declares, a bad date
    r = hits(client, admin, "colour=red", status=400)
    assert "colour" in r["details"]
    assert hits(client, admin, "from=yesterday", status=400)["details"] == {"from": ["yesterday"]}
    # another tenant: 404
    other = make_caller(("read",))
    assert client.get(f"/dedi/search/{NS}?name=lee", headers=other.headers).status_code == 404
