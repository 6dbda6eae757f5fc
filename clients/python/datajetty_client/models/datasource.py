from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.datasource_filters import DatasourceFilters
    from ..models.metric import Metric


T = TypeVar("T", bound="Datasource")


@_attrs_define
class Datasource:
    """
    Attributes:
        dataset (str):
        name (str):
        filters (DatasourceFilters | Unset):
        group_by (list[str] | Unset):
        limit (int | Unset):  Default: 1000.
        metrics (list[Metric] | Unset):
        version (None | str | Unset):
    """

    dataset: str
    name: str
    filters: DatasourceFilters | Unset = UNSET
    group_by: list[str] | Unset = UNSET
    limit: int | Unset = 1000
    metrics: list[Metric] | Unset = UNSET
    version: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dataset = self.dataset

        name = self.name

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        limit = self.limit

        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataset": dataset,
                "name": name,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if limit is not UNSET:
            field_dict["limit"] = limit
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.datasource_filters import DatasourceFilters  # noqa: PLC0415
        from ..models.metric import Metric  # noqa: PLC0415

        d = dict(src_dict)
        dataset = d.pop("dataset")

        name = d.pop("name")

        _filters = d.pop("filters", UNSET)
        filters: DatasourceFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = DatasourceFilters.from_dict(_filters)

        group_by = cast(list[str], d.pop("group_by", UNSET))

        limit = d.pop("limit", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: list[Metric] | Unset = UNSET
        if _metrics is not UNSET:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = Metric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        datasource = cls(
            dataset=dataset,
            name=name,
            filters=filters,
            group_by=group_by,
            limit=limit,
            metrics=metrics,
            version=version,
        )

        return datasource
