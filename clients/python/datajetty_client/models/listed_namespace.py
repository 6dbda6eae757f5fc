from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listed_namespace_meta import ListedNamespaceMeta


T = TypeVar("T", bound="ListedNamespace")


@_attrs_define
class ListedNamespace:
    """
    Attributes:
        name (str):
        namespace_id (str):
        created_at (datetime.datetime | Unset):
        delegated (list[str] | None | Unset): a delegate's granted permissions; null: own
        description (None | str | Unset):
        meta (ListedNamespaceMeta | Unset): free-form JSON object
        public (bool | Unset): its live data readable without a key
        updated_at (datetime.datetime | Unset):
        version_count (int | None | Unset):
    """

    name: str
    namespace_id: str
    created_at: datetime.datetime | Unset = UNSET
    delegated: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    meta: ListedNamespaceMeta | Unset = UNSET
    public: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version_count: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        namespace_id = self.namespace_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        delegated: list[str] | None | Unset
        if isinstance(self.delegated, Unset):
            delegated = UNSET
        elif isinstance(self.delegated, list):
            delegated = self.delegated

        else:
            delegated = self.delegated

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        public = self.public

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        version_count: int | None | Unset
        if isinstance(self.version_count, Unset):
            version_count = UNSET
        else:
            version_count = self.version_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "namespace_id": namespace_id,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if delegated is not UNSET:
            field_dict["delegated"] = delegated
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if public is not UNSET:
            field_dict["public"] = public
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version_count is not UNSET:
            field_dict["version_count"] = version_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.listed_namespace_meta import ListedNamespaceMeta  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        namespace_id = d.pop("namespace_id")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_delegated(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                delegated_type_0 = cast(list[str], data)

                return delegated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        delegated = _parse_delegated(d.pop("delegated", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: ListedNamespaceMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ListedNamespaceMeta.from_dict(_meta)

        public = d.pop("public", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_version_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version_count = _parse_version_count(d.pop("version_count", UNSET))

        listed_namespace = cls(
            name=name,
            namespace_id=namespace_id,
            created_at=created_at,
            delegated=delegated,
            description=description,
            meta=meta,
            public=public,
            updated_at=updated_at,
            version_count=version_count,
        )

        return listed_namespace
