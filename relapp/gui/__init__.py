"""The window: widgets, item models, the map scene and charts.  Talks to
``relapp.services`` only, never to SQL."""
