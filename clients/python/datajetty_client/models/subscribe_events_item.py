from enum import StrEnum


class SubscribeEventsItem(StrEnum):
    EXPORT_DONE = "export.done"
    RECORD_DELETED = "record.deleted"
    RECORD_EXPIRED = "record.expired"
    RECORD_PUBLISHED = "record.published"
    RECORD_RESTORED = "record.restored"
    RECORD_REVOKED = "record.revoked"
    RECORD_UPDATED = "record.updated"
    REGISTRY_INACTIVE = "registry.inactive"
    REGISTRY_REACTIVE = "registry.reactive"
    SNAPSHOT_READY = "snapshot.ready"
    VERSION_CREATED = "version.created"

    def __str__(self) -> str:
        return str(self.value)
