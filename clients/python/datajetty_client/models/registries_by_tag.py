from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.registry import Registry


T = TypeVar("T", bound="RegistriesByTag")


@_attrs_define
class RegistriesByTag:
    """
    Attributes:
        registries (list[Registry]):
        tag (str):
        total_registries (int):
    """

    registries: list[Registry]
    tag: str
    total_registries: int

    def to_dict(self) -> dict[str, Any]:
        registries = []
        for registries_item_data in self.registries:
            registries_item = registries_item_data.to_dict()
            registries.append(registries_item)

        tag = self.tag

        total_registries = self.total_registries

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "registries": registries,
                "tag": tag,
                "total_registries": total_registries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registry import Registry  # noqa: PLC0415

        d = dict(src_dict)
        registries = []
        _registries = d.pop("registries")
        for registries_item_data in _registries:
            registries_item = Registry.from_dict(registries_item_data)

            registries.append(registries_item)

        tag = d.pop("tag")

        total_registries = d.pop("total_registries")

        registries_by_tag = cls(
            registries=registries,
            tag=tag,
            total_registries=total_registries,
        )

        return registries_by_tag
