from enum import StrEnum


class QueryRegistriesSort(StrEnum):
    DATE = "date"
    ID = "id"
    NAME = "name"
    STATUS = "status"

    def __str__(self) -> str:
        return str(self.value)
