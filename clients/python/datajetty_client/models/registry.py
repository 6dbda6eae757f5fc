from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_state import IndexState
    from ..models.registry_meta import RegistryMeta
    from ..models.registry_schema import RegistrySchema
    from ..models.registry_schema_change_type_0_type_0 import RegistrySchemaChangeType0Type0
    from ..models.schema_change import SchemaChange


T = TypeVar("T", bound="Registry")


@_attrs_define
class Registry:
    """
    Attributes:
        registry_id (str):
        registry_name (str):
        contract (str | Unset):  Example: v1.
        created_at (datetime.datetime | Unset):
        data_version (int | Unset):
        description (None | str | Unset):
        indexes (list[IndexState] | Unset): get only: the x-index properties' indexes
        last_published_at (datetime.datetime | None | Unset):
        meta (RegistryMeta | Unset): free-form JSON object
        namespace_id (str | Unset):
        record_count (int | Unset):
        schema (RegistrySchema | Unset): the registry's JSON Schema (draft 2020-12)
        schema_change (None | RegistrySchemaChangeType0Type0 | SchemaChange | Unset):
        state (str | Unset):
        tag (None | str | Unset): the pre-built tag, or null for a custom schema
        ttl (int | Unset):
        updated_at (datetime.datetime | Unset):
        version (str | Unset):  Example: v24.
    """

    registry_id: str
    registry_name: str
    contract: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    data_version: int | Unset = UNSET
    description: None | str | Unset = UNSET
    indexes: list[IndexState] | Unset = UNSET
    last_published_at: datetime.datetime | None | Unset = UNSET
    meta: RegistryMeta | Unset = UNSET
    namespace_id: str | Unset = UNSET
    record_count: int | Unset = UNSET
    schema: RegistrySchema | Unset = UNSET
    schema_change: None | RegistrySchemaChangeType0Type0 | SchemaChange | Unset = UNSET
    state: str | Unset = UNSET
    tag: None | str | Unset = UNSET
    ttl: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.registry_schema_change_type_0_type_0 import RegistrySchemaChangeType0Type0  # noqa: PLC0415
        from ..models.schema_change import SchemaChange  # noqa: PLC0415

        registry_id = self.registry_id

        registry_name = self.registry_name

        contract = self.contract

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        data_version = self.data_version

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexes, Unset):
            indexes = []
            for indexes_item_data in self.indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        last_published_at: None | str | Unset
        if isinstance(self.last_published_at, Unset):
            last_published_at = UNSET
        elif isinstance(self.last_published_at, datetime.datetime):
            last_published_at = self.last_published_at.isoformat()
        else:
            last_published_at = self.last_published_at

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        namespace_id = self.namespace_id

        record_count = self.record_count

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        schema_change: dict[str, Any] | None | Unset
        if isinstance(self.schema_change, Unset):
            schema_change = UNSET
        elif isinstance(self.schema_change, RegistrySchemaChangeType0Type0):
            schema_change = self.schema_change.to_dict()
        elif isinstance(self.schema_change, SchemaChange):
            schema_change = self.schema_change.to_dict()
        else:
            schema_change = self.schema_change

        state = self.state

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        ttl = self.ttl

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "registry_id": registry_id,
                "registry_name": registry_name,
            }
        )
        if contract is not UNSET:
            field_dict["contract"] = contract
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data_version is not UNSET:
            field_dict["data_version"] = data_version
        if description is not UNSET:
            field_dict["description"] = description
        if indexes is not UNSET:
            field_dict["indexes"] = indexes
        if last_published_at is not UNSET:
            field_dict["last_published_at"] = last_published_at
        if meta is not UNSET:
            field_dict["meta"] = meta
        if namespace_id is not UNSET:
            field_dict["namespace_id"] = namespace_id
        if record_count is not UNSET:
            field_dict["record_count"] = record_count
        if schema is not UNSET:
            field_dict["schema"] = schema
        if schema_change is not UNSET:
            field_dict["schema_change"] = schema_change
        if state is not UNSET:
            field_dict["state"] = state
        if tag is not UNSET:
            field_dict["tag"] = tag
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.index_state import IndexState  # noqa: PLC0415
        from ..models.registry_meta import RegistryMeta  # noqa: PLC0415
        from ..models.registry_schema import RegistrySchema  # noqa: PLC0415
        from ..models.registry_schema_change_type_0_type_0 import RegistrySchemaChangeType0Type0  # noqa: PLC0415
        from ..models.schema_change import SchemaChange  # noqa: PLC0415

        d = dict(src_dict)
        registry_id = d.pop("registry_id")

        registry_name = d.pop("registry_name")

        contract = d.pop("contract", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        data_version = d.pop("data_version", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _indexes = d.pop("indexes", UNSET)
        indexes: list[IndexState] | Unset = UNSET
        if _indexes is not UNSET:
            indexes = []
            for indexes_item_data in _indexes:
                indexes_item = IndexState.from_dict(indexes_item_data)

                indexes.append(indexes_item)

        def _parse_last_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_published_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_published_at = _parse_last_published_at(d.pop("last_published_at", UNSET))

        _meta = d.pop("meta", UNSET)
        meta: RegistryMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RegistryMeta.from_dict(_meta)

        namespace_id = d.pop("namespace_id", UNSET)

        record_count = d.pop("record_count", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: RegistrySchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = RegistrySchema.from_dict(_schema)

        def _parse_schema_change(data: object) -> None | RegistrySchemaChangeType0Type0 | SchemaChange | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_change_type_0_type_0 = RegistrySchemaChangeType0Type0.from_dict(data)

                return schema_change_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_change_type_1 = SchemaChange.from_dict(data)

                return schema_change_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistrySchemaChangeType0Type0 | SchemaChange | Unset, data)

        schema_change = _parse_schema_change(d.pop("schema_change", UNSET))

        state = d.pop("state", UNSET)

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        ttl = d.pop("ttl", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        version = d.pop("version", UNSET)

        registry = cls(
            registry_id=registry_id,
            registry_name=registry_name,
            contract=contract,
            created_at=created_at,
            data_version=data_version,
            description=description,
            indexes=indexes,
            last_published_at=last_published_at,
            meta=meta,
            namespace_id=namespace_id,
            record_count=record_count,
            schema=schema,
            schema_change=schema_change,
            state=state,
            tag=tag,
            ttl=ttl,
            updated_at=updated_at,
            version=version,
        )

        return registry
