from enum import StrEnum


class ListSnapshotsStatus(StrEnum):
    BUILDING = "building"
    CREATING = "creating"
    EXPIRED = "expired"
    FAILED = "failed"
    PENDING = "pending"
    READY = "ready"

    def __str__(self) -> str:
        return str(self.value)
