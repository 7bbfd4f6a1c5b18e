"""The import graph of ``veille`` is one-way: no component imports another, and no module cycle
(imports inside functions count: a deferred import is still a dependency)."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "veille"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    """module -> the veille modules it imports."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
                deps.update(subs if len(subs) == len(node.names) else subs | {node.module})
        graph[name] = {d for d in deps if d in modules and d != name}
    return graph


def test_no_component_imports_another():
    offenders = {m: sorted(d for d in deps if d.startswith("veille.components.") and d != "veille.components")
                 for m, deps in _graph().items() if m.startswith("veille.components.")}
    assert not {m: d for m, d in offenders.items() if d}, "components meet on the Doc only"


def test_no_import_cycle():
    graph, state, cycles = _graph(), {}, []

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for dep in sorted(graph[node]):
            if state.get(dep) == "open":
                cycles.append(path[path.index(dep):] + [dep] if dep in path else [node, dep])
            elif dep not in state:
                visit(dep, path + [dep])
        state[node] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not cycles, cycles


def _top_level_names(path: Path) -> set[str]:
    """The functions, classes and constants a module defines at its top level."""
    out: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, ast.Assign):
            out |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.add(node.target.id)
    return out


#: Parse readers that moved from events to ``veille.syntax`` (issue 11) under the names there.
MOVED_FROM_EVENTS = {"_case": "case_of", "_mark": "mark_of", "_slots": "slot_fillers", "_hung_elsewhere": "hung_elsewhere",
                     "_next_phrase": "next_phrase", "_participles": "qualifying_participles",
                     "_subtree": "subtree_without_clauses", "_hung_subject": "hung_subject",
                     "_inverted_subject": "marked_inverted_subject", "_named_first": "first_named_subject",
                     "CLAUSES": "CLAUSES", "CLIMB": "CLIMB", "DATIVE_RELATIVES": "DATIVE_RELATIVES",
                     "OBJECT_CLITICS": "THIRD_PERSON_OBJECTS"}


def test_syntax_helpers_are_defined_in_syntax_only():
    shared = _top_level_names(PACKAGE / "syntax.py")
    assert set(MOVED_FROM_EVENTS.values()) <= shared
    keys = {n.lstrip("_") for n in shared} | {n.lstrip("_") for n in MOVED_FROM_EVENTS}
    again = {str(p.relative_to(PACKAGE)): sorted(n for n in _top_level_names(p) if n.lstrip("_") in keys)
             for p in sorted((PACKAGE / "components").glob("*.py"))}
    assert not {m: n for m, n in again.items() if n}, "components use veille.syntax, they do not redefine it"
