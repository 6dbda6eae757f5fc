"""Verified domains, as DeDi has them: a namespace claims a domain and gets a challenge
(`dedi-verification=<random>`); the owner publishes it as a TXT record at the domain's apex or at
`https://<domain>/.well-known/dedi-verification.txt`; verifying checks DNS first, then HTTP, and a
verified domain then stands for the namespace in every /dedi path. The maintenance sweep re-checks
verified domains every DOMAIN_REVERIFY_S; a failed check opens a DOMAIN_GRACE_S grace, and a domain
whose proof stays gone is unverified (an audit row and a `domain.unverified` event say so).

DNS goes to DNS_RESOLVER (host:port) or the system's resolver, through dnspython. The HTTP proof is
fetched from an address that resolver gave and the SSRF guard (core/ssrf.py) allowed — the connection
goes to that very address, so a second lookup cannot swap in a private one."""

import ipaddress
import logging
import re
import secrets
from datetime import datetime, timedelta
from typing import Any

import dns.exception
import dns.resolver
import urllib3
from flask import current_app
from sqlalchemy import select

from app.core import ssrf
from app.core.db import DbSession, utcnow
from app.core.errors import InvalidRequest, NotFound
from app.core.events import Event, emit
from app.core.models import AuditEntry, Tenant
from app.publishing.models import DomainClaim, Namespace
from app.publishing.service import get_namespace

log = logging.getLogger(__name__)
METHODS = ("self_dns", "self_http")
DOMAIN = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")
WELL_KNOWN = "/.well-known/dedi-verification.txt"


def _checked_domain(domain: str) -> str:
    domain = domain.strip().lower().rstrip(".")
    if not DOMAIN.match(domain):
        raise InvalidRequest(f"{domain!r} is not a domain name (it needs a dot)", {"domain": [domain]})
    return domain


def _verified_elsewhere(session: DbSession, domain: str, namespace_id: str) -> bool:
    return (
        session.scalar(
            select(DomainClaim.id).where(
                DomainClaim.domain == domain,
                DomainClaim.verified_at.is_not(None),
                DomainClaim.namespace_id != namespace_id,
            )
        )
        is not None
    )


def generate(
    *, session: DbSession, tenant: Tenant, namespace: str, domain: str, method: str
) -> tuple[DomainClaim, bool]:
    """The namespace's challenge for `domain` — (claim, newly made); the same one when asked again."""
    if method not in METHODS:
        raise InvalidRequest(
            f"verification_method {method!r} is not offered; one of {list(METHODS)}",
            {"verification_method": list(METHODS)},
        )
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    domain = _checked_domain(domain)
    if _verified_elsewhere(session, domain, ns.id):
        raise InvalidRequest(f"{domain} is verified for another namespace", {"domain": [domain]})
    claim = session.scalar(select(DomainClaim).where(DomainClaim.namespace_id == ns.id, DomainClaim.domain == domain))
    if claim is not None:
        return claim, False
    claim = DomainClaim(
        tenant_id=tenant.id,
        namespace_id=ns.id,
        domain=domain,
        method=method,
        txt=f"dedi-verification={secrets.token_hex(16)}",
    )
    session.add(claim)
    session.flush()
    return claim, True


def _resolver() -> dns.resolver.Resolver:
    configured = current_app.config["DNS_RESOLVER"]
    if not configured:
        return dns.resolver.Resolver()
    host, _, port = configured.rpartition(":")
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers, resolver.port = [host.strip("[]")], int(port)
    resolver.lifetime = resolver.timeout = 3.0
    return resolver


def _answers(domain: str, kind: str) -> list[Any]:
    try:
        return list(_resolver().resolve(domain, kind))
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.NoNameservers, dns.exception.Timeout):
        return []


def dns_values(domain: str) -> list[str]:
    """The TXT strings at the domain's apex (a record's strings joined, as DeDi reads them)."""
    return [b"".join(r.strings).decode(errors="replace") for r in _answers(domain, "TXT")]


def http_value(domain: str) -> str | None:
    """The first line of the domain's `.well-known` file, fetched from an address the SSRF guard
    allows (None when there is none, or no such file)."""
    addresses = [ipaddress.ip_address(r.address) for kind in ("A", "AAAA") for r in _answers(domain, kind)]
    allowed = [a for a in addresses if not ssrf.forbidden(a)]
    if not allowed:
        return None
    scheme = current_app.config["DOMAIN_PROOF_SCHEME"]
    port = current_app.config["DOMAIN_PROOF_PORT"] or (443 if scheme == "https" else 80)
    host = str(allowed[0])
    options: dict[str, Any] = {"timeout": urllib3.Timeout(connect=3, read=5), "retries": False}
    pool: Any = (
        urllib3.HTTPSConnectionPool(host, port, server_hostname=domain, assert_hostname=domain, **options)
        if scheme == "https"
        else urllib3.HTTPConnectionPool(host, port, **options)
    )
    try:
        resp = pool.request("GET", WELL_KNOWN, headers={"Host": domain}, redirect=False, preload_content=False)
        body = resp.read(1024, decode_content=True) if resp.status == 200 else b""
        resp.release_conn()
    except urllib3.exceptions.HTTPError:
        return None
    finally:
        pool.close()
    text = body.decode(errors="replace").strip().splitlines()
    return text[0].strip() if text else None


def proven(claim: DomainClaim) -> tuple[bool, dict[str, Any]]:
    """(whether the challenge is published, what was found): DNS first, then HTTP."""
    found_dns = dns_values(claim.domain)
    if claim.txt in found_dns:
        return True, {"dns": found_dns}
    found_http = http_value(claim.domain)
    return found_http == claim.txt, {"dns": found_dns, "http": found_http}


def verify(*, session: DbSession, tenant: Tenant, namespace: str, domain: str | None = None) -> DomainClaim:
    """Check the namespace's challenge and mark the domain verified. 404 when nothing was generated;
    400 when the proof is not there, several domains wait and none is named, or another namespace
    verified the domain meanwhile."""
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    query = select(DomainClaim).where(DomainClaim.namespace_id == ns.id)
    if domain is not None:
        query = query.where(DomainClaim.domain == _checked_domain(domain))
    claims = session.scalars(query.order_by(DomainClaim.created_at)).all()
    if not claims:
        raise NotFound("domain challenge", domain or ns.name, {"namespace_id": ns.id})
    if len(claims) > 1:
        raise InvalidRequest("several domains wait: name one", {"domain": [c.domain for c in claims]})
    claim = claims[0]
    if _verified_elsewhere(session, claim.domain, ns.id):
        raise InvalidRequest(f"{claim.domain} is verified for another namespace", {"domain": [claim.domain]})
    ok, found = proven(claim)
    claim.last_checked_at = utcnow()
    if not ok:
        raise InvalidRequest(
            f"{claim.txt!r} is not published: add it as a TXT record at {claim.domain} or at "
            f"https://{claim.domain}{WELL_KNOWN}",
            {"expected": claim.txt, "found": found},
        )
    claim.verified_at, claim.failing_since = utcnow(), None
    return claim


def claims_of(*, session: DbSession, tenant: Tenant, namespace: str) -> tuple[Namespace, list[DomainClaim]]:
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    rows = session.scalars(
        select(DomainClaim).where(DomainClaim.namespace_id == ns.id).order_by(DomainClaim.created_at.desc())
    ).all()
    return ns, list(rows)


def remove(*, session: DbSession, tenant: Tenant, namespace: str, domain: str) -> dict[str, Any]:
    """Drop the namespace's claims of `domain` (verified or not); 404 when it has none."""
    ns, rows = claims_of(session=session, tenant=tenant, namespace=namespace)
    mine = [c for c in rows if c.domain == domain.lower()]
    if not mine:
        raise NotFound("domain", domain, {"namespace_id": ns.id})
    for claim in mine:
        session.delete(claim)
    return {
        "domain": domain.lower(),
        "verification_methods": sorted({c.method for c in mine}),
        "removed_targets": [],
        "removed_entries": len(mine),
        "domain_removed_from_namespace": True,
        "domain_still_verified": False,
    }


def reverify_due(*, session: DbSession, now: datetime) -> dict[str, int]:
    """The sweep's part: re-check verified domains last checked DOMAIN_REVERIFY_S ago, and failing ones
    every sweep; a proof gone past DOMAIN_GRACE_S unverifies its domain, with an audit row and event."""
    every = timedelta(seconds=current_app.config["DOMAIN_REVERIFY_S"])
    grace = timedelta(seconds=current_app.config["DOMAIN_GRACE_S"])
    due = session.scalars(
        select(DomainClaim).where(
            DomainClaim.verified_at.is_not(None),
            (DomainClaim.failing_since.is_not(None))
            | (DomainClaim.last_checked_at.is_(None))
            | (DomainClaim.last_checked_at <= now - every),
        )
    ).all()
    counts = {"checked": 0, "failing": 0, "unverified": 0}
    for claim in due:
        counts["checked"] += 1
        ok, found = proven(claim)
        claim.last_checked_at = now
        if ok:
            claim.failing_since = None
            continue
        claim.failing_since = claim.failing_since or now
        if claim.failing_since + grace > now:
            counts["failing"] += 1
            continue
        claim.verified_at = None
        counts["unverified"] += 1
        session.add(
            AuditEntry(
                tenant_id=claim.tenant_id,
                actor="maintenance",
                action="domain.unverified",
                target=claim.domain,
                namespace=claim.namespace_id,
                namespace_id=claim.namespace_id,
                details={"expected": claim.txt, "found": found, "failing_since": claim.failing_since.isoformat()},
            )
        )
        emit(session, Event("domain.unverified", claim.tenant_id, claim.namespace_id, data={"domain": claim.domain}))
        log.warning("domain %s unverified for namespace %s: its proof is gone", claim.domain, claim.namespace_id)
    return counts
