from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.lifecycle_set import LifecycleSet


T = TypeVar("T", bound="LifecycleEnvelope")


@_attrs_define
class LifecycleEnvelope:
    """
    Attributes:
        data (LifecycleSet):
    """

    data: LifecycleSet

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
        from ..models.lifecycle_set import LifecycleSet  # noqa: PLC0415

        d = dict(src_dict)
        data = LifecycleSet.from_dict(d.pop("data"))

        lifecycle_envelope = cls(
            data=data,
        )

        return lifecycle_envelope
