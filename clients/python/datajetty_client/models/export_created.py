from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExportCreated")


@_attrs_define
class ExportCreated:
    """
    Attributes:
        export_id (str):
        snapshot_ref (str):
        status (str): queued, running, done or failed
    """

    export_id: str
    snapshot_ref: str
    status: str

    def to_dict(self) -> dict[str, Any]:
        export_id = self.export_id

        snapshot_ref = self.snapshot_ref

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "export_id": export_id,
                "snapshot_ref": snapshot_ref,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        export_id = d.pop("export_id")

        snapshot_ref = d.pop("snapshot_ref")

        status = d.pop("status")

        export_created = cls(
            export_id=export_id,
            snapshot_ref=snapshot_ref,
            status=status,
        )

        return export_created
