"""Standard Webhooks delivery: SSRF guard, signing, one attempt = one receipt, backoff schedule."""

import json
import random
import time
from datetime import UTC, datetime, timedelta

import requests
from flask import current_app
from standardwebhooks.webhooks import Webhook

from app.core import ssrf
from app.core.db import iso, new_id, utcnow
from app.exports.models import WebhookDelivery, WebhookStatus


def check_webhook_url(url, field="notify_webhook"):
    """Raise 400 (naming `field`) unless url is http(s) and resolves only to public addresses (or
    allowed networks): core.ssrf's guard."""
    return ssrf.check_url(url, field)


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
