"""Dialogs built from the Qt Designer forms in ``ui/``."""
