"""The insights window (pyqtgraph is imported only here, and only when it opens)."""
