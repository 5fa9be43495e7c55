"""Allow ``python -m evidencemap``."""

from evidencemap.cli import main

main()
