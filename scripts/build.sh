#!/usr/bin/env bash
# Configures (once) and builds kiln with clang-19, Ninja and ccache. The build directory is
# <repo>/build unless KILN_BUILD_DIR says otherwise; kiln ends up at $KILN_BUILD_DIR/bin/kiln, the
# runtime at $KILN_BUILD_DIR/lib/libkiln_rt.a and, for each cross target whose libraries are
# installed, at $KILN_BUILD_DIR/lib/TRIPLE/libkiln_rt.a (scripts/build-cross-runtimes.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KILN_BUILD_DIR:-$root/build}
export KILN_BUILD_DIR=$build
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19
fi
ninja -C "$build" -j2
# The runtime for the cross targets whose libraries are installed (skipped with a message if not).
# A cross runtime that fails to build does not fail the host build: its cross test suite fails.
"$root/scripts/build-cross-runtimes.sh" ||
  echo "build: warning: a cross runtime failed to build (see above); kiln works for the host"
