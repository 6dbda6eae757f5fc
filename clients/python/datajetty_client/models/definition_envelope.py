from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.definition_version import DefinitionVersion


T = TypeVar("T", bound="DefinitionEnvelope")


@_attrs_define
class DefinitionEnvelope:
    """
    Attributes:
        data (DefinitionVersion):
    """

    data: DefinitionVersion

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.definition_version import DefinitionVersion  # noqa: PLC0415

        d = dict(src_dict)
        data = DefinitionVersion.from_dict(d.pop("data"))

        definition_envelope = cls(
            data=data,
        )

        return definition_envelope
