from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.deleted_registry import DeletedRegistry
    from ..models.pagination import Pagination


T = TypeVar("T", bound="DeletedRegistryList")


@_attrs_define
class DeletedRegistryList:
    """
    Attributes:
        pagination (Pagination):
        registries (list[DeletedRegistry]):
    """

    pagination: Pagination
    registries: list[DeletedRegistry]

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        registries = []
        for registries_item_data in self.registries:
            registries_item = registries_item_data.to_dict()
            registries.append(registries_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pagination": pagination,
                "registries": registries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deleted_registry import DeletedRegistry  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        registries = []
        _registries = d.pop("registries")
        for registries_item_data in _registries:
            registries_item = DeletedRegistry.from_dict(registries_item_data)

            registries.append(registries_item)

        deleted_registry_list = cls(
            pagination=pagination,
            registries=registries,
        )

        return deleted_registry_list
