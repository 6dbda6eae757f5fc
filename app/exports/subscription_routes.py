"""DeDi's watch API under /dedi: subscribe, unsubscribe, list, and each subscription's receipts."""

import marshmallow as ma
from flask import g
from marshmallow import fields, validate

from app.core.api import Blueprint
from app.core.auth import actor
from app.core.pagination import page_of
from app.core.responses import PaginationSchema, ResponseSchema, envelope, iso_time
from app.exports import subscriptions
from app.exports.routes import WEBHOOK, ReceiptSchema
from app.exports.service import receipt_dict
from app.extensions import db

blp = Blueprint("subscriptions", __name__, url_prefix="/dedi", description="Subscriptions: watch and webhooks")
READ = ("read", "publish")
NAME = validate.Length(min=1, max=255)


class SubscribeSchema(ma.Schema):
    namespace = fields.String(required=True, validate=validate.Length(min=1, max=128))
    registry_name = fields.String(validate=validate.Length(min=1, max=128))
    record_name = fields.String(validate=NAME)
    registry_tag = fields.String(validate=validate.Length(min=1, max=40))
    webhook_url = fields.String(required=True, validate=WEBHOOK)
    webhook_secret = fields.String(required=True, validate=validate.Length(min=1, max=200))
    events = fields.List(
        fields.String(validate=validate.OneOf(subscriptions.EVENTS)),
        validate=validate.Length(min=1, max=len(subscriptions.EVENTS)),
        metadata={"description": "the events wanted (default: all that the scope has)"},
    )


class UnsubscribeSchema(ma.Schema):
    id = fields.String(required=True, validate=validate.Length(min=1, max=40))


class DeliveriesArgsSchema(ma.Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10**6))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=100))


class SubscriptionSchema(ResponseSchema):
    id = fields.String(required=True)
    namespace_id = fields.String(required=True)
    registry_name = fields.String(allow_none=True)
    record_name = fields.String(allow_none=True)
    registry_tag = fields.String(allow_none=True)
    type = fields.String(required=True, metadata={"description": "namespace, registry, record or tag"})
    events = fields.List(fields.String(), required=True)
    webhook_url = fields.String(required=True)
    is_active = fields.Boolean(required=True)
    disabled_reason = fields.String(allow_none=True, metadata={"description": "unsubscribed, or why delivery gave up"})
    created_by = fields.String(allow_none=True)
    created_at = iso_time()


class SubscriptionCreatedSchema(SubscriptionSchema):
    webhook_secret = fields.String(required=True)


class SubscriptionListSchema(ResponseSchema):
    message = fields.String(required=True)
    data = fields.List(fields.Nested(SubscriptionSchema), required=True)


class UnsubscribedSchema(ResponseSchema):
    id = fields.String(required=True)
    namespace_id = fields.String(required=True)
    registry_name = fields.String(allow_none=True)
    record_name = fields.String(allow_none=True)
    type = fields.String(required=True)


class DeliveriesSchema(ResponseSchema):
    deliveries = fields.List(fields.Nested(ReceiptSchema), required=True)
    pagination = fields.Nested(PaginationSchema, required=True)


@blp.route("/subscribe", methods=["POST"])
@blp.auth(*READ, errors=(400, 404))
@blp.arguments(SubscribeSchema)
@blp.response(201, envelope("SubscriptionCreatedEnvelope", SubscriptionCreatedSchema))
def subscribe(body):
    """Watch a namespace, a registry (`registry_name`), one record (`record_name` too) or the registries
    with a tag (`registry_tag`). Events: record.published, record.updated, record.revoked,
    record.expired, record.deleted, record.restored (each record of a version that touches at most 100;
    larger ones and bulk uploads announce version.created only — read them from `/changes`),
    version.created, registry.inactive, registry.reactive, snapshot.ready, export.done.

    Each delivery is a POST signed per Standard Webhooks (webhook-id, webhook-timestamp,
    webhook-signature) with `webhook_secret`'s bytes as the key, and carries DeDi's
    `dedi-signature: sha256=<hex HMAC-SHA256 of the body>`; retried on the exports' schedule, one
    receipt per attempt (`/dedi/subscriptions/{id}/deliveries`); a delivery that gives up disables
    the subscription. The URL must resolve to public addresses: 400 otherwise, as for a tag with a
    registry or a record without one; 404 for an unknown namespace or registry."""
    sub = subscriptions.subscribe(session=db.session, tenant=g.tenant, actor=actor(), **body)
    db.session.commit()
    return {
        "message": "Successfully subscribed to watch",
        "data": subscriptions.subscription_dict(sub, with_secret=True),
    }


@blp.route("/unsubscribe", methods=["POST"])
@blp.auth(*READ, errors=(404,))
@blp.arguments(UnsubscribeSchema)
@blp.response(200, envelope("UnsubscribedEnvelope", UnsubscribedSchema))
def unsubscribe(body):
    """Stop a subscription: nothing more is delivered (pending retries are dropped); its receipts stay."""
    sub = subscriptions.unsubscribe(session=db.session, tenant=g.tenant, subscription_id=body["id"])
    db.session.commit()
    data = {k: getattr(sub, k) for k in ("id", "namespace_id", "registry_name", "record_name", "type")}
    return {"message": "Successfully unsubscribed", "data": data}


@blp.route("/subscriptions")
@blp.auth(*READ)
@blp.response(200, SubscriptionListSchema)
def list_subscriptions():
    """The caller's tenant's subscriptions, newest first (secrets are shown only at creation)."""
    items = db.session.scalars(subscriptions.subscriptions_of(g.tenant)).all()
    return {"message": "subscriptions", "data": [subscriptions.subscription_dict(s) for s in items]}


@blp.route("/subscriptions/<subscription_id>/deliveries")
@blp.auth(*READ, errors=(404,))
@blp.arguments(DeliveriesArgsSchema, location="query")
@blp.response(200, envelope("DeliveriesEnvelope", DeliveriesSchema))
def subscription_deliveries(args, subscription_id):
    """The subscription's receipts, one per delivery attempt, newest first."""
    query = subscriptions.deliveries(session=db.session, tenant=g.tenant, subscription_id=subscription_id)
    items, pagination = page_of(db.session, query, args["page"], args["limit"])
    return {"message": "deliveries", "data": {"deliveries": [receipt_dict(r) for r in items], "pagination": pagination}}
