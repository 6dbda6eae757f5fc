from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SnapshotExportRef")


@_attrs_define
class SnapshotExportRef:
    """
    Attributes:
        id (str):
        status (str):
        target (str):
    """

    id: str
    status: str
    target: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        target = self.target

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "status": status,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        target = d.pop("target")

        snapshot_export_ref = cls(
            id=id,
            status=status,
            target=target,
        )

        return snapshot_export_ref
