"""Use cases shared by the window and the command line."""

# The store first: it imports peewee without the PostgreSQL drivers, before
# a service imports peewee itself (relapp.store.driver_free_peewee).
import relapp.store  # noqa: F401
