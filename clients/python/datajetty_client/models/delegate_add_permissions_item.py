from enum import StrEnum


class DelegateAddPermissionsItem(StrEnum):
    MANAGE = "manage"
    PUBLISH = "publish"
    READ = "read"

    def __str__(self) -> str:
        return str(self.value)
