"""DeDi's namespace delegation under /dedi: add (or change), remove and list a namespace's delegates."""

import marshmallow as ma
from flask import g
from marshmallow import fields, validate

from app.core.api import Blueprint
from app.core.auth import actor
from app.core.delegation import PERMISSIONS
from app.core.responses import ResponseSchema, iso_time
from app.extensions import db
from app.publishing import delegates

blp = Blueprint("delegates", __name__, url_prefix="/dedi", description="Namespace delegates (DeDi)")
MANAGE = ("manage",)  # the owner's admin keys, or a delegate granted manage


class DelegateRefSchema(ma.Schema):
    tenant = fields.String(validate=validate.Length(min=1, max=100), metadata={"description": "tenant id or name"})
    key_id = fields.String(validate=validate.Length(min=1, max=40), metadata={"description": "or one key"})


class DelegateAddSchema(DelegateRefSchema):
    permissions = fields.List(
        fields.String(validate=validate.OneOf(PERMISSIONS)),
        load_default=["manage"],
        validate=validate.Length(min=1, max=3),
        metadata={"description": "read, publish (with read), manage (with both, and delegates); default manage"},
    )


class DelegateSchema(ResponseSchema):
    tenant_id = fields.String(allow_none=True)
    tenant_name = fields.String(allow_none=True)
    key_id = fields.String(allow_none=True)
    permissions = fields.List(fields.String(), required=True)
    created_by = fields.String(allow_none=True)
    created_at = iso_time()
    updated_at = iso_time()


class DelegateAddedSchema(ResponseSchema):
    message = fields.String(required=True)
    delegate = fields.Nested(DelegateSchema, required=True)


class DelegateRemovedSchema(ResponseSchema):
    message = fields.String(required=True)
    current_delegates = fields.List(fields.Nested(DelegateSchema), required=True)


class DelegateListSchema(ResponseSchema):
    message = fields.String(required=True)
    owner = fields.String(required=True, metadata={"description": "the owning tenant's name"})
    delegates = fields.List(fields.Nested(DelegateSchema), required=True)


@blp.route("/<namespace>/add-namespace-delegate", methods=["POST"])
@blp.auth(*MANAGE, errors=(400, 404))
@blp.arguments(DelegateAddSchema)
@blp.response(200, DelegateAddedSchema)
def add_namespace_delegate(body, namespace):
    """Let another tenant (`tenant`: id or name), or one key (`key_id`), into this namespace only, with
    `permissions`; adding a delegate again changes its permissions. The delegate then reaches the
    namespace by its id (or a name none of its own namespaces has): 403 for what its grant or its key's
    scopes do not allow, 404 for every other namespace. Needs the owner's admin key or a delegate's
    `manage`. 400 without exactly one of tenant and key_id, or for an unknown one."""
    row, made = delegates.add(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        permissions=body["permissions"],
        delegate_tenant=body.get("tenant"),
        key_id=body.get("key_id"),
        actor=actor(),
    )
    db.session.commit()
    return {
        "message": "Delegate added" if made else "Delegate updated",
        "delegate": delegates.delegate_dict(db.session, row),
    }


@blp.route("/<namespace>/remove-namespace-delegate", methods=["POST"])
@blp.auth(*MANAGE, errors=(400, 404))
@blp.arguments(DelegateRefSchema)
@blp.response(200, DelegateRemovedSchema)
def remove_namespace_delegate(body, namespace):
    """Remove a delegate: from then on (within AUTH_CACHE_TTL_S in other processes) it meets 404 in the
    namespace. Answers the delegates left."""
    left = delegates.remove(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        delegate_tenant=body.get("tenant"),
        key_id=body.get("key_id"),
    )
    db.session.commit()
    return {"message": "Delegate removed", "current_delegates": [delegates.delegate_dict(db.session, r) for r in left]}


@blp.route("/<namespace>/get-delegates-by-namespace")
@blp.auth(*MANAGE, errors=(404,))
@blp.response(200, DelegateListSchema)
def get_delegates_by_namespace(namespace):
    """The namespace's owner and its delegates with their permissions."""
    ns, rows = delegates.of(session=db.session, tenant=g.tenant, namespace=namespace)
    return {
        "message": "Delegates",
        "owner": g.tenant.name,
        "delegates": [delegates.delegate_dict(db.session, r) for r in rows],
    }
