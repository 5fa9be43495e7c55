"""Around the stages: what lets a build redo only what changed.

The cache, the keys, the manifest, fingerprints, kept parts of pages, worker processes and memory sharing.
"""
