#!/usr/bin/env node
// Runs kiln over test262-parser-tests (tools/npm/node_modules/test262-parser-tests):
//   pass/F   must parse (exit 0); its AST must equal acorn's exactly (kiln's contract, and the check
//            that catches wrong values/positions the suite itself cannot see) and its
//            pass-explicit/F twin's AST modulo the differences the suite calls equivalent (below);
//   fail/F, early/F  must be rejected as syntax errors (exit 1).
// Any other exit status is a crash and fails. *.module.js files are modules, the rest scripts.
// test262-exceptions.txt lists fail/early files that ES2024 accepts (expected to parse) and the
// pass-explicit twins that are not the same program (only required to parse); each with its reason.
//
//   run-test262.js [--kiln PATH] [--jobs N] [--verify-exceptions]
// --verify-exceptions re-derives the exception list from node and acorn and reports any drift.
'use strict';
const fs = require('fs');
const path = require('path');
const astdiff = require('../tools/astdiff.js');

const suite = path.resolve(__dirname, '../../tools/npm/node_modules/test262-parser-tests');
const MAX_LISTED = 50;

// pass/ and pass-explicit/ ASTs may differ in what the suite calls equivalent ("whitespace,
// comments, grouping parentheses, and semicolons"), which ESTree records as: positions (start,
// end, loc), literal spelling (raw), nested SequenceExpressions from parenthesised commas
// (`(a, b), c`), and the spelling of non-computed property keys ('0' vs 0 vs 0x0, 2e308 vs Infinity).
const TWIN_IGNORED_FIELDS = new Set(['start', 'end', 'loc', 'raw']);
function normaliseTwin(node) {
  if (Array.isArray(node)) return node.map(normaliseTwin);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const k of Object.keys(node)) out[k] = normaliseTwin(node[k]);
  if (out.type === 'SequenceExpression') {
    out.expressions = out.expressions.flatMap((e) => (e.type === 'SequenceExpression' ? e.expressions : [e]));
  }
  const k = out.key;
  if (/^(Property|MethodDefinition|PropertyDefinition)$/.test(out.type) && !out.computed && k.type !== 'PrivateIdentifier') {
    const name = k.type === 'Identifier' ? k.name
      : k.bigint !== undefined ? k.bigint
      : k.value === null ? 'Infinity' // the only number JSON cannot carry that a key can spell
      : String(k.value);
    out.key = { type: 'PropertyName', name };
  }
  return out;
}

function readExceptions() {
  const map = new Map();
  for (const line of fs.readFileSync(path.join(__dirname, 'test262-exceptions.txt'), 'utf8').split('\n')) {
    const m = /^([\w-]+\/[\w.]+)\s+(.*)$/.exec(line);
    if (m && !line.startsWith('#')) map.set(m[1], m[2]);
  }
  return map;
}

const goalOf = (f) => (f.endsWith('.module.js') ? 'module' : 'script');
const firstLine = (s) => s.split('\n')[0];

// Returns null when the file meets its expectation, else the reason it does not.
async function check(kiln, folder, file, exceptions) {
  const goal = goalOf(file);
  const run = (dir) => astdiff.runKiln(kiln, ['parse', path.join(suite, dir, file), '--' + goal, '--dump-ast=json']);
  const r = await run(folder);
  const crash = astdiff.crashDescription(r);
  if (crash) return crash;
  if (folder !== 'pass') {
    const valid = exceptions.get(`${folder}/${file}`);
    if (valid) return r.status === 0 ? null : `rejected, but valid ES2024 (${valid}): ${firstLine(r.stderr)}`;
    return r.status === 1 ? null : 'accepted, but is a syntax error';
  }
  if (r.status !== 0) return `rejected: ${firstLine(r.stderr)}`;
  const source = fs.readFileSync(path.join(suite, 'pass', file), 'utf8');
  const vsAcorn = astdiff.astDifference(source, astdiff.acornParse(source, goal), r.stdout);
  if (vsAcorn) return `AST differs from acorn's ${vsAcorn}`;
  const twin = await run('pass-explicit');
  const twinCrash = astdiff.crashDescription(twin);
  if (twinCrash) return `pass-explicit twin: ${twinCrash}`;
  if (twin.status !== 0) return `pass-explicit twin rejected: ${firstLine(twin.stderr)}`;
  if (exceptions.has(`pass-explicit/${file}`)) return null;
  const d = astdiff.firstDifference(normaliseTwin(JSON.parse(r.stdout)), normaliseTwin(JSON.parse(twin.stdout)), TWIN_IGNORED_FIELDS);
  return d ? `AST differs from pass-explicit twin at ${d.path}: ${astdiff.show(d.a)} vs ${astdiff.show(d.b)}` : null;
}

// Recomputes the exception list: fail/early files node and acorn both accept, and twins whose
// acorn ASTs differ after normaliseTwin. Prints differences from test262-exceptions.txt.
function verifyExceptions(exceptions) {
  const vm = require('vm');
  const acorn = require('../../tools/npm/node_modules/acorn');
  const derived = new Set();
  const acornAccepts = (src, goal) => { try { return acorn.parse(src, { ecmaVersion: 2024, sourceType: goal }); } catch { return null; } };
  for (const folder of ['fail', 'early']) {
    for (const f of fs.readdirSync(path.join(suite, folder))) {
      const src = fs.readFileSync(path.join(suite, folder, f), 'utf8');
      let node = true;
      try { goalOf(f) === 'module' ? new vm.SourceTextModule(src) : new vm.Script(src); } catch { node = false; }
      if (node && acornAccepts(src, goalOf(f))) derived.add(`${folder}/${f}`);
    }
  }
  for (const f of fs.readdirSync(path.join(suite, 'pass'))) {
    const [a, b] = ['pass', 'pass-explicit'].map((d) => JSON.parse(JSON.stringify(
      acornAccepts(fs.readFileSync(path.join(suite, d, f), 'utf8'), goalOf(f)), astdiff.jsonReplacer)));
    if (astdiff.firstDifference(normaliseTwin(a), normaliseTwin(b), TWIN_IGNORED_FIELDS)) derived.add(`pass-explicit/${f}`);
  }
  let drift = 0;
  for (const e of derived) if (!exceptions.has(e)) { drift++; console.log(`missing from exceptions: ${e}`); }
  for (const e of exceptions.keys()) if (!derived.has(e)) { drift++; console.log(`not an exception any more: ${e}`); }
  console.log(`verify-exceptions: ${derived.size} derived, ${exceptions.size} listed, ${drift} differences`);
  return drift ? 1 : 0;
}

async function main(argv) {
  let kiln = astdiff.defaultKiln(), jobs = 2;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--kiln') kiln = argv[++i];
    else if (argv[i] === '--jobs') jobs = Number(argv[++i]);
    else if (argv[i] === '--verify-exceptions') {
      if (!require('vm').SourceTextModule) { // needs node's flag; re-run this script with it
        return require('child_process').spawnSync(process.execPath,
          ['--experimental-vm-modules', '--no-warnings', __filename, ...argv], { stdio: 'inherit' }).status;
      }
      return verifyExceptions(readExceptions());
    } else { console.error(`run-test262: unknown argument ${argv[i]}`); return 2; }
  }
  if (!fs.existsSync(kiln)) { console.error(`run-test262: no kiln at ${kiln}`); return 2; }
  const exceptions = readExceptions();
  const cases = ['pass', 'fail', 'early'].flatMap((folder) =>
    fs.readdirSync(path.join(suite, folder)).sort().map((file) => ({ folder, file })));
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++];
      const reason = await check(kiln, c.folder, c.file, exceptions).catch((e) => `runner failed: ${e.message}`);
      if (reason) failures.push(`${c.folder}/${c.file}: ${reason.replace(/\n\s*/g, ' / ')}`);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  failures.sort();
  for (const f of failures.slice(0, MAX_LISTED)) console.log(`FAIL ${f.slice(0, 300)}`);
  if (failures.length > MAX_LISTED) console.log(`(${failures.length - MAX_LISTED} more failures not listed)`);
  const byFolder = ['pass', 'fail', 'early'].map((d) => {
    const n = cases.filter((c) => c.folder === d).length;
    return `${d}/ ${n - failures.filter((f) => f.startsWith(d + '/')).length}/${n}`;
  });
  console.log(`test262-parser-tests: ${byFolder.join(', ')} as expected`);
  console.log(`test262-parser-tests: ${cases.length - failures.length} passed, ${failures.length} failed`);
  return failures.length ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
