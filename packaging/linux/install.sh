#!/usr/bin/env bash
# Put Relapp in the application menu:  packaging/linux/install.sh [PREFIX]
# PREFIX defaults to ~/.local (per user; use /usr/local as root for everyone).
# Installs the .desktop file, the AppStream metainfo and the icons; the
# relapp-gui program itself comes from `pip install` or the bundle (put
# dist/relapp on PATH or link dist/relapp/relapp-gui into PREFIX/bin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
prefix="${1:-$HOME/.local}"
app_id=io.relapp.Relapp

install -Dm644 "$here/$app_id.desktop" "$prefix/share/applications/$app_id.desktop"
install -Dm644 "$here/$app_id.metainfo.xml" "$prefix/share/metainfo/$app_id.metainfo.xml"
install -Dm644 "$here/../icons/relapp.svg" "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$here"/../icons/hicolor/*/apps/$app_id.png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    install -Dm644 "$png" "$prefix/share/icons/hicolor/$size/apps/$app_id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$prefix/share/icons/hicolor" || true
echo "Relapp installed into $prefix/share (menu entry $app_id)"
