from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dedi_versions_schema import DediVersionsSchema


T = TypeVar("T", bound="DediVersions")


@_attrs_define
class DediVersions:
    """
    Attributes:
        total_versions (int):
        versions (list[str]):  Example: ['v3', 'v2', 'v1'].
        created_at (datetime.datetime | Unset):
        created_by (None | str | Unset):
        record_name (str | Unset):
        registry_name (str | Unset):
        schema (DediVersionsSchema | Unset): the registry's JSON Schema
        ttl (int | None | Unset):
        updated_at (datetime.datetime | Unset):
    """

    total_versions: int
    versions: list[str]
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    record_name: str | Unset = UNSET
    registry_name: str | Unset = UNSET
    schema: DediVersionsSchema | Unset = UNSET
    ttl: int | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        total_versions = self.total_versions

        versions = self.versions

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        record_name = self.record_name

        registry_name = self.registry_name

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        ttl: int | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "total_versions": total_versions,
                "versions": versions,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if record_name is not UNSET:
            field_dict["record_name"] = record_name
        if registry_name is not UNSET:
            field_dict["registry_name"] = registry_name
        if schema is not UNSET:
            field_dict["schema"] = schema
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dedi_versions_schema import DediVersionsSchema  # noqa: PLC0415

        d = dict(src_dict)
        total_versions = d.pop("total_versions")

        versions = cast(list[str], d.pop("versions"))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        record_name = d.pop("record_name", UNSET)

        registry_name = d.pop("registry_name", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: DediVersionsSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = DediVersionsSchema.from_dict(_schema)

        def _parse_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        dedi_versions = cls(
            total_versions=total_versions,
            versions=versions,
            created_at=created_at,
            created_by=created_by,
            record_name=record_name,
            registry_name=registry_name,
            schema=schema,
            ttl=ttl,
            updated_at=updated_at,
        )

        return dedi_versions
