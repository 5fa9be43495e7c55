"""The default evidencemap theme: jinja2 templates and static assets, shipped as package data."""
