"""Contains all the data models used in inputs/outputs"""

from .artifact import Artifact
from .audit_entry import AuditEntry
from .audit_entry_details_type_0 import AuditEntryDetailsType0
from .audit_list import AuditList
from .bulk_import import BulkImport
from .bulk_import_mode import BulkImportMode
from .bulk_upload_body import BulkUploadBody
from .bulk_upload_body_mode import BulkUploadBodyMode
from .change_event import ChangeEvent
from .change_event_details_type_0 import ChangeEventDetailsType0
from .changes import Changes
from .changes_envelope import ChangesEnvelope
from .check import Check
from .dashboard_list import DashboardList
from .dashboard_summary import DashboardSummary
from .dataset import Dataset
from .dataset_list import DatasetList
from .datasource import Datasource
from .datasource_filters import DatasourceFilters
from .dedi_versions import DediVersions
from .dedi_versions_envelope import DediVersionsEnvelope
from .dedi_versions_schema import DediVersionsSchema
from .definition import Definition
from .definition_envelope import DefinitionEnvelope
from .definition_saved import DefinitionSaved
from .definition_version import DefinitionVersion
from .definition_version_list import DefinitionVersionList
from .delegate import Delegate
from .delegate_add import DelegateAdd
from .delegate_add_permissions_item import DelegateAddPermissionsItem
from .delegate_added import DelegateAdded
from .delegate_list import DelegateList
from .delegate_ref import DelegateRef
from .delegate_removed import DelegateRemoved
from .delete_records import DeleteRecords
from .delete_registry import DeleteRegistry
from .deleted import Deleted
from .deleted_envelope import DeletedEnvelope
from .deleted_list import DeletedList
from .deleted_list_envelope import DeletedListEnvelope
from .deleted_record import DeletedRecord
from .deleted_record_ref import DeletedRecordRef
from .deleted_registry import DeletedRegistry
from .deleted_registry_list import DeletedRegistryList
from .deleted_registry_list_envelope import DeletedRegistryListEnvelope
from .delivered_file import DeliveredFile
from .deliveries import Deliveries
from .deliveries_envelope import DeliveriesEnvelope
from .diff import Diff
from .diff_envelope import DiffEnvelope
from .diff_registry_versions_change import DiffRegistryVersionsChange
from .diff_summary import DiffSummary
from .dns_txt import DnsTxt
from .domain_removed_envelope import DomainRemovedEnvelope
from .domain_verified_envelope import DomainVerifiedEnvelope
from .download_url import DownloadUrl
from .download_url_create import DownloadUrlCreate
from .download_url_revoked import DownloadUrlRevoked
from .error import Error
from .error_details import ErrorDetails
from .export import Export
from .export_create import ExportCreate
from .export_created import ExportCreated
from .export_job_create import ExportJobCreate
from .export_job_create_format import ExportJobCreateFormat
from .export_list import ExportList
from .field_change import FieldChange
from .generate_dns_txt_verification_method import GenerateDnsTxtVerificationMethod
from .generated import Generated
from .index_state import IndexState
from .job import Job
from .job_envelope import JobEnvelope
from .job_list import JobList
from .job_list_envelope import JobListEnvelope
from .job_result_type_0 import JobResultType0
from .key import Key
from .key_create import KeyCreate
from .key_create_scopes_item import KeyCreateScopesItem
from .key_created import KeyCreated
from .key_list import KeyList
from .layout import Layout
from .lifecycle import Lifecycle
from .lifecycle_envelope import LifecycleEnvelope
from .lifecycle_set import LifecycleSet
from .list_bulk_jobs_status import ListBulkJobsStatus
from .list_export_jobs_status import ListExportJobsStatus
from .list_snapshots_format import ListSnapshotsFormat
from .list_snapshots_sort_by import ListSnapshotsSortBy
from .list_snapshots_sort_order import ListSnapshotsSortOrder
from .list_snapshots_status import ListSnapshotsStatus
from .listed_namespace import ListedNamespace
from .listed_namespace_meta import ListedNamespaceMeta
from .lookup_record import LookupRecord
from .lookup_record_details import LookupRecordDetails
from .lookup_record_envelope import LookupRecordEnvelope
from .lookup_record_meta import LookupRecordMeta
from .maintenance_envelope import MaintenanceEnvelope
from .maintenance_status import MaintenanceStatus
from .maintenance_status_last_run_type_0_type_0 import MaintenanceStatusLastRunType0Type0
from .me import Me
from .metric import Metric
from .metric_op import MetricOp
from .namespace import Namespace
from .namespace_create import NamespaceCreate
from .namespace_create_meta import NamespaceCreateMeta
from .namespace_created import NamespaceCreated
from .namespace_created_envelope import NamespaceCreatedEnvelope
from .namespace_envelope import NamespaceEnvelope
from .namespace_list import NamespaceList
from .namespace_list_envelope import NamespaceListEnvelope
from .namespace_lookup import NamespaceLookup
from .namespace_lookup_envelope import NamespaceLookupEnvelope
from .namespace_lookup_meta import NamespaceLookupMeta
from .namespace_meta import NamespaceMeta
from .namespace_update import NamespaceUpdate
from .namespace_update_meta import NamespaceUpdateMeta
from .pagination import Pagination
from .pagination_metadata import PaginationMetadata
from .progress import Progress
from .progress_envelope import ProgressEnvelope
from .publish_records import PublishRecords
from .published import Published
from .published_envelope import PublishedEnvelope
from .query_records_state import QueryRecordsState
from .query_registries_sort import QueryRegistriesSort
from .query_registries_status import QueryRegistriesStatus
from .receipt import Receipt
from .record import Record
from .record_change import RecordChange
from .record_change_after_type_0 import RecordChangeAfterType0
from .record_change_before_type_0 import RecordChangeBeforeType0
from .record_create import RecordCreate
from .record_create_details import RecordCreateDetails
from .record_create_meta import RecordCreateMeta
from .record_details import RecordDetails
from .record_envelope import RecordEnvelope
from .record_meta import RecordMeta
from .record_page import RecordPage
from .record_page_envelope import RecordPageEnvelope
from .record_saved import RecordSaved
from .record_saved_envelope import RecordSavedEnvelope
from .record_update import RecordUpdate
from .record_update_details import RecordUpdateDetails
from .record_update_meta import RecordUpdateMeta
from .records_deleted import RecordsDeleted
from .records_deleted_envelope import RecordsDeletedEnvelope
from .records_restored import RecordsRestored
from .records_restored_envelope import RecordsRestoredEnvelope
from .registries_by_tag import RegistriesByTag
from .registries_by_tag_envelope import RegistriesByTagEnvelope
from .registry import Registry
from .registry_create import RegistryCreate
from .registry_create_meta import RegistryCreateMeta
from .registry_create_schema_type_0 import RegistryCreateSchemaType0
from .registry_create_tag_type_1 import RegistryCreateTagType1
from .registry_create_tag_type_2_type_1 import RegistryCreateTagType2Type1
from .registry_create_tag_type_3_type_1 import RegistryCreateTagType3Type1
from .registry_created import RegistryCreated
from .registry_created_envelope import RegistryCreatedEnvelope
from .registry_deleted import RegistryDeleted
from .registry_deleted_envelope import RegistryDeletedEnvelope
from .registry_envelope import RegistryEnvelope
from .registry_list import RegistryList
from .registry_list_envelope import RegistryListEnvelope
from .registry_lookup import RegistryLookup
from .registry_lookup_envelope import RegistryLookupEnvelope
from .registry_lookup_meta import RegistryLookupMeta
from .registry_lookup_schema import RegistryLookupSchema
from .registry_lookup_schema_change_type_0_type_0 import RegistryLookupSchemaChangeType0Type0
from .registry_meta import RegistryMeta
from .registry_page_dedi import RegistryPageDedi
from .registry_page_dedi_envelope import RegistryPageDediEnvelope
from .registry_restored import RegistryRestored
from .registry_restored_envelope import RegistryRestoredEnvelope
from .registry_schema import RegistrySchema
from .registry_schema_change_type_0_type_0 import RegistrySchemaChangeType0Type0
from .registry_update import RegistryUpdate
from .registry_update_data import RegistryUpdateData
from .registry_update_data_meta import RegistryUpdateDataMeta
from .registry_update_data_schema import RegistryUpdateDataSchema
from .registry_update_data_schema_change_type_0_type_0 import RegistryUpdateDataSchemaChangeType0Type0
from .registry_update_envelope import RegistryUpdateEnvelope
from .registry_update_meta import RegistryUpdateMeta
from .registry_update_schema import RegistryUpdateSchema
from .registry_update_tag import RegistryUpdateTag
from .removed import Removed
from .renamed import Renamed
from .renamed_envelope import RenamedEnvelope
from .render import Render
from .render_filters import RenderFilters
from .rendered import Rendered
from .request_meta import RequestMeta
from .restore_item import RestoreItem
from .restore_records import RestoreRecords
from .restore_registry import RestoreRegistry
from .restored_record import RestoredRecord
from .retried import Retried
from .retried_envelope import RetriedEnvelope
from .revoked import Revoked
from .revoked_envelope import RevokedEnvelope
from .schema_change import SchemaChange
from .search import Search
from .search_hit import SearchHit
from .search_hit_details import SearchHitDetails
from .search_hit_meta import SearchHitMeta
from .share import Share
from .share_filters import ShareFilters
from .share_link import ShareLink
from .share_link_envelope import ShareLinkEnvelope
from .share_link_filters import ShareLinkFilters
from .share_link_list import ShareLinkList
from .shared import Shared
from .snapshot import Snapshot
from .snapshot_create import SnapshotCreate
from .snapshot_create_format import SnapshotCreateFormat
from .snapshot_created import SnapshotCreated
from .snapshot_envelope import SnapshotEnvelope
from .snapshot_export_ref import SnapshotExportRef
from .snapshot_list import SnapshotList
from .snapshot_progress_type_1_type_0 import SnapshotProgressType1Type0
from .snapshot_row_counts import SnapshotRowCounts
from .snapshot_update import SnapshotUpdate
from .step import Step
from .subscribe import Subscribe
from .subscribe_events_item import SubscribeEventsItem
from .subscription import Subscription
from .subscription_created import SubscriptionCreated
from .subscription_created_envelope import SubscriptionCreatedEnvelope
from .subscription_list import SubscriptionList
from .sweep_run import SweepRun
from .sweep_run_counts import SweepRunCounts
from .txt import Txt
from .unsubscribe import Unsubscribe
from .unsubscribed import Unsubscribed
from .unsubscribed_envelope import UnsubscribedEnvelope
from .upload_accepted_data import UploadAcceptedData
from .upload_accepted_envelope import UploadAcceptedEnvelope
from .verified import Verified
from .verify import Verify
from .version import Version
from .version_list import VersionList
from .version_list_envelope import VersionListEnvelope
from .viewer_filter import ViewerFilter
from .viewer_filter_type import ViewerFilterType
from .webhook_secret import WebhookSecret
from .widget import Widget
from .widget_type import WidgetType
from .window_meta import WindowMeta

__all__ = (
    "Artifact",
    "AuditEntry",
    "AuditEntryDetailsType0",
    "AuditList",
    "BulkImport",
    "BulkImportMode",
    "BulkUploadBody",
    "BulkUploadBodyMode",
    "ChangeEvent",
    "ChangeEventDetailsType0",
    "Changes",
    "ChangesEnvelope",
    "Check",
    "DashboardList",
    "DashboardSummary",
    "Dataset",
    "DatasetList",
    "Datasource",
    "DatasourceFilters",
    "DediVersions",
    "DediVersionsEnvelope",
    "DediVersionsSchema",
    "Definition",
    "DefinitionEnvelope",
    "DefinitionSaved",
    "DefinitionVersion",
    "DefinitionVersionList",
    "Delegate",
    "DelegateAdd",
    "DelegateAdded",
    "DelegateAddPermissionsItem",
    "DelegateList",
    "DelegateRef",
    "DelegateRemoved",
    "Deleted",
    "DeletedEnvelope",
    "DeletedList",
    "DeletedListEnvelope",
    "DeletedRecord",
    "DeletedRecordRef",
    "DeletedRegistry",
    "DeletedRegistryList",
    "DeletedRegistryListEnvelope",
    "DeleteRecords",
    "DeleteRegistry",
    "DeliveredFile",
    "Deliveries",
    "DeliveriesEnvelope",
    "Diff",
    "DiffEnvelope",
    "DiffRegistryVersionsChange",
    "DiffSummary",
    "DnsTxt",
    "DomainRemovedEnvelope",
    "DomainVerifiedEnvelope",
    "DownloadUrl",
    "DownloadUrlCreate",
    "DownloadUrlRevoked",
    "Error",
    "ErrorDetails",
    "Export",
    "ExportCreate",
    "ExportCreated",
    "ExportJobCreate",
    "ExportJobCreateFormat",
    "ExportList",
    "FieldChange",
    "Generated",
    "GenerateDnsTxtVerificationMethod",
    "IndexState",
    "Job",
    "JobEnvelope",
    "JobList",
    "JobListEnvelope",
    "JobResultType0",
    "Key",
    "KeyCreate",
    "KeyCreated",
    "KeyCreateScopesItem",
    "KeyList",
    "Layout",
    "Lifecycle",
    "LifecycleEnvelope",
    "LifecycleSet",
    "ListBulkJobsStatus",
    "ListedNamespace",
    "ListedNamespaceMeta",
    "ListExportJobsStatus",
    "ListSnapshotsFormat",
    "ListSnapshotsSortBy",
    "ListSnapshotsSortOrder",
    "ListSnapshotsStatus",
    "LookupRecord",
    "LookupRecordDetails",
    "LookupRecordEnvelope",
    "LookupRecordMeta",
    "MaintenanceEnvelope",
    "MaintenanceStatus",
    "MaintenanceStatusLastRunType0Type0",
    "Me",
    "Metric",
    "MetricOp",
    "Namespace",
    "NamespaceCreate",
    "NamespaceCreated",
    "NamespaceCreatedEnvelope",
    "NamespaceCreateMeta",
    "NamespaceEnvelope",
    "NamespaceList",
    "NamespaceListEnvelope",
    "NamespaceLookup",
    "NamespaceLookupEnvelope",
    "NamespaceLookupMeta",
    "NamespaceMeta",
    "NamespaceUpdate",
    "NamespaceUpdateMeta",
    "Pagination",
    "PaginationMetadata",
    "Progress",
    "ProgressEnvelope",
    "Published",
    "PublishedEnvelope",
    "PublishRecords",
    "QueryRecordsState",
    "QueryRegistriesSort",
    "QueryRegistriesStatus",
    "Receipt",
    "Record",
    "RecordChange",
    "RecordChangeAfterType0",
    "RecordChangeBeforeType0",
    "RecordCreate",
    "RecordCreateDetails",
    "RecordCreateMeta",
    "RecordDetails",
    "RecordEnvelope",
    "RecordMeta",
    "RecordPage",
    "RecordPageEnvelope",
    "RecordSaved",
    "RecordSavedEnvelope",
    "RecordsDeleted",
    "RecordsDeletedEnvelope",
    "RecordsRestored",
    "RecordsRestoredEnvelope",
    "RecordUpdate",
    "RecordUpdateDetails",
    "RecordUpdateMeta",
    "RegistriesByTag",
    "RegistriesByTagEnvelope",
    "Registry",
    "RegistryCreate",
    "RegistryCreated",
    "RegistryCreatedEnvelope",
    "RegistryCreateMeta",
    "RegistryCreateSchemaType0",
    "RegistryCreateTagType1",
    "RegistryCreateTagType2Type1",
    "RegistryCreateTagType3Type1",
    "RegistryDeleted",
    "RegistryDeletedEnvelope",
    "RegistryEnvelope",
    "RegistryList",
    "RegistryListEnvelope",
    "RegistryLookup",
    "RegistryLookupEnvelope",
    "RegistryLookupMeta",
    "RegistryLookupSchema",
    "RegistryLookupSchemaChangeType0Type0",
    "RegistryMeta",
    "RegistryPageDedi",
    "RegistryPageDediEnvelope",
    "RegistryRestored",
    "RegistryRestoredEnvelope",
    "RegistrySchema",
    "RegistrySchemaChangeType0Type0",
    "RegistryUpdate",
    "RegistryUpdateData",
    "RegistryUpdateDataMeta",
    "RegistryUpdateDataSchema",
    "RegistryUpdateDataSchemaChangeType0Type0",
    "RegistryUpdateEnvelope",
    "RegistryUpdateMeta",
    "RegistryUpdateSchema",
    "RegistryUpdateTag",
    "Removed",
    "Renamed",
    "RenamedEnvelope",
    "Render",
    "Rendered",
    "RenderFilters",
    "RequestMeta",
    "RestoredRecord",
    "RestoreItem",
    "RestoreRecords",
    "RestoreRegistry",
    "Retried",
    "RetriedEnvelope",
    "Revoked",
    "RevokedEnvelope",
    "SchemaChange",
    "Search",
    "SearchHit",
    "SearchHitDetails",
    "SearchHitMeta",
    "Share",
    "Shared",
    "ShareFilters",
    "ShareLink",
    "ShareLinkEnvelope",
    "ShareLinkFilters",
    "ShareLinkList",
    "Snapshot",
    "SnapshotCreate",
    "SnapshotCreated",
    "SnapshotCreateFormat",
    "SnapshotEnvelope",
    "SnapshotExportRef",
    "SnapshotList",
    "SnapshotProgressType1Type0",
    "SnapshotRowCounts",
    "SnapshotUpdate",
    "Step",
    "Subscribe",
    "SubscribeEventsItem",
    "Subscription",
    "SubscriptionCreated",
    "SubscriptionCreatedEnvelope",
    "SubscriptionList",
    "SweepRun",
    "SweepRunCounts",
    "Txt",
    "Unsubscribe",
    "Unsubscribed",
    "UnsubscribedEnvelope",
    "UploadAcceptedData",
    "UploadAcceptedEnvelope",
    "Verified",
    "Verify",
    "Version",
    "VersionList",
    "VersionListEnvelope",
    "ViewerFilter",
    "ViewerFilterType",
    "WebhookSecret",
    "Widget",
    "WidgetType",
    "WindowMeta",
)
