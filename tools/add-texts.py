#!/usr/bin/env python3
"""Adds texts to the three resource files at once: add-texts.py [--res src/Modules/Bocage.X/Resources/XResource] KEY "français" "English" "Nederlands" [...].
Without --res, the host's shared texts (src/Bocage.Web/Resources/SharedResource)."""
import html, sys
from pathlib import Path

repo = Path(__file__).resolve().parent.parent
args = sys.argv[1:]
base = "src/Bocage.Web/Resources/SharedResource"
if args[:1] == ["--res"]:
    base, args = args[1], args[2:]
if len(args) % 4:
    sys.exit(__doc__)
for i, suffix in enumerate(["", ".en", ".nl"]):
    path = repo / f"{base}{suffix}.resx"
    text = path.read_text(encoding="utf-8")
    for k in range(0, len(args), 4):
        # A « \n » typed in a shell is two characters; the person must read a line break.
        key, value = args[k], args[k + 1 + i].replace("\\n", "\n")
        if f'<data name="{key}"' in text:
            sys.exit(f"{key} already exists in {path.name}")
        entry = f'  <data name="{key}" xml:space="preserve"><value>{html.escape(value, quote=False)}</value></data>\n'
        text = text.replace("</root>", entry + "</root>")
    path.write_text(text, encoding="utf-8")
