from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Published")


@_attrs_define
class Published:
    """
    Attributes:
        count (int):
        record_ids (list[str]):
    """

    count: int
    record_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        record_ids = self.record_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "record_ids": record_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        record_ids = cast(list[str], d.pop("record_ids"))

        published = cls(
            count=count,
            record_ids=record_ids,
        )

        return published
