#!/usr/bin/env bash
# Runs every kiln test suite and ends with one line, `N passed, N failed`, summing them all (what
# CI reads); exits non-zero if anything failed. Builds first (scripts/build.sh). Works from any
# directory.
#
#   scripts/run-tests.sh [SUITE...]     SUITE: unit lit conformance differential fuzz gc-stress
#                                       cross-aarch64 cross-armv7 (default: all; the cross suites
#                                       only where qemu-aarch64 / qemu-arm are installed)
#   KILN_BUILD_DIR=DIR                  build directory (default: <repo>/build)
#
# The cross suites run every test of test/run with kiln build --target=aarch64-linux-gnu or
# --target=armv7-linux-gnueabihf, under qemu-user, at -O2 only (lit --param kiln_target=TRIPLE, see
# test/lit.cfg.py). With qemu installed but the target's runtime not built (its libraries missing:
# scripts/install-deps.sh), a cross suite counts one failure.
#
# Each suite counts in its own unit: GoogleTest tests, lit tests (unsupported ones count as neither),
# test262-parser-tests files, differential files, and the fuzz run as one test. A runner that dies
# without printing its summary counts as one failure.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath -m "${KILN_BUILD_DIR:-$root/build}")
export KILN_BUILD_DIR=$build
lit=${LIT:-/usr/lib/llvm-19/build/utils/lit/lit.py}
suites=("$@")
if ((${#suites[@]} == 0)); then
  suites=(unit lit conformance differential fuzz gc-stress)
  command -v qemu-aarch64 >/dev/null && suites+=(cross-aarch64)
  command -v qemu-arm >/dev/null && suites+=(cross-armv7)
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT

total_passed=0 total_failed=0 recap=()
record() { # suite passed failed seconds
  total_passed=$((total_passed + $2)) total_failed=$((total_failed + $3))
  recap+=("$(printf '  %-13s %6d passed %6d failed %7ss' "$1" "$2" "$3" "$4")")
}
# Prints group 1 of extended regex $1 on the last line of the suite's output ($log) that matches it.
count() { sed -nE "s/$1/\\1/p" "$log" | tail -1; }

echo "== build ($build)"
if ! "$root/scripts/build.sh" >"$log" 2>&1; then
  tail -n 60 "$log"; echo "build: failed"; echo "0 passed, 1 failed"; exit 1
fi
grep '^build-cross-runtimes: ' "$log" | grep -v '^build-cross-runtimes: built ' || true  # skips, failures
tail -n 1 "$log"

run_unit() {
  local bin=$build/bin/kiln-unittests
  [[ -x $bin ]] || { echo "no $bin"; passed=0 failed=1; return; }
  "$bin" --gtest_brief=1 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  passed=$(count '^\[  PASSED  \] ([0-9]+) tests?\.$'); failed=$(count '^\[  FAILED  \] ([0-9]+) tests?, listed below:$')
  passed=${passed:-0} failed=${failed:-0}
  ((status == 0 || failed > 0)) || failed=1
}

run_lit() { # [lit arguments, default: all of test/]
  (($#)) || set -- "$root/test"
  python3 "$lit" -sv --no-progress-bar "$@" --param "kiln_build_dir=$build" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]} kind n
  passed=0 failed=0
  while IFS='|' read -r kind n; do # lit's summary lines: "  Passed     : 12 (97.00%)"
    case $kind in
      'Passed' | 'Passed With Retry' | 'Expectedly Failed') passed=$((passed + n)) ;;
      'Failed' | 'Unexpectedly Passed' | 'Unresolved' | 'Timed Out') failed=$((failed + n)) ;;
    esac # Unsupported and Excluded count as neither
  done < <(sed -nE 's/^  ([A-Za-z ]*[a-z]) *: *([0-9]+) .*/\1|\2/p' "$log")
  ((status == 0 || failed > 0)) || failed=1
}

run_conformance() {
  node "$root/test/conformance/run-test262.js" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  passed=$(count '^test262-parser-tests: ([0-9]+) passed, [0-9]+ failed$'); failed=$(count '^test262-parser-tests: [0-9]+ passed, ([0-9]+) failed$')
  [[ -n $passed ]] || { passed=0 failed=1; }
  ((status == 0 || failed > 0)) || failed=1
}

run_differential() {
  "$root/test/differential/run-differential.sh" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]} compared
  compared=$(count '^astdiff: ([0-9]+) files compared, [0-9]+ equal$'); passed=$(count '^astdiff: [0-9]+ files compared, ([0-9]+) equal$')
  [[ -n $passed ]] && failed=$((compared - passed)) || { passed=0 failed=1; }
  ((status == 0 || failed > 0)) || failed=1
}

run_fuzz() {
  if [[ ! -x $root/test/fuzz/run-fuzzer.sh ]]; then
    echo "no test/fuzz/run-fuzzer.sh: skipped"; passed=0 failed=0; return
  fi
  if "$root/test/fuzz/run-fuzzer.sh"; then passed=1 failed=0; else passed=0 failed=1; fi
}

run_cross() { # TRIPLE EMULATOR
  if ! command -v "$2" >/dev/null; then
    echo "$2 not installed (scripts/install-deps.sh installs qemu-user): skipped"; passed=0 failed=0; return
  fi
  if [[ ! -f $build/lib/$1/libkiln_rt.a ]]; then
    echo "no runtime for $1 at $build/lib/$1/libkiln_rt.a: its libraries are missing (scripts/install-deps.sh)" \
      "or it failed to build (scripts/build.sh)"
    passed=0 failed=1; return
  fi
  run_lit -j2 "$root/test/run" --param "kiln_target=$1"
}
run_cross-aarch64() { run_cross aarch64-linux-gnu qemu-aarch64; }
# Every run test again with the collector running at every 7th allocation (KILN_GC_STRESS): a
# value the generated code or the runtime fails to keep reachable shows up as wrong output.
run_gc-stress() { run_lit -j2 "$root/test/run" --param kiln_gc_stress=7; }
run_cross-armv7() { run_cross armv7-linux-gnueabihf qemu-arm; }

for suite in "${suites[@]}"; do
  case $suite in
    unit | lit | conformance | differential | fuzz | gc-stress | cross-aarch64 | cross-armv7) ;;
    *) echo "unknown suite '$suite'"; exit 2 ;;
  esac
  echo; echo "== $suite"
  start=$SECONDS
  "run_$suite"
  record "$suite" "$passed" "$failed" $((SECONDS - start))
done

echo; echo "== summary"
printf '%s\n' "${recap[@]}"
echo "$total_passed passed, $total_failed failed"
((total_failed == 0))
