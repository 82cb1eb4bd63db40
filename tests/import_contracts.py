"""A contract import-linter lacks: which modules of an external package a package may not import.

import-linter sees an external package only whole (PySide6, never PySide6.QtWidgets), so a forbidden
contract cannot say "Qt's core, but no widgets". This one reads the import lines themselves. Registered in
pyproject.toml (contract_types) and used there for present/: translate, QTranslator and QLocale, never
widgets, painting or printing.
"""

from __future__ import annotations

import re

from importlinter import Contract, ContractCheck, fields, output

_FROM = re.compile(r"^\s*from\s+([\w.]+)\s+import\s+\(?\s*(.*)")
_IMPORT = re.compile(r"^\s*import\s+(.*)")


def imported_modules(line: str) -> set[str]:
    """The modules an import line may name: `from A import b, c` names A, A.b and A.c."""
    if match := _FROM.match(line):
        names = [n.strip().split(" as ")[0].strip(" ()\\") for n in match.group(2).split(",")]
        return {match.group(1)} | {f"{match.group(1)}.{n}" for n in names if n}
    if match := _IMPORT.match(line):
        return {n.strip().split(" as ")[0].strip() for n in match.group(1).split(",")}
    return set()


class ExternalSubmodulesContract(Contract):
    """source_modules (and their descendants) import none of forbidden_modules (submodules of external packages)."""

    type_name = "external_submodules"
    source_modules = fields.ListField(subfield=fields.ModuleField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        broken = []
        for source in self.source_modules:
            for importer in sorted({source.name} | graph.find_descendants(source.name)):
                imported = graph.find_modules_directly_imported_by(importer)
                for forbidden in self.forbidden_modules:
                    package = forbidden.split(".")[0]
                    if package not in imported:
                        continue
                    for detail in graph.get_import_details(importer=importer, imported=package):
                        names = imported_modules(detail["line_contents"])
                        if any(name == forbidden or name.startswith(forbidden + ".") for name in names):
                            broken.append((importer, forbidden, detail["line_number"]))
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, forbidden, line in check.metadata["broken"]:
            output.print_error(f"{importer} imports {forbidden} (l.{line})", bold=False)
            output.new_line()
