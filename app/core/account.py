"""The caller's own tenant: who am I, and the tenant's webhook signing secret."""

from typing import Any

import marshmallow as ma
from flask import current_app, g

from app.core.api import Blueprint
from app.core.auth import new_webhook_secret
from app.core.db import reload
from app.core.models import Tenant
from app.core.responses import ResponseSchema
from app.extensions import db

blp = Blueprint("account", __name__, url_prefix="/api/v1/account", description="The caller's tenant and key")


class MeSchema(ResponseSchema):
    tenant_id = ma.fields.String(required=True)
    tenant_name = ma.fields.String(required=True)
    key_id = ma.fields.String(required=True)
    scopes = ma.fields.List(ma.fields.String(), required=True)
    owner = ma.fields.String(allow_none=True)
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
