"""The balance chart (pyqtgraph) and its headless rendering."""
