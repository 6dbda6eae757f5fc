from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.registry_update_tag import RegistryUpdateTag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.registry_update_meta import RegistryUpdateMeta
    from ..models.registry_update_schema import RegistryUpdateSchema


T = TypeVar("T", bound="RegistryUpdate")


@_attrs_define
class RegistryUpdate:
    """
    Attributes:
        description (str | Unset):
        meta (RegistryUpdateMeta | Unset):
        schema (RegistryUpdateSchema | Unset):
        tag (RegistryUpdateTag | Unset): what the registry already is: custom (its own schema) or its pre-built tag;
            tags are fixed at creation, so any other value answers 400
        ttl (int | Unset):
    """

    description: str | Unset = UNSET
    meta: RegistryUpdateMeta | Unset = UNSET
    schema: RegistryUpdateSchema | Unset = UNSET
    tag: RegistryUpdateTag | Unset = UNSET
    ttl: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        tag: str | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = self.tag.value

        ttl = self.ttl

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
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
        from ..models.registry_update_meta import RegistryUpdateMeta  # noqa: PLC0415
        from ..models.registry_update_schema import RegistryUpdateSchema  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: RegistryUpdateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RegistryUpdateMeta.from_dict(_meta)

        _schema = d.pop("schema", UNSET)
        schema: RegistryUpdateSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = RegistryUpdateSchema.from_dict(_schema)

        _tag = d.pop("tag", UNSET)
        tag: RegistryUpdateTag | Unset
        if isinstance(_tag, Unset):
            tag = UNSET
        else:
            tag = RegistryUpdateTag(_tag)

        ttl = d.pop("ttl", UNSET)

        registry_update = cls(
            description=description,
            meta=meta,
            schema=schema,
            tag=tag,
            ttl=ttl,
        )

        return registry_update
