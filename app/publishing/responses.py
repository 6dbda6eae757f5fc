"""The 2xx bodies of seed 002 (/dedi), field by field, in the seed's `{message, data}` envelopes."""

from marshmallow import fields

from app.core.responses import PaginationSchema, ResponseSchema, envelope, iso_time

FREE = {"description": "free-form JSON object"}


class NamespaceSchema(ResponseSchema):
    namespace_id = fields.String(required=True)
    name = fields.String(required=True)
    description = fields.String(allow_none=True)
    meta = fields.Dict(metadata=FREE)
    version_count = fields.Integer(allow_none=True)
    public = fields.Boolean(metadata={"description": "its live data readable without a key"})
    created_at = iso_time()
    updated_at = iso_time()


class NamespaceLookupSchema(NamespaceSchema):
    """A namespace as DeDi's lookup answers: with its state and how many registries it holds."""

    state = fields.String(required=True, metadata={"description": "live"})
    registry_count = fields.Integer(required=True)
    version = fields.String(required=True, metadata={"description": "the namespace version shown", "example": "v2"})
    domain = fields.String(allow_none=True, metadata={"description": "the domain verified for it, if any"})
    is_verified = fields.Boolean(required=True)


class ListedNamespaceSchema(NamespaceSchema):
    delegated = fields.List(
        fields.String(), allow_none=True, metadata={"description": "a delegate's granted permissions; null: own"}
    )


class NamespaceListSchema(ResponseSchema):
    namespaces = fields.List(fields.Nested(ListedNamespaceSchema), required=True)
    pagination = fields.Nested(PaginationSchema, required=True)


class NamespaceCreatedSchema(ResponseSchema):
    namespace_id = fields.String(required=True)


class SchemaChangeSchema(ResponseSchema):
    contract = fields.String(required=True, metadata={"example": "v2"})
    breaking_changes = fields.List(fields.String(), required=True)
    failing_records = fields.Integer(required=True)
    failing_record_names = fields.List(fields.String(), required=True)
    applied = fields.Boolean(required=True)


class IndexStateSchema(ResponseSchema):
    path = fields.String(required=True, metadata={"description": "a schema property marked x-index"})
    status = fields.String(
        required=True, metadata={"description": "ready, building, or none (SQLite: filters scan the registry)"}
    )


class RegistrySchema(ResponseSchema):
    registry_id = fields.String(required=True)
    registry_name = fields.String(required=True)
    namespace_id = fields.String()
    description = fields.String(allow_none=True)
    meta = fields.Dict(metadata=FREE)
    tag = fields.String(allow_none=True, metadata={"description": "the pre-built tag, or null for a custom schema"})
    ttl = fields.Integer()
    state = fields.String()
    schema = fields.Dict(metadata={"description": "the registry's JSON Schema (draft 2020-12)"})
    contract = fields.String(metadata={"example": "v1"})
    version = fields.String(metadata={"example": "v24"})
    data_version = fields.Integer()
    last_published_at = iso_time(allow_none=True)
    created_at = iso_time()
    updated_at = iso_time()
    record_count = fields.Integer()
    indexes = fields.List(
        fields.Nested(IndexStateSchema), metadata={"description": "get only: the x-index properties' indexes"}
    )
    schema_change = fields.Nested(SchemaChangeSchema, allow_none=True)


class RegistryLookupSchema(RegistrySchema):
    """A registry as DeDi's lookup answers: `state`, `record_count` (live records) and `version_count`."""

    version_count = fields.Integer(required=True, metadata={"description": "data versions so far"})


class RegistryUpdateDataSchema(RegistrySchema):
    """The updated registry; with ?dry_run=true, only the report of the schema change instead."""

    registry_id = fields.String(metadata={"description": "absent from a dry run"})
    registry_name = fields.String(metadata={"description": "absent from a dry run"})
    breaking_changes = fields.List(fields.String(), metadata={"description": "dry run only"})
    failing_records = fields.Integer(metadata={"description": "dry run only"})
    failing_record_names = fields.List(fields.String(), metadata={"description": "dry run only"})
    applied = fields.Boolean(metadata={"description": "dry run only: always false"})


class RegistryPageDediSchema(ResponseSchema):
    """DeDi's registry query shape."""

    namespace_id = fields.String(required=True)
    namespace_name = fields.String(required=True)
    created_at = iso_time()
    updated_at = iso_time()
    total_registries = fields.Integer(required=True)
    page_number = fields.Integer(required=True)
    page_size = fields.Integer(required=True)
    registries = fields.List(fields.Nested(RegistryLookupSchema), required=True)


class RegistriesByTagSchema(ResponseSchema):
    tag = fields.String(required=True)
    total_registries = fields.Integer(required=True)
    registries = fields.List(fields.Nested(RegistrySchema), required=True)


class RegistryListSchema(ResponseSchema):
    registries = fields.List(fields.Nested(RegistrySchema), required=True)
    pagination = fields.Nested(PaginationSchema, required=True)


class RegistryCreatedSchema(ResponseSchema):
    registry_id = fields.String(required=True)


class VersionSchema(ResponseSchema):
    version = fields.Integer(required=True)
    change = fields.String(required=True)
    record_count = fields.Integer(allow_none=True)
    actor = fields.String(allow_none=True)
    created_at = iso_time()


class VersionListSchema(ResponseSchema):
    current_version = fields.Integer(required=True)
    versions = fields.List(fields.Nested(VersionSchema), required=True)


class DediVersionsSchema(ResponseSchema):
    """DeDi's versions shape: ids newest first, each usable as `version_id` in a lookup."""

    registry_name = fields.String()
    record_name = fields.String()
    schema = fields.Dict(metadata={"description": "the registry's JSON Schema"})
    created_by = fields.String(allow_none=True)
    created_at = iso_time()
    updated_at = iso_time()
    total_versions = fields.Integer(required=True)
    versions = fields.List(fields.String(), required=True, metadata={"example": ["v3", "v2", "v1"]})
    ttl = fields.Integer(allow_none=True)


class RecordSchema(ResponseSchema):
    record_id = fields.String(required=True)
    record_name = fields.String(required=True)
    description = fields.String(allow_none=True)
    details = fields.Dict(metadata={"description": "the record, as the registry's JSON Schema types it"})
    meta = fields.Dict(metadata=FREE)
    state = fields.String()
    version = fields.Integer(allow_none=True, metadata={"description": "the data version that published it"})
    contract = fields.String()
    ttl = fields.Integer(allow_none=True)
    valid_till = iso_time(allow_none=True)
    created_at = iso_time()
    updated_at = iso_time()


class LookupRecordSchema(RecordSchema):
    """A looked-up record. As DeDi answers, 200 is not "live": read `state` (live, draft, revoked,
    expired) and `registry_state`."""

    state = fields.String(required=True, metadata={"description": "live, draft, revoked or expired"})
    registry_state = fields.String(required=True, metadata={"description": "the registry's state: live"})
    namespace_id = fields.String(required=True)
    registry_name = fields.String(required=True)


class RecordSavedSchema(ResponseSchema):
    record_id = fields.String(metadata={"description": "when published at once"})
    record_name = fields.String(metadata={"description": "when saved as a draft"})


class PublishedSchema(ResponseSchema):
    count = fields.Integer(required=True)
    record_ids = fields.List(fields.String(), required=True)


class RevokedSchema(ResponseSchema):
    record_id = fields.String(required=True)
    record_name = fields.String(required=True)
    version = fields.Integer(allow_none=True, metadata={"description": "the new data version; null for a draft"})


class DeletedRecordRefSchema(ResponseSchema):
    record_name = fields.String(required=True)
    record_id = fields.String(required=True)


class RecordsDeletedSchema(ResponseSchema):
    count = fields.Integer(required=True)
    deleted_record_versions = fields.Integer(required=True, metadata={"description": "published versions removed"})
    records = fields.List(fields.Nested(DeletedRecordRefSchema), required=True)
    version = fields.Integer(required=True, metadata={"description": "the new data version"})


class DeletionSchema(ResponseSchema):
    """A deletion in the recovery area, as DeDi's deleted lists show it."""

    namespace_id = fields.String(required=True)
    registry_id = fields.String(required=True)
    registry_name = fields.String(required=True)
    state = fields.String(required=True, metadata={"description": "deleted"})
    deleted_history_id = fields.String(required=True)
    deleted_at = iso_time()
    deleted_by = fields.String(allow_none=True)
    delete_scope = fields.String(required=True, metadata={"description": "record or registry"})
    reason = fields.String(required=True)
    restorable_until = iso_time()
    version = fields.Integer(required=True, metadata={"description": "the data version the delete made"})


class DeletedRecordSchema(DeletionSchema):
    record_id = fields.String(required=True)
    record_name = fields.String(required=True)


class DeletedListSchema(ResponseSchema):
    records = fields.List(fields.Nested(DeletedRecordSchema), required=True)
    pagination = fields.Nested(PaginationSchema, required=True)


class RegistryDeletedSchema(ResponseSchema):
    registry_name = fields.String(required=True)
    deleted_registry_versions = fields.Integer(required=True, metadata={"description": "its data versions"})
    deleted_record_versions = fields.Integer(required=True, metadata={"description": "its records' versions"})
    deleted_history_id = fields.String(required=True)


class DeletedRegistrySchema(DeletionSchema):
    previous_state = fields.String(allow_none=True, metadata={"description": "live or inactive: restored back"})


class DeletedRegistryListSchema(ResponseSchema):
    registries = fields.List(fields.Nested(DeletedRegistrySchema), required=True)
    pagination = fields.Nested(PaginationSchema, required=True)


class RegistryRestoredSchema(ResponseSchema):
    namespace_id = fields.String(required=True)
    registry_name = fields.String(required=True)
    restored_registry_versions = fields.Integer(required=True)
    deleted_history_id = fields.String(required=True)
    state = fields.String(required=True, metadata={"description": "the state it is back in"})


class RestoredRecordSchema(ResponseSchema):
    namespace_id = fields.String(required=True)
    registry_name = fields.String(required=True)
    record_name = fields.String(required=True)
    record_id = fields.String(required=True)
    deleted_history_id = fields.String(required=True)
    version = fields.Integer(required=True, metadata={"description": "the data version the restore made"})


class RecordsRestoredSchema(ResponseSchema):
    restored_record_versions = fields.Integer(required=True)
    records = fields.List(fields.Nested(RestoredRecordSchema), required=True)


class RecordPageSchema(ResponseSchema):
    version = fields.Integer(required=True)
    records = fields.List(fields.Nested(RecordSchema), required=True)
    pagination = fields.Nested(PaginationSchema, required=True)


class FieldChangeSchema(ResponseSchema):
    path = fields.String(required=True, metadata={"description": "a dot path into details, or description"})
    before = fields.Raw(allow_none=True)
    after = fields.Raw(allow_none=True)


class RecordChangeSchema(ResponseSchema):
    record_name = fields.String(required=True)
    change = fields.String(required=True, metadata={"description": "added, removed or changed"})
    before = fields.Dict(
        keys=fields.String(),
        values=fields.Raw(metadata={"description": "as the registry's JSON Schema types it"}),
        allow_none=True,
        metadata={"description": "the record's details at `from` (null when added)"},
    )
    after = fields.Dict(
        keys=fields.String(),
        values=fields.Raw(metadata={"description": "as the registry's JSON Schema types it"}),
        allow_none=True,
        metadata={"description": "the record's details at `to` (null when removed)"},
    )
    fields_ = fields.List(
        fields.Nested(FieldChangeSchema),
        data_key="fields",
        attribute="fields",
        metadata={"description": "changed only"},
    )


class DiffSummarySchema(ResponseSchema):
    added = fields.Integer(required=True)
    removed = fields.Integer(required=True)
    changed = fields.Integer(required=True)


class DiffSchema(ResponseSchema):
    from_ = fields.Integer(required=True, data_key="from", attribute="from")
    to = fields.Integer(required=True)
    summary = fields.Nested(DiffSummarySchema, required=True)
    changes = fields.List(fields.Nested(RecordChangeSchema), required=True)
    pagination = fields.Nested(PaginationSchema, required=True)


class ChangeEventSchema(ResponseSchema):
    version = fields.Integer(required=True, metadata={"description": "the data version that made the change"})
    type = fields.String(
        required=True, metadata={"description": "published, updated, restored, revoked, expired or deleted"}
    )
    record_name = fields.String(required=True)
    record_id = fields.String(required=True)
    state = fields.String(required=True, metadata={"description": "the record's state after the change"})
    details = fields.Dict(allow_none=True, metadata={"description": "the record's details after the change"})
    changed_at = iso_time()


class ChangesSchema(ResponseSchema):
    registry_name = fields.String(required=True)
    since_version = fields.Integer(required=True)
    current_version = fields.Integer(required=True)
    events = fields.List(fields.Nested(ChangeEventSchema), required=True)
    next_cursor = fields.String(
        allow_none=True, metadata={"description": "pass as cursor for the next page; null when this page is the end"}
    )


class JobSchema(ResponseSchema):
    jobId = fields.String(required=True)
    createdAt = iso_time()
    updatedAt = iso_time()
    status = fields.String(required=True, metadata={"description": "pending, processing, completed or failed"})
    namespace = fields.String()
    registryName = fields.String()
    totalEntries = fields.Integer()
    processedEntries = fields.Integer()
    validEntries = fields.Integer()
    failedEntries = fields.Integer()
    error = fields.String(allow_none=True)
    result = fields.Dict(allow_none=True, metadata={"description": "inserted, updated_existing, version, ..."})
    failedEntriesUrl = fields.String(allow_none=True)
    downloadFailedEntriesCsvUrl = fields.String(allow_none=True)


class JobListSchema(ResponseSchema):
    jobs = fields.List(fields.Nested(JobSchema), required=True)
    pagination = fields.Nested(PaginationSchema, required=True)


class UploadAcceptedDataSchema(ResponseSchema):
    jobId = fields.String(required=True)
    statusCheckUrl = fields.String(required=True)


NamespaceCreatedEnvelope = envelope("NamespaceCreatedEnvelope", NamespaceCreatedSchema)
NamespaceEnvelope = envelope("NamespaceEnvelope", NamespaceSchema)
NamespaceLookupEnvelope = envelope("NamespaceLookupEnvelope", NamespaceLookupSchema)
RegistryPageDediEnvelope = envelope("RegistryPageDediEnvelope", RegistryPageDediSchema)
RegistriesByTagEnvelope = envelope("RegistriesByTagEnvelope", RegistriesByTagSchema)
RegistryLookupEnvelope = envelope("RegistryLookupEnvelope", RegistryLookupSchema)
NamespaceListEnvelope = envelope("NamespaceListEnvelope", NamespaceListSchema)
RegistryCreatedEnvelope = envelope("RegistryCreatedEnvelope", RegistryCreatedSchema)
RegistryEnvelope = envelope("RegistryEnvelope", RegistrySchema)
RegistryUpdateEnvelope = envelope("RegistryUpdateEnvelope", RegistryUpdateDataSchema)
RegistryListEnvelope = envelope("RegistryListEnvelope", RegistryListSchema)
VersionListEnvelope = envelope("VersionListEnvelope", VersionListSchema)
DediVersionsEnvelope = envelope("DediVersionsEnvelope", DediVersionsSchema)
RecordSavedEnvelope = envelope("RecordSavedEnvelope", RecordSavedSchema)
PublishedEnvelope = envelope("PublishedEnvelope", PublishedSchema)
RecordEnvelope = envelope("RecordEnvelope", RecordSchema)
LookupRecordEnvelope = envelope("LookupRecordEnvelope", LookupRecordSchema)
DiffEnvelope = envelope("DiffEnvelope", DiffSchema)
ChangesEnvelope = envelope("ChangesEnvelope", ChangesSchema)
RevokedEnvelope = envelope("RevokedEnvelope", RevokedSchema)
RecordPageEnvelope = envelope("RecordPageEnvelope", RecordPageSchema)


class SearchHitSchema(RecordSchema):
    registry_name = fields.String(required=True)
    namespace_id = fields.String(required=True)
    version_count = fields.Integer(required=True)
    latest = fields.Boolean(required=True, metadata={"description": "always true: the latest version"})


class SearchSchema(ResponseSchema):
    message = fields.String(required=True)
    data = fields.List(fields.Nested(SearchHitSchema), required=True)


SearchEnvelope = SearchSchema
RecordsDeletedEnvelope = envelope("RecordsDeletedEnvelope", RecordsDeletedSchema)
DeletedListEnvelope = envelope("DeletedListEnvelope", DeletedListSchema)
RecordsRestoredEnvelope = envelope("RecordsRestoredEnvelope", RecordsRestoredSchema)
RegistryDeletedEnvelope = envelope("RegistryDeletedEnvelope", RegistryDeletedSchema)
DeletedRegistryListEnvelope = envelope("DeletedRegistryListEnvelope", DeletedRegistryListSchema)
RegistryRestoredEnvelope = envelope("RegistryRestoredEnvelope", RegistryRestoredSchema)
JobEnvelope = envelope("JobEnvelope", JobSchema, status=True)
JobListEnvelope = envelope("JobListEnvelope", JobListSchema, status=True)
UploadAcceptedEnvelope = envelope(
    "UploadAcceptedEnvelope", UploadAcceptedDataSchema, status=True, extra={"total_rows": fields.Integer(required=True)}
)
