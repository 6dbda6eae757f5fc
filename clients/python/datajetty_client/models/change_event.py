from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.change_event_details_type_0 import ChangeEventDetailsType0


T = TypeVar("T", bound="ChangeEvent")


@_attrs_define
class ChangeEvent:
    """
    Attributes:
        record_id (str):
        record_name (str):
        state (str): the record's state after the change
        type_ (str): published, updated, restored, revoked, expired or deleted
        version (int): the data version that made the change
        changed_at (datetime.datetime | Unset):
        details (ChangeEventDetailsType0 | None | Unset): the record's details after the change
    """

    record_id: str
    record_name: str
    state: str
    type_: str
    version: int
    changed_at: datetime.datetime | Unset = UNSET
    details: ChangeEventDetailsType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_event_details_type_0 import ChangeEventDetailsType0  # noqa: PLC0415

        record_id = self.record_id

        record_name = self.record_name

        state = self.state

        type_ = self.type_

        version = self.version

        changed_at: str | Unset = UNSET
        if not isinstance(self.changed_at, Unset):
            changed_at = self.changed_at.isoformat()

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, ChangeEventDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "record_id": record_id,
                "record_name": record_name,
                "state": state,
                "type": type_,
                "version": version,
            }
        )
        if changed_at is not UNSET:
            field_dict["changed_at"] = changed_at
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_event_details_type_0 import ChangeEventDetailsType0  # noqa: PLC0415

        d = dict(src_dict)
        record_id = d.pop("record_id")

        record_name = d.pop("record_name")

        state = d.pop("state")

        type_ = d.pop("type")

        version = d.pop("version")

        _changed_at = d.pop("changed_at", UNSET)
        changed_at: datetime.datetime | Unset
        if isinstance(_changed_at, Unset):
            changed_at = UNSET
        else:
            changed_at = datetime.datetime.fromisoformat(_changed_at)

        def _parse_details(data: object) -> ChangeEventDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = ChangeEventDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeEventDetailsType0 | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        change_event = cls(
            record_id=record_id,
            record_name=record_name,
            state=state,
            type_=type_,
            version=version,
            changed_at=changed_at,
            details=details,
        )

        return change_event
