from enum import StrEnum


class KeyCreateScopesItem(StrEnum):
    ADMIN = "admin"
    EXPORT = "export"
    PUBLISH = "publish"
    READ = "read"

    def __str__(self) -> str:
        return str(self.value)
