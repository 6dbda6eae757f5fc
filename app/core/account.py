"""The caller's own tenant: who am I, the tenant's webhook signing secret, and its API keys."""

from typing import Any

import marshmallow as ma
from flask import current_app, g

from app.core.api import Blueprint
from app.core.auth import create_api_key, new_webhook_secret, revoke_tenant_key, tenant_keys
from app.core.db import iso, reload
from app.core.models import SCOPES, ApiKey, Tenant
from app.core.responses import ResponseSchema, iso_time
from app.extensions import db

blp = Blueprint("account", __name__, url_prefix="/api/v1/account", description="The caller's tenant and key")


class MeSchema(ResponseSchema):
    tenant_id = ma.fields.String(required=True)
    tenant_name = ma.fields.String(required=True)
    key_id = ma.fields.String(required=True)
    scopes = ma.fields.List(ma.fields.String(), required=True)
    owner = ma.fields.String(allow_none=True)
    namespaces = ma.fields.List(
        ma.fields.String(), allow_none=True, metadata={"description": "the namespace ids it may reach; null: all"}
    )
    rate_limit = ma.fields.String(required=True, metadata={"example": "10/second"})


class WebhookSecretSchema(ResponseSchema):
    secret = ma.fields.String(
        required=True, allow_none=True, metadata={"description": "Standard Webhooks signing secret (whsec_...)"}
    )


@blp.route("/me")
@blp.auth()
@blp.response(200, MeSchema)
def get_account() -> dict[str, Any]:
    """Describe the calling key and its tenant."""
    return {
        "tenant_id": g.tenant.id,
        "tenant_name": g.tenant.name,
        "key_id": g.api_key.id,
        "scopes": sorted(g.api_key.scope_set),
        "owner": g.api_key.owner,
        "namespaces": g.api_key.namespaces,
        "rate_limit": g.tenant.rate_limit or current_app.config["DEFAULT_RATE_LIMIT"],
    }


@blp.route("/webhook-secret")
@blp.auth("admin")
@blp.response(200, WebhookSecretSchema)
def get_webhook_secret() -> dict[str, str]:
    """The tenant's Standard Webhooks signing secret (whsec_...)."""
    return {"secret": g.tenant.webhook_secret}


@blp.route("/webhook-secret/rotate", methods=["POST"])
@blp.auth("admin")
@blp.response(200, WebhookSecretSchema)
def rotate_webhook_secret() -> dict[str, str]:
    """Replace the tenant's webhook signing secret; later deliveries use the new one."""
    tenant = reload(db.session, Tenant, g.tenant.id)  # g.tenant may be a cached, detached row
    tenant.webhook_secret = new_webhook_secret()
    db.session.commit()
    return {"secret": tenant.webhook_secret}


class KeyCreateSchema(ma.Schema):
    scopes = ma.fields.List(
        ma.fields.String(validate=ma.validate.OneOf(SCOPES)), required=True, validate=ma.validate.Length(min=1)
    )
    owner = ma.fields.String(validate=ma.validate.Length(max=100))
    namespaces = ma.fields.List(
        ma.fields.String(validate=ma.validate.Length(min=1, max=253)),
        validate=ma.validate.Length(min=1, max=100),
        metadata={"description": "ids, names or verified domains: the only namespaces the key may reach"},
    )


class KeySchema(ResponseSchema):
    key_id = ma.fields.String(required=True)
    prefix = ma.fields.String(required=True)
    scopes = ma.fields.List(ma.fields.String(), required=True)
    owner = ma.fields.String(allow_none=True)
    namespaces = ma.fields.List(ma.fields.String(), allow_none=True)
    created_at = iso_time()
    revoked_at = iso_time(allow_none=True)


class KeyCreatedSchema(KeySchema):
    token = ma.fields.String(required=True, metadata={"description": "shown this once; stored only hashed"})


class KeyListSchema(ResponseSchema):
    items = ma.fields.List(ma.fields.Nested(KeySchema), required=True)


def _key_dict(key: ApiKey) -> dict[str, Any]:
    return {
        "key_id": key.id,
        "prefix": key.prefix,
        "scopes": sorted(key.scope_set),
        "owner": key.owner,
        "namespaces": key.namespaces,
        "created_at": iso(key.created_at),
        "revoked_at": iso(key.revoked_at),
    }


@blp.route("/keys", methods=["POST"])
@blp.auth("admin", errors=(400,))
@blp.arguments(KeyCreateSchema)
@blp.response(201, KeyCreatedSchema)
def create_key(body: dict[str, Any]) -> dict[str, Any]:
    """Create an API key of this tenant; its token is in this answer only. `namespaces` limits it to
    those namespaces: elsewhere it meets 404, as if they did not exist. 400 names namespaces the tenant
    does not have, and refuses to limit an admin key (an admin governs the whole tenant)."""
    key, token = create_api_key(
        session=db.session,
        tenant=g.tenant,
        scopes=body["scopes"],
        owner=body.get("owner"),
        namespaces=body.get("namespaces"),
    )
    db.session.commit()
    return {**_key_dict(key), "token": token}


@blp.route("/keys")
@blp.auth("admin")
@blp.response(200, KeyListSchema)
def list_keys() -> dict[str, Any]:
    """The tenant's API keys, oldest first (never their tokens)."""
    return {"items": [_key_dict(k) for k in tenant_keys(session=db.session, tenant=g.tenant)]}


@blp.route("/keys/<key_id>", methods=["DELETE"])
@blp.auth("admin", errors=(404,))
@blp.response(200, KeySchema)
def revoke_key(key_id: str) -> dict[str, Any]:
    """Revoke one of the tenant's keys: it answers 401 from then on (other processes within
    AUTH_CACHE_TTL_S)."""
    key = revoke_tenant_key(session=db.session, tenant=g.tenant, key_id=key_id)
    db.session.commit()
    return _key_dict(key)
