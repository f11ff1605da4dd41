"""The Qt shell of the reference: widgets and models that ask `database.reference` for data."""
