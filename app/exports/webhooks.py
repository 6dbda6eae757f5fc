"""Standard Webhooks delivery: SSRF guard, signing, one attempt = one receipt, backoff schedule."""

import ipaddress
import json
import random
import socket
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import requests
from flask import current_app
from standardwebhooks.webhooks import Webhook

from app.core.db import iso, new_id, utcnow
from app.core.errors import InvalidRequest
from app.exports.models import WebhookDelivery, WebhookStatus


def _allowed(address):
    nets = [ipaddress.ip_network(n, strict=False) for n in current_app.config["WEBHOOK_ALLOWED_NETWORKS"]]
    return any(address in net for net in nets)


NAT64 = ipaddress.ip_network("64:ff9b::/96")
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def embedded_ipv4(address):
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


def _forbidden(address):
    if _allowed(address):
        return False
    if not address.is_global or address.is_multicast:
        return True
    return any(_forbidden(inner) for inner in embedded_ipv4(address))


def check_webhook_url(url, field="notify_webhook"):
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
        if _forbidden(address) or any(_forbidden(inner) for inner in embedded_ipv4(address)):
            raise InvalidRequest(
                f"{field} resolves to a private, loopback, link-local or reserved address", {field: [str(address)]}
            )
    return url


def sign(secret, msg_id, payload, when=None):
    """Standard Webhooks headers for a payload."""
    when = when or datetime.now(UTC)
    signature = Webhook(secret).sign(msg_id, when, payload)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": signature,
        "content-type": "application/json",
    }


def event_payload(export, event_type):
    """The JSON body of an export event."""
    return json.dumps(
        {
            "type": event_type,
            "timestamp": iso(utcnow()),
            "data": {
                "export_id": export.id,
                "status": export.status,
                "snapshot_id": export.snapshot_id,
                "dataset": export.dataset,
                "version": f"v{export.version}",
                "format": export.format,
                "target": export.target,
                "error": export.error,
                "artifacts": export.artifacts,
            },
        },
        separators=(",", ":"),
    )


def attempt(url, headers, payload):
    """POST once without following redirects; returns (status_code or None, latency_ms, error, retry_after)."""
    check_webhook_url(url)  # again at send time: DNS may have changed since the export was created
    started = time.perf_counter()
    try:
        # stream=True: only the status line and headers are awaited; the receiver's body is never read
        resp = requests.post(
            url,
            data=payload.encode(),
            headers=headers,
            allow_redirects=False,
            stream=True,
            timeout=(5, current_app.config["WEBHOOK_TIMEOUT_S"]),
        )
        resp.close()
    except requests.RequestException as exc:
        return None, int((time.perf_counter() - started) * 1000), f"{type(exc).__name__}: {exc}"[:500], None
    latency = int((time.perf_counter() - started) * 1000)
    error = None if 200 <= resp.status_code < 300 else f"HTTP {resp.status_code}"
    retry_after = resp.headers.get("Retry-After")
    return resp.status_code, latency, error, float(retry_after) if retry_after and retry_after.isdigit() else None


def next_delay(attempt_number, retry_after=None):
    """Seconds before the next attempt (schedule with ±10% jitter, at least Retry-After), or None to stop."""
    schedule = current_app.config["WEBHOOK_RETRY_SCHEDULE"]
    if attempt_number > len(schedule):
        return None
    delay = schedule[attempt_number - 1] * random.uniform(0.9, 1.1)
    return max(delay, retry_after or 0)


def new_event_id():
    return new_id("msg")


def settle(row, code, latency, error, retry_after):
    """Record one attempt's outcome on its receipt: delivered; gave_up (410, or the schedule is spent);
    or failed, with the next attempt's due time. Returns (the next attempt's new receipt, its delay in
    seconds), or (None, None) when there is none."""
    row.status_code, row.latency_ms, row.error, row.created_at = code, latency, error, utcnow()
    if error is None:
        row.status = WebhookStatus.DELIVERED
        return None, None
    delay = None if code == 410 else next_delay(row.attempt, retry_after)
    if delay is None:
        row.status = WebhookStatus.GAVE_UP
        return None, None
    row.status, row.next_attempt_at = WebhookStatus.FAILED, utcnow() + timedelta(seconds=delay)
    following = WebhookDelivery(
        export_id=row.export_id,
        subscription_id=row.subscription_id,
        payload=row.payload,
        event_id=row.event_id,
        event_type=row.event_type,
        attempt=row.attempt + 1,
        status=WebhookStatus.PENDING,
    )
    return following, delay
