#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The PartnerFit authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's quick start. Installs what is missing, configures, builds incrementally, then:
#   packaging/quickstart.sh run  [ARGS...]  launches PartnerFit on the default workspace (or ARGS)
#   packaging/quickstart.sh test [ARGS...]  builds and runs every test through ctest (ARGS go to ctest)
#   packaging/quickstart.sh deps            only installs the dependencies
# Safe to repeat: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

# The one list of what PartnerFit needs, used by both quick-start commands and by CI.
DEBIAN_PACKAGES=(
    build-essential cmake ninja-build ccache git pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6opengl6-dev libqt6sql6-sqlite qt6-qpa-plugins libgl1-mesa-dev
    catch2 fonts-dejavu-core fonts-wqy-microhei poppler-utils
    lintian desktop-file-utils appstream dpkg-dev file
)
HOMEBREW_PACKAGES=(cmake ninja ccache qt catch2)

mode=${1:-}
case "$mode" in
    run | test | deps) shift ;;
    *)
        echo "usage: $0 run|test|deps [ARGS...]" >&2
        exit 2
        ;;
esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
say() { printf '\033[1mquickstart:\033[0m %s\n' "$*" >&2; }

install_debian() {
    local missing=() pkg
    for pkg in "${DEBIAN_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            say "not root and no sudo: as root, run  apt-get install ${missing[*]}"
            exit 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_homebrew() {
    local missing=() pkg
    for pkg in "${HOMEBREW_PACKAGES[@]}"; do
        brew list --versions "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]} with Homebrew"
    brew install "${missing[@]}"
}

install_dependencies() {
    if [ "$(uname -s)" = Darwin ]; then
        command -v brew >/dev/null || { say "install Homebrew first (https://brew.sh), then run this again"; exit 1; }
        install_homebrew
        export CMAKE_PREFIX_PATH="$(brew --prefix qt)${CMAKE_PREFIX_PATH:+:$CMAKE_PREFIX_PATH}"
    elif command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
        install_debian
    else
        say "no apt-get or Homebrew here. Install these (Qt 6.4 or newer), then run this again:"
        say "  a C++20 compiler, CMake 3.25+, Ninja, Qt 6 (Core, Sql with the SQLite driver, Gui, Widgets,"
        say "  Charts, Svg, Linguist tools), Catch2 (v2.13 or v3), and optionally ccache."
        say "  Debian names: ${DEBIAN_PACKAGES[*]}"
        exit 1
    fi
}

install_dependencies
[ "$mode" = deps ] && exit 0

preset=dev
# Configure once; afterwards Ninja re-runs CMake by itself when a CMakeLists.txt changes.
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset"
fi

if [ "$mode" = run ]; then
    cmake --build --preset "$preset" --target partnerfit
    if [ "$(uname -s)" = Darwin ]; then
        exec "build/$preset/app/partnerfit.app/Contents/MacOS/partnerfit" "$@"
    fi
    exec "build/$preset/app/partnerfit" "$@"
fi

cmake --build --preset "$preset"
jobs=$( (command -v nproc >/dev/null && nproc) || sysctl -n hw.ncpu 2>/dev/null || echo 2)
exec ctest --preset "$preset" -j "$jobs" "$@"
