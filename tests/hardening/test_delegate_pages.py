"""A delegate in the browser: the namespaces delegated to its key are listed as shared with it, and their
pages (a dataset, a record, versions) act in the owner's tenant as the API does; the write forms follow
the grant, not the key (a read grant sees none and meets 403; manage revokes); the owner's other
namespaces stay 404."""

import re

from tests.factories import make_registry, publish

SCHEMA = {"type": "object", "properties": {"full_name": {"type": "string"}}, "required": ["full_name"]}


def sign_in(client, caller):
    client.post("/login", data={"api_key": caller.token})
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get("/datasets").get_data(as_text=True)).group(1)


def grant(client, owner, partner, permissions):
    body = {"tenant": partner.tenant_id, "permissions": permissions}
    assert client.post("/dedi/hr/add-namespace-delegate", headers=owner.headers, json=body).status_code == 200


def test_a_delegate_browses_the_owners_namespace_within_its_grant(client, make_caller):
    owner, partner = make_caller(("admin",)), make_caller(("admin",))
    make_registry(client, owner, ns="hr", reg="people", schema=SCHEMA)
    make_registry(client, owner, ns="other", reg="secret", schema=SCHEMA)
    publish(client, owner, "hr", "people", "ada", {"full_name": "Ada Lovelace"})
    publish(client, owner, "other", "secret", "bob", {"full_name": "Top Secret"})
    ns_id = client.get("/dedi/namespaces/hr", headers=owner.headers).get_json()["data"]["namespace_id"]
    grant(client, owner, partner, ["read"])
    csrf = sign_in(client, partner)
    listed = client.get("/datasets").get_data(as_text=True)
    assert "Shared with you" in listed and f"/datasets/{ns_id}/people" in listed and "secret" not in listed
    assert "<title>Datasets · DataJetty</title>" in listed  # the list sits in the page, not in its title
    for path in (f"/datasets/{ns_id}/people", "/datasets/hr/people", f"/datasets/{ns_id}/people/records/ada"):
        page = client.get(path)
        assert page.status_code == 200 and "ada" in page.get_data(as_text=True), path
    record = client.get(f"/datasets/{ns_id}/people/records/ada").get_data(as_text=True)
    assert "Ada Lovelace" in record and "Revoke record" not in record
    assert client.get(f"/datasets/{ns_id}/people/versions?to=1").status_code == 200
    revoke = f"/datasets/{ns_id}/people/records/ada/revoke"
    assert client.post(revoke, data={"csrf_token": csrf, "confirm": "yes"}).status_code == 403
    for path in ("/datasets/other/secret", "/datasets/other/secret/records/bob", "/namespaces/hr/access"):
        assert client.get(path).status_code in (403, 404), path  # access is the owner's admin's (or manage)
        assert "Top Secret" not in client.get(path).get_data(as_text=True)
    # a manage grant: the write forms appear and work, in the owner's tenant
    grant(client, owner, partner, ["manage"])
    assert "Revoke record" in client.get(f"/datasets/{ns_id}/people/records/ada").get_data(as_text=True)
    assert client.post(revoke, data={"csrf_token": csrf, "confirm": "yes"}).status_code == 303
    state = client.get("/dedi/lookup/hr/people/ada", headers=owner.headers).get_json()["data"]["state"]
    assert state == "revoked"
    assert client.get("/datasets/other/secret").status_code == 404
