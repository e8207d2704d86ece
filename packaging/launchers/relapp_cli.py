"""Bundle entry point of the ``relapp`` executable (console)."""

from relapp.cli.main import main

raise SystemExit(main())
