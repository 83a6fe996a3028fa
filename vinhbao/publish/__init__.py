"""Publish: schemas, exports (CSV, datapackage), the command line, rendered notebooks."""
