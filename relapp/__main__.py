from relapp.cli.main import main

raise SystemExit(main())
