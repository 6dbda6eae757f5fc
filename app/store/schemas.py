"""Request schemas for the Published Store and snapshot management."""

from datetime import UTC

import marshmallow as ma
from marshmallow import fields, validate

from app.core.durations import DURATION_REGEX
from app.store.models import FORMATS, STATUSES

# a data version as resolve_version reads it: latest, v24 or 24
DATA_VERSION = validate.Regexp(r"^(?:latest|[vV]?\d{1,9})$", error="version must be v<N>, <N> or latest")
DURATION = [
    validate.Length(min=2, max=40),
    validate.Regexp(
        DURATION_REGEX,
        error="must be an ISO 8601 duration such as P7D or PT12H (weeks, days and time; no years or months)",
    ),
]


class Meta:
    unknown = ma.INCLUDE


class WindowArgsSchema(ma.Schema):
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0, max=10**9))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=100))


class DatasetQueryArgsSchema(WindowArgsSchema):
    namespace = fields.String(validate=validate.Length(max=128))
    search = fields.String(validate=validate.Length(max=200))
    updated_after = fields.AwareDateTime(default_timezone=UTC)


class SnapshotCreateSchema(ma.Schema):
    dataset = fields.String(required=True, validate=validate.Length(min=1, max=260))
    version = fields.String(load_default="latest", validate=DATA_VERSION)
    format = fields.String(load_default="parquet", validate=validate.OneOf(FORMATS))
    name = fields.String(validate=validate.Length(max=255))
    description = fields.String(validate=validate.Length(max=10_000))
    ttl = fields.String(validate=DURATION)
    inactivity_timeout = fields.String(validate=DURATION)

    @ma.pre_load
    def version_as_text(self, data, **_):
        if isinstance(data, dict) and isinstance(data.get("version"), int) and not isinstance(data["version"], bool):
            data = {**data, "version": str(data["version"])}
        return data


class SnapshotQueryArgsSchema(WindowArgsSchema):
    status = fields.String(
        validate=validate.OneOf([*STATUSES, "creating"]),
        metadata={"description": "creating is seed 004's name for building"},
    )
    dataset = fields.String(validate=validate.Length(max=128))
    namespace = fields.String(
        validate=validate.Length(max=128),
        metadata={"description": "a namespace's id, name or verified domain; a delegate names the delegated one"},
    )
    version = fields.String(validate=validate.Regexp(r"^[vV]?\d{1,9}$"))
    format = fields.String(validate=validate.OneOf(FORMATS))
    owner = fields.String(validate=validate.Length(max=100))
    search = fields.String(validate=validate.Length(max=200))
    created_after = fields.AwareDateTime(default_timezone=UTC)
    created_before = fields.AwareDateTime(default_timezone=UTC)
    sort_by = fields.String(
        load_default="created_at", validate=validate.OneOf(["name", "created_at", "status", "size_bytes"])
    )
    sort_order = fields.String(load_default="desc", validate=validate.OneOf(["asc", "desc"]))

    @ma.post_load
    def _seed_status_names(self, data, **_):
        if data.get("status") == "creating":
            data["status"] = "building"
        return data


class SnapshotUpdateSchema(ma.Schema):
    name = fields.String(validate=validate.Length(min=1, max=255))
    description = fields.String(allow_none=True, validate=validate.Length(max=10_000))


class LifecycleSchema(ma.Schema):
    ttl = fields.String(validate=DURATION)
    inactivity_timeout = fields.String(validate=DURATION)


class DownloadArgsSchema(ma.Schema):
    file = fields.String(
        validate=validate.Length(min=1, max=255),
        metadata={"description": "an artifact name: the data file (the default) or `manifest.json`"},
    )


class DownloadUrlCreateSchema(ma.Schema):
    expires_in_s = fields.Integer(
        load_default=3600,
        validate=validate.Range(min=1, max=10**9),
        metadata={"description": "lifetime in seconds, at most DOWNLOAD_URL_MAX_S (default 7 days)"},
    )
    file = fields.String(validate=validate.Length(min=1, max=255), metadata={"description": "default: the data file"})
