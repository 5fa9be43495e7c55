"""evidencemap: turn a folder of health articles into a static evidence map.

The pipeline runs one way, each stage in a folder of its own that imports only
from the stages before it: content (load) -> extract -> review -> link -> render
-> write, gathered in that order by build.py; incremental/ sits around the
stages and commands/ above them. README.md, "How it works", draws it.
"""

__version__ = "0.1.0"
