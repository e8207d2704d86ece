"""Imports and exports of contacts, the journal and the whole data set."""
