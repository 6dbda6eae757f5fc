from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteRecords")


@_attrs_define
class DeleteRecords:
    """
    Attributes:
        records (list[str]):
        reason (str | Unset):  Default: ''.
    """

    records: list[str]
    reason: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        records = self.records

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "records": records,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        records = cast(list[str], d.pop("records"))

        reason = d.pop("reason", UNSET)

        delete_records = cls(
            records=records,
            reason=reason,
        )

        return delete_records
