"""Home: what needs attention today."""
