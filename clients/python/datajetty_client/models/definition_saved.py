from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DefinitionSaved")


@_attrs_define
class DefinitionSaved:
    """
    Attributes:
        dashboard_id (str):
        status (str):
        version (int): the new current version
    """

    dashboard_id: str
    status: str
    version: int

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        status = self.status

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dashboard_id": dashboard_id,
                "status": status,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dashboard_id = d.pop("dashboard_id")

        status = d.pop("status")

        version = d.pop("version")

        definition_saved = cls(
            dashboard_id=dashboard_id,
            status=status,
            version=version,
        )

        return definition_saved
