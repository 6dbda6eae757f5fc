from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_update_details import RecordUpdateDetails
    from ..models.record_update_meta import RecordUpdateMeta


T = TypeVar("T", bound="RecordUpdate")


@_attrs_define
class RecordUpdate:
    """
    Attributes:
        description (str | Unset):
        details (RecordUpdateDetails | Unset):
        meta (RecordUpdateMeta | Unset):
        ttl (int | Unset):
        valid_till (datetime.datetime | None | Unset):
    """

    description: str | Unset = UNSET
    details: RecordUpdateDetails | Unset = UNSET
    meta: RecordUpdateMeta | Unset = UNSET
    ttl: int | Unset = UNSET
    valid_till: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        ttl = self.ttl

        valid_till: None | str | Unset
        if isinstance(self.valid_till, Unset):
            valid_till = UNSET
        elif isinstance(self.valid_till, datetime.datetime):
            valid_till = self.valid_till.isoformat()
        else:
            valid_till = self.valid_till

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if details is not UNSET:
            field_dict["details"] = details
        if meta is not UNSET:
            field_dict["meta"] = meta
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if valid_till is not UNSET:
            field_dict["valid_till"] = valid_till

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_update_details import RecordUpdateDetails  # noqa: PLC0415
        from ..models.record_update_meta import RecordUpdateMeta  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _details = d.pop("details", UNSET)
        details: RecordUpdateDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = RecordUpdateDetails.from_dict(_details)

        _meta = d.pop("meta", UNSET)
        meta: RecordUpdateMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RecordUpdateMeta.from_dict(_meta)

        ttl = d.pop("ttl", UNSET)

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

        record_update = cls(
            description=description,
            details=details,
            meta=meta,
            ttl=ttl,
            valid_till=valid_till,
        )

        return record_update
