#!/bin/sh
# Install this unpacked IPS Fidelity folder for the current user: a menu entry, an icon and
# `fidelity-app` on the PATH (~/.local/bin). Nothing is copied out of the folder, so keep it
# where it is (for example ~/.local/opt/fidelity-app); run again after moving it.
# `sh install.sh --remove` takes the menu entry, icon and command away again (never your data).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
icons="$data/icons/hicolor/256x256/apps"
bin="$HOME/.local/bin"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/ips-fidelity.desktop" "$icons/ips-fidelity.png" "$bin/fidelity-app"
  echo "IPS Fidelity borttaget från menyn / removed from the menu (data kept)"
  exit 0
fi
mkdir -p "$apps" "$icons" "$bin"
cp "$here/ips-fidelity.png" "$icons/ips-fidelity.png"
sed "s|^Exec=.*|Exec=\"$here/fidelity-app\"|" "$here/ips-fidelity.desktop" > "$apps/ips-fidelity.desktop"
ln -sf "$here/fidelity-app" "$bin/fidelity-app"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$apps" || true
echo "IPS Fidelity installerat / installed: menu entry, icon, $bin/fidelity-app"
