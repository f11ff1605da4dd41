"""The bundled data, installed as the package `casecref_resources`: the reference database, the
documents it is built from, the gazetteer, the icon and the desktop-integration files.

Found with importlib.resources through `database.paths`, in a checkout and an installed wheel alike.
"""
