// node check-unsupported-members.js NODE-NAMES KILN-NAMES UnsupportedMembers.def
// Fails (exit 1, with the names) unless every `process.X` / `console.X` node has is either defined
// by kiln's runtime or listed in the .def, and nothing listed in the .def is defined by kiln.
'use strict';
const fs = require('fs');
const lines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
const nodeNames = lines(process.argv[2]);
const kilnNames = new Set(lines(process.argv[3]));
const listed = new Set([...fs.readFileSync(process.argv[4], 'utf8').matchAll(/^UNSUPPORTED_MEMBER\((\w+), (\w+)\)$/gm)].map((m) => m[1] + '.' + m[2]));
const unaccounted = nodeNames.filter((n) => !kilnNames.has(n) && !listed.has(n));
const defined = [...listed].filter((n) => kilnNames.has(n));
if (unaccounted.length) console.log('node members neither defined by kiln nor listed: ' + unaccounted.join(' '));
if (defined.length) console.log('listed as unsupported but defined by kiln: ' + defined.join(' '));
if (unaccounted.length || defined.length) process.exit(1);
console.log(`ok: ${listed.size} unsupported, ${nodeNames.length - listed.size} of node's ${nodeNames.length} members defined`);
