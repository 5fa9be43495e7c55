"""evidencemap: turn a folder of health articles into a static evidence map.

The pipeline is load -> extract -> review -> link -> render -> write; each stage
is a module with one public function (see DESIGN.md section 2).
"""

__version__ = "0.1.0"
