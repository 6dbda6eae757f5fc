from enum import StrEnum


class QueryRecordsState(StrEnum):
    DELETED = "deleted"
    DRAFT = "draft"
    EXPIRED = "expired"
    LIVE = "live"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
