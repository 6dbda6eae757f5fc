"""Tenants, their API keys and stored idempotent responses."""

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import JSONType, UTCDateTime, new_id, utcnow
from app.extensions import Model

SCOPES = ("publish", "read", "export", "admin")


class Tenant(Model):
    __tablename__ = "tenants"
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("ten"))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    rate_limit: Mapped[str | None] = mapped_column(String(50))  # e.g. "10/second"; None = default
    allowed_buckets: Mapped[list] = mapped_column(JSONType, default=list)
    webhook_secret: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class ApiKey(Model):
    __tablename__ = "api_keys"
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("key"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    scopes: Mapped[str] = mapped_column(String(100))
    owner: Mapped[str | None] = mapped_column(String(100))
    namespaces: Mapped[list | None] = mapped_column(JSONType)  # the namespace ids it may reach; None: all
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    revoked_at = mapped_column(UTCDateTime)

    @property
    def scope_set(self) -> set[str]:
        return set(self.scopes.split(","))


class IdempotencyKey(Model):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("tenant_id", "key"), Index("ix_idempotency_keys_created_at", "created_at"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(255))
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="in_flight")
    status_code: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[bytes | None] = mapped_column(LargeBinary)
    headers: Mapped[dict | None] = mapped_column(JSONType)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class AuditEntry(Model):
    """What changed, by whom: one row per state-changing API request (core/audit.py), whatever its
    outcome, and rows the maintenance sweep writes for what it changes (actor `maintenance`)."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_tenant_created", "tenant_id", "created_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[str] = mapped_column(String(40), index=True)
    actor: Mapped[str | None] = mapped_column(String(100))
    key_id: Mapped[str | None] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(200))
    namespace: Mapped[str | None] = mapped_column(String(128))  # as the request named it
    namespace_id: Mapped[str | None] = mapped_column(String(40), index=True)  # what that named, when it exists
    method: Mapped[str | None] = mapped_column(String(8))
    request_id: Mapped[str | None] = mapped_column(String(255))
    outcome: Mapped[int | None] = mapped_column(Integer)  # the HTTP status answered
    details: Mapped[dict | None] = mapped_column(JSONType)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class Operator(Model):
    """A person who runs the service (the /rq dashboard, cross-tenant work): not any tenant's key.
    Made only by the CLI (`flask operators create NAME`); tokens stored only as SHA-256 hashes."""

    __tablename__ = "operators"
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("op"))
    name: Mapped[str] = mapped_column(String(100), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    revoked_at = mapped_column(UTCDateTime)
