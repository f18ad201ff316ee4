#!/usr/bin/env bash
# Builds kiln's runtime (runtime/ + stdlib/, libkiln_rt.a) for the cross targets whose libraries
# are installed (scripts/install-deps.sh), with clang-19 --target=TRIPLE, into
# $KILN_BUILD_DIR/lib/TRIPLE/libkiln_rt.a, where `kiln build --target=TRIPLE` looks for it. A target
# whose libraries are missing is skipped with a message (not an error); one that fails to build is
# an error (exit 1) after the others are built. Called by scripts/build.sh.
#
#   scripts/build-cross-runtimes.sh [TRIPLE...]   (default: aarch64-linux-gnu armv7-linux-gnueabihf)
#
# aarch64-linux-gnu uses Debian's arm64 multiarch packages (/usr/lib/aarch64-linux-gnu);
# armv7-linux-gnueabihf uses the sysroot <repo>/build-sysroot/armhf, linked as
# $KILN_BUILD_DIR/lib/armv7-linux-gnueabihf/sysroot so that the driver passes it to the linker.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${KILN_BUILD_DIR:-$root/build}")
targets=("$@")
((${#targets[@]})) || targets=(aarch64-linux-gnu armv7-linux-gnueabihf)

built=() skipped=() failed=()
for triple in "${targets[@]}"; do
  sysroot='' missing=''
  case $triple in
    aarch64-linux-gnu)
      processor=aarch64 multiarch=aarch64-linux-gnu
      for f in /usr/lib/aarch64-linux-gnu/{crt1.o,libgc.a,libdouble-conversion.a} /usr/include/aarch64-linux-gnu/c++/12; do
        [[ -e $f ]] || missing+=" $f"
      done ;;
    armv7-linux-gnueabihf)
      processor=armv7 multiarch=arm-linux-gnueabihf sysroot=$root/build-sysroot/armhf
      [[ -f $sysroot/.kiln-packages ]] || missing=" the armhf sysroot $sysroot" ;;
    *) echo "build-cross-runtimes: unknown target '$triple'" >&2; exit 2 ;;
  esac
  if [[ -n $missing ]]; then
    echo "build-cross-runtimes: skipping $triple: missing$missing (scripts/install-deps.sh installs it)"
    skipped+=("$triple"); continue
  fi
  dir=$build/cross/$triple libdir=$build/lib/$triple
  mkdir -p "$libdir"
  if [[ ! -f $dir/build.ninja ]]; then
    options=(-DCMAKE_SYSTEM_NAME=Linux "-DCMAKE_SYSTEM_PROCESSOR=$processor"
      "-DCMAKE_C_COMPILER_TARGET=$triple" "-DCMAKE_CXX_COMPILER_TARGET=$triple"
      "-DCMAKE_LIBRARY_ARCHITECTURE=$multiarch" -DCMAKE_TRY_COMPILE_TARGET_TYPE=STATIC_LIBRARY
      "-DCMAKE_ARCHIVE_OUTPUT_DIRECTORY=$libdir")
    [[ -z $sysroot ]] || options+=("-DCMAKE_SYSROOT=$sysroot")
    if command -v ccache >/dev/null; then
      options+=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    if ! cmake -S "$root/runtime" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 "${options[@]}" >/dev/null; then
      rm -f "$dir/build.ninja"
    fi
  fi
  if [[ ! -f $dir/build.ninja ]] || ! ninja -C "$dir" -j2; then
    # No stale library is left behind: kiln build --target=$triple fails, and so does its suite.
    rm -f "$libdir/libkiln_rt.a"
    echo "build-cross-runtimes: error: the runtime for $triple failed to build"
    failed+=("$triple"); continue
  fi
  if [[ -n $sysroot ]]; then ln -sfn "$sysroot" "$libdir/sysroot"; else rm -f "$libdir/sysroot"; fi
  built+=("$triple")
done
echo "build-cross-runtimes: built ${built[*]:-nothing}${skipped[*]:+; skipped ${skipped[*]}}${failed[*]:+; FAILED ${failed[*]}}"
((${#failed[@]} == 0))
