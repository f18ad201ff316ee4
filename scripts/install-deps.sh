#!/usr/bin/env bash
# Installs everything kiln needs on Debian 12, idempotently: Debian packages (LLVM 19, clang, lld,
# lit/FileCheck, GoogleTest, the runtime's libraries) and the pinned npm packages the tests and
# benchmarks use (tools/npm/package-lock.json). Safe to run again; does nothing that is done.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  build-essential cmake ninja-build ccache python3 nodejs npm
  clang-19 lld-19 llvm-19-dev llvm-19-tools libclang-rt-19-dev libzstd-dev
  libgtest-dev libgc-dev libuv1-dev libssl-dev libdouble-conversion-dev
)

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
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
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
