from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.export_job_create_format import ExportJobCreateFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportJobCreate")


@_attrs_define
class ExportJobCreate:
    """
    Attributes:
        dataset (str):
        target (str):
        format_ (ExportJobCreateFormat | Unset):  Default: ExportJobCreateFormat.PARQUET.
        notify_webhook (None | str | Unset):
        version (str | Unset):  Default: 'latest'.
    """

    dataset: str
    target: str
    format_: ExportJobCreateFormat | Unset = ExportJobCreateFormat.PARQUET
    notify_webhook: None | str | Unset = UNSET
    version: str | Unset = "latest"

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        target = self.target

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        notify_webhook: None | str | Unset
        if isinstance(self.notify_webhook, Unset):
            notify_webhook = UNSET
        else:
            notify_webhook = self.notify_webhook

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataset": dataset,
                "target": target,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if notify_webhook is not UNSET:
            field_dict["notify_webhook"] = notify_webhook
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset = d.pop("dataset")

        target = d.pop("target")

        _format_ = d.pop("format", UNSET)
        format_: ExportJobCreateFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ExportJobCreateFormat(_format_)

        def _parse_notify_webhook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_webhook = _parse_notify_webhook(d.pop("notify_webhook", UNSET))

        version = d.pop("version", UNSET)

        export_job_create = cls(
            dataset=dataset,
            target=target,
            format_=format_,
            notify_webhook=notify_webhook,
            version=version,
        )

        return export_job_create
