from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.registries_by_tag import RegistriesByTag


T = TypeVar("T", bound="RegistriesByTagEnvelope")


@_attrs_define
class RegistriesByTagEnvelope:
    """
    Attributes:
        data (RegistriesByTag):
        message (str):
    """

    data: RegistriesByTag
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
        from ..models.registries_by_tag import RegistriesByTag  # noqa: PLC0415

        d = dict(src_dict)
        data = RegistriesByTag.from_dict(d.pop("data"))

        message = d.pop("message")

        registries_by_tag_envelope = cls(
            data=data,
            message=message,
        )

        return registries_by_tag_envelope
