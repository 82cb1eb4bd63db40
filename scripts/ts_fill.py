"""Fills the unfinished entries of a Qt .ts file from JSON dictionaries {English source: translation}.

Usage: python scripts/ts_fill.py assets/translations/showroom_zh_CN.ts words1.json [words2.json ...]
Prints the sources still without a translation (exit 1 when there are any).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, dictionaries: list[Path]) -> list[str]:
    words: dict[str, str] = {}
    for path in dictionaries:
        words.update(json.loads(path.read_text(encoding="utf-8")))
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if source in words and forms:
                for form in forms:
                    form.text = words[source]
                del translation.attrib["type"]
                continue
        elif source in words:
            translation.text = words[source]
            del translation.attrib["type"]
            continue
        missing.append(source)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    left = fill(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
    for source in left:
        print(source)
    sys.exit(1 if left else 0)
