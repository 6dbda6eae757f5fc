"""Seed 000 POST /exports (admin) and seed 001 export jobs (tenant consumers)."""

from datetime import UTC

import marshmallow as ma
from flask import g
from marshmallow import fields, validate

from app.core import seed_examples
from app.core.api import Blueprint
from app.core.auth import actor
from app.core.pagination import list_meta
from app.core.responses import ResponseSchema, WindowMetaSchema, iso_time
from app.exports import service
from app.exports.models import ExportStatus
from app.exports.tasks import enqueue_export
from app.extensions import db
from app.store.models import FORMATS
from app.store.schemas import DATA_VERSION, WindowArgsSchema
from app.store.tasks import enqueue_build

admin_blp = Blueprint(
    "store_exports",
    __name__,
    url_prefix="/api/v1/storage/published",
    description="Published Store: export a snapshot (seed 000)",
)
blp = Blueprint(
    "exports",
    __name__,
    url_prefix="/api/v1/data-consumption/exports",
    description="Exports: one-step export jobs (seed 001)",
)
TARGET = validate.And(validate.Length(min=1, max=1000), validate.Regexp(r"^(s3|file)://"))
WEBHOOK = validate.And(validate.Length(min=1, max=1000), validate.Regexp(r"^https?://"))


class ExportCreateSchema(ma.Schema):
    snapshot_id = fields.String(required=True, validate=validate.Length(max=40))
    target = fields.String(required=True, validate=TARGET)
    notify_webhook = fields.String(load_default=None, allow_none=True, validate=WEBHOOK)


class ExportJobCreateSchema(ma.Schema):
    dataset = fields.String(required=True, validate=validate.Length(min=1, max=260))
    version = fields.String(load_default="latest", validate=DATA_VERSION)
    format = fields.String(load_default="parquet", validate=validate.OneOf(FORMATS))
    target = fields.String(required=True, validate=TARGET)
    notify_webhook = fields.String(load_default=None, allow_none=True, validate=WEBHOOK)


class ExportQueryArgsSchema(WindowArgsSchema):
    status = fields.String(validate=validate.OneOf(list(ExportStatus)))
    dataset = fields.String(validate=validate.Length(max=128))
    namespace = fields.String(
        validate=validate.Length(max=128),
        metadata={"description": "a namespace's id, name or verified domain; a delegate names the delegated one"},
    )
    created_after = fields.AwareDateTime(default_timezone=UTC)
    created_before = fields.AwareDateTime(default_timezone=UTC)


class ExportCreatedSchema(ResponseSchema):
    export_id = fields.String(required=True)
    status = fields.String(required=True, metadata={"description": "queued, running, done or failed"})
    snapshot_ref = fields.String(required=True)


class DeliveredFileSchema(ResponseSchema):
    uri = fields.String(required=True, metadata={"example": "s3://bucket/prefix/orders_v24.parquet"})
    size_bytes = fields.Integer(allow_none=True)
    sha256 = fields.String(allow_none=True, metadata={"description": "of the bytes at uri, verified after the copy"})
    rows = fields.Integer(allow_none=True)


class ReceiptSchema(ResponseSchema):
    """One webhook delivery attempt."""

    event_id = fields.String(required=True)
    event = fields.String(required=True, metadata={"example": "export.done"})
    attempt = fields.Integer(required=True)
    status = fields.String(required=True, metadata={"description": "pending, delivered, failed or gave_up"})
    status_code = fields.Integer(allow_none=True)
    latency_ms = fields.Integer(allow_none=True)
    error = fields.String(allow_none=True)
    attempted_at = iso_time(allow_none=True)
    next_attempt_at = iso_time(allow_none=True)


class ExportSchema(ExportCreatedSchema):
    snapshot_deleted = fields.Boolean()
    dataset = fields.String()
    version = fields.String()
    format = fields.String()
    target = fields.String()
    destination = fields.String(allow_none=True, metadata={"description": "the directory the files land in"})
    notify_webhook = fields.String(allow_none=True)
    error = fields.String(allow_none=True)
    artifacts = fields.List(fields.Nested(DeliveredFileSchema))
    receipts = fields.List(fields.Nested(ReceiptSchema), metadata={"description": "get only"})
    created_at = iso_time()
    updated_at = iso_time(allow_none=True)
    finished_at = iso_time(allow_none=True)


class ExportListSchema(ResponseSchema):
    items = fields.List(fields.Nested(ExportSchema), required=True)
    meta = fields.Nested(WindowMetaSchema, required=True)


@admin_blp.route("/exports", methods=["POST"])
@admin_blp.auth("admin", errors=(404, 503), delegate_by=("snapshot_id",))
@admin_blp.arguments(ExportCreateSchema, example=seed_examples.CREATE_EXPORT)
@admin_blp.response(202, ExportCreatedSchema)
def create_export(body):
    """Export a snapshot to a target (s3:// or file://), with an optional signed webhook.

    A target names a directory, never a file: `file:///srv/exports/orders` (under an `EXPORT_ROOTS`
    directory) writes `/srv/exports/<tenant id>/orders/<dataset>_v<N>.<format>` and
    `<that name>.manifest.json`; `s3://bucket/prefix` writes the same names under the prefix (the
    bucket must be on the tenant's allow-list). The export's `destination` states the directory.
    409 `conflict` when another snapshot's export already put the same file names there."""
    export, snap = service.create_export(session=db.session, tenant=g.tenant, actor=actor(), **body)
    enqueue_export(export, snap)
    db.session.commit()
    return {"export_id": export.id, "status": export.status, "snapshot_ref": snap.id}


@blp.route("/jobs", methods=["POST"])
@blp.auth("export", errors=(404, 503), delegate_by=("dataset",))
@blp.arguments(ExportJobCreateSchema, example=seed_examples.CREATE_EXPORT_JOB)
@blp.response(202, ExportCreatedSchema)
def create_export_job(body):
    """Export a dataset version in one call: finds or builds the snapshot, then delivers it.

    A target names a directory, never a file: `file:///srv/exports/orders` (under an `EXPORT_ROOTS`
    directory) writes `/srv/exports/<tenant id>/orders/<dataset>_v<N>.<format>` and
    `<that name>.manifest.json`; `s3://bucket/prefix` writes the same names under the prefix (the
    bucket must be on the tenant's allow-list). The export's `destination` states the directory.
    409 `conflict` when another snapshot's export already put the same file names there."""
    export, snap, needs_build, is_new = service.create_job(session=db.session, tenant=g.tenant, actor=actor(), **body)
    if needs_build:
        enqueue_build(snap)
    if is_new:
        enqueue_export(export, snap)
    db.session.commit()
    return {"export_id": export.id, "status": export.status, "snapshot_ref": snap.id}


@blp.route("/jobs/<export_id>")
@blp.auth("export", "read", errors=(404,))
@blp.response(200, ExportSchema)
def get_export_job(export_id):
    """Export status with artifacts and webhook receipts."""
    export = service.get_export(session=db.session, tenant=g.tenant, export_id=export_id)
    states = service.snapshot_states(session=db.session, exports=[export])
    return {
        **service.export_dict(export, snapshot_status=states.get(export.snapshot_id)),
        "receipts": service.receipts(session=db.session, export=export),
    }


@blp.route("/jobs")
@blp.auth("export", "read", delegate_by=("namespace",))
@blp.arguments(ExportQueryArgsSchema, location="query")
@blp.response(200, ExportListSchema)
def list_export_jobs(args):
    """The tenant's exports, newest first, filtered by status, dataset, namespace and creation time."""
    items, total = service.list_exports(session=db.session, tenant=g.tenant, **args)
    states = service.snapshot_states(session=db.session, exports=items)
    return {
        "items": [service.export_dict(e, snapshot_status=states.get(e.snapshot_id)) for e in items],
        "meta": list_meta(total, args["offset"], args["limit"]),
    }
