"""The SSRF guard: where the service may send a request on a tenant's say-so (webhooks, a domain's
HTTP proof) — http(s) only, and only to public addresses or WEBHOOK_ALLOWED_NETWORKS, judging every
address a name resolves to and the IPv4 addresses an IPv6 one carries."""

import ipaddress
import socket
from urllib.parse import urlsplit

from flask import current_app

from app.core.errors import InvalidRequest

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _allowed(address: Address) -> bool:
    nets = [ipaddress.ip_network(n, strict=False) for n in current_app.config["WEBHOOK_ALLOWED_NETWORKS"]]
    return any(address in net for net in nets)


NAT64 = ipaddress.ip_network("64:ff9b::/96")
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(address: Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (mapped, compatible, NAT64, 6to4, Teredo): a
    router may deliver to them, so they are judged instead of the IPv6 wrapper."""
    if address.version != 6:
        return []
    found = [a for a in (address.ipv4_mapped, address.sixtofour) if a is not None]
    if address.teredo:
        found.extend(address.teredo)  # (server, client)
    if address in NAT64 or (address in IPV4_COMPATIBLE and int(address) > 1):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def forbidden(address: Address) -> bool:
    if _allowed(address):
        return False
    if not address.is_global or address.is_multicast:
        return True
    return any(forbidden(inner) for inner in embedded_ipv4(address))


def check_url(url: str | None, field: str) -> str | None:
    """Raise 400 (naming `field`) unless url is http(s) and resolves only to public addresses (or
    allowed networks)."""
    parts = urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidRequest(f"{field} must be an http(s) URL", {field: [url]})
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except (socket.gaierror, UnicodeError):
        raise InvalidRequest(f"{field} host does not resolve", {field: [parts.hostname]}) from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if forbidden(address) or any(forbidden(inner) for inner in embedded_ipv4(address)):
            raise InvalidRequest(
                f"{field} resolves to a private, loopback, link-local or reserved address", {field: [str(address)]}
            )
    return url
