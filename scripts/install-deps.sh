#!/usr/bin/env bash
# Installs everything kiln needs on Debian 12, idempotently: Debian packages (LLVM 19, clang, lld,
# lit/FileCheck, GoogleTest, the runtime's libraries), the pinned npm packages the tests and
# benchmarks use (tools/npm/package-lock.json), and what cross builds need (qemu-user; the arm64
# runtime libraries through multiarch; an armhf sysroot in <repo>/build-sysroot/armhf, see
# ../shared/TOOLCHAIN.md). Safe to run again; does nothing that is done.
#
# The cross part is best effort: if it cannot be installed, kiln and the host tests still work,
# scripts/build.sh skips the cross runtimes and scripts/run-tests.sh skips the cross suites.
# KILN_NO_CROSS=1 skips it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  build-essential cmake ninja-build ccache python3 nodejs npm
  clang-19 lld-19 llvm-19-dev llvm-19-tools libclang-rt-19-dev libzstd-dev
  libgtest-dev libgc-dev libuv1-dev libssl-dev libdouble-conversion-dev
)

sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from outside Debian (e.g. NodeSource); accept any working install.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  # An index that fails to download (e.g. a foreign architecture's, mid-sync) must not stop us:
  # the install below fails anyway if a package it needs is really unavailable.
  "${sudo_cmd[@]}" apt-get update -qq || echo "install-deps: apt-get update reported errors; trying anyway"
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: Debian packages present"
fi

# Pinned npm packages: the reference parser (acorn), the conformance suite and the corpora.
if [[ ! -f $root/tools/npm/node_modules/.package-lock.json ]] ||
   ! cmp -s "$root/tools/npm/package-lock.json" "$root/tools/npm/node_modules/.kiln-lock"; then
  echo "install-deps: installing pinned npm packages"
  (cd "$root/tools/npm" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$root/tools/npm/package-lock.json" "$root/tools/npm/node_modules/.kiln-lock"
else
  echo "install-deps: npm packages present"
fi

# ---- Cross targets ---------------------------------------------------------------------------
# aarch64-linux-gnu: Debian multiarch (arm64). armv7-linux-gnueabihf: a sysroot of armhf packages
# fetched with a private apt state (the system's sources, architecture armhf) and unpacked with
# dpkg -x, because multiarch armhf has been seen failing on a mirror index. Both are best effort.
[[ ${KILN_NO_CROSS:-0} == 1 ]] && { echo "install-deps: cross targets skipped (KILN_NO_CROSS=1)"; exit 0; }

cross_warn() { echo "install-deps: warning: $*; cross builds and cross tests will be skipped" >&2; }

arm64_packages=(qemu-user libc6-dev:arm64 libstdc++-12-dev:arm64 libgcc-12-dev:arm64
  libgc-dev:arm64 libdouble-conversion-dev:arm64)
install_arm64() {
  local missing=() p
  for p in "${arm64_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then echo "install-deps: qemu and arm64 packages present"; return 0; fi
  echo "install-deps: installing ${missing[*]}"
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then
    "${sudo_cmd[@]}" dpkg --add-architecture arm64 || return 1
  fi
  "${sudo_cmd[@]}" apt-get update -qq || echo "install-deps: apt-get update reported errors; trying anyway"
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
install_arm64 || cross_warn "could not install qemu-user and the arm64 packages"

# The armhf sysroot. Remade when the package list changes (recorded in .kiln-packages).
armhf_packages=(libc6 libc6-dev linux-libc-dev libgcc-12-dev libgcc-s1 libstdc++6 libstdc++-12-dev
  libcrypt1 libcrypt-dev libatomic1 libgc1 libgc-dev libdouble-conversion3 libdouble-conversion-dev)
make_armhf_sysroot() {
  local dir=$root/build-sysroot stamp
  local sysroot=$dir/armhf apt_dir=$dir/apt-armhf
  stamp=${armhf_packages[*]}
  if [[ -f $sysroot/.kiln-packages && $(cat "$sysroot/.kiln-packages") == "$stamp" ]]; then
    echo "install-deps: armhf sysroot present"; return 0
  fi
  echo "install-deps: making the armhf sysroot in $sysroot"
  rm -rf "$sysroot" "$apt_dir"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs"
  : >"$apt_dir/status"
  local apt_options=(-o "Dir::State::Lists=$apt_dir/lists" -o "Dir::State::status=$apt_dir/status"
    -o "Dir::Cache=$apt_dir/cache" -o APT::Architecture=armhf -o APT::Architectures=armhf
    -o APT::Sandbox::User=root -qq)
  # Some index (e.g. the security suite's) may fail; the download below says if a package is missing.
  apt-get "${apt_options[@]}" update >"$apt_dir/update.log" 2>&1 ||
    echo "install-deps: apt-get update (armhf) reported errors (an index failed); trying anyway"
  if ! (cd "$apt_dir/debs" && apt-get "${apt_options[@]}" download "${armhf_packages[@]}"); then
    cat "$apt_dir/update.log" >&2; return 1
  fi
  local deb
  rm -rf "$sysroot.tmp" && mkdir -p "$sysroot.tmp"
  for deb in "$apt_dir"/debs/*.deb; do dpkg -x "$deb" "$sysroot.tmp" || return 1; done
  # Merge /lib into /usr/lib and make lib a link to usr/lib (or qemu-arm -L loses libm), then make
  # absolute symbolic links (libm.so -> /lib/...) relative, so they resolve inside the sysroot.
  if [[ -d $sysroot.tmp/lib && ! -L $sysroot.tmp/lib ]]; then
    cp -a "$sysroot.tmp/lib/." "$sysroot.tmp/usr/lib/" && rm -rf "$sysroot.tmp/lib" || return 1
  fi
  ln -sfn usr/lib "$sysroot.tmp/lib"
  local link target
  while IFS= read -r -d '' link; do
    target=$(readlink "$link")
    ln -sfn "$(realpath -ms --relative-to="$(dirname "$link")" "$sysroot.tmp$target")" "$link"
  done < <(find "$sysroot.tmp" -type l -lname '/*' -print0)
  echo "$stamp" >"$sysroot.tmp/.kiln-packages"
  mv "$sysroot.tmp" "$sysroot"
  rm -rf "$apt_dir"
}
make_armhf_sysroot || { rm -rf "$root/build-sysroot/armhf.tmp"; cross_warn "could not make the armhf sysroot"; }
