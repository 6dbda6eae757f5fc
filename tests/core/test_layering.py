"""The import graph of app/: core imports no area, and no two areas import each other, directly or
around a circle. Read from the source (ast), so an import inside a function counts too."""

import ast
import itertools
import pathlib

APP = pathlib.Path(__file__).resolve().parents[2] / "app"
SHARED = {"core", "extensions", "config"}  # what every area may import; never imports an area


def _area(module):
    """app.publishing.bulk.tasks -> publishing; app.demo -> demo; the package root -> None."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _imports():
    """[(importing module, imported module)] for every `from app… import` / `import app…` in app/."""
    found = []
    for path in APP.rglob("*.py"):
        rel = path.relative_to(APP.parent).with_suffix("")
        module = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("app"):
                targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names if node.module == "app"]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names if a.name.split(".")[0] == "app"]
            else:
                continue
            found += [(module, t) for t in targets]
    return found


def _area_graph():
    """{(area, other area): an import that makes the edge}."""
    edges = {}
    for source, target in _imports():
        a, b = _area(source), _area(target)
        if a and b and a != b:
            edges.setdefault((a, b), f"{source} imports {target}")
    return edges


def _cycle(edges):
    """One circle of areas as the imports that make it, or [] (depth-first search for a back edge)."""
    after = {}
    for a, b in edges:
        after.setdefault(a, []).append(b)
    state, path = {}, []

    def visit(node):
        state[node], _ = "open", path.append(node)
        for nxt in after.get(node, []):
            if state.get(nxt) == "open":
                loop = path[path.index(nxt) :] + [nxt]
                return [edges[x, y] for x, y in itertools.pairwise(loop)]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node], _ = "done", path.pop()
        return []

    return next((found for node in list(after) if node not in state and (found := visit(node))), [])


def test_core_imports_no_area():
    wrong = [f"{s} imports {t}" for s, t in _imports() if _area(s) in SHARED and (_area(t) not in SHARED or t == "app")]
    assert wrong == []


def test_no_cycle_between_areas():
    assert _cycle(_area_graph()) == []


def test_the_reader_sees_the_known_edges():
    """The graph is not empty by accident: the edges the layout is built on are there."""
    edges = _area_graph()
    for edge in [("exports", "store"), ("store", "publishing"), ("web", "dashboards"), ("maintenance", "exports")]:
        assert edge in edges, edge
    assert _cycle({**edges, ("publishing", "exports"): "x"})  # a circle through three areas is seen
