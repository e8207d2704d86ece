"""Reading and writing contact files (vCard, CSV) without the database:
plain records in, plain records out."""
