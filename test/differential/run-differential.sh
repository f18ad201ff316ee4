#!/usr/bin/env bash
# Differential parse test over real code: every .js/.cjs/.mjs file of the pinned npm packages
# (typescript's lib/ with the 9 MB typescript.js, acorn, lodash, esprima, prettier; ~1,100 files,
# ~24 MB) must give kiln the same AST as acorn, or be rejected by both. The comparison is
# test/tools/astdiff.js; goals: .mjs module, .cjs script, .js script unless only module parses.
# Extra arguments go to astdiff.js (e.g. --kiln PATH, --jobs N).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
packages=$root/tools/npm/node_modules
# Comparing typescript.js holds several copies of its ~150 MB JSON AST: give node room.
exec node --max-old-space-size=8192 "$root/test/tools/astdiff.js" --auto "$@" \
  "$packages/typescript/lib" "$packages/acorn" "$packages/lodash" "$packages/esprima" "$packages/prettier"
