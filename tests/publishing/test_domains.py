"""Issue 20: verified domains, against a real authoritative DNS server and a real HTTP server, both
in-process on loopback (no mock of the resolver): generate the challenge, prove it by a TXT record or
the `.well-known` file, verify, address the namespace by the domain, lose the proof, be unverified."""

import socket
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from dnslib import QTYPE, RR, TXT, A
from dnslib.server import BaseResolver, DNSLogger, DNSServer

from app.core.db import utcnow
from app.extensions import db
from app.maintenance.tasks import run_locked
from tests.factories import employee, make_registry, publish

NS, REG = "employee-directory", "employee-profiles"


class Zone(BaseResolver):
    """An authoritative server for whatever the test puts in `records`: {(name, type): [values]}."""

    def __init__(self):
        self.records = {}

    def resolve(self, request, handler):
        reply = request.reply()
        name, kind = str(request.q.qname).rstrip(".").lower(), QTYPE[request.q.qtype]
        for value in self.records.get((name, kind), []):
            rdata = TXT(value) if kind == "TXT" else A(value)
            reply.add_answer(RR(request.q.qname, request.q.qtype, rdata=rdata, ttl=1))
        return reply


def _free_udp_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def zone(app):
    zone = Zone()
    port = _free_udp_port()
    server = DNSServer(zone, address="127.0.0.1", port=port, logger=DNSLogger("-request,-reply,-truncated,-error"))
    server.start_thread()
    saved = app.config["DNS_RESOLVER"]
    app.config["DNS_RESOLVER"] = f"127.0.0.1:{port}"
    yield zone
    app.config["DNS_RESOLVER"] = saved
    server.stop()


@pytest.fixture()
def site(app):
    """The domain's web server: answers /.well-known/dedi-verification.txt with `site.body` (404 if None)."""

    class Site:
        body = None
        hosts = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            Site.hosts.append(self.headers.get("Host"))
            if self.path != "/.well-known/dedi-verification.txt" or Site.body is None:
                self.send_response(404)
                self.end_headers()
                return
            self.send_response(200)
            self.end_headers()
            self.wfile.write(Site.body.encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    saved = app.config["DOMAIN_PROOF_SCHEME"], app.config["DOMAIN_PROOF_PORT"]
    app.config["DOMAIN_PROOF_SCHEME"], app.config["DOMAIN_PROOF_PORT"] = "http", server.server_address[1]
    yield Site
    app.config["DOMAIN_PROOF_SCHEME"], app.config["DOMAIN_PROOF_PORT"] = saved
    server.shutdown()


def generate(client, caller, domain, method="self_dns", ns=NS):
    return client.get(f"/dedi/generate-dns-txt/{ns}/{domain}?verification_method={method}", headers=caller.headers)


def verify(client, caller, ns=NS, **body):
    return client.post("/dedi/verify-domain", headers=caller.headers, json={"namespace_id": ns, **body})


def test_a_dns_proof_verifies_and_the_domain_then_stands_for_the_namespace(client, admin, zone):
    make_registry(client, admin)
    publish(client, admin, NS, REG, "a", employee(1))
    r = generate(client, admin, "acme.test")
    assert r.status_code == 200, r.get_json()
    txt = r.get_json()["txt"]
    assert txt.startswith("dedi-verification=") and r.get_json()["message"] == "TXT generated"
    again = generate(client, admin, "acme.test")
    assert again.get_json()["message"] == "TXT is already generated" and again.get_json()["data"]["txt"] == txt
    assert client.get(f"/dedi/check-verification/{NS}", headers=admin.headers).get_json() == {"verified": False}
    # not published yet: 400 naming what was expected and found; the domain does not resolve a namespace
    r = verify(client, admin)
    assert r.status_code == 400 and r.get_json()["details"]["expected"] == txt
    assert client.get(f"/dedi/lookup/acme.test/{REG}/a", headers=admin.headers).status_code == 404
    zone.records[("acme.test", "TXT")] = ["unrelated", txt]
    r = verify(client, admin)
    assert r.status_code == 200 and r.get_json()["message"] == "Verification Successful", r.get_json()
    assert client.get(f"/dedi/check-verification/{NS}", headers=admin.headers).get_json() == {
        "verified": True,
        "domain": "acme.test",
    }
    info = client.get(f"/dedi/get-dns-txt/{NS}", headers=admin.headers).get_json()
    assert (info["domain"], info["txt"], info["is_verified"]) == ("acme.test", txt, True)
    # every /dedi path takes the domain in place of the namespace
    assert client.get(f"/dedi/lookup/acme.test/{REG}/a", headers=admin.headers).get_json()["data"][
        "details"
    ] == employee(1)
    looked = client.get("/dedi/lookup/ACME.test", headers=admin.headers).get_json()["data"]
    assert (looked["name"], looked["domain"], looked["is_verified"]) == (NS, "acme.test", True)
    assert (
        client.get(f"/dedi/query/acme.test/{REG}", headers=admin.headers).get_json()["data"]["pagination"]["total"] == 1
    )
    r = client.post(
        f"/dedi/acme.test/{REG}/save-record-as-draft?publish=true",
        headers=admin.headers,
        json={"record_name": "b", "details": employee(2)},
    )
    assert r.status_code == 201


def test_an_http_proof_verifies_and_other_tenants_and_unverified_domains_are_404(
    client, admin, make_caller, zone, site
):
    make_registry(client, admin)
    txt = generate(client, admin, "web.acme.test", "self_http").get_json()["txt"]
    generate(client, admin, "other.acme.test", "self_dns")
    assert verify(client, admin).status_code == 400  # two wait: name one
    zone.records[("web.acme.test", "A")] = ["127.0.0.1"]
    site.body = txt + "\n"
    r = verify(client, admin, domain="web.acme.test")
    assert r.status_code == 200, r.get_json()
    assert site.hosts[-1] == "web.acme.test"  # fetched from the resolved address, for that host
    assert client.get("/dedi/lookup/other.acme.test", headers=admin.headers).status_code == 404  # not verified
    other = make_caller(("admin",))
    assert client.get("/dedi/lookup/web.acme.test", headers=other.headers).status_code == 404  # not theirs
    make_registry(client, other, ns="theirs")
    r = generate(client, other, "web.acme.test", ns="theirs")
    assert r.status_code == 400  # verified for another namespace
    # a private address is never fetched, whatever DNS says
    zone.records[("inside.acme.test", "A")] = ["10.0.0.7"]
    inside = generate(client, admin, "inside.acme.test", "self_http").get_json()["txt"]
    site.body = inside
    r = verify(client, admin, domain="inside.acme.test")
    assert r.status_code == 400 and r.get_json()["details"]["found"]["http"] is None
    # bad input
    assert generate(client, admin, "nodot").status_code == 400
    assert generate(client, admin, "acme.test", "request_other_namespace").status_code == 400
    assert client.post("/dedi/verify-domain", headers=admin.headers, json={"namespace_id": "nope"}).status_code == 404
    assert client.get("/dedi/get-dns-txt/theirs", headers=admin.headers).status_code == 404


def test_the_sweep_unverifies_a_domain_whose_proof_is_gone_after_the_grace(client, admin, app, zone):
    make_registry(client, admin)
    txt = generate(client, admin, "gone.acme.test").get_json()["txt"]
    zone.records[("gone.acme.test", "TXT")] = [txt]
    assert verify(client, admin).status_code == 200

    def sweep(at):
        with app.app_context():
            counts = run_locked(now=at)
            db.session.remove()
            return counts

    # (the sweep is every tenant's: other tests' domains are re-checked too, so this one is read back)
    def standing():
        return client.get("/dedi/lookup/gone.acme.test", headers=admin.headers).status_code

    year = utcnow() + timedelta(days=366)
    assert sweep(year)["domains_checked"] >= 1 and standing() == 200  # re-checked a year on: still there
    zone.records.clear()  # the proof is removed
    two_years = year + timedelta(days=366)
    sweep(two_years)
    assert standing() == 200  # failing: the 7-day grace opens
    assert sweep(two_years + timedelta(days=7, minutes=1))["domains_unverified"] >= 1
    assert standing() == 404
    assert client.get(f"/dedi/check-verification/{NS}", headers=admin.headers).get_json() == {"verified": False}
    audit = client.get("/api/v1/audit?action=domain.unverified", headers=admin.headers).get_json()["items"]
    assert [a["resource"] for a in audit] == ["gone.acme.test"]


def test_removing_a_domain(client, admin, zone):
    make_registry(client, admin)
    txt = generate(client, admin, "rm.acme.test").get_json()["txt"]
    zone.records[("rm.acme.test", "TXT")] = [txt]
    assert verify(client, admin).status_code == 200
    r = client.post(f"/dedi/{NS}/rm.acme.test/remove-namespace-verification", headers=admin.headers)
    assert r.status_code == 200 and r.get_json()["data"]["removed_entries"] == 1
    assert client.get("/dedi/lookup/rm.acme.test", headers=admin.headers).status_code == 404
    r = client.post(f"/dedi/{NS}/rm.acme.test/remove-namespace-verification", headers=admin.headers)
    assert r.status_code == 404
