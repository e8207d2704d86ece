"""One module per ``relapp export KIND``, each with ``register(kinds)``."""
