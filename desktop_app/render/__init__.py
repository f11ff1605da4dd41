"""The render layer: every label, every key fact and every output shape (HTML for the pane,
print and export; Markdown; plain text; JSON), in one place and free of Qt.

Colours come in as a `Colors` value the Qt side takes from its palette. A test imports this
package with PySide6 blocked, so it stays usable from the command line and from notebooks.
"""
