"""Relapp: keep the ledger of your client relationships."""

__version__ = "0.1.0"
APP_NAME = "Relapp"
ORG_NAME = "Relapp"
ORG_DOMAIN = "relapp.invalid"
