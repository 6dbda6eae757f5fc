"""Request schemas for the publish APIs and the dict shapes they answer with."""

from datetime import UTC

import marshmallow as ma
from marshmallow import fields, validate

from app.core.db import iso
from app.publishing.validation import TAGS

NAME = validate.Regexp(
    r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$",
    error="letters, digits, '.', '_' and '-' only, starting with a letter or digit",
)
# the words /dedi's fixed routes use: a namespace so named would make /dedi/namespaces/registries mean two things
RESERVED_NAMESPACES = (
    "namespaces",
    "registries",
    "lookup",
    "query",
    "bulk-upload",
    "bulk-import",
    "create-namespace",
    "versions",
    "deleted",
    "restore",
    "subscribe",
    "unsubscribe",
    "subscriptions",
    "generate-dns-txt",
    "verify-domain",
    "check-verification",
    "get-dns-txt",
    "search",
)
# a namespace in a path: its name, id or a verified domain (up to 253 characters), never a reserved word
# (those name other routes: /dedi/lookup/... is a lookup, not the namespace "lookup")
NAMESPACE_REF = rf"^(?!(?:{'|'.join(RESERVED_NAMESPACES)})$)[A-Za-z0-9][A-Za-z0-9._-]{{0,252}}$"
NAMESPACE_NAME = validate.Regexp(
    rf"^(?!(?:{'|'.join(RESERVED_NAMESPACES)})$)[A-Za-z0-9][A-Za-z0-9._-]{{0,127}}$",
    error=f"letters, digits, '.', '_' and '-' only, starting with a letter or digit; not one of {RESERVED_NAMESPACES}",
)
RECORD_NAME = validate.Regexp(r"^[^/\x00]{1,255}$", error="1-255 characters, no '/' or NUL")


# what resolve_as_of reads: latest, v7 / 7, or a real calendar time (a day past 28 is left out so every
# string the pattern admits is a date that exists; the server reads any valid ISO time)
# a real calendar date (29-31 only in the months that have them, 29 February only in leap years)
DATE_REGEX = (
    r"(?:(?:19|20)\d{2}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
    r"|(?:(?:19|20)(?:0[48]|[2468][048]|[13579][26])|2000)-02-29)"
)
AS_OF_REGEX = (
    r"^(?:latest|[vV]?\d{1,9}|" + DATE_REGEX + r""
    r"(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-](?:0\d|1[0-3]):[0-5]\d)?)?)$"
)


class NamespaceCreateSchema(ma.Schema):
    name = fields.String(required=True, validate=NAMESPACE_NAME)
    description = fields.String(required=True, validate=validate.Length(max=10_000))
    meta = fields.Dict(load_default=dict)
    version_count = fields.Integer(allow_none=True, validate=validate.Range(min=0, max=2**31 - 1))


class NamespaceUpdateSchema(ma.Schema):
    description = fields.String(validate=validate.Length(max=10_000))
    meta = fields.Dict()
    public = fields.Boolean(
        metadata={
            "description": "true: lookups, queries, versions, CSV exports and snapshot downloads of its live "
            "data answer without a key (admin scope to change; audited)"
        }
    )


class RegistryCreateSchema(ma.Schema):
    registry_name = fields.String(required=True, validate=NAME)
    description = fields.String(required=True, validate=validate.Length(max=10_000))
    schema = fields.Dict(load_default=None, allow_none=True)
    tag = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(list(TAGS)))
    meta = fields.Dict(load_default=dict)
    ttl = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(min=1, max=10**9))


class RegistryUpdateSchema(ma.Schema):
    description = fields.String(validate=validate.Length(max=10_000))
    meta = fields.Dict()
    ttl = fields.Integer(validate=validate.Range(min=1, max=10**9))
    schema = fields.Dict()
    # the seed's update example sends "custom": a statement of what the registry is, checked, never ignored
    tag = fields.String(
        load_only=True,
        validate=validate.OneOf(["custom", *TAGS]),
        metadata={
            "description": "what the registry already is: custom (its own schema) or its pre-built tag; tags "
            "are fixed at creation, so any other value answers 400"
        },
    )


class RegistryUpdateArgsSchema(ma.Schema):
    force = fields.Boolean(load_default=False)
    dry_run = fields.Boolean(load_default=False)


class RecordCreateSchema(ma.Schema):
    record_name = fields.String(required=True, validate=RECORD_NAME)
    description = fields.String(load_default="", validate=validate.Length(max=10_000))
    details = fields.Dict(required=True)
    meta = fields.Dict(load_default=dict)
    valid_till = fields.AwareDateTime(load_default=None, allow_none=True, default_timezone=UTC)
    ttl = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(min=1, max=10**9))


class RecordUpdateSchema(ma.Schema):
    description = fields.String(validate=validate.Length(max=10_000))
    details = fields.Dict()
    meta = fields.Dict()
    valid_till = fields.AwareDateTime(allow_none=True, default_timezone=UTC)
    ttl = fields.Integer(validate=validate.Range(min=1, max=10**9))


class PublishArgsSchema(ma.Schema):
    publish = fields.Boolean(load_default=False)


class PublishRecordsSchema(ma.Schema):
    records = fields.List(
        fields.String(validate=RECORD_NAME),
        validate=validate.Length(min=1, max=10_000),
        metadata={"description": "One or more draft record names (or give job_id instead)."},
    )
    job_id = fields.String(
        validate=validate.Length(min=1, max=40),
        metadata={"description": "A bulk upload's job id: publish every draft it made that is still a draft."},
    )

    @ma.validates_schema
    def _one_of(self, data, **kwargs):
        if ("records" in data) == ("job_id" in data):
            raise ma.ValidationError("give records or job_id, exactly one", "records")


class DeleteRecordsSchema(ma.Schema):
    records = fields.List(
        fields.String(validate=RECORD_NAME), required=True, validate=validate.Length(min=1, max=10_000)
    )
    reason = fields.String(load_default="", validate=validate.Length(max=1000))


class DeleteRegistrySchema(ma.Schema):
    reason = fields.String(load_default="", validate=validate.Length(max=1000))


class RestoreRegistrySchema(ma.Schema):
    namespace_id = fields.String(required=True, validate=validate.Length(min=1, max=128))
    registry_name = fields.String(required=True, validate=validate.Length(min=1, max=128))
    deleted_history_id = fields.String(validate=validate.Length(min=1, max=40))


class RestoreItemSchema(ma.Schema):
    namespace_id = fields.String(required=True, validate=validate.Length(min=1, max=128))
    registry_name = fields.String(required=True, validate=validate.Length(min=1, max=128))
    record_name = fields.String(required=True, validate=RECORD_NAME)
    deleted_history_id = fields.String(
        validate=validate.Length(min=1, max=40), metadata={"description": "required when the name was deleted twice"}
    )


class RestoreRecordsSchema(ma.Schema):
    records = fields.List(fields.Nested(RestoreItemSchema), required=True, validate=validate.Length(min=1, max=1000))


class DeletedArgsSchema(ma.Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10**6))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=100))
    namespace = fields.String(validate=validate.Length(min=1, max=128), metadata={"description": "id or name"})
    registry_name = fields.String(validate=validate.Length(min=1, max=128))


class PageArgsSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10**6))
    limit = fields.Integer(load_default=10, validate=validate.Range(min=1, max=100))
    search = fields.String(validate=validate.Length(max=200))


class QueryArgsSchema(PageArgsSchema):
    class Meta:
        unknown = ma.EXCLUDE
        query_prefixes = ("details.",)  # details.<path>[op]=value filters, checked by publishing/filters.py

    page_size = fields.Integer(
        validate=validate.Range(min=1, max=100), metadata={"description": "DeDi's name for limit"}
    )
    q = fields.String(validate=validate.Length(max=200), metadata={"description": "text in the name or description"})
    name = fields.String(validate=validate.Length(min=3, max=255), metadata={"description": "part of the record name"})
    state = fields.String(
        validate=validate.OneOf(["live", "draft", "revoked", "expired", "deleted"]),
        metadata={"description": "live (the default); draft lists drafts; revoked, expired, deleted list the closed"},
    )
    from_ = fields.Date(data_key="from", metadata={"description": "updated on or after this day (YYYY-MM-DD)"})
    to = fields.Date(metadata={"description": "updated on or before this day (YYYY-MM-DD)"})
    sort = fields.String(
        validate=validate.Length(max=500),
        metadata={"description": "comma list of schema properties or date, updated, status, name, id; -key descends"},
    )
    fields_ = fields.String(
        data_key="fields",
        validate=validate.Length(max=2000),
        metadata={"description": "comma list of schema properties to keep in each record's details"},
    )
    as_on = fields.Date(metadata={"description": "the data version current at the end of this day (UTC)"})

    as_of = fields.String(
        validate=[
            validate.Length(max=64),
            validate.Regexp(
                AS_OF_REGEX,
                error=("as_of must be latest, a data version (v7) or an ISO 8601 time (2026-11-23T10:00:00Z)"),
            ),
        ]
    )


def namespace_dict(ns):
    return {
        "namespace_id": ns.id,
        "name": ns.name,
        "description": ns.description,
        "meta": ns.meta,
        "version_count": ns.version_count,
        "public": ns.public,
        "created_at": iso(ns.created_at),
        "updated_at": iso(ns.updated_at),
    }


def registry_dict(reg, record_count=None):
    out = {
        "registry_id": reg.id,
        "registry_name": reg.name,
        "namespace_id": reg.namespace_id,
        "description": reg.description,
        "meta": reg.meta,
        "tag": reg.tag,
        "ttl": reg.ttl,
        "state": reg.state,
        "schema": reg.schema,
        "contract": f"v{reg.contract_version}",
        "version": f"v{reg.data_version}",
        "data_version": reg.data_version,
        "last_published_at": iso(reg.last_published_at),
        "created_at": iso(reg.created_at),
        "updated_at": iso(reg.updated_at),
    }
    if record_count is not None:
        out["record_count"] = record_count
    return out


def record_dict(row):
    return {
        "record_id": row.record_id,
        "record_name": row.name,
        "description": row.description,
        "details": row.details,
        "meta": row.meta,
        "state": row.state,
        "version": row.version_from,
        "contract": f"v{row.contract_version}",
        "ttl": row.ttl,
        "valid_till": iso(row.valid_till),
        "created_at": iso(row.created_at),
        "updated_at": iso(row.updated_at),
    }


def version_dict(v):
    return {
        "version": v.version,
        "change": v.change,
        "record_count": v.record_count,
        "actor": v.actor,
        "created_at": iso(v.created_at),
    }


class CsvExportArgsSchema(ma.Schema):
    version = fields.String(
        metadata={"description": "the data version to export: latest (the default), v7 or 7, or an ISO 8601 time"},
        validate=[
            validate.Length(max=64),
            validate.Regexp(
                AS_OF_REGEX,
                error="version must be latest, a data version (v7) or an ISO 8601 time (2026-11-23T10:00:00Z)",
            ),
        ],
    )


class LookupArgsSchema(ma.Schema):
    version_id = fields.String(
        metadata={"description": "the record as it stood at this data version (v7 or 7; see /versions)"},
        validate=validate.Regexp(r"^[vV]?\d{1,9}$", error="version_id must be a data version: v7 or 7"),
    )
    as_on = fields.Date(metadata={"description": "the record as it stood at the end of this day (UTC), YYYY-MM-DD"})


class ChangesArgsSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE

    since_version = fields.Integer(
        load_default=0,
        validate=validate.Range(min=0, max=2**31 - 1),
        metadata={"description": "the data version the consumer holds: events of later versions follow"},
    )
    cursor = fields.String(
        validate=validate.Length(max=40), metadata={"description": "a previous page's next_cursor: resume after it"}
    )
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=1000))


class DiffArgsSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10**6))
    limit = fields.Integer(load_default=10, validate=validate.Range(min=1, max=100))
    from_ = fields.String(
        data_key="from",
        validate=validate.Regexp(AS_OF_REGEX, error="from must be latest, a data version (v7) or an ISO 8601 time"),
        metadata={"description": "the older data version: v3, 3 or an ISO 8601 time (default: the one before `to`)"},
    )
    to = fields.String(
        load_default="latest",
        validate=validate.Regexp(AS_OF_REGEX, error="to must be latest, a data version (v7) or an ISO 8601 time"),
        metadata={"description": "the newer data version (default: the current one)"},
    )
    change = fields.String(
        validate=validate.OneOf(["added", "removed", "changed"]), metadata={"description": "only these"}
    )


class RegistryQueryArgsSchema(ma.Schema):
    class Meta:
        unknown = ma.EXCLUDE

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=10**6))
    page_size = fields.Integer(load_default=10, validate=validate.Range(min=1, max=100))
    status = fields.String(
        validate=validate.OneOf(["active", "live", "inactive"]), metadata={"description": "active (= live) or inactive"}
    )
    name = fields.String(validate=validate.Length(min=3, max=128), metadata={"description": "part of the name"})
    from_ = fields.Date(data_key="from", metadata={"description": "updated on or after this day (YYYY-MM-DD)"})
    to = fields.Date(metadata={"description": "updated on or before this day (YYYY-MM-DD)"})
    sort = fields.String(load_default="name", validate=validate.OneOf(["date", "status", "name", "id"]))
    as_on = fields.Date(metadata={"description": "registries that existed at the end of this day (UTC)"})


def deletion_dict(d):
    """A deletion in the recovery area as DeDi lists it: a record's, or a registry's."""
    out = {
        "namespace_id": d.namespace_id,
        "registry_id": d.registry_id,
        "registry_name": d.registry_name,
        "state": "deleted",
        "deleted_history_id": d.id,
        "deleted_at": iso(d.deleted_at),
        "deleted_by": d.deleted_by,
        "delete_scope": d.scope,
        "reason": d.reason,
        "restorable_until": iso(d.restorable_until),
        "version": d.version,
    }
    if d.scope == "registry":
        return {**out, "previous_state": d.previous_state}
    return {**out, "record_id": d.record_id, "record_name": d.record_name}
