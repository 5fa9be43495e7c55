"""The command line's verbs, one module each (with ``article.py`` reading what ``add`` imports, ``check_rules.py``
the warnings of ``check``, and ``failure.py`` how a verb fails); ``cli.py`` only wires them to typer."""
