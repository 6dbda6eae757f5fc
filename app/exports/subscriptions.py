"""Subscriptions (DeDi's watch): a tenant's webhook for the events of a namespace, a registry, one record
or the registries with a tag. Deliveries reuse what export webhooks have — the SSRF guard, Standard
Webhooks signing (with the subscription's own secret), the retry schedule and one receipt per attempt —
and a subscription whose delivery gives up after the schedule is disabled, as DeDi's are.

Events come from app.core.events: the listener below writes a pending receipt per matching subscription
in the transaction that made the change, and queues the delivery once it commits."""

import hashlib
import hmac
import json
from typing import Any

from sqlalchemy import Select, select

from app.core.db import DbSession, iso
from app.core.errors import InvalidRequest
from app.core.events import Event, after_commit, listen, transaction_cache
from app.core.models import Tenant
from app.core.owned import get_owned, owned
from app.exports import webhooks
from app.exports.models import Subscription, WebhookDelivery, WebhookStatus
from app.publishing.models import Namespace, Registry
from app.publishing.service import get_namespace, get_registry, reachable
from app.publishing.validation import TAGS

RECORD_EVENTS = (
    "record.published",
    "record.updated",
    "record.revoked",
    "record.expired",
    "record.deleted",
    "record.restored",
)
EVENTS = (
    *RECORD_EVENTS,
    "version.created",
    "registry.inactive",
    "registry.reactive",
    "snapshot.ready",
    "export.done",
)


def subscribe(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    webhook_url: str,
    webhook_secret: str,
    registry_name: str | None = None,
    record_name: str | None = None,
    registry_tag: str | None = None,
    events: list[str] | None = None,
    actor: str | None = None,
) -> Subscription:
    """A new active subscription. Its scope: the registry (and one record of it), or every registry
    with `registry_tag`, or — with neither — the whole namespace. 404 for an unknown namespace or
    registry; 400 for a private webhook address, a record without its registry, or a tag with a
    registry."""
    if registry_tag is not None and (registry_name or record_name):
        raise InvalidRequest("give registry_name or registry_tag, not both", {"registry_tag": [registry_tag]})
    if record_name is not None and registry_name is None:
        raise InvalidRequest("a record subscription names its registry", {"registry_name": ["required"]})
    if registry_tag is not None and registry_tag not in TAGS:
        raise InvalidRequest(f"{registry_tag!r} is not a standard schema tag", {"registry_tag": list(TAGS)})
    webhooks.check_webhook_url(webhook_url, field="webhook_url")
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    reg = None
    if registry_name is not None:
        reg = get_registry(session=session, tenant=tenant, namespace=ns.id, name=registry_name)
    kind = "record" if record_name else "registry" if reg else "tag" if registry_tag else "namespace"
    wanted = list(dict.fromkeys(events or (RECORD_EVENTS if kind == "record" else EVENTS)))
    if kind == "record" and set(wanted) - set(RECORD_EVENTS):
        raise InvalidRequest("a record subscription takes record.* events", {"events": list(RECORD_EVENTS)})
    sub = Subscription(
        tenant_id=tenant.id,
        type=kind,
        namespace_id=ns.id,
        registry_id=reg.id if reg else None,
        registry_name=reg.name if reg else None,
        record_name=record_name,
        registry_tag=registry_tag,
        events=wanted,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        created_by=actor,
    )
    session.add(sub)
    session.flush()
    return sub


def subscriptions_of(tenant: Tenant) -> Select[Any]:
    """The tenant's subscriptions to namespaces the caller reaches, newest first."""
    return (
        owned(Subscription, tenant)
        .where(reachable(Subscription.namespace_id))
        .order_by(Subscription.created_at.desc(), Subscription.id)
    )


def get_subscription(*, session: DbSession, tenant: Tenant, subscription_id: str) -> Subscription:
    """One of the tenant's subscriptions to a namespace the caller reaches, or NotFound."""
    return get_owned(
        session, Subscription, tenant, reachable(Subscription.namespace_id), what="subscription", id=subscription_id
    )


def unsubscribe(*, session: DbSession, tenant: Tenant, subscription_id: str) -> Subscription:
    """Remove a subscription (its receipts stay); 404 if it is not the tenant's."""
    sub = get_subscription(session=session, tenant=tenant, subscription_id=subscription_id)
    pending = session.scalars(
        select(WebhookDelivery).where(
            WebhookDelivery.subscription_id == sub.id, WebhookDelivery.status == WebhookStatus.PENDING
        )
    )
    for row in pending:  # nothing more goes out for it
        row.status, row.error = WebhookStatus.GAVE_UP, "unsubscribed"
    sub.is_active, sub.disabled_reason = False, "unsubscribed"
    return sub


def deliveries(*, session: DbSession, tenant: Tenant, subscription_id: str) -> Select[Any]:
    """The subscription's receipts (one per attempt), newest first."""
    sub = get_subscription(session=session, tenant=tenant, subscription_id=subscription_id)
    return select(WebhookDelivery).where(WebhookDelivery.subscription_id == sub.id).order_by(WebhookDelivery.id.desc())


def subscription_dict(sub: Subscription, *, with_secret: bool = False) -> dict[str, Any]:
    data = {
        "id": sub.id,
        "namespace_id": sub.namespace_id,
        "registry_name": sub.registry_name,
        "record_name": sub.record_name,
        "registry_tag": sub.registry_tag,
        "type": sub.type,
        "events": sub.events,
        "webhook_url": sub.webhook_url,
        "is_active": sub.is_active,
        "disabled_reason": sub.disabled_reason,
        "created_by": sub.created_by,
        "created_at": iso(sub.created_at),
    }
    if with_secret:
        data["webhook_secret"] = sub.webhook_secret
    return data


def _matching(session: DbSession, event: Event) -> list[Subscription]:
    """The active subscriptions an event reaches. The namespace's subscriptions and the registry's tag
    are read once per transaction (events.transaction_cache), then matched here."""
    if event.namespace_id is None:
        return []
    cache = transaction_cache(session)
    subs_key = ("subscriptions", event.tenant_id, event.namespace_id)
    if subs_key not in cache:
        cache[subs_key] = session.scalars(
            select(Subscription).where(
                Subscription.tenant_id == event.tenant_id,
                Subscription.namespace_id == event.namespace_id,
                Subscription.is_active.is_(True),
            )
        ).all()
    tag = None
    if event.registry_id is not None:
        tag_key = ("tag", event.registry_id)
        if tag_key not in cache:
            cache[tag_key] = session.scalar(select(Registry.tag).where(Registry.id == event.registry_id))
        tag = cache[tag_key]

    def reaches(sub: Subscription) -> bool:
        if sub.type == "namespace":
            return True
        if sub.type == "tag":
            return tag is not None and sub.registry_tag == tag
        same_registry = event.registry_id is not None and sub.registry_id == event.registry_id
        if sub.type == "record":
            return same_registry and sub.record_name == event.record_name
        return same_registry

    return [s for s in cache[subs_key] if event.type in s.events and reaches(s)]


def payload_of(sub: Subscription, event: Event, event_id: str, names: dict[str, Any]) -> str:
    """DeDi's watch payload (event_type, timestamp, namespace_id, registry_name, record_name,
    event_data) with Standard Webhooks' `type` and `data`, and the ids a receiver deduplicates by."""
    body = {
        "type": event.type,
        "event_type": event.type,
        "event_id": event_id,
        "subscription_id": sub.id,
        "timestamp": event.timestamp,
        "namespace_id": event.namespace_id,
        "namespace": names.get("namespace"),
        "registry_id": event.registry_id,
        "registry_name": names.get("registry_name"),
        "record_name": event.record_name,
        "event_data": event.data,
        "data": event.data,
    }
    return json.dumps(body, separators=(",", ":"), default=str)


@listen
def on_event(session: DbSession, event: Event) -> None:
    """A pending receipt per matching subscription, in the change's transaction; queued after commit."""
    subs = _matching(session, event)
    if not subs:
        return
    names: dict[str, Any] = {}
    if event.namespace_id:
        names["namespace"] = session.scalar(select(Namespace.name).where(Namespace.id == event.namespace_id))
    if event.registry_id:
        names["registry_name"] = session.scalar(select(Registry.name).where(Registry.id == event.registry_id))
    rows = []
    for sub in subs:
        event_id = webhooks.new_event_id()
        row = WebhookDelivery(
            subscription_id=sub.id,
            event_id=event_id,
            event_type=event.type,
            attempt=1,
            status=WebhookStatus.PENDING,
            payload=payload_of(sub, event, event_id, names),
        )
        session.add(row)
        rows.append(row)
    session.flush()
    ids = [row.id for row in rows]

    def queue() -> None:
        from app.exports.tasks import enqueue_webhook_id

        for delivery_id in ids:
            enqueue_webhook_id(delivery_id)

    after_commit(session, queue)


def signed_headers(sub: Subscription, row: WebhookDelivery) -> dict[str, str]:
    """Standard Webhooks headers signed with the subscription's secret (its raw bytes, as DeDi's secret
    is any string), and DeDi's `sha256=<hex HMAC of the body>` as dedi-signature."""
    payload = row.payload or ""
    headers = webhooks.sign(sub.webhook_secret.encode(), row.event_id, payload)
    digest = hmac.new(sub.webhook_secret.encode(), payload.encode(), hashlib.sha256).hexdigest()
    return {**headers, "dedi-signature": f"sha256={digest}"}
