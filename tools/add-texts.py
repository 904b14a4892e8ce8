#!/usr/bin/env python3
"""Adds texts to the three resource files at once: add-texts.py KEY "français" "English" "Nederlands" [...]."""
import html, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "src/Bocage.Web/Resources"
args = sys.argv[1:]
if len(args) % 4:
    sys.exit(__doc__)
for i, suffix in enumerate(["", ".en", ".nl"]):
    path = root / f"SharedResource{suffix}.resx"
    text = path.read_text(encoding="utf-8")
    for k in range(0, len(args), 4):
        key, value = args[k], args[k + 1 + i]
        if f'<data name="{key}"' in text:
            sys.exit(f"{key} already exists in {path.name}")
        entry = f'  <data name="{key}" xml:space="preserve"><value>{html.escape(value, quote=False)}</value></data>\n'
        text = text.replace("</root>", entry + "</root>")
    path.write_text(text, encoding="utf-8")
