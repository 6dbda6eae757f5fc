from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.change_event import ChangeEvent


T = TypeVar("T", bound="Changes")


@_attrs_define
class Changes:
    """
    Attributes:
        current_version (int):
        events (list[ChangeEvent]):
        registry_name (str):
        since_version (int):
        next_cursor (None | str | Unset): pass as cursor for the next page; null when this page is the end
    """

    current_version: int
    events: list[ChangeEvent]
    registry_name: str
    since_version: int
    next_cursor: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        current_version = self.current_version

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        registry_name = self.registry_name

        since_version = self.since_version

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "current_version": current_version,
                "events": events,
                "registry_name": registry_name,
                "since_version": since_version,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_event import ChangeEvent  # noqa: PLC0415

        d = dict(src_dict)
        current_version = d.pop("current_version")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = ChangeEvent.from_dict(events_item_data)

            events.append(events_item)

        registry_name = d.pop("registry_name")

        since_version = d.pop("since_version")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        changes = cls(
            current_version=current_version,
            events=events,
            registry_name=registry_name,
            since_version=since_version,
            next_cursor=next_cursor,
        )

        return changes
