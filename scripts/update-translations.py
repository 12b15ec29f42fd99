#!/usr/bin/env python3
"""Refreshes translations/imprint_en.ts from the sources and fills the English plural forms.

English needs a .ts file only for %n plurals ("1 day" / "7 days"); every other string is its
own English text. Run after changing a tr() call that uses %n:
    scripts/update-translations.py
"""
import pathlib
import re
import subprocess
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parent.parent
ts = root / "translations" / "imprint_en.ts"
subprocess.run(
    ["/usr/lib/qt6/bin/lupdate", "-silent", "-pluralonly", "-locations", "none",
     "-source-language", "en", "-target-language", "en",
     "core", "ui", "models", "app", "backend", "simulator", "-ts", str(ts)],
    cwd=root, check=True)


def forms(source):
    """Singular and plural English text for a source that says '(s)' or a plural noun."""
    if "(s)" in source:
        return source.replace("(s)", ""), source.replace("(s)", "s")
    singular = re.sub(r"%n (\w+)s\b", r"%n \1", source, count=1)
    return singular, source


tree = ET.parse(ts)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for text in forms(message.find("source").text):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
tree.write(ts, encoding="utf-8", xml_declaration=True)
