from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.share_link import ShareLink


T = TypeVar("T", bound="ShareLinkEnvelope")


@_attrs_define
class ShareLinkEnvelope:
    """
    Attributes:
        data (ShareLink):
    """

    data: ShareLink

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
        from ..models.share_link import ShareLink  # noqa: PLC0415

        d = dict(src_dict)
        data = ShareLink.from_dict(d.pop("data"))

        share_link_envelope = cls(
            data=data,
        )

        return share_link_envelope
