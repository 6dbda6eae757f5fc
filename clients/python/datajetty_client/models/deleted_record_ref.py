from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeletedRecordRef")


@_attrs_define
class DeletedRecordRef:
    """
    Attributes:
        record_id (str):
        record_name (str):
    """

    record_id: str
    record_name: str

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        record_name = self.record_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "record_id": record_id,
                "record_name": record_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id")

        record_name = d.pop("record_name")

        deleted_record_ref = cls(
            record_id=record_id,
            record_name=record_name,
        )

        return deleted_record_ref
