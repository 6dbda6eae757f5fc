from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.artifact import Artifact
    from ..models.progress import Progress
    from ..models.snapshot_export_ref import SnapshotExportRef
    from ..models.snapshot_progress_type_1_type_0 import SnapshotProgressType1Type0
    from ..models.snapshot_row_counts import SnapshotRowCounts


T = TypeVar("T", bound="Snapshot")


@_attrs_define
class Snapshot:
    """
    Attributes:
        dataset (str):
        id (str):
        snapshot_id (str):
        status (str): pending, building, ready, failed or expired
        artifacts (list[Artifact] | Unset):
        completed_at (datetime.datetime | None | Unset):
        contract (str | Unset):
        created_at (datetime.datetime | Unset):
        description (None | str | Unset):
        error_message (None | str | Unset):
        export_count (int | Unset):
        exports (list[SnapshotExportRef] | Unset): get only
        format_ (str | Unset): parquet, csv or jsonl
        inactivity_timeout (None | str | Unset):  Example: P30D.
        last_used_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        namespace (str | Unset):
        owner_username (None | str | Unset):
        phase (None | str | Unset):
        progress (None | Progress | SnapshotProgressType1Type0 | Unset): get only
        retry_count (int | Unset):
        row_counts (SnapshotRowCounts | Unset): rows per table (one table: the dataset)
        size_bytes (int | Unset):
        storage_key (None | str | Unset): the snapshot's folder in the artifact store
        ttl (None | str | Unset):  Example: P7D.
        updated_at (datetime.datetime | Unset):
        version (str | Unset):  Example: v24.
    """

    dataset: str
    id: str
    snapshot_id: str
    status: str
    artifacts: list[Artifact] | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    contract: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    export_count: int | Unset = UNSET
    exports: list[SnapshotExportRef] | Unset = UNSET
    format_: str | Unset = UNSET
    inactivity_timeout: None | str | Unset = UNSET
    last_used_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: str | Unset = UNSET
    owner_username: None | str | Unset = UNSET
    phase: None | str | Unset = UNSET
    progress: None | Progress | SnapshotProgressType1Type0 | Unset = UNSET
    retry_count: int | Unset = UNSET
    row_counts: SnapshotRowCounts | Unset = UNSET
    size_bytes: int | Unset = UNSET
    storage_key: None | str | Unset = UNSET
    ttl: None | str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    version: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.progress import Progress  # noqa: PLC0415
        from ..models.snapshot_progress_type_1_type_0 import SnapshotProgressType1Type0  # noqa: PLC0415

        dataset = self.dataset

        id = self.id

        snapshot_id = self.snapshot_id

        status = self.status

        artifacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.artifacts, Unset):
            artifacts = []
            for artifacts_item_data in self.artifacts:
                artifacts_item = artifacts_item_data.to_dict()
                artifacts.append(artifacts_item)

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        contract = self.contract

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        export_count = self.export_count

        exports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exports, Unset):
            exports = []
            for exports_item_data in self.exports:
                exports_item = exports_item_data.to_dict()
                exports.append(exports_item)

        format_ = self.format_

        inactivity_timeout: None | str | Unset
        if isinstance(self.inactivity_timeout, Unset):
            inactivity_timeout = UNSET
        else:
            inactivity_timeout = self.inactivity_timeout

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        namespace = self.namespace

        owner_username: None | str | Unset
        if isinstance(self.owner_username, Unset):
            owner_username = UNSET
        else:
            owner_username = self.owner_username

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, Progress):
            progress = self.progress.to_dict()
        elif isinstance(self.progress, SnapshotProgressType1Type0):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        retry_count = self.retry_count

        row_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.row_counts, Unset):
            row_counts = self.row_counts.to_dict()

        size_bytes = self.size_bytes

        storage_key: None | str | Unset
        if isinstance(self.storage_key, Unset):
            storage_key = UNSET
        else:
            storage_key = self.storage_key

        ttl: None | str | Unset
        if isinstance(self.ttl, Unset):
            ttl = UNSET
        else:
            ttl = self.ttl

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataset": dataset,
                "id": id,
                "snapshot_id": snapshot_id,
                "status": status,
            }
        )
        if artifacts is not UNSET:
            field_dict["artifacts"] = artifacts
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if contract is not UNSET:
            field_dict["contract"] = contract
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if export_count is not UNSET:
            field_dict["export_count"] = export_count
        if exports is not UNSET:
            field_dict["exports"] = exports
        if format_ is not UNSET:
            field_dict["format"] = format_
        if inactivity_timeout is not UNSET:
            field_dict["inactivity_timeout"] = inactivity_timeout
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if owner_username is not UNSET:
            field_dict["owner_username"] = owner_username
        if phase is not UNSET:
            field_dict["phase"] = phase
        if progress is not UNSET:
            field_dict["progress"] = progress
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if row_counts is not UNSET:
            field_dict["row_counts"] = row_counts
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes
        if storage_key is not UNSET:
            field_dict["storage_key"] = storage_key
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.artifact import Artifact  # noqa: PLC0415
        from ..models.progress import Progress  # noqa: PLC0415
        from ..models.snapshot_export_ref import SnapshotExportRef  # noqa: PLC0415
        from ..models.snapshot_progress_type_1_type_0 import SnapshotProgressType1Type0  # noqa: PLC0415
        from ..models.snapshot_row_counts import SnapshotRowCounts  # noqa: PLC0415

        d = dict(src_dict)
        dataset = d.pop("dataset")

        id = d.pop("id")

        snapshot_id = d.pop("snapshot_id")

        status = d.pop("status")

        _artifacts = d.pop("artifacts", UNSET)
        artifacts: list[Artifact] | Unset = UNSET
        if _artifacts is not UNSET:
            artifacts = []
            for artifacts_item_data in _artifacts:
                artifacts_item = Artifact.from_dict(artifacts_item_data)

                artifacts.append(artifacts_item)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        contract = d.pop("contract", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        export_count = d.pop("export_count", UNSET)

        _exports = d.pop("exports", UNSET)
        exports: list[SnapshotExportRef] | Unset = UNSET
        if _exports is not UNSET:
            exports = []
            for exports_item_data in _exports:
                exports_item = SnapshotExportRef.from_dict(exports_item_data)

                exports.append(exports_item)

        format_ = d.pop("format", UNSET)

        def _parse_inactivity_timeout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inactivity_timeout = _parse_inactivity_timeout(d.pop("inactivity_timeout", UNSET))

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        namespace = d.pop("namespace", UNSET)

        def _parse_owner_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_username = _parse_owner_username(d.pop("owner_username", UNSET))

        def _parse_phase(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        def _parse_progress(data: object) -> None | Progress | SnapshotProgressType1Type0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = Progress.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_1_type_0 = SnapshotProgressType1Type0.from_dict(data)

                return progress_type_1_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Progress | SnapshotProgressType1Type0 | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        retry_count = d.pop("retry_count", UNSET)

        _row_counts = d.pop("row_counts", UNSET)
        row_counts: SnapshotRowCounts | Unset
        if isinstance(_row_counts, Unset):
            row_counts = UNSET
        else:
            row_counts = SnapshotRowCounts.from_dict(_row_counts)

        size_bytes = d.pop("size_bytes", UNSET)

        def _parse_storage_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        storage_key = _parse_storage_key(d.pop("storage_key", UNSET))

        def _parse_ttl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ttl = _parse_ttl(d.pop("ttl", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        version = d.pop("version", UNSET)

        snapshot = cls(
            dataset=dataset,
            id=id,
            snapshot_id=snapshot_id,
            status=status,
            artifacts=artifacts,
            completed_at=completed_at,
            contract=contract,
            created_at=created_at,
            description=description,
            error_message=error_message,
            export_count=export_count,
            exports=exports,
            format_=format_,
            inactivity_timeout=inactivity_timeout,
            last_used_at=last_used_at,
            name=name,
            namespace=namespace,
            owner_username=owner_username,
            phase=phase,
            progress=progress,
            retry_count=retry_count,
            row_counts=row_counts,
            size_bytes=size_bytes,
            storage_key=storage_key,
            ttl=ttl,
            updated_at=updated_at,
            version=version,
        )

        return snapshot
