"""Package layout that pyproject.toml alone cannot express.

The Designer forms (``ui/``) and data files (``resources/``) sit at the top of
the checkout, but an installed Relapp carries them inside its own package as
``relapp/ui`` and ``relapp/resources``: generic top-level names like ``ui``
would collide with other distributions in site-packages.  Everything else
(metadata, package data, entry points) lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["relapp", "relapp.*"]) + ["relapp.ui", "relapp.resources"],
    package_dir={"relapp.ui": "ui", "relapp.resources": "resources"},
)
