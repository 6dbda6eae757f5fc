"""Exports: delivering snapshots to targets, with signed webhooks and receipts."""
