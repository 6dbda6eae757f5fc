from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Retried")


@_attrs_define
class Retried:
    """
    Attributes:
        id (str):
        previous_status (str):
        retry_count (int):
        status (str):
    """

    id: str
    previous_status: str
    retry_count: int
    status: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        previous_status = self.previous_status

        retry_count = self.retry_count

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "previous_status": previous_status,
                "retry_count": retry_count,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        previous_status = d.pop("previous_status")

        retry_count = d.pop("retry_count")

        status = d.pop("status")

        retried = cls(
            id=id,
            previous_status=previous_status,
            retry_count=retry_count,
            status=status,
        )

        return retried
