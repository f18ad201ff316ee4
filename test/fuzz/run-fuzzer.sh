#!/usr/bin/env bash
# Builds the parser fuzzer (clang++-19, -fsanitize=fuzzer,address,undefined) in build-fuzz/ and
# runs it, seeded from the test corpora: first over every regression input in
# test/fuzz/regressions/ (each a past finding), then for a bounded time (default 60 s; CI uses the
# default, a longer manual run passes e.g. --seconds 3600). Exits non-zero on any finding, leaving
# the crashing input in build-fuzz/findings/ — copy it into test/fuzz/regressions/ once fixed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=60
while (($#)); do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    *) echo "usage: $0 [--seconds N]" >&2; exit 2 ;;
  esac
done
out=$root/build-fuzz
mkdir -p "$out/obj" "$out/corpus" "$out/findings"
cxx="ccache clang++-19"
command -v ccache >/dev/null || cxx=clang++-19
flags=(-std=c++20 -Wno-trigraphs -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -I"$root")

# Compile the frontend with coverage instrumentation (objects are cached by ccache).
objects=()
# The parser and what it uses (not the lowering to IR, which needs ir/).
for src in "$root"/frontend/{support,lexer,ast,parser,regexp}/*.cpp "$root/test/fuzz/ParserFuzzer.cpp"; do
  obj=$out/obj/$(echo "${src#$root/}" | tr / _).o
  if [[ ! -f $obj || $src -nt $obj || -n $(find "$root/frontend" -name '*.h' -o -name '*.def' -o -name '*.inc' -newer "$obj" | head -1) ]]; then
    $cxx "${flags[@]}" -c "$src" -o "$obj"
  fi
  objects+=("$obj")
done
clang++-19 -fsanitize=fuzzer,address,undefined -fuse-ld=lld "${objects[@]}" -ldouble-conversion -lpthread -o "$out/parser-fuzzer"

# Seed corpus: the project's own tests and the conformance suite (small files only).
seeds=$out/seeds
if [[ ! -d $seeds ]]; then
  mkdir -p "$seeds"
  find "$root/test/parser" "$root/test/errors" "$root/tools/npm/node_modules/test262-parser-tests" \
    -name '*.js' -size -8k -print0 2>/dev/null | xargs -0 -I{} cp {} "$seeds/" 2>/dev/null || true
fi

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
regressions=("$root"/test/fuzz/regressions/*)
if [[ -e ${regressions[0]} ]]; then
  "$out/parser-fuzzer" -rss_limit_mb=4096 "${regressions[@]}" >"$out/regressions.log" 2>&1 ||
    { tail -40 "$out/regressions.log"; echo "fuzz: a regression input fails"; exit 1; }
  echo "fuzz: ${#regressions[@]} regression inputs ok"
fi
"$out/parser-fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -artifact_prefix="$out/findings/" -print_final_stats=1 "$out/corpus" "$seeds" >"$out/fuzz.log" 2>&1 ||
  { tail -60 "$out/fuzz.log"; echo "fuzz: finding in $out/findings/"; exit 1; }
grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$out/fuzz.log" | sed 's/^/fuzz: /'
echo "fuzz: ${seconds}s without a finding"
