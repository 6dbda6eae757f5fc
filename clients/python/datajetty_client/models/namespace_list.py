from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.listed_namespace import ListedNamespace
    from ..models.pagination import Pagination


T = TypeVar("T", bound="NamespaceList")


@_attrs_define
class NamespaceList:
    """
    Attributes:
        namespaces (list[ListedNamespace]):
        pagination (Pagination):
    """

    namespaces: list[ListedNamespace]
    pagination: Pagination

    def to_dict(self) -> dict[str, Any]:
        namespaces = []
        for namespaces_item_data in self.namespaces:
            namespaces_item = namespaces_item_data.to_dict()
            namespaces.append(namespaces_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespaces": namespaces,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listed_namespace import ListedNamespace  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        namespaces = []
        _namespaces = d.pop("namespaces")
        for namespaces_item_data in _namespaces:
            namespaces_item = ListedNamespace.from_dict(namespaces_item_data)

            namespaces.append(namespaces_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        namespace_list = cls(
            namespaces=namespaces,
            pagination=pagination,
        )

        return namespace_list
