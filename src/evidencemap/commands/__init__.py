"""The command line's verbs, one module each; ``cli.py`` only wires them to typer."""
