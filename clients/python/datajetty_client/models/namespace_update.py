from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_update_meta import NamespaceUpdateMeta


T = TypeVar("T", bound="NamespaceUpdate")


@_attrs_define
class NamespaceUpdate:
    """
    Attributes:
        description (str | Unset):
        meta (NamespaceUpdateMeta | Unset):
        public (bool | Unset): true: lookups, queries, versions, CSV exports and snapshot downloads of its live data
            answer without a key (admin scope to change; audited)
    """

    description: str | Unset = UNSET
    meta: NamespaceUpdateMeta | Unset = UNSET
    public: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        public = self.public

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if public is not UNSET:
            field_dict["public"] = public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.namespace_update_meta import NamespaceUpdateMeta  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: NamespaceUpdateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = NamespaceUpdateMeta.from_dict(_meta)

        public = d.pop("public", UNSET)

        namespace_update = cls(
            description=description,
            meta=meta,
            public=public,
        )

        return namespace_update
