from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordSaved")


@_attrs_define
class RecordSaved:
    """
    Attributes:
        record_id (str | Unset): when published at once
        record_name (str | Unset): when saved as a draft
    """

    record_id: str | Unset = UNSET
    record_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        record_name = self.record_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if record_name is not UNSET:
            field_dict["record_name"] = record_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_id = d.pop("record_id", UNSET)

        record_name = d.pop("record_name", UNSET)

        record_saved = cls(
            record_id=record_id,
            record_name=record_name,
        )

        return record_saved
