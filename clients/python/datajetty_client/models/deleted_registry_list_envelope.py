from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.deleted_registry_list import DeletedRegistryList


T = TypeVar("T", bound="DeletedRegistryListEnvelope")


@_attrs_define
class DeletedRegistryListEnvelope:
    """
    Attributes:
        data (DeletedRegistryList):
        message (str):
    """

    data: DeletedRegistryList
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
        from ..models.deleted_registry_list import DeletedRegistryList  # noqa: PLC0415

        d = dict(src_dict)
        data = DeletedRegistryList.from_dict(d.pop("data"))

        message = d.pop("message")

        deleted_registry_list_envelope = cls(
            data=data,
            message=message,
        )

        return deleted_registry_list_envelope
