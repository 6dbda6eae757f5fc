"""Exports (snapshot -> target) and their webhook delivery attempts (receipts)."""

from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import JobColumns, JSONType, UTCDateTime, new_id, utcnow
from app.extensions import Model


class ExportStatus(StrEnum):
    """queued -> running -> done | failed."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class WebhookStatus(StrEnum):
    """One attempt's receipt: pending -> delivered | failed (a next attempt follows) | gave_up."""

    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"
    GAVE_UP = "gave_up"


ACTIVE = (ExportStatus.QUEUED, ExportStatus.RUNNING)  # an export still reading its snapshot


class Export(JobColumns, Model):
    __tablename__ = "exports"
    __table_args__ = (
        UniqueConstraint("tenant_id", "dedupe_key"),
        Index("ix_exports_tenant_created", "tenant_id", "created_at"),
        Index("ix_exports_snapshot", "snapshot_id"),
    )
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("ex"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    snapshot_id: Mapped[str] = mapped_column(ForeignKey("snapshots.id"))
    dataset: Mapped[str] = mapped_column(String(128))
    version: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(1000))
    notify_webhook: Mapped[str | None] = mapped_column(String(1000))
    dedupe_key: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default=ExportStatus.QUEUED)
    artifacts: Mapped[list] = mapped_column(JSONType, default=list)


class Subscription(Model):
    """A watch: events of a namespace, a registry, one record, or the registries with a tag, delivered
    to a webhook URL signed with the subscriber's secret (app/exports/subscriptions.py)."""

    __tablename__ = "subscriptions"
    __table_args__ = (Index("ix_subscriptions_tenant_namespace", "tenant_id", "namespace_id"),)
    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("sub"))
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"))
    type: Mapped[str] = mapped_column(String(16))  # namespace | registry | record | tag
    namespace_id: Mapped[str] = mapped_column(String(40))
    registry_id: Mapped[str | None] = mapped_column(String(40))
    registry_name: Mapped[str | None] = mapped_column(String(128))
    record_name: Mapped[str | None] = mapped_column(String(255))
    registry_tag: Mapped[str | None] = mapped_column(String(40))
    events: Mapped[list] = mapped_column(JSONType, default=list)
    webhook_url: Mapped[str] = mapped_column(String(1000))
    webhook_secret: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(default=True)
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(100))
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)


class WebhookDelivery(Model):
    """One attempt to deliver a webhook event — an export's, or a subscription's (with its payload): a
    receipt."""

    __tablename__ = "webhook_deliveries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    export_id: Mapped[str | None] = mapped_column(ForeignKey("exports.id"), index=True)
    subscription_id: Mapped[str | None] = mapped_column(ForeignKey("subscriptions.id"), index=True)
    payload: Mapped[str | None] = mapped_column(Text)  # a subscription event's body, fixed when it happened
    event_id: Mapped[str] = mapped_column(String(40))
    event_type: Mapped[str] = mapped_column(String(40))
    attempt: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # a WebhookStatus
    status_code: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at = mapped_column(UTCDateTime)
    created_at = mapped_column(UTCDateTime, default=utcnow, nullable=False)
