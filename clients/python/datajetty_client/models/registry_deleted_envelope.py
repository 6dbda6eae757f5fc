from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.registry_deleted import RegistryDeleted


T = TypeVar("T", bound="RegistryDeletedEnvelope")


@_attrs_define
class RegistryDeletedEnvelope:
    """
    Attributes:
        data (RegistryDeleted):
        message (str):
    """

    data: RegistryDeleted
    message: str

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registry_deleted import RegistryDeleted  # noqa: PLC0415

        d = dict(src_dict)
        data = RegistryDeleted.from_dict(d.pop("data"))

        message = d.pop("message")

        registry_deleted_envelope = cls(
            data=data,
            message=message,
        )

        return registry_deleted_envelope
