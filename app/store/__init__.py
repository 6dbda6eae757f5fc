"""Published Store: datasets (live registries) and snapshots built by workers."""
