from enum import StrEnum


class ListSnapshotsSortBy(StrEnum):
    CREATED_AT = "created_at"
    NAME = "name"
    SIZE_BYTES = "size_bytes"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
