"""Check-ups: the form, the question set and the health of an account."""
