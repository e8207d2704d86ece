"""Bundle entry point of ``relapp-gui`` (windowed: no console on Windows/macOS)."""

from relapp.gui.launch import main

raise SystemExit(main())
