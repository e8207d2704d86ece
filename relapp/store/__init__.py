"""Persistence: Peewee models, the one place that opens the database,
migrations and backups."""

from relapp.store.driver_free_peewee import import_peewee

# Before any module of the store (or a service) imports peewee: see driver_free_peewee.
import_peewee()
