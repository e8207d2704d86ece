"""The suite runs the same under ``pytest`` and ``python -m pytest``.

Only ``python -m`` puts the checkout on sys.path, so a test module that
imports ``tests.something`` collects there and fails under plain ``pytest``
(pytest puts ``tests/`` itself on the path: helpers are imported by their
module name, e.g. ``from demo_day import TODAY``).
"""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_no_test_module_imports_the_tests_package():
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(TESTS)}:{node.lineno} {name}" for name in names
                          if name == "tests" or name.startswith("tests.")]
    assert not offenders, "import helpers by module name instead: " + ", ".join(offenders)
