from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportCreate")


@_attrs_define
class ExportCreate:
    """
    Attributes:
        snapshot_id (str):
        target (str):
        notify_webhook (None | str | Unset):
    """

    snapshot_id: str
    target: str
    notify_webhook: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        snapshot_id = self.snapshot_id

        target = self.target

        notify_webhook: None | str | Unset
        if isinstance(self.notify_webhook, Unset):
            notify_webhook = UNSET
        else:
            notify_webhook = self.notify_webhook

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "snapshot_id": snapshot_id,
                "target": target,
            }
        )
        if notify_webhook is not UNSET:
            field_dict["notify_webhook"] = notify_webhook

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        snapshot_id = d.pop("snapshot_id")

        target = d.pop("target")

        def _parse_notify_webhook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_webhook = _parse_notify_webhook(d.pop("notify_webhook", UNSET))

        export_create = cls(
            snapshot_id=snapshot_id,
            target=target,
            notify_webhook=notify_webhook,
        )

        return export_create
