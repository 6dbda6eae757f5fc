from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.bulk_upload_body_mode import BulkUploadBodyMode
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="BulkUploadBody")


@_attrs_define
class BulkUploadBody:
    """
    Attributes:
        file (File): the CSV, max 100 MB
        namespace (str):
        registry_name (str):
        mode (BulkUploadBodyMode | Unset):  Default: BulkUploadBodyMode.PARTIAL.
        publish (bool | Unset): publish the valid rows as one new data version (the default), or keep them as drafts
            (false; list them with /dedi/query/…?state=draft, publish with publish-records) Default: True.
        record_name_field (str | Unset):
    """

    file: File
    namespace: str
    registry_name: str
    mode: BulkUploadBodyMode | Unset = BulkUploadBodyMode.PARTIAL
    publish: bool | Unset = True
    record_name_field: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        namespace = self.namespace

        registry_name = self.registry_name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        publish = self.publish

        record_name_field = self.record_name_field

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "namespace": namespace,
                "registry_name": registry_name,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if publish is not UNSET:
            field_dict["publish"] = publish
        if record_name_field is not UNSET:
            field_dict["record_name_field"] = record_name_field

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("namespace", (None, str(self.namespace).encode(), "text/plain")))

        files.append(("registry_name", (None, str(self.registry_name).encode(), "text/plain")))

        if not isinstance(self.mode, Unset):
            files.append(("mode", (None, str(self.mode.value).encode(), "text/plain")))

        if not isinstance(self.publish, Unset):
            files.append(("publish", (None, str(self.publish).encode(), "text/plain")))

        if not isinstance(self.record_name_field, Unset):
            files.append(("record_name_field", (None, str(self.record_name_field).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        namespace = d.pop("namespace")

        registry_name = d.pop("registry_name")

        _mode = d.pop("mode", UNSET)
        mode: BulkUploadBodyMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = BulkUploadBodyMode(_mode)

        publish = d.pop("publish", UNSET)

        record_name_field = d.pop("record_name_field", UNSET)

        bulk_upload_body = cls(
            file=file,
            namespace=namespace,
            registry_name=registry_name,
            mode=mode,
            publish=publish,
            record_name_field=record_name_field,
        )

        return bulk_upload_body
