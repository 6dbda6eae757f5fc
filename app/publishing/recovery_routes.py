"""Soft delete and restore under /dedi, as DeDi's newest state model has them (publishing/recovery.py)."""

from flask import current_app, g

from app.core.api import Blueprint
from app.core.auth import actor
from app.core.pagination import page_of
from app.extensions import db
from app.publishing import recovery
from app.publishing.responses import (
    DeletedListEnvelope,
    DeletedRegistryListEnvelope,
    RecordsDeletedEnvelope,
    RecordsRestoredEnvelope,
    RegistryDeletedEnvelope,
    RegistryRestoredEnvelope,
)
from app.publishing.schemas import (
    DeletedArgsSchema,
    DeleteRecordsSchema,
    DeleteRegistrySchema,
    RestoreRecordsSchema,
    RestoreRegistrySchema,
    deletion_dict,
)

blp = Blueprint("recovery", __name__, url_prefix="/dedi", description="Soft delete and restore (DeDi v0.6)")
WRITE, READ = ("publish",), ("read", "publish")


@blp.route("/<namespace>/<registry_name>/delete-records", methods=["DELETE"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.arguments(DeleteRecordsSchema)
@blp.response(200, RecordsDeletedEnvelope)
def delete_records(body, namespace, registry_name):
    """Soft-delete live records (one data version): they leave lookups' live answers, queries and
    exports, and wait in the recovery area (`GET /dedi/deleted/records`), restorable for
    DELETE_RETENTION_S (3 days by default); the maintenance sweep then purges them. A lookup answers
    200 with `state: deleted` until then, 404 after. 409 names records that are not live."""
    data = recovery.delete_records(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        names=body["records"],
        reason=body["reason"],
        retention_s=current_app.config["DELETE_RETENTION_S"],
        actor=actor(),
    )
    db.session.commit()
    return {"message": "Records deleted", "data": data}


@blp.route("/deleted/records")
@blp.auth(*READ, errors=(404,))
@blp.arguments(DeletedArgsSchema, location="query")
@blp.response(200, DeletedListEnvelope)
def deleted_records(args):
    """The recovery area: soft-deleted records still restorable, newest first."""
    return _deleted_page(args, "record", "records")


def _deleted_page(args, scope, plural):
    query = recovery.deleted(
        session=db.session,
        tenant=g.tenant,
        scope=scope,
        namespace=args.get("namespace"),
        registry_name=args.get("registry_name"),
    )
    items, pagination = page_of(db.session, query, args["page"], args["limit"])
    return {
        "message": f"Deleted {plural}",
        "data": {plural: [deletion_dict(d) for d in items], "pagination": pagination},
    }


@blp.route("/restore/records", methods=["POST"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.arguments(RestoreRecordsSchema)
@blp.response(200, RecordsRestoredEnvelope)
def restore_records(body):
    """Restore soft-deleted records: live again with the content and record_id they had, as a new data
    version per registry. `namespace_id` takes the namespace's id or name; `deleted_history_id` is
    required when the name was deleted more than once in the window (400 lists the candidates). 404
    for a record not in the recovery area (never deleted, restored, or purged); 409 when the name is
    live again."""
    data = recovery.restore_records(session=db.session, tenant=g.tenant, wanted=body["records"], actor=actor())
    db.session.commit()
    return {"message": "Records restored", "data": data}


@blp.route("/<namespace>/<registry_name>/delete-registry", methods=["DELETE"])
@blp.auth(*WRITE, errors=(404, 409))
@blp.arguments(DeleteRegistrySchema)
@blp.response(200, RegistryDeletedEnvelope)
def delete_registry(body, namespace, registry_name):
    """Soft-delete a registry (a new data version): it leaves registry lists and queries and is no
    dataset to snapshot; it takes no writes (409); its lookups, and its records', answer 200 with
    `state` / `registry_state: deleted`. It waits in `GET /dedi/deleted/registries`, restorable for
    DELETE_RETENTION_S, its name still taken; then the sweep purges it (lookups 404, the name is
    free). 409 if it is already deleted."""
    data = recovery.delete_registry(
        session=db.session,
        tenant=g.tenant,
        namespace=namespace,
        registry_name=registry_name,
        reason=body["reason"],
        retention_s=current_app.config["DELETE_RETENTION_S"],
        actor=actor(),
    )
    db.session.commit()
    return {"message": "Registry deleted", "data": data}


@blp.route("/deleted/registries")
@blp.auth(*READ, errors=(404,))
@blp.arguments(DeletedArgsSchema, location="query")
@blp.response(200, DeletedRegistryListEnvelope)
def deleted_registries(args):
    """The recovery area's registries: soft-deleted and still restorable, newest first."""
    return _deleted_page(args, "registry", "registries")


@blp.route("/restore/registry", methods=["POST"])
@blp.auth(*WRITE, errors=(404,))
@blp.arguments(RestoreRegistrySchema)
@blp.response(200, RegistryRestoredEnvelope)
def restore_registry(body):
    """Restore a soft-deleted registry to the state it had (live or inactive), as a new data version;
    `namespace_id` takes the namespace's id or name. 404 if it is not in the recovery area."""
    data = recovery.restore_registry(
        session=db.session,
        tenant=g.tenant,
        namespace=body["namespace_id"],
        registry_name=body["registry_name"],
        deleted_history_id=body.get("deleted_history_id"),
        actor=actor(),
    )
    db.session.commit()
    return {"message": "Registry restored", "data": data}
