from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Unsubscribed")


@_attrs_define
class Unsubscribed:
    """
    Attributes:
        id (str):
        namespace_id (str):
        type_ (str):
        record_name (None | str | Unset):
        registry_name (None | str | Unset):
    """

    id: str
    namespace_id: str
    type_: str
    record_name: None | str | Unset = UNSET
    registry_name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        namespace_id = self.namespace_id

        type_ = self.type_

        record_name: None | str | Unset
        if isinstance(self.record_name, Unset):
            record_name = UNSET
        else:
            record_name = self.record_name

        registry_name: None | str | Unset
        if isinstance(self.registry_name, Unset):
            registry_name = UNSET
        else:
            registry_name = self.registry_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "namespace_id": namespace_id,
                "type": type_,
            }
        )
        if record_name is not UNSET:
            field_dict["record_name"] = record_name
        if registry_name is not UNSET:
            field_dict["registry_name"] = registry_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        namespace_id = d.pop("namespace_id")

        type_ = d.pop("type")

        def _parse_record_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        record_name = _parse_record_name(d.pop("record_name", UNSET))

        def _parse_registry_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registry_name = _parse_registry_name(d.pop("registry_name", UNSET))

        unsubscribed = cls(
            id=id,
            namespace_id=namespace_id,
            type_=type_,
            record_name=record_name,
            registry_name=registry_name,
        )

        return unsubscribed
