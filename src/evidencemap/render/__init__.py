"""Stage 5, render: the evidence graph in, every file of the site out as bytes.

Nothing here touches the disk except reading the theme; ``write`` does the
writing, and ``incremental`` decides which pages need rendering at all. All
links are relative to the page that holds them, so the site works opened from
disk, at a domain root or under any sub-path.

Rooms: ``site`` (the renderer, the registries of pages and whole-map files),
``environment`` (templates, links), ``lists`` (claim lists), ``view`` (the map
as pages read it), ``page`` (the page record, paging and listing limits), one
module per family of pages (``claim_page``, ``record_pages``, ``list_pages``,
``map_pages``), and the file makers ``article``, ``exports``, ``gapmap``,
``search``, ``svg``, ``graph_arrows``, ``graph_layout``, ``graph_pages``.
"""

from evidencemap.render.environment import relative_url, theme_dir
from evidencemap.render.page import (
    MAX_LISTED_CLAIMS,
    MAX_LISTED_DISAGREEMENTS,
    MAX_LISTED_STUDIES,
    RELATED,
    Page,
    Paging,
    Shared,
)
from evidencemap.render.site import SiteRenderer

__all__ = [
    "MAX_LISTED_CLAIMS",
    "MAX_LISTED_DISAGREEMENTS",
    "MAX_LISTED_STUDIES",
    "RELATED",
    "Page",
    "Paging",
    "Shared",
    "SiteRenderer",
    "relative_url",
    "theme_dir",
]
