"""Persistence: Peewee models, the one place that opens the database,
migrations and backups."""
