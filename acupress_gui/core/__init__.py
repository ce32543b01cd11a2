"""The pure-Python core: catalog, body geometry, paths and settings. It imports no Qt."""
