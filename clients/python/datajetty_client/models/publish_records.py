from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PublishRecords")


@_attrs_define
class PublishRecords:
    """
    Attributes:
        records (list[str]):
    """

    records: list[str]

    def to_dict(self) -> dict[str, Any]:
        records = self.records

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        records = cast(list[str], d.pop("records"))

        publish_records = cls(
            records=records,
        )

        return publish_records
