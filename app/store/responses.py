"""The 2xx bodies of seeds 000 and 004 (/api/v1/storage/published), field by field, in the seeds'
`{data, meta}` and `{items, meta}` envelopes."""

from marshmallow import fields

from app.core.responses import ResponseSchema, WindowMetaSchema, iso_time


class RequestMetaSchema(ResponseSchema):
    request_id = fields.String(required=True)


class DatasetSchema(ResponseSchema):
    dataset = fields.String(required=True, metadata={"example": "orders"})
    contract = fields.String(required=True, metadata={"example": "v3"})
    namespace = fields.String(required=True)
    qualified_name = fields.String(required=True, metadata={"example": "sales/orders"})
    version = fields.String(required=True, metadata={"example": "v24"})
    description = fields.String(allow_none=True)
    record_count = fields.Integer(required=True)
    last_published_at = iso_time(allow_none=True)
    updated_at = iso_time()


class DatasetListSchema(ResponseSchema):
    items = fields.List(fields.Nested(DatasetSchema), required=True)
    meta = fields.Nested(WindowMetaSchema, required=True)


class StepSchema(ResponseSchema):
    name = fields.String(required=True)
    type = fields.String()
    status = fields.String(required=True)
    row_count = fields.Integer(allow_none=True)


class ProgressSchema(ResponseSchema):
    """Seed 004's progress: steps and elapsed time while building; completion when ready."""

    id = fields.String(required=True)
    status = fields.String(required=True)
    phase = fields.String(allow_none=True)
    started_at = iso_time(allow_none=True)
    completed_at = iso_time(allow_none=True, metadata={"description": "ready only"})
    duration_seconds = fields.Float(metadata={"description": "ready only"})
    steps = fields.List(fields.Nested(StepSchema))
    completed_steps = fields.Integer()
    total_steps = fields.Integer()
    row_count = fields.Integer()
    elapsed_seconds = fields.Integer()
    error_message = fields.String(allow_none=True)


class ArtifactSchema(ResponseSchema):
    name = fields.String(required=True)
    key = fields.String(allow_none=True, metadata={"description": "path relative to the artifact store"})
    size_bytes = fields.Integer(allow_none=True)
    sha256 = fields.String(allow_none=True)
    rows = fields.Integer(allow_none=True)


class SnapshotExportRefSchema(ResponseSchema):
    id = fields.String(required=True)
    target = fields.String(required=True)
    status = fields.String(required=True)


class SnapshotSchema(ResponseSchema):
    id = fields.String(required=True)
    snapshot_id = fields.String(required=True)
    dataset = fields.String(required=True)
    namespace = fields.String()
    contract = fields.String()
    version = fields.String(metadata={"example": "v24"})
    format = fields.String(metadata={"description": "parquet, csv or jsonl"})
    owner_username = fields.String(allow_none=True)
    name = fields.String(allow_none=True)
    description = fields.String(allow_none=True)
    storage_key = fields.String(
        allow_none=True, metadata={"description": "the snapshot's folder in the artifact store"}
    )
    size_bytes = fields.Integer()
    row_counts = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        metadata={"description": "rows per table (one table: the dataset)"},
    )
    status = fields.String(required=True, metadata={"description": "pending, building, ready, failed or expired"})
    phase = fields.String(allow_none=True)
    error_message = fields.String(allow_none=True)
    retry_count = fields.Integer()
    artifacts = fields.List(fields.Nested(ArtifactSchema))
    created_at = iso_time()
    updated_at = iso_time()
    completed_at = iso_time(allow_none=True)
    last_used_at = iso_time(allow_none=True)
    ttl = fields.String(allow_none=True, metadata={"example": "P7D"})
    inactivity_timeout = fields.String(allow_none=True, metadata={"example": "P30D"})
    export_count = fields.Integer()
    progress = fields.Nested(ProgressSchema, allow_none=True, metadata={"description": "get only"})
    exports = fields.List(fields.Nested(SnapshotExportRefSchema), metadata={"description": "get only"})


class SnapshotListSchema(ResponseSchema):
    data = fields.List(fields.Nested(SnapshotSchema), required=True)
    meta = fields.Nested(WindowMetaSchema, required=True)


class SnapshotEnvelope(ResponseSchema):
    data = fields.Nested(SnapshotSchema, required=True)


class RenamedSchema(ResponseSchema):
    id = fields.String(required=True)
    name = fields.String(allow_none=True)
    description = fields.String(allow_none=True)
    updated_at = iso_time()


class RenamedEnvelope(ResponseSchema):
    data = fields.Nested(RenamedSchema, required=True)


class DeletedSchema(ResponseSchema):
    deleted = fields.Boolean(required=True)


class DeletedEnvelope(ResponseSchema):
    data = fields.Nested(DeletedSchema, required=True)


class LifecycleSetSchema(ResponseSchema):
    id = fields.String(required=True)
    ttl = fields.String(allow_none=True)
    inactivity_timeout = fields.String(allow_none=True)
    updated_at = iso_time()


class LifecycleEnvelope(ResponseSchema):
    data = fields.Nested(LifecycleSetSchema, required=True)


class RetriedSchema(ResponseSchema):
    id = fields.String(required=True)
    status = fields.String(required=True)
    previous_status = fields.String(required=True)
    retry_count = fields.Integer(required=True)


class RetriedEnvelope(ResponseSchema):
    data = fields.Nested(RetriedSchema, required=True)


class ProgressEnvelope(ResponseSchema):
    data = fields.Nested(ProgressSchema, required=True)


class SnapshotCreatedSchema(ResponseSchema):
    snapshot_id = fields.String(required=True)
    status = fields.String(required=True, metadata={"description": "building, ready or failed"})


class SweepRunSchema(ResponseSchema):
    started_at = iso_time()
    finished_at = iso_time(allow_none=True)
    counts = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        metadata={"description": "what the sweep did: records_expired, snapshots_requeued, ..."},
    )


class MaintenanceStatusSchema(ResponseSchema):
    interval_s = fields.Float(required=True)
    last_run = fields.Nested(SweepRunSchema, allow_none=True)


class MaintenanceEnvelope(ResponseSchema):
    data = fields.Nested(MaintenanceStatusSchema, required=True)
    meta = fields.Nested(RequestMetaSchema, required=True)


class DownloadUrlSchema(ResponseSchema):
    """A signed download URL: anyone holding it can download the file until it expires or is revoked."""

    url = fields.String(required=True, metadata={"example": "https://datajetty.example/d/eyJkIjoiZGxf..."})
    link_id = fields.String(required=True, metadata={"description": "revoke with DELETE /download-urls/{link_id}"})
    snapshot_id = fields.String(required=True)
    file = fields.String(required=True)
    expires_at = iso_time(required=True)


class DownloadUrlRevokedSchema(ResponseSchema):
    link_id = fields.String(required=True)
    revoked_at = iso_time(required=True)
