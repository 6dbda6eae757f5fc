from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.bulk_import_mode import BulkImportMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkImport")


@_attrs_define
class BulkImport:
    """
    Attributes:
        namespace (str):
        registry_name (str):
        source (str): s3://bucket/key.csv (a bucket on the tenant's allow-list) or file:///… under IMPORT_ROOTS
        mode (BulkImportMode | Unset):  Default: BulkImportMode.PARTIAL.
        publish (bool | Unset):  Default: True.
        record_name_field (None | str | Unset):
    """

    namespace: str
    registry_name: str
    source: str
    mode: BulkImportMode | Unset = BulkImportMode.PARTIAL
    publish: bool | Unset = True
    record_name_field: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        registry_name = self.registry_name

        source = self.source

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        publish = self.publish

        record_name_field: None | str | Unset
        if isinstance(self.record_name_field, Unset):
            record_name_field = UNSET
        else:
            record_name_field = self.record_name_field

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "namespace": namespace,
                "registry_name": registry_name,
                "source": source,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if publish is not UNSET:
            field_dict["publish"] = publish
        if record_name_field is not UNSET:
            field_dict["record_name_field"] = record_name_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        namespace = d.pop("namespace")

        registry_name = d.pop("registry_name")

        source = d.pop("source")

        _mode = d.pop("mode", UNSET)
        mode: BulkImportMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = BulkImportMode(_mode)

        publish = d.pop("publish", UNSET)

        def _parse_record_name_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        record_name_field = _parse_record_name_field(d.pop("record_name_field", UNSET))

        bulk_import = cls(
            namespace=namespace,
            registry_name=registry_name,
            source=source,
            mode=mode,
            publish=publish,
            record_name_field=record_name_field,
        )

        return bulk_import
