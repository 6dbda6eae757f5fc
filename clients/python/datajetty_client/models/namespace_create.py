from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_create_meta import NamespaceCreateMeta


T = TypeVar("T", bound="NamespaceCreate")


@_attrs_define
class NamespaceCreate:
    """
    Attributes:
        description (str):
        name (str):
        meta (NamespaceCreateMeta | Unset):
        version_count (int | None | Unset):
    """

    description: str
    name: str
    meta: NamespaceCreateMeta | Unset = UNSET
    version_count: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        version_count: int | None | Unset
        if isinstance(self.version_count, Unset):
            version_count = UNSET
        else:
            version_count = self.version_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "name": name,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if version_count is not UNSET:
            field_dict["version_count"] = version_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.namespace_create_meta import NamespaceCreateMeta  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        _meta = d.pop("meta", UNSET)
        meta: NamespaceCreateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = NamespaceCreateMeta.from_dict(_meta)

        def _parse_version_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version_count = _parse_version_count(d.pop("version_count", UNSET))

        namespace_create = cls(
            description=description,
            name=name,
            meta=meta,
            version_count=version_count,
        )

        return namespace_create
