"""The package layout: every subpackage imports, lower stages never import upper ones, no import circles.

Imports are read from the source (every `import` statement, also those inside functions), so an import
done lazily to dodge a circle still counts.
"""
from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"

# Lowest first: a module may import from its own layer and the layers before it, never from a later one.
# The top-level modules config, errors and the package's own __init__ are the foundation everything uses.
LAYERS = ["foundation", "reading", "language", "extraction", "tables", "runs", "tools", "ways_in"]
FOUNDATION = {"pipeline", "pipeline.config", "pipeline.errors"}
SUBPACKAGES = ["reading", "language", "extraction", "tables", "runs", "tools"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> str:
    if module in FOUNDATION:
        return "foundation"
    parts = module.split(".")
    return parts[1] if parts[1] in SUBPACKAGES else "ways_in"


def imports_in(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module name `source` (the text of `module`) imports, relative imports resolved; a name
    imported from a package is listed too, as it may be a module (`from . import extensions`)."""
    package = module if is_package else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def imported_modules(module: str) -> set[str]:
    """The pipeline modules `module` imports."""
    path = MODULES[module]
    found = imports_in(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
    return {name for name in found if name in MODULES and name != module}


GRAPH = {module: imported_modules(module) for module in MODULES}


def test_modules_outside_the_stages_are_the_foundation_and_the_ways_in():
    top_level = {m for m in MODULES if m.count(".") <= 1 and m.split(".")[-1] not in SUBPACKAGES}
    assert top_level <= FOUNDATION | {"pipeline.cli", "pipeline.api", "pipeline.components"}
    for name in SUBPACKAGES:
        assert (PACKAGE / name / "__init__.py").exists()


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_imports(module):
    importlib.import_module(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_later_stage(module):
    rank = LAYERS.index(layer_of(module))
    upward = sorted(target for target in GRAPH[module] if LAYERS.index(layer_of(target)) > rank)
    assert not upward, f"{module} ({layer_of(module)}) imports later stages: {upward}"


def test_no_import_circles():
    # A package's __init__ that only holds a docstring has no edges, so a module importing its own
    # package is no circle; an __init__ that re-exports its modules is a real edge and is followed.
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH[module]):
            if target.startswith(module + "."):
                continue  # a package's __init__ importing its own modules is how a package shows its face
            if state.get(target) == 1:
                circle = path[path.index(target):] + [target]
                pytest.fail("import circle: " + " -> ".join(circle))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)


def test_imports_are_read_from_the_source_also_inside_functions():
    source = "from ..tables.schema import TABLES\n\ndef f():\n    from .exports import iter_export_documents\n"
    found = imports_in(source, "pipeline.reading.ingest")
    assert {"pipeline.tables.schema", "pipeline.reading.exports"} <= found
    assert LAYERS.index(layer_of("pipeline.tables.schema")) > LAYERS.index(layer_of("pipeline.reading.ingest"))
    assert imports_in("from . import extensions\n", "pipeline.language.nlp") >= {"pipeline.language.extensions"}
