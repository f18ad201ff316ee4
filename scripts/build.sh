#!/usr/bin/env bash
# Configures (once) and builds kiln with clang-19, Ninja and ccache. The build directory is
# <repo>/build unless KILN_BUILD_DIR says otherwise; kiln ends up at $KILN_BUILD_DIR/bin/kiln.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KILN_BUILD_DIR:-$root/build}
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19
fi
ninja -C "$build" -j2
