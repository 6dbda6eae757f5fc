from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SnapshotCreated")


@_attrs_define
class SnapshotCreated:
    """
    Attributes:
        snapshot_id (str):
        status (str): building, ready or failed
    """

    snapshot_id: str
    status: str

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "snapshot_id": snapshot_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        snapshot_id = d.pop("snapshot_id")

        status = d.pop("status")

        snapshot_created = cls(
            snapshot_id=snapshot_id,
            status=status,
        )

        return snapshot_created
