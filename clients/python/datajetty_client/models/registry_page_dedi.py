from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry_lookup import RegistryLookup


T = TypeVar("T", bound="RegistryPageDedi")


@_attrs_define
class RegistryPageDedi:
    """
    Attributes:
        namespace_id (str):
        namespace_name (str):
        page_number (int):
        page_size (int):
        registries (list[RegistryLookup]):
        total_registries (int):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    namespace_id: str
    namespace_name: str
    page_number: int
    page_size: int
    registries: list[RegistryLookup]
    total_registries: int
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace_id = self.namespace_id

        namespace_name = self.namespace_name

        page_number = self.page_number

        page_size = self.page_size

        registries = []
        for registries_item_data in self.registries:
            registries_item = registries_item_data.to_dict()
            registries.append(registries_item)

        total_registries = self.total_registries

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace_id": namespace_id,
                "namespace_name": namespace_name,
                "page_number": page_number,
                "page_size": page_size,
                "registries": registries,
                "total_registries": total_registries,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registry_lookup import RegistryLookup  # noqa: PLC0415

        d = dict(src_dict)
        namespace_id = d.pop("namespace_id")

        namespace_name = d.pop("namespace_name")

        page_number = d.pop("page_number")

        page_size = d.pop("page_size")

        registries = []
        _registries = d.pop("registries")
        for registries_item_data in _registries:
            registries_item = RegistryLookup.from_dict(registries_item_data)

            registries.append(registries_item)

        total_registries = d.pop("total_registries")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        registry_page_dedi = cls(
            namespace_id=namespace_id,
            namespace_name=namespace_name,
            page_number=page_number,
            page_size=page_size,
            registries=registries,
            total_registries=total_registries,
            created_at=created_at,
            updated_at=updated_at,
        )

        return registry_page_dedi
