from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_lookup_meta import NamespaceLookupMeta


T = TypeVar("T", bound="NamespaceLookup")


@_attrs_define
class NamespaceLookup:
    """
    Attributes:
        is_verified (bool):
        name (str):
        namespace_id (str):
        registry_count (int):
        state (str): live
        version (str): the namespace version shown Example: v2.
        created_at (datetime.datetime | Unset):
        description (None | str | Unset):
        domain (None | str | Unset): the domain verified for it, if any
        meta (NamespaceLookupMeta | Unset): free-form JSON object
        public (bool | Unset): its live data readable without a key
        updated_at (datetime.datetime | Unset):
        version_count (int | None | Unset):
    """

    is_verified: bool
    name: str
    namespace_id: str
    registry_count: int
    state: str
    version: str
    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    meta: NamespaceLookupMeta | Unset = UNSET
    public: bool | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version_count: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_verified = self.is_verified

        name = self.name

        namespace_id = self.namespace_id

        registry_count = self.registry_count

        state = self.state

        version = self.version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

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
                "is_verified": is_verified,
                "name": name,
                "namespace_id": namespace_id,
                "registry_count": registry_count,
                "state": state,
                "version": version,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if domain is not UNSET:
            field_dict["domain"] = domain
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
        from ..models.namespace_lookup_meta import NamespaceLookupMeta  # noqa: PLC0415

        d = dict(src_dict)
        is_verified = d.pop("is_verified")

        name = d.pop("name")

        namespace_id = d.pop("namespace_id")

        registry_count = d.pop("registry_count")

        state = d.pop("state")

        version = d.pop("version")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: NamespaceLookupMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = NamespaceLookupMeta.from_dict(_meta)

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

        namespace_lookup = cls(
            is_verified=is_verified,
            name=name,
            namespace_id=namespace_id,
            registry_count=registry_count,
            state=state,
            version=version,
            created_at=created_at,
            description=description,
            domain=domain,
            meta=meta,
            public=public,
            updated_at=updated_at,
            version_count=version_count,
        )

        return namespace_lookup
