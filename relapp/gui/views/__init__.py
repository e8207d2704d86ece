"""The main window's views: home, accounts, map, journal, contact card."""
