#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PartnerFit authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the DEB from BUILD_DIR, checks it with lintian, validates the desktop file and the
# AppStream metainfo it installs, unpacks it with dpkg -x and starts the installed binaries.
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    exit 1
}
deb=$(ls "$work"/out/partnerfit_*.deb)
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

# lintian: errors fail; warnings are shown.
lintian --tag-display-limit 0 "$deb" | tee "$work/lintian.txt"
if grep -q '^E:' "$work/lintian.txt"; then
    echo "lintian reported errors" >&2
    exit 1
fi

root="$work/root"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/org.partnerfit.PartnerFit.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.partnerfit.PartnerFit.metainfo.xml"
for f in usr/bin/partnerfit usr/bin/partnerfit-cli usr/share/doc/partnerfit/copyright usr/share/doc/partnerfit/changelog.gz \
    usr/share/mime/packages/org.partnerfit.PartnerFit.xml usr/share/icons/hicolor/scalable/apps/org.partnerfit.PartnerFit.svg \
    usr/share/icons/hicolor/256x256/apps/org.partnerfit.PartnerFit.png; do
    [ -e "$root/$f" ] || { echo "missing from the package: /$f" >&2; exit 1; }
done
echo "installed size: $(du -sk "$root/usr" | cut -f1) KiB"

# Smoke test: the installed binaries run.
export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$root/usr/bin/partnerfit-cli" --version | grep -q '^partnerfit-cli '
"$root/usr/bin/partnerfit" --version | grep -q '^partnerfit [0-9]'
# The GUI starts and keeps running until stopped (exit 124 from timeout means it was still up).
set +e
timeout 3 "$root/usr/bin/partnerfit" "$work/smoke.partnerfit"
rc=$?
set -e
[ "$rc" -eq 124 ] || { echo "the installed partnerfit exited with $rc instead of running" >&2; exit 1; }
echo "package OK"
