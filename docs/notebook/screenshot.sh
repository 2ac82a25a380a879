#!/usr/bin/env bash
# Executes tour.ipynb on the installed gradlab kernel, renders it with nbconvert (MathJax from
# Debian's libjs-mathjax, no network) and takes docs/notebook/notebook.png with headless Chromium
# (Debian's chromium). Needs ./gradlab jupyter install first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work=$(mktemp -d)
cp "$here/tour.ipynb" "$work/"
cd "$work"
jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 \
  --output tour-run.ipynb tour.ipynb
jupyter nbconvert --to html \
  --HTMLExporter.mathjax_url='file:///usr/share/javascript/mathjax/MathJax.js?config=TeX-AMS_HTML' \
  tour-run.ipynb
mkdir profile
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --allow-file-access-from-files --virtual-time-budget=15000 \
  --hide-scrollbars --window-size=1000,1340 --screenshot="$here/notebook.png" \
  "file://$work/tour-run.html"
rm -rf "$work"
