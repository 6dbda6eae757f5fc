from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.subscribe_events_item import SubscribeEventsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscribe")


@_attrs_define
class Subscribe:
    """
    Attributes:
        namespace (str):
        webhook_secret (str):
        webhook_url (str):
        events (list[SubscribeEventsItem] | Unset): the events wanted (default: all that the scope has)
        record_name (str | Unset):
        registry_name (str | Unset):
        registry_tag (str | Unset):
    """

    namespace: str
    webhook_secret: str
    webhook_url: str
    events: list[SubscribeEventsItem] | Unset = UNSET
    record_name: str | Unset = UNSET
    registry_name: str | Unset = UNSET
    registry_tag: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        webhook_secret = self.webhook_secret

        webhook_url = self.webhook_url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        record_name = self.record_name

        registry_name = self.registry_name

        registry_tag = self.registry_tag

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace": namespace,
                "webhook_secret": webhook_secret,
                "webhook_url": webhook_url,
            }
        )
        if events is not UNSET:
            field_dict["events"] = events
        if record_name is not UNSET:
            field_dict["record_name"] = record_name
        if registry_name is not UNSET:
            field_dict["registry_name"] = registry_name
        if registry_tag is not UNSET:
            field_dict["registry_tag"] = registry_tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        webhook_secret = d.pop("webhook_secret")

        webhook_url = d.pop("webhook_url")

        _events = d.pop("events", UNSET)
        events: list[SubscribeEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = SubscribeEventsItem(events_item_data)

                events.append(events_item)

        record_name = d.pop("record_name", UNSET)

        registry_name = d.pop("registry_name", UNSET)

        registry_tag = d.pop("registry_tag", UNSET)

        subscribe = cls(
            namespace=namespace,
            webhook_secret=webhook_secret,
            webhook_url=webhook_url,
            events=events,
            record_name=record_name,
            registry_name=registry_name,
            registry_tag=registry_tag,
        )

        return subscribe
