"""Namespaces, registries (with schema contracts and data versions) and versioned record rows."""

from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import JobColumns, JSONType, UTCDateTime, new_id, utcnow
from app.extensions import Model

DEFAULT_TTL = 600


class RecordState(StrEnum):
    """A record row's state: a draft until published; live; or the tombstone that closed it (revoked,
    expired). Lookups answer 200 with it for any of them."""

    DRAFT = "draft"
    LIVE = "live"
    REVOKED = "revoked"
    EXPIRED = "expired"
    DELETED = "deleted"  # soft-deleted: restorable until the recovery window closes (publishing/recovery.py)
    PURGED = "purged"  # a deletion past its window: no longer restorable, and lookups answer 404


class BulkStatus(StrEnum):
    """A bulk upload job's life: pending -> processing -> completed | failed."""

    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"


class Namespace(Model):
    __tablename__ = "namespaces"
    __table_args__ = (UniqueConstraint("tenant_id", "name"),)
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("ns"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    description: Mapped[str] = mapped_column(Text, default="")
    meta: Mapped[dict] = mapped_column(JSONType, default=dict)
    version_count: Mapped[int | None] = mapped_column(Integer)
    public: Mapped[bool] = mapped_column(default=False)  # its live data readable without a key
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


class NamespaceVersion(Model):
    """A namespace as it stood after its creation (v1) and after each update: DeDi's namespace versions."""

    __tablename__ = "namespace_versions"
    __table_args__ = (UniqueConstraint("namespace_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    namespace_id: Mapped[str] = mapped_column(ForeignKey("namespaces.id"))
    version: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    meta: Mapped[dict] = mapped_column(JSONType, default=dict)
    actor: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class Registry(Model):
    """A typed collection of records; also a dataset of the Published Store."""

    __tablename__ = "registries"
    __table_args__ = (UniqueConstraint("namespace_id", "name"),)
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("reg"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    namespace_id: Mapped[str] = mapped_column(ForeignKey("namespaces.id"), index=True)
    name: Mapped[str] = mapped_column(String(128), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    meta: Mapped[dict] = mapped_column(JSONType, default=dict)
    tag: Mapped[str | None] = mapped_column(String(40))
    ttl: Mapped[int] = mapped_column(Integer, default=DEFAULT_TTL)
    state: Mapped[str] = mapped_column(String(16), default="live")
    schema: Mapped[dict] = mapped_column(JSON)  # json, not jsonb: property order is the column order
    contract_version: Mapped[int] = mapped_column(Integer, default=1)
    data_version: Mapped[int] = mapped_column(Integer, default=0)
    last_published_at = mapped_column(UTCDateTime)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow, nullable=False)


class RegistryContract(Model):
    """Every schema a registry has had: contract v1..vN."""

    __tablename__ = "registry_contracts"
    __table_args__ = (UniqueConstraint("registry_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    registry_id: Mapped[str] = mapped_column(ForeignKey("registries.id"))
    version: Mapped[int] = mapped_column(Integer)
    schema: Mapped[dict] = mapped_column(JSON)  # json, not jsonb: property order is the column order
    forced: Mapped[bool] = mapped_column(default=False)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class RegistryVersion(Model):
    """One row per data version: when it happened, what kind of change, how many records."""

    __tablename__ = "registry_versions"
    __table_args__ = (UniqueConstraint("registry_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    registry_id: Mapped[str] = mapped_column(ForeignKey("registries.id"))
    version: Mapped[int] = mapped_column(Integer)
    change: Mapped[str] = mapped_column(String(32))
    record_count: Mapped[int] = mapped_column(Integer, default=0)
    actor: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class Record(Model):
    """One version of a record. Live content at version N: state 'live', version_from <= N and
    (version_to is null or version_to > N). Rows are closed (version_to), never rewritten."""

    __tablename__ = "records"
    # Two indexes only: every index is paid for on each bulk insert.
    __table_args__ = (Index("ix_records_current", "registry_id", "name", "version_to"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(40), default=lambda: new_id("rec"))
    tenant_id: Mapped[str] = mapped_column(String(40))
    # no FK: a per-row constraint trigger costs ~20% of a bulk insert; services own this reference
    registry_id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSONType)
    meta: Mapped[dict] = mapped_column(JSONType, default=dict)
    ttl: Mapped[int] = mapped_column(Integer, default=DEFAULT_TTL)
    valid_till = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16), default=RecordState.DRAFT)
    contract_version: Mapped[int] = mapped_column(Integer, default=1)
    version_from: Mapped[int | None] = mapped_column(Integer)
    version_to: Mapped[int | None] = mapped_column(Integer)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class BulkJob(JobColumns, Model):
    """A bulk CSV upload: the stored file, progress counters and the failed-rows report."""

    __tablename__ = "bulk_jobs"
    __table_args__ = (Index("ix_bulk_jobs_tenant_created", "tenant_id", "created_at"),)
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("job"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    registry_id: Mapped[str] = mapped_column(ForeignKey("registries.id"))
    namespace_name: Mapped[str] = mapped_column(String(128))
    registry_name: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default=BulkStatus.PENDING)
    file_path: Mapped[str] = mapped_column(String(500))
    file_name: Mapped[str] = mapped_column(String(255))
    file_bytes: Mapped[int] = mapped_column(Integer, default=0)
    record_name_field: Mapped[str | None] = mapped_column(String(255))
    publish: Mapped[bool] = mapped_column(default=False)
    mode: Mapped[str] = mapped_column(String(20), default="partial")
    total_rows: Mapped[int] = mapped_column(Integer, default=0)
    processed_rows: Mapped[int] = mapped_column(Integer, default=0)
    valid_rows: Mapped[int] = mapped_column(Integer, default=0)
    failed_rows: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[dict | None] = mapped_column(JSONType)
    failed_csv_path: Mapped[str | None] = mapped_column(String(500))
    # which records rows this upload wrote (apply._span), so `publish-records {job_id}` finds its drafts
    record_span: Mapped[dict | None] = mapped_column(JSONType)


class BulkRow(Model):
    """A validated row of a bulk upload, staged until the whole file is read (then one version)."""

    __tablename__ = "bulk_rows"
    job_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    record_id: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSONType)
    valid_till = mapped_column(UTCDateTime)


class Deletion(Model):
    """A soft delete in the recovery area — of a record, or a whole registry (`scope`): restorable until
    `restorable_until`, then purged by the sweep. Its id is DeDi's `deleted_history_id`."""

    __tablename__ = "deletions"
    __table_args__ = (Index("ix_deletions_tenant_open", "tenant_id", "restored_at", "purged_at"),)
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("del"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    scope: Mapped[str] = mapped_column(String(16), default="record")
    namespace_id: Mapped[str] = mapped_column(String(40))
    registry_id: Mapped[str] = mapped_column(String(40))
    registry_name: Mapped[str] = mapped_column(String(128))
    record_id: Mapped[str | None] = mapped_column(String(40))  # a record's deletion; None for a registry's
    record_name: Mapped[str | None] = mapped_column(String(255))
    previous_state: Mapped[str | None] = mapped_column(String(16))  # a registry's state before, restored back
    version: Mapped[int] = mapped_column(Integer)  # the data version the delete made
    reason: Mapped[str] = mapped_column(Text, default="")
    deleted_by: Mapped[str | None] = mapped_column(String(100))
    deleted_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    restorable_until = mapped_column(UTCDateTime, nullable=False)
    restored_at = mapped_column(UTCDateTime)
    purged_at = mapped_column(UTCDateTime)


class DomainClaim(Model):
    """A domain a namespace claims: its challenge (`dedi-verification=<random>`), proven by a DNS TXT
    record at the apex or the HTTP `.well-known` file; verified, it stands for the namespace in every
    /dedi path. The sweep re-checks it (publishing/domains.py)."""

    __tablename__ = "domain_claims"
    __table_args__ = (UniqueConstraint("namespace_id", "domain"), Index("ix_domain_claims_domain", "domain"))
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("dom"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    namespace_id: Mapped[str] = mapped_column(ForeignKey("namespaces.id"))
    domain: Mapped[str] = mapped_column(String(253))
    method: Mapped[str] = mapped_column(String(16))  # self_dns | self_http
    txt: Mapped[str] = mapped_column(String(100))
    verified_at = mapped_column(UTCDateTime)
    last_checked_at = mapped_column(UTCDateTime)
    failing_since = mapped_column(UTCDateTime)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class NamespaceDelegate(Model):
    """Another tenant, or one key, let into a namespace with `permissions` (read, publish, manage):
    core/delegation.py admits its requests there, in the owner's context."""

    __tablename__ = "namespace_delegates"
    __table_args__ = (
        UniqueConstraint("namespace_id", "delegate_tenant_id", "delegate_key_id"),
        Index("ix_namespace_delegates_tenant", "delegate_tenant_id"),
        Index("ix_namespace_delegates_key", "delegate_key_id"),
    )
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("dlg"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))  # the namespace's owner
    namespace_id: Mapped[str] = mapped_column(ForeignKey("namespaces.id"))
    delegate_tenant_id: Mapped[str | None] = mapped_column(String(40))
    delegate_key_id: Mapped[str | None] = mapped_column(String(40))
    permissions: Mapped[list] = mapped_column(JSONType, default=list)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    updated_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
