"""The product's reasoning in pure Python: no Qt, no Peewee, no clock reads."""
