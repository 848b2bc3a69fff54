#!/usr/bin/env bash
# Renders every diagram (and each collapsed sub-process's drill-down plane) to SVG for docs/processes.
# Needs Node/npm and Chromium (apt-get install chromium fonts-noto-cjk). Usage: docs/processes/render/render.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
npm install --prefix "$here" --no-audit --no-fund >/dev/null
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for model in "$root"/processes/*/*.bpmn; do
  area="$(basename "$(dirname "$model")")"
  name="$(basename "$model" .bpmn)"
  mkdir -p "$root/docs/processes/$area"
  cp "$model" "$here/current.bpmn"
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --allow-file-access-from-files --virtual-time-budget=8000 \
    --dump-dom "file://$here/render.html?f=current.bpmn" 2>/dev/null |
    python3 -c '
import sys, re, json, html
out = re.search(r"<pre id=\"out\">(.*?)</pre>", sys.stdin.read(), re.S).group(1)
text = html.unescape(out)
if text.startswith("ERROR"):
    sys.exit(text)
area_dir, name = sys.argv[1], sys.argv[2]
for plane, svg in json.loads(text).items():
    file = name if plane in (name, name + "Collaboration") else name + "-" + plane
    open(f"{area_dir}/{file}.svg", "w").write(svg)
    print("wrote", f"{area_dir}/{file}.svg")
' "$root/docs/processes/$area" "$name"
done
rm -f "$here/current.bpmn"
