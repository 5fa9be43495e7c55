"""Stage 3, review: a curator's decisions (accept, reject, edit, merge, add) applied to extracted claims."""
