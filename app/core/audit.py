"""The audit trail: every state-changing API request (POST, PUT, PATCH, DELETE by a key) leaves one
row — when, which key and owner, the action (the operation), the resource (the path), its namespace,
the request id and the outcome (the status answered, refusals included) — and `GET /api/v1/audit`
lists the tenant's rows to its admins, filtered by namespace, actor, action and time."""

import logging
from datetime import UTC
from typing import Any

import marshmallow as ma
from flask import Response, g, request
from marshmallow import fields, validate
from sqlalchemy import Select, or_, select

from app.core import delegation
from app.core.api import Blueprint
from app.core.auth import namespace_id_of
from app.core.db import iso
from app.core.models import AuditEntry
from app.core.pagination import list_meta, offset_of
from app.core.responses import ResponseSchema, WindowMetaSchema, iso_time
from app.extensions import db

log = logging.getLogger(__name__)
WRITES = ("POST", "PUT", "PATCH", "DELETE")
blp = Blueprint("audit", __name__, url_prefix="/api/v1/audit", description="Audit: who did what")


def _namespace() -> str | None:
    """The namespace a request acts on: what its route said (`g.audit_namespace`), else its path's,
    else its JSON body's."""
    ref = g.get("audit_namespace") or (request.view_args or {}).get("namespace")
    if ref is None and request.is_json:
        body = request.get_json(silent=True)
        if isinstance(body, dict):
            ref = body.get("namespace") or body.get("namespace_id")
    return str(ref)[:128] if ref is not None else None


def record(response: Response) -> Response:
    """after_request: one audit row for a keyed write, in its own commit (a failed request's leftovers
    are rolled back first). An audit failure is logged, never turned into the caller's error."""
    key, endpoint = g.get("api_key"), request.endpoint
    if request.method not in WRITES or key is None or endpoint is None or endpoint == "static":
        return response
    try:
        db.session.rollback()
        ref = _namespace()
        # a delegate's act is the namespace owner's to see
        tenant_id = g.tenant.id if g.get("delegation") else key.tenant_id
        db.session.add(
            AuditEntry(
                tenant_id=tenant_id,
                actor=key.owner or key.id,
                key_id=key.id,
                action=endpoint[:60],
                target=request.path[:200],
                namespace=ref,
                namespace_id=namespace_id_of(db.session, tenant_id, ref) if ref else None,
                method=request.method,
                request_id=g.get("request_id"),
                outcome=response.status_code,
            )
        )
        db.session.commit()
    except Exception:
        db.session.rollback()
        log.exception("audit row not written for %s %s", request.method, request.path)
    return response


class AuditArgsSchema(ma.Schema):
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0, max=10**9))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=100))
    namespace = fields.String(validate=validate.Length(max=128), metadata={"description": "as the request named it"})
    actor = fields.String(validate=validate.Length(max=100), metadata={"description": "a key's owner, or key id"})
    action = fields.String(
        validate=validate.Length(max=60),
        metadata={"description": "an operation (publishing.create_registry), or its area followed by a dot"},
    )
    outcome = fields.Integer(validate=validate.Range(min=100, max=599), metadata={"description": "an HTTP status"})
    created_after = fields.AwareDateTime(default_timezone=UTC)
    created_before = fields.AwareDateTime(default_timezone=UTC)


class AuditEntrySchema(ResponseSchema):
    id = fields.Integer(required=True)
    created_at = iso_time()
    actor = fields.String(allow_none=True, metadata={"description": "the key's owner (or its id); maintenance"})
    key_id = fields.String(allow_none=True)
    action = fields.String(required=True, metadata={"example": "publishing.create_registry"})
    method = fields.String(allow_none=True)
    resource = fields.String(required=True, metadata={"description": "the request path, or the swept resource"})
    namespace = fields.String(allow_none=True)
    request_id = fields.String(allow_none=True)
    outcome = fields.Integer(allow_none=True, metadata={"description": "the HTTP status answered"})
    details = fields.Dict(allow_none=True)


class AuditListSchema(ResponseSchema):
    items = fields.List(fields.Nested(AuditEntrySchema), required=True)
    meta = fields.Nested(WindowMetaSchema, required=True)


def entries(tenant_id: str, args: dict[str, Any], delegated: list[str] | None = None) -> Select[Any]:
    """The tenant's audit rows, and those of the `delegated` namespaces (ids), matching `args`, newest
    first."""
    query = select(AuditEntry).where(
        or_(AuditEntry.tenant_id == tenant_id, AuditEntry.namespace_id.in_(delegated or []))
    )
    for name in ("namespace", "actor", "outcome"):
        if args.get(name) is not None:
            query = query.where(getattr(AuditEntry, name) == args[name])
    if args.get("action"):
        action = args["action"]
        query = query.where(
            AuditEntry.action.startswith(action, autoescape=True)
            if action.endswith(".")
            else AuditEntry.action == action
        )
    if args.get("created_after") is not None:
        query = query.where(AuditEntry.created_at >= args["created_after"])
    if args.get("created_before") is not None:
        query = query.where(AuditEntry.created_at < args["created_before"])
    return query.order_by(AuditEntry.id.desc())


def entry_dict(row: AuditEntry) -> dict[str, Any]:
    return {
        "id": row.id,
        "created_at": iso(row.created_at),
        "actor": row.actor,
        "key_id": row.key_id,
        "action": row.action,
        "method": row.method,
        "resource": row.target,
        "namespace": row.namespace,
        "request_id": row.request_id,
        "outcome": row.outcome,
        "details": row.details,
    }


@blp.route("")
@blp.auth("admin")
@blp.arguments(AuditArgsSchema, location="query")
@blp.response(200, AuditListSchema)
def list_audit(args: dict[str, Any]) -> dict[str, Any]:
    """The tenant's audit trail, newest first: every state-changing request made with its keys (and
    what the maintenance sweep changed), and every row of the namespaces it is a delegate of, filtered
    by `namespace`, `actor`, `action` (an operation, or an area with a trailing dot: `publishing.`),
    `outcome` and time."""
    delegated = list(delegation.delegated_to(g.api_key))
    items, total = offset_of(db.session, entries(g.tenant.id, args, delegated), args["offset"], args["limit"])
    return {"items": [entry_dict(r) for r in items], "meta": list_meta(total, args["offset"], args["limit"])}
