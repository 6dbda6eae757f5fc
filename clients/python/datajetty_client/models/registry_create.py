from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.registry_create_tag_type_1 import RegistryCreateTagType1
from ..models.registry_create_tag_type_2_type_1 import RegistryCreateTagType2Type1
from ..models.registry_create_tag_type_3_type_1 import RegistryCreateTagType3Type1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry_create_meta import RegistryCreateMeta
    from ..models.registry_create_schema_type_0 import RegistryCreateSchemaType0


T = TypeVar("T", bound="RegistryCreate")


@_attrs_define
class RegistryCreate:
    """
    Attributes:
        description (str):
        registry_name (str):
        meta (RegistryCreateMeta | Unset):
        schema (None | RegistryCreateSchemaType0 | Unset):
        tag (None | RegistryCreateTagType1 | RegistryCreateTagType2Type1 | RegistryCreateTagType3Type1 | Unset):
        ttl (int | None | Unset):
    """

    description: str
    registry_name: str
    meta: RegistryCreateMeta | Unset = UNSET
    schema: None | RegistryCreateSchemaType0 | Unset = UNSET
    tag: None | RegistryCreateTagType1 | RegistryCreateTagType2Type1 | RegistryCreateTagType3Type1 | Unset = UNSET
    ttl: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.registry_create_schema_type_0 import RegistryCreateSchemaType0  # noqa: PLC0415

        description = self.description

        registry_name = self.registry_name

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, RegistryCreateSchemaType0):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        elif isinstance(self.tag, RegistryCreateTagType1):
            tag = self.tag.value
        elif isinstance(self.tag, RegistryCreateTagType2Type1):
            tag = self.tag.value
        elif isinstance(self.tag, RegistryCreateTagType3Type1):
            tag = self.tag.value
        else:
            tag = self.tag

        ttl: int | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "registry_name": registry_name,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if schema is not UNSET:
            field_dict["schema"] = schema
        if tag is not UNSET:
            field_dict["tag"] = tag
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.registry_create_meta import RegistryCreateMeta  # noqa: PLC0415
        from ..models.registry_create_schema_type_0 import RegistryCreateSchemaType0  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        registry_name = d.pop("registry_name")

        _meta = d.pop("meta", UNSET)
        meta: RegistryCreateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RegistryCreateMeta.from_dict(_meta)

        def _parse_schema(data: object) -> None | RegistryCreateSchemaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schema_type_0 = RegistryCreateSchemaType0.from_dict(data)

                return schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistryCreateSchemaType0 | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        def _parse_tag(
            data: object,
        ) -> None | RegistryCreateTagType1 | RegistryCreateTagType2Type1 | RegistryCreateTagType3Type1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tag_type_1 = RegistryCreateTagType1(data)

                return tag_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tag_type_2_type_1 = RegistryCreateTagType2Type1(data)

                return tag_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tag_type_3_type_1 = RegistryCreateTagType3Type1(data)

                return tag_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | RegistryCreateTagType1 | RegistryCreateTagType2Type1 | RegistryCreateTagType3Type1 | Unset, data
            )

        tag = _parse_tag(d.pop("tag", UNSET))

        def _parse_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        registry_create = cls(
            description=description,
            registry_name=registry_name,
            meta=meta,
            schema=schema,
            tag=tag,
            ttl=ttl,
        )

        return registry_create
