#!/usr/bin/env bash
# Installs everything needed to configure, build, test and run Alongside on Debian 12
# (bookworm), then gets out of the way. Idempotent: when every package is already installed it
# says so and touches nothing (no apt-get update, no root needed).
#
#   packaging/debian/install-build-deps.sh            # as root, or as a user with sudo
#
# Each name below was checked with `apt-cache policy` on bookworm. Keep the list explicit even
# where one package already pulls in another: it documents why each is here.
set -euo pipefail

packages=(
    # toolchain
    build-essential     # g++ 12 (C++20), make, dpkg-dev (dpkg-shlibdeps, used by cpack -G DEB)
    cmake               # 3.25: CMakePresets.json version 6
    ninja-build         # the presets' generator
    pkg-config          # finds sqlcipher and libsodium
    git
    file                # cpack's DEB generator inspects binaries with it

    # Qt 6.4
    qt6-base-dev        # Core, Sql, Gui, Widgets, Concurrent, DBus (+ GL and Vulkan headers)
    qt6-base-dev-tools  # moc, rcc, uic
    qt6-tools-dev       # Qt6LinguistTools CMake package (translations/)
    qt6-tools-dev-tools
    qt6-l10n-tools      # lupdate, lrelease
    qt6-svg-dev         # Qt Svg, and the svg image/icon plugins that draw the app icon
    libgl-dev           # Qt6Gui's CMake package requires OpenGL headers (WrapOpenGL)
    libqt6gui6          # the xcb (desktop) and offscreen (tests, CI) platform plugins
    qt6-qpa-plugins

    # storage and crypto
    libsqlcipher-dev    # the encrypted SQLite that stores are written with
    sqlcipher           # command-line shell: recovery without the app, and the tests that prove it
    python3             # packaging/recovery/derive-store-key.py (tested by the core tests)
    python3-argon2      #   its Argon2id
    python3-nacl        # PyNaCl: the independent bundle reader in the tests follows docs/bundles.md
    libsodium-dev       # Argon2id key derivation, guarded memory
    libzxcvbn-dev       # zxcvbn passphrase strength estimate (the passphrase policy and its strength bar)
    libqt6sql6-psql     # Qt's PostgreSQL driver (QPSQL, over libpq): a council's server as a store
    postgresql-15       # the tests' throwaway cluster (tests/postgres/cluster.sh; ctest starts and stops it)

    # tests
    catch2              # Catch2 v2 headers and CMake package
    fonts-dejavu-core   # so offscreen widget tests lay out real text
    poppler-utils       # pdffonts, pdftotext, pdfimages: the letter and report PDF tests read PDFs with them

    # screenshots of the running app (docs/screenshots); not needed by the tests. The
    # shared `shot` tool also needs imagemagick, which is left out to keep this lean.
    xvfb
    xauth
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-build-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-build-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-build-deps: run as root (or install sudo)" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
echo "install-build-deps: done"
