"""Around the stages: what lets a build redo only what changed (cache, keys, manifest, fingerprints, kept parts, workers)."""
