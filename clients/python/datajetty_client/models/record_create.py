from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_create_details import RecordCreateDetails
    from ..models.record_create_meta import RecordCreateMeta


T = TypeVar("T", bound="RecordCreate")


@_attrs_define
class RecordCreate:
    """
    Attributes:
        details (RecordCreateDetails):
        record_name (str):
        description (str | Unset):  Default: ''.
        meta (RecordCreateMeta | Unset):
        ttl (int | None | Unset):
        valid_till (datetime.datetime | None | Unset):
    """

    details: RecordCreateDetails
    record_name: str
    description: str | Unset = ""
    meta: RecordCreateMeta | Unset = UNSET
    ttl: int | None | Unset = UNSET
    valid_till: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        details = self.details.to_dict()

        record_name = self.record_name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        ttl: int | None | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        valid_till: None | str | Unset
        if isinstance(self.valid_till, Unset):
            valid_till = UNSET
        elif isinstance(self.valid_till, datetime.datetime):
            valid_till = self.valid_till.isoformat()
        else:
            valid_till = self.valid_till

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "details": details,
                "record_name": record_name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if valid_till is not UNSET:
            field_dict["valid_till"] = valid_till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_create_details import RecordCreateDetails  # noqa: PLC0415
        from ..models.record_create_meta import RecordCreateMeta  # noqa: PLC0415

        d = dict(src_dict)
        details = RecordCreateDetails.from_dict(d.pop("details"))

        record_name = d.pop("record_name")

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: RecordCreateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RecordCreateMeta.from_dict(_meta)

        def _parse_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

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

        record_create = cls(
            details=details,
            record_name=record_name,
            description=description,
            meta=meta,
            ttl=ttl,
            valid_till=valid_till,
        )

        return record_create
