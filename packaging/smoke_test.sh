#!/usr/bin/env bash
# Smoke test of a built bundle:  packaging/smoke_test.sh [dist/relapp]
# Runs the bundled executable (never the checkout's Python) from an empty
# directory: version, command discovery, demo data, check, one export.
set -euo pipefail

bundle="$(cd "${1:-dist/relapp}" && pwd)"
exe="$bundle/relapp"
[ -x "$exe" ] || exe="$bundle/relapp.exe"
[ -x "$exe" ] || { echo "smoke test: no relapp executable in $bundle" >&2; exit 1; }
for gui in "$bundle/relapp-gui" "$bundle/relapp-gui.exe"; do [ -e "$gui" ] && break; done
[ -e "$gui" ] || { echo "smoke test: no relapp-gui executable in $bundle" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
unset PYTHONPATH PYTHONHOME

step() { echo "--- $*"; }

step "relapp --version"
version="$("$exe" --version)"
echo "$version"
[[ "$version" == relapp\ * ]]

step "commands are found inside the bundle"
help="$("$exe" --help)"
for command in accounts check demo export; do
    grep -qw "$command" <<<"$help" || { echo "command $command missing from --help" >&2; exit 1; }
done

step "relapp demo --no-open"
"$exe" --data-dir "$work/data" demo --no-open

step "relapp check"
"$exe" --data-dir "$work/data" check

step "relapp accounts --json"
"$exe" --data-dir "$work/data" accounts --json > accounts.json
account="$("$exe" --data-dir "$work/data" accounts --json | sed -n 's/^ *"name": "\(.*\)",$/\1/p' | head -n 1)"
[ -n "$account" ]

step "relapp export chart \"$account\" (Qt, SVG and PNG plugins)"
"$exe" --data-dir "$work/data" export chart "$account" --format png -o chart.png
"$exe" --data-dir "$work/data" export chart "$account" --format svg -o chart.svg
head -c 8 chart.png | od -An -c | grep -q "P   N   G"
grep -q "<svg" chart.svg

step "the window starts on the demo data and keeps running"
# A Qt module missing from the bundle only shows when the window starts.
XDG_CONFIG_HOME="$work/config" "$gui" --data-dir "$work/data" > window.log 2>&1 &
window=$!
sleep 8
if ! kill -0 "$window" 2>/dev/null; then
    echo "the window exited early:" >&2
    cat window.log >&2
    exit 1
fi
kill "$window"
wait "$window" 2>/dev/null || true

echo "smoke test passed: $bundle"
