from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_hit_details import SearchHitDetails
    from ..models.search_hit_meta import SearchHitMeta


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        latest (bool): always true: the latest version
        namespace_id (str):
        record_id (str):
        record_name (str):
        registry_name (str):
        version_count (int):
        contract (str | Unset):
        created_at (datetime.datetime | Unset):
        description (None | str | Unset):
        details (SearchHitDetails | Unset): the record, as the registry's JSON Schema types it
        meta (SearchHitMeta | Unset): free-form JSON object
        state (str | Unset):
        ttl (int | None | Unset):
        updated_at (datetime.datetime | Unset):
        valid_till (datetime.datetime | None | Unset):
        version (int | None | Unset): the data version that published it
    """

    latest: bool
    namespace_id: str
    record_id: str
    record_name: str
    registry_name: str
    version_count: int
    contract: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    details: SearchHitDetails | Unset = UNSET
    meta: SearchHitMeta | Unset = UNSET
    state: str | Unset = UNSET
    ttl: int | None | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    valid_till: datetime.datetime | None | Unset = UNSET
    version: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        latest = self.latest

        namespace_id = self.namespace_id

        record_id = self.record_id

        record_name = self.record_name

        registry_name = self.registry_name

        version_count = self.version_count

        contract = self.contract

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        state = self.state

        ttl: int | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        valid_till: None | str | Unset
        if isinstance(self.valid_till, Unset):
            valid_till = UNSET
        elif isinstance(self.valid_till, datetime.datetime):
            valid_till = self.valid_till.isoformat()
        else:
            valid_till = self.valid_till

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "latest": latest,
                "namespace_id": namespace_id,
                "record_id": record_id,
                "record_name": record_name,
                "registry_name": registry_name,
                "version_count": version_count,
            }
        )
        if contract is not UNSET:
            field_dict["contract"] = contract
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if details is not UNSET:
            field_dict["details"] = details
        if meta is not UNSET:
            field_dict["meta"] = meta
        if state is not UNSET:
            field_dict["state"] = state
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if valid_till is not UNSET:
            field_dict["valid_till"] = valid_till
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_hit_details import SearchHitDetails  # noqa: PLC0415
        from ..models.search_hit_meta import SearchHitMeta  # noqa: PLC0415

        d = dict(src_dict)
        latest = d.pop("latest")

        namespace_id = d.pop("namespace_id")

        record_id = d.pop("record_id")

        record_name = d.pop("record_name")

        registry_name = d.pop("registry_name")

        version_count = d.pop("version_count")

        contract = d.pop("contract", UNSET)

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

        _details = d.pop("details", UNSET)
        details: SearchHitDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = SearchHitDetails.from_dict(_details)

        _meta = d.pop("meta", UNSET)
        meta: SearchHitMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SearchHitMeta.from_dict(_meta)

        state = d.pop("state", UNSET)

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

        def _parse_valid_till(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_till_type_0 = datetime.datetime.fromisoformat(data)

                return valid_till_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_till = _parse_valid_till(d.pop("valid_till", UNSET))

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        search_hit = cls(
            latest=latest,
            namespace_id=namespace_id,
            record_id=record_id,
            record_name=record_name,
            registry_name=registry_name,
            version_count=version_count,
            contract=contract,
            created_at=created_at,
            description=description,
            details=details,
            meta=meta,
            state=state,
            ttl=ttl,
            updated_at=updated_at,
            valid_till=valid_till,
            version=version,
        )

        return search_hit
