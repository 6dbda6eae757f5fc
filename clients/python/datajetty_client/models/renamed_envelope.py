from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.renamed import Renamed


T = TypeVar("T", bound="RenamedEnvelope")


@_attrs_define
class RenamedEnvelope:
    """
    Attributes:
        data (Renamed):
    """

    data: Renamed

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
        from ..models.renamed import Renamed  # noqa: PLC0415

        d = dict(src_dict)
        data = Renamed.from_dict(d.pop("data"))

        renamed_envelope = cls(
            data=data,
        )

        return renamed_envelope
