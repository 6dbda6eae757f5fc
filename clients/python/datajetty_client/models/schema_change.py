from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SchemaChange")


@_attrs_define
class SchemaChange:
    """
    Attributes:
        applied (bool):
        breaking_changes (list[str]):
        contract (str):  Example: v2.
        failing_record_names (list[str]):
        failing_records (int):
    """

    applied: bool
    breaking_changes: list[str]
    contract: str
    failing_record_names: list[str]
    failing_records: int

    def to_dict(self) -> dict[str, Any]:
        applied = self.applied

        breaking_changes = self.breaking_changes

        contract = self.contract

        failing_record_names = self.failing_record_names

        failing_records = self.failing_records

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "applied": applied,
                "breaking_changes": breaking_changes,
                "contract": contract,
                "failing_record_names": failing_record_names,
                "failing_records": failing_records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        applied = d.pop("applied")

        breaking_changes = cast(list[str], d.pop("breaking_changes"))

        contract = d.pop("contract")

        failing_record_names = cast(list[str], d.pop("failing_record_names"))

        failing_records = d.pop("failing_records")

        schema_change = cls(
            applied=applied,
            breaking_changes=breaking_changes,
            contract=contract,
            failing_record_names=failing_record_names,
            failing_records=failing_records,
        )

        return schema_change
