"""Item models over the services: no SQL, no widgets."""
