#!/usr/bin/env node
// astdiff: checks that `kiln parse FILE --dump-ast=json` prints the same ESTree AST as acorn.
//
//   astdiff.js [--module|--script|--auto] [--kiln PATH] [--list FILE] [--jobs N] FILE|DIR...
//
// acorn (ecmaVersion 2024, locations) is the reference: kiln's AST must equal acorn's field for
// field, positions included, and kiln must reject (exit 1) exactly the files acorn rejects. The goal
// is --module/--script when given, else by extension (.mjs module, .js/.cjs script); --auto (for npm
// packages, whose .js files do not say) takes script for a .js file if acorn accepts it, else module.
//
// The acorn side is normalised by a JSON round trip whose replacer turns values JSON cannot carry
// (RegExp, BigInt) into null, as kiln's contract says. Comparison first tries byte equality with
// kiln's output (cheap even for typescript.js, whose AST is ~150 MB of JSON); only when that fails
// are both sides parsed and walked, key order ignored, to report the first differing path.
//
// Also a library for test/conformance/run-test262.js (see module.exports).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const repoRoot = path.resolve(__dirname, '../..');
const acorn = require(path.join(repoRoot, 'tools/npm/node_modules/acorn'));

// Fields acorn produces that kiln does not, removed before comparing. Keep this list minimal; each
// entry says why it is acceptable. (Empty: kiln's contract is acorn's full ESTree output.)
const DROPPED_FIELDS = new Set([]);

function defaultKiln() {
  const buildDir = process.env.KILN_BUILD_DIR || path.join(repoRoot, 'build');
  return path.join(buildDir, 'bin/kiln');
}

// --module/--script force the goal; otherwise .mjs is a module, .cjs a script, and .js a script, or
// under --auto whichever goal acorn accepts (script first).
function goalFor(file, mode) {
  if (mode === 'module' || mode === 'script') return mode;
  if (file.endsWith('.mjs')) return 'module';
  return mode === 'auto' && file.endsWith('.js') ? 'auto' : 'script';
}

function jsonReplacer(key, value) {
  if (DROPPED_FIELDS.has(key)) return undefined;
  if (typeof value === 'bigint' || value instanceof RegExp) return null;
  return value;
}

// Parses with acorn; returns {goal, json} or {goal, error}. 'auto' tries script, then module.
function acornParse(source, goal) {
  const goals = goal === 'auto' ? ['script', 'module'] : [goal];
  let error;
  for (const g of goals) {
    try {
      const ast = acorn.parse(source, { ecmaVersion: 2024, sourceType: g, locations: true });
      return { goal: g, json: JSON.stringify(ast, jsonReplacer) };
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      error = error || e.message;
    }
  }
  return { goal: goals[0], error };
}

// Runs kiln; resolves to {status, signal, stdout: Buffer, stderr: string, timedOut}. stdout goes to
// a temporary file rather than a pipe so that kiln never waits for this (single-threaded) process,
// which meanwhile runs acorn on the same file.
let outputFileCounter = 0;
function runKiln(kiln, args, timeoutSeconds = 120) {
  const outPath = path.join(os.tmpdir(), `kiln-astdiff-${process.pid}-${outputFileCounter++}.json`);
  const outFd = fs.openSync(outPath, 'w+');
  return new Promise((resolve) => {
    const child = spawn(kiln, args, { stdio: ['ignore', outFd, 'pipe'] });
    const err = [];
    let errLength = 0, timedOut = false;
    child.stderr.on('data', (d) => { if (errLength < 65536) { err.push(d); errLength += d.length; } });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutSeconds * 1000);
    let done = false;
    const finish = (status, signal, stderr) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const stdout = fs.readFileSync(outPath);
      fs.closeSync(outFd);
      fs.unlinkSync(outPath);
      resolve({ status, signal, stdout, stderr, timedOut });
    };
    child.on('error', (e) => finish(null, null, String(e)));
    child.on('close', (status, signal) => finish(status, signal, Buffer.concat(err).toString()));
  });
}

// Describes an exit that is neither success (0) nor a syntax error (1), or null.
function crashDescription(r) {
  if (r.timedOut) return 'kiln timed out';
  if (r.status === 0 || r.status === 1) return null;
  const first = r.stderr.split('\n').filter(Boolean).slice(0, 3).join(' | ');
  return `kiln crashed (${r.signal ? 'signal ' + r.signal : 'exit ' + r.status})${first ? ': ' + first : ''}`;
}

// The first path at which two JSON values differ, as {path, a, b, node} (node: the innermost
// object of `a` with a "type", for context), or null when equal. Object key order is ignored.
function firstDifference(a, b, ignored = new Set(), pathSoFar = '', node = null) {
  if (a === b) return null;
  const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(a) !== kind(b) || kind(a) !== 'object' && kind(a) !== 'array') return { path: pathSoFar, a, b, node };
  if (a.type !== undefined) node = a;
  if (Array.isArray(a)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], ignored, `${pathSoFar}[${i}]`, node);
      if (d) return d;
    }
    return null;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (ignored.has(k)) continue;
    const d = firstDifference(a[k], b[k], ignored, pathSoFar ? `${pathSoFar}.${k}` : k, node);
    if (d) return d;
  }
  return null;
}

const show = (v) => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 100));

// Compares one file; resolves to null when kiln agrees with acorn, else a multi-line report.
async function compareFile(file, mode, kiln, timeout) {
  const source = fs.readFileSync(file, 'utf8');
  const goal = goalFor(file, mode);
  // Start kiln before running acorn so the two overlap; under --auto guess script, the usual answer.
  const kilnRun = (g) => runKiln(kiln, ['parse', file, '--' + g, '--dump-ast=json'], timeout);
  const guess = goal === 'auto' ? 'script' : goal;
  const pending = kilnRun(guess);
  let ref;
  try {
    ref = acornParse(source, goal);
  } catch (e) { // e.g. RangeError: acorn recurses on the native stack, ~600 nested parentheses at most
    await pending;
    return `acorn failed, so there is no reference AST: ${e.message}`;
  }
  const first = await pending;
  const r = ref.goal === guess ? first : await kilnRun(ref.goal);
  const crash = crashDescription(first) || crashDescription(r);
  if (crash) return crash;
  if (ref.error) return r.status === 1 ? null : `kiln accepts (${ref.goal}) what acorn rejects: ${ref.error}`;
  if (r.status === 1) return `kiln rejects (${ref.goal}) what acorn accepts: ${r.stderr.split('\n')[0]}`;
  return astDifference(source, ref, r.stdout);
}

// Compares kiln's JSON output with acorn's result `ref` for `source`; null when equal, else a report.
function astDifference(source, ref, kilnStdout) {
  let end = kilnStdout.length;
  while (end > 0 && /\s/.test(String.fromCharCode(kilnStdout[end - 1]))) end--;
  const kilnBytes = kilnStdout.subarray(0, end);
  if (kilnBytes.length === Buffer.byteLength(ref.json) && kilnBytes.equals(Buffer.from(ref.json))) return null;
  let kilnAst;
  try { kilnAst = JSON.parse(kilnBytes.toString()); } catch (e) { return `kiln printed invalid JSON: ${e.message}`; }
  const d = firstDifference(JSON.parse(ref.json), kilnAst);
  if (!d) return null;
  let report = `at ${d.path || '(root)'}: acorn ${show(d.a)}, kiln ${show(d.b)}`;
  if (d.node && d.node.loc) {
    const { line, column } = d.node.loc.start;
    const text = source.split(/\r\n|[\n\r\u2028\u2029]/)[line - 1] || '';
    const from = Math.max(0, column - 40);
    report += `\n  in ${d.node.type} at ${line}:${column + 1} (${ref.goal}): ${text.slice(from, from + 100)}`;
  }
  return report;
}

// Expands directories (recursively, *.js/*.mjs/*.cjs) and --list files into a sorted file list.
function collectFiles(args, lists) {
  const files = [];
  const walk = (p) => {
    if (fs.statSync(p).isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    } else if (/\.(js|mjs|cjs)$/.test(p)) files.push(p);
  };
  for (const a of args) {
    if (fs.statSync(a).isDirectory()) walk(a); else files.push(a);
  }
  for (const l of lists) {
    files.push(...fs.readFileSync(l, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean));
  }
  return files;
}

async function main(argv) {
  let mode = null, kiln = defaultKiln(), jobs = 2, timeout = 120, maxReports = 50;
  const inputs = [], lists = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--module' || a === '--script' || a === '--auto') mode = a.slice(2);
    else if (a === '--kiln') kiln = argv[++i];
    else if (a === '--list') lists.push(argv[++i]);
    else if (a === '--jobs') jobs = Number(argv[++i]);
    else if (a === '--timeout') timeout = Number(argv[++i]);
    else if (a === '--max-reports') maxReports = Number(argv[++i]);
    else if (a.startsWith('-')) { console.error(`astdiff: unknown option ${a}`); return 2; }
    else inputs.push(a);
  }
  if (!fs.existsSync(kiln)) { console.error(`astdiff: no kiln at ${kiln} (build it, or pass --kiln)`); return 2; }
  const files = collectFiles(inputs, lists);
  // Largest files first so the two workers finish together; reports are printed in name order.
  const queue = files.map((f) => ({ f, size: fs.statSync(f).size })).sort((a, b) => b.size - a.size);
  const mismatches = [];
  const worker = async () => {
    for (let job; (job = queue.shift());) {
      const mismatch = await compareFile(job.f, mode, kiln, timeout).catch((e) => `astdiff failed: ${e.stack}`);
      if (mismatch) mismatches.push(`MISMATCH ${job.f}\n  ${mismatch}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  mismatches.sort().slice(0, maxReports).forEach((m) => console.log(m));
  if (mismatches.length > maxReports) console.log(`(${mismatches.length - maxReports} more mismatches not shown)`);
  const equal = files.length - mismatches.length;
  console.log(`astdiff: ${files.length} files compared, ${equal} equal`);
  return equal === files.length ? 0 : 1;
}

module.exports = {
  acornParse, runKiln, crashDescription, firstDifference, astDifference, defaultKiln, jsonReplacer, show,
  goalFor, collectFiles,
};
if (require.main === module) main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
