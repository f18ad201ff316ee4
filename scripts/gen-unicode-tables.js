#!/usr/bin/env node
// Generates frontend/support/UnicodeTables.inc: the code-point ranges behind kiln::unicode
// (frontend/support/Unicode.h).
//
// Node is the reference for what kiln accepts, so the tables are computed from node's own regular
// expressions rather than parsed from a copy of the Unicode Character Database: every code point
// 0..0x10FFFF is tested against /\p{ID_Start}/u, /\p{ID_Continue}/u and /\p{gc=Zs}/u, and runs of
// consecutive members become inclusive [first, last] ranges. The Unicode version therefore is the
// one of the node that ran this script (process.versions.unicode), recorded in the file header.
//
// Usage (from the repository root):  node scripts/gen-unicode-tables.js
// Writes frontend/support/UnicodeTables.inc; re-run after moving to a node with newer Unicode.
'use strict';
const fs = require('fs');
const path = require('path');

const tables = [
  { name: 'IDStartRanges', regex: /^\p{ID_Start}$/u, what: 'ID_Start' },
  // Unicode 15.1 put ZWNJ and ZWJ into ID_Continue; ECMAScript names them separately in
  // IdentifierPartChar and Unicode.h promises the lexer handles them, so they stay out of the table.
  { name: 'IDContinueRanges', regex: /^(?![\u200C\u200D])\p{ID_Continue}$/u,
    what: 'ID_Continue except U+200C ZWNJ and U+200D ZWJ' },
  { name: 'SpaceSeparatorRanges', regex: /^\p{General_Category=Space_Separator}$/u, what: 'General_Category=Zs' },
];

function computeRanges(regex) {
  const ranges = [];
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    // Surrogate code points are never members of these properties; String.fromCodePoint on them
    // yields a lone surrogate that the u-mode regex treats as one code point, so no special case.
    const member = cp <= 0x10ffff && regex.test(String.fromCodePoint(cp));
    if (member && start < 0) start = cp;
    if (!member && start >= 0) {
      ranges.push([start, cp - 1]);
      start = -1;
    }
  }
  return ranges;
}

const hex = (n) => '0x' + n.toString(16).toUpperCase().padStart(4, '0');

let out = '';
out += '// GENERATED FILE - do not edit. Regenerate with: node scripts/gen-unicode-tables.js\n';
out += `// Source: the regular-expression engine of node ${process.version} ` +
       `(Unicode ${process.versions.unicode}), by testing every code point 0..0x10FFFF.\n`;
out += '// Each table is a sorted list of disjoint inclusive [first, last] code-point ranges; the\n';
out += '// includer defines `struct CodePointRange { uint32_t first, last; }` before including this.\n';
for (const table of tables) {
  const ranges = computeRanges(table.regex);
  out += `\n// ${table.what}: ${ranges.length} ranges.\n`;
  out += `static constexpr CodePointRange ${table.name}[] = {\n`;
  for (let i = 0; i < ranges.length; i += 4) {
    out += '    ' + ranges.slice(i, i + 4).map(([a, b]) => `{${hex(a)}, ${hex(b)}}`).join(', ') + ',\n';
  }
  out += '};\n';
}

const target = path.join(__dirname, '..', 'frontend', 'support', 'UnicodeTables.inc');
fs.writeFileSync(target, out);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
