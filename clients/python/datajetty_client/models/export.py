from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivered_file import DeliveredFile
    from ..models.receipt import Receipt


T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """
    Attributes:
        export_id (str):
        snapshot_ref (str):
        status (str): queued, running, done or failed
        artifacts (list[DeliveredFile] | Unset):
        created_at (datetime.datetime | Unset):
        dataset (str | Unset):
        destination (None | str | Unset): the directory the files land in
        error (None | str | Unset):
        finished_at (datetime.datetime | None | Unset):
        format_ (str | Unset):
        notify_webhook (None | str | Unset):
        receipts (list[Receipt] | Unset): get only
        snapshot_deleted (bool | Unset):
        target (str | Unset):
        updated_at (datetime.datetime | None | Unset):
        version (str | Unset):
    """

    export_id: str
    snapshot_ref: str
    status: str
    artifacts: list[DeliveredFile] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    dataset: str | Unset = UNSET
    destination: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    format_: str | Unset = UNSET
    notify_webhook: None | str | Unset = UNSET
    receipts: list[Receipt] | Unset = UNSET
    snapshot_deleted: bool | Unset = UNSET
    target: str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    version: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        export_id = self.export_id

        snapshot_ref = self.snapshot_ref

        status = self.status

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        dataset = self.dataset

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        else:
            destination = self.destination

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        format_ = self.format_

        notify_webhook: None | str | Unset
        if isinstance(self.notify_webhook, Unset):
            notify_webhook = UNSET
        else:
            notify_webhook = self.notify_webhook

        receipts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.receipts, Unset):
            receipts = []
            for receipts_item_data in self.receipts:
                receipts_item = receipts_item_data.to_dict()
                receipts.append(receipts_item)

        snapshot_deleted = self.snapshot_deleted

        target = self.target

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "export_id": export_id,
                "snapshot_ref": snapshot_ref,
                "status": status,
            }
        )
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset is not UNSET:
            field_dict["dataset"] = dataset
        if destination is not UNSET:
            field_dict["destination"] = destination
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if format_ is not UNSET:
            field_dict["format"] = format_
        if notify_webhook is not UNSET:
            field_dict["notify_webhook"] = notify_webhook
        if receipts is not UNSET:
            field_dict["receipts"] = receipts
        if snapshot_deleted is not UNSET:
            field_dict["snapshot_deleted"] = snapshot_deleted
        if target is not UNSET:
            field_dict["target"] = target
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivered_file import DeliveredFile  # noqa: PLC0415
        from ..models.receipt import Receipt  # noqa: PLC0415

        d = dict(src_dict)
        export_id = d.pop("export_id")

        snapshot_ref = d.pop("snapshot_ref")

        status = d.pop("status")

        _artifacts = d.pop("artifacts", UNSET)
        artifacts: list[DeliveredFile] | Unset = UNSET
        if _artifacts is not UNSET:
            artifacts = []
            for artifacts_item_data in _artifacts:
                artifacts_item = DeliveredFile.from_dict(artifacts_item_data)

                artifacts.append(artifacts_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        dataset = d.pop("dataset", UNSET)

        def _parse_destination(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        format_ = d.pop("format", UNSET)

        def _parse_notify_webhook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_webhook = _parse_notify_webhook(d.pop("notify_webhook", UNSET))

        _receipts = d.pop("receipts", UNSET)
        receipts: list[Receipt] | Unset = UNSET
        if _receipts is not UNSET:
            receipts = []
            for receipts_item_data in _receipts:
                receipts_item = Receipt.from_dict(receipts_item_data)

                receipts.append(receipts_item)

        snapshot_deleted = d.pop("snapshot_deleted", UNSET)

        target = d.pop("target", UNSET)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        version = d.pop("version", UNSET)

        export = cls(
            export_id=export_id,
            snapshot_ref=snapshot_ref,
            status=status,
            artifacts=artifacts,
            created_at=created_at,
            dataset=dataset,
            destination=destination,
            error=error,
            finished_at=finished_at,
            format_=format_,
            notify_webhook=notify_webhook,
            receipts=receipts,
            snapshot_deleted=snapshot_deleted,
            target=target,
            updated_at=updated_at,
            version=version,
        )

        return export
