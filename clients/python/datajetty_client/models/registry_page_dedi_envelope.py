from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.registry_page_dedi import RegistryPageDedi


T = TypeVar("T", bound="RegistryPageDediEnvelope")


@_attrs_define
class RegistryPageDediEnvelope:
    """
    Attributes:
        data (RegistryPageDedi):
        message (str):
    """

    data: RegistryPageDedi
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
        from ..models.registry_page_dedi import RegistryPageDedi  # noqa: PLC0415

        d = dict(src_dict)
        data = RegistryPageDedi.from_dict(d.pop("data"))

        message = d.pop("message")

        registry_page_dedi_envelope = cls(
            data=data,
            message=message,
        )

        return registry_page_dedi_envelope
