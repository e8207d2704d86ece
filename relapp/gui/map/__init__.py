"""The stakeholder map: scene, interactive view and PNG/SVG rendering."""
