#!/bin/sh
# Install annotator from this unpacked archive for the current user (no root needed):
#   ./install.sh            the app in ~/.local/opt/annotator, the command ~/.local/bin/annotator,
#                           the menu entry, icons and the .annotator file type in ~/.local/share
#   ./install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/annotator
bin=$HOME/.local/bin

remove() {
  rm -rf "$opt" "$bin/annotator" "$data/applications/annotator.desktop" "$data/mime/packages/annotator.xml"
  find "$data/icons/hicolor" -name 'annotator.png' -path '*/apps/*' -delete 2>/dev/null || true
  rm -f "$data/icons/hicolor/scalable/apps/annotator.svg"
}
refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then remove; refresh; echo "annotator removed"; exit 0; fi

remove
mkdir -p "$opt" "$bin" "$data/applications" "$data/mime/packages"
cp -a "$here/annotator" "$here/_internal" "$opt/"
ln -s "$opt/annotator" "$bin/annotator"
sed "s|^Exec=annotator |Exec=$opt/annotator |; s|^TryExec=annotator|TryExec=$opt/annotator|" \
  "$here/share/applications/annotator.desktop" > "$data/applications/annotator.desktop"
cp -a "$here/share/icons" "$data/"
cp "$here/share/mime/packages/annotator.xml" "$data/mime/packages/"
refresh
echo "annotator installed: $bin/annotator (start it from your desktop's menu, or open a .annotator file)"
case ":$PATH:" in *":$bin:"*) ;; *) echo "note: $bin is not on your PATH";; esac
