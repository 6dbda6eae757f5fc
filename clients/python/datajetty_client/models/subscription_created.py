from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionCreated")


@_attrs_define
class SubscriptionCreated:
    """
    Attributes:
        events (list[str]):
        id (str):
        is_active (bool):
        namespace_id (str):
        type_ (str): namespace, registry, record or tag
        webhook_secret (str):
        webhook_url (str):
        created_at (datetime.datetime | Unset):
        created_by (None | str | Unset):
        disabled_reason (None | str | Unset): unsubscribed, or why delivery gave up
        record_name (None | str | Unset):
        registry_name (None | str | Unset):
        registry_tag (None | str | Unset):
    """

    events: list[str]
    id: str
    is_active: bool
    namespace_id: str
    type_: str
    webhook_secret: str
    webhook_url: str
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | str | Unset = UNSET
    disabled_reason: None | str | Unset = UNSET
    record_name: None | str | Unset = UNSET
    registry_name: None | str | Unset = UNSET
    registry_tag: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        events = self.events

        id = self.id

        is_active = self.is_active

        namespace_id = self.namespace_id

        type_ = self.type_

        webhook_secret = self.webhook_secret

        webhook_url = self.webhook_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        disabled_reason: None | str | Unset
        if isinstance(self.disabled_reason, Unset):
            disabled_reason = UNSET
        else:
            disabled_reason = self.disabled_reason

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

        registry_tag: None | str | Unset
        if isinstance(self.registry_tag, Unset):
            registry_tag = UNSET
        else:
            registry_tag = self.registry_tag

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "events": events,
                "id": id,
                "is_active": is_active,
                "namespace_id": namespace_id,
                "type": type_,
                "webhook_secret": webhook_secret,
                "webhook_url": webhook_url,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if disabled_reason is not UNSET:
            field_dict["disabled_reason"] = disabled_reason
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
        events = cast(list[str], d.pop("events"))

        id = d.pop("id")

        is_active = d.pop("is_active")

        namespace_id = d.pop("namespace_id")

        type_ = d.pop("type")

        webhook_secret = d.pop("webhook_secret")

        webhook_url = d.pop("webhook_url")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_disabled_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        disabled_reason = _parse_disabled_reason(d.pop("disabled_reason", UNSET))

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

        def _parse_registry_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registry_tag = _parse_registry_tag(d.pop("registry_tag", UNSET))

        subscription_created = cls(
            events=events,
            id=id,
            is_active=is_active,
            namespace_id=namespace_id,
            type_=type_,
            webhook_secret=webhook_secret,
            webhook_url=webhook_url,
            created_at=created_at,
            created_by=created_by,
            disabled_reason=disabled_reason,
            record_name=record_name,
            registry_name=registry_name,
            registry_tag=registry_tag,
        )

        return subscription_created
