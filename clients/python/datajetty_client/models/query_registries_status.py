from enum import StrEnum


class QueryRegistriesStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    LIVE = "live"

    def __str__(self) -> str:
        return str(self.value)
