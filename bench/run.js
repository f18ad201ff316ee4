#!/usr/bin/env node
// Compiled-program benchmark: each program in bench/programs is compiled once with `kiln build`,
// then run as a native binary beside `node program.js`, in the same run, alternating the two.
//
// Per program it reports the compile time, the median wall time and peak resident set of both
// (and their kiln/node ratios: below 1 means kiln is faster or smaller) and the binary's size.
// Every run's standard output is checked: kiln's must equal node's, and both must equal the
// program's expected output where that is known independently of either engine (published
// Benchmarks Game values, a C transcription, or arithmetic). A program that fails to compile,
// crashes, times out or prints something else is reported as FAIL with the reason, never dropped.
//
// hello.js is measured apart, for the issue's start-up bar: `kiln build` wall time over several
// builds, and the binary's run time over many runs against node's, with the cost of spawning
// /bin/true alongside so the spawn overhead of this script can be read off.
//
// Times are wall-clock around spawnSync (process creation and exit included, identical for both
// sides); peak RSS comes from /usr/bin/time's %M (KiB, reported as MB = KiB / 1024, like
// bench/parse). Each program runs under /usr/bin/time, whose own overhead (~1 ms) both sides pay.
//
//   node bench/run.js [--reps N] [--only NAME[,NAME...]] [-O0|-O1|-O2|-O3] [--kiln PATH]
//                     [--hello-runs N] [--keep]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const programsDir = path.join(__dirname, 'programs');

// The programs in report order, with their expected output where it is known; null means node's
// output is the only reference (the program checks its own invariants and throws if they fail).
const binaryTreesExpected = (() => {
  // Depth 17: a tree of depth d has 2^(d+1) - 1 nodes.
  const nodes = (d) => 2 ** (d + 1) - 1, min = 4, max = 17;
  const lines = [`stretch tree of depth ${max + 1}\t check: ${nodes(max + 1)}`];
  for (let d = min; d <= max; d += 2) {
    const n = 2 ** (max - d + min);
    lines.push(`${n}\t trees of depth ${d}\t check: ${n * nodes(d)}`);
  }
  lines.push(`long lived tree of depth ${max}\t check: ${nodes(max)}`);
  return lines.join('\n') + '\n';
})();
const PROGRAMS = [
  // Benchmarks Game value for 5,000,000 steps, also reproduced by a C transcription.
  { name: 'nbody', expected: 'nbody 5000000: energy -0.169075164 -> -0.169083134\n' },
  // Equal to the published value for N = 5,500 at 9 decimals; reproduced by a C transcription.
  { name: 'spectral-norm', expected: 'spectral-norm 3000: 1.274224153\n' },
  // Benchmarks Game value for N = 10.
  { name: 'fannkuch-redux', expected: '73196\nPfannkuchen(10) = 38\n' },
  { name: 'binary-trees', expected: binaryTreesExpected },
  // 23,246 packets queued and 9,297 holds per 10,000-tick simulation, 400 simulations.
  { name: 'richards', expected: 'richards 400 x 10000: queued 9298400, held 3718800\n' },
  // Per round: chain 0+1+...+99 = 4,950; projection 1,055 + 123,255 + 222,255.
  { name: 'deltablue', expected: 'deltablue 3000 x (chain 100, projection 100): checksum 1054545000\n' },
  { name: 'json-roundtrip', expected: null },
  { name: 'string-building', expected: null },
];
const HELLO = { name: 'hello', expected: 'hello, world\n' };

function usage(message) {
  if (message) console.error(`run.js: ${message}`);
  console.error('usage: node bench/run.js [--reps N] [--only NAME[,NAME...]] [-O0|-O1|-O2|-O3] [--kiln PATH] [--hello-runs N] [--keep]');
  process.exit(2);
}

let reps = 5, only = null, optLevel = '-O2', helloRuns = 100, keep = false;
let kiln = process.env.KILN || path.resolve(__dirname, '../build/bin/kiln');
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--reps') reps = Number(process.argv[++i]);
  else if (a === '--only') only = process.argv[++i].split(',');
  else if (/^-O[0-3]$/.test(a)) optLevel = a;
  else if (a === '--kiln') kiln = path.resolve(process.argv[++i]);
  else if (a === '--hello-runs') helloRuns = Number(process.argv[++i]);
  else if (a === '--keep') keep = true;
  else usage(`unknown argument '${a}'`);
}
if (!(reps >= 1) || !(helloRuns >= 1)) usage('--reps and --hello-runs take a positive number');
if (!fs.existsSync(kiln)) usage(`no kiln at ${kiln} (build it with scripts/build.sh)`);
const known = [...PROGRAMS, HELLO].map((p) => p.name);
for (const name of only || []) if (!known.includes(name)) usage(`no program '${name}' (have: ${known.join(', ')})`);
const selected = PROGRAMS.filter((p) => !only || only.includes(p.name));
const measureHello = !only || only.includes('hello');

const RUN_TIMEOUT_MS = 10 * 60 * 1000;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-bench-'));
const rssFile = path.join(workDir, 'rss');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const mib = (kib) => kib / 1024;
const firstLine = (text) => (text || '').split('\n').map((l) => l.trim()).filter(Boolean)[0] || '';
const log = (message) => process.stderr.write(message + '\n');

function timed(cmd, args, options = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, timeout: RUN_TIMEOUT_MS, ...options });
  return { r, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

// One run of cmd under /usr/bin/time: {seconds, rssKb, stdout, failure}. failure is null or why
// the run did not complete normally.
function measure(cmd, args) {
  fs.rmSync(rssFile, { force: true });
  const { r, seconds } = timed('/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...args]);
  const timeLines = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split('\n') : [];
  const rssKb = Number(timeLines[timeLines.length - 1]);
  let failure = null;
  if (r.error && r.error.code === 'ETIMEDOUT') failure = `timed out after ${RUN_TIMEOUT_MS / 1000} s`;
  else if (r.error) failure = `could not run: ${r.error.message}`;
  else if (timeLines.some((l) => l.startsWith('Command terminated by signal'))) failure = [firstLine(timeLines.join('\n')), firstLine(r.stderr)].filter(Boolean).join('; ');
  else if (r.status !== 0) failure = `exit status ${r.status}: ${firstLine(r.stderr) || '(no stderr)'}`;
  return { seconds, rssKb, stdout: r.stdout, failure };
}

// Why `actual` is not `expected`, at the first differing line; null when equal.
function difference(actual, expected, actualName, expectedName) {
  if (actual === expected) return null;
  const a = actual.split('\n'), e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  // Show both lines from a little before their first differing character.
  let column = 0;
  while (a[i] !== undefined && e[i] !== undefined && a[i][column] === e[i][column]) column++;
  const from = Math.max(0, column - 20);
  const show = (s) => s === undefined ? '<end of output>'
    : JSON.stringify((from > 0 ? '...' : '') + s.slice(from, from + 60) + (s.length > from + 60 ? '...' : ''));
  return `output line ${i + 1}, column ${column + 1}: ${actualName} ${show(a[i])}, ${expectedName} ${show(e[i])}`;
}

function compile(program) {
  const source = path.join(programsDir, `${program.name}.js`);
  const binary = path.join(workDir, program.name);
  const { r, seconds } = timed(kiln, ['build', source, '-o', binary, optLevel]);
  if (r.error || r.status !== 0 || !fs.existsSync(binary)) {
    const why = r.error ? r.error.message : firstLine(r.stderr) || `exit status ${r.status}`;
    return { binary, seconds, failure: `compile: ${why}` };
  }
  return { binary, seconds, size: fs.statSync(binary).size, failure: null };
}

// ---- the programs

const results = [];
for (const program of selected) {
  const source = path.join(programsDir, `${program.name}.js`);
  const build = compile(program);
  log(`${program.name}: ${build.failure ? build.failure : `compiled in ${build.seconds.toFixed(2)} s`}`);
  const node = { seconds: [], rssKb: [], failure: null };
  const compiled = { seconds: [], rssKb: [], failure: build.failure };
  for (let rep = 0; rep < reps; rep++) {
    // Alternate which side runs first, so neither always follows the other.
    const order = rep % 2 === 0 ? ['kiln', 'node'] : ['node', 'kiln'];
    const outputs = {};
    for (const side of order) {
      const into = side === 'kiln' ? compiled : node;
      if (into.failure) continue;
      const run = side === 'kiln' ? measure(build.binary, []) : measure(process.execPath, [source]);
      if (run.failure) { into.failure = run.failure; continue; }
      outputs[side] = run.stdout;
      into.seconds.push(run.seconds);
      into.rssKb.push(run.rssKb);
    }
    if (outputs.node !== undefined && program.expected !== null && !node.failure) {
      const why = difference(outputs.node, program.expected, 'node', 'expected');
      if (why) node.failure = `wrong result: ${why}`;
    }
    if (outputs.kiln !== undefined && !compiled.failure) {
      const why = program.expected !== null ? difference(outputs.kiln, program.expected, 'kiln', 'expected')
        : outputs.node !== undefined ? difference(outputs.kiln, outputs.node, 'kiln', 'node') : null;
      if (why) compiled.failure = `wrong result: ${why}`;
    }
    const show = (side) => side.failure ? 'FAIL' : `${side.seconds[side.seconds.length - 1].toFixed(3)} s`;
    log(`  rep ${rep + 1}/${reps}: kiln ${show(compiled)}, node ${show(node)}`);
  }
  results.push({ program, build, node, compiled });
}

// ---- hello world: build time and start-up

let hello = null;
if (measureHello) {
  const source = path.join(programsDir, 'hello.js');
  const builds = [];
  let build = null;
  for (let i = 0; i < Math.max(reps, 5); i++) {
    build = compile(HELLO);
    if (build.failure) break;
    builds.push(build.seconds);
  }
  hello = { build, builds, kiln: [], node: [], baseline: [], failure: build.failure };
  if (!hello.failure) {
    for (let i = 0; i < helloRuns && !hello.failure; i++) {
      const k = timed(build.binary, []), n = timed(process.execPath, [source]), t = timed('/bin/true', []);
      if (k.r.status !== 0 || k.r.stdout !== HELLO.expected) hello.failure = `wrong result: ${difference(k.r.stdout || '', HELLO.expected, 'kiln', 'expected') || `exit status ${k.r.status}`}`;
      hello.kiln.push(k.seconds); hello.node.push(n.seconds); hello.baseline.push(t.seconds);
    }
    hello.kilnRssKb = measure(build.binary, []).rssKb;
    hello.nodeRssKb = measure(process.execPath, [source]).rssKb;
  }
  log(`hello: ${hello.failure || `build ${median(builds).toFixed(3)} s, run ${(median(hello.kiln) * 1e3).toFixed(2)} ms`}`);
}

// ---- report

const kilnVersion = firstLine(spawnSync(kiln, ['version'], { encoding: 'utf8' }).stdout).replace(/ \(.*/, '');
const llvm = (/\((LLVM [0-9.]+)/.exec(spawnSync(kiln, ['version'], { encoding: 'utf8' }).stdout) || [])[1] || '';
const out = [];
out.push(`${kilnVersion} (${llvm}) ${optLevel} vs node ${process.version}, ${new Date().toISOString().slice(0, 10)}, ` +
  `${os.cpus().length} cores; command: node bench/run.js ${process.argv.slice(2).join(' ')}`.trimEnd());
out.push(`medians of ${reps} runs each; ratios are kiln/node (below 1: kiln faster / smaller)`);
if (results.length) out.push('');
if (results.length) out.push('| program | node s | kiln s | time kiln/node | node peak RSS MB | kiln peak RSS MB | RSS kiln/node | binary MB | kiln build s |');
if (results.length) out.push('|---|---|---|---|---|---|---|---|---|');
for (const { program, build, node, compiled } of results) {
  const nodeTime = node.failure ? `FAIL: ${node.failure}` : median(node.seconds).toFixed(3);
  const nodeRss = node.failure ? '' : mib(median(node.rssKb)).toFixed(1);
  const size = build.size ? (build.size / 1e6).toFixed(2) : '';
  if (compiled.failure) {
    out.push(`| ${program.name} | ${nodeTime} | **FAIL**: ${compiled.failure.replace(/\|/g, '\\|')} | | ${nodeRss} | | | ${size} | ${build.seconds.toFixed(2)} |`);
    continue;
  }
  const kt = median(compiled.seconds), kr = median(compiled.rssKb);
  const timeRatio = node.failure ? '' : `${(kt / median(node.seconds)).toFixed(2)}x`;
  const rssRatio = node.failure ? '' : `${(kr / median(node.rssKb)).toFixed(2)}x`;
  out.push(`| ${program.name} | ${nodeTime} | ${kt.toFixed(3)} | ${timeRatio} | ${nodeRss} | ${mib(kr).toFixed(1)} | ${rssRatio} | ${size} | ${build.seconds.toFixed(2)} |`);
}
if (hello) {
  out.push('');
  if (hello.failure) {
    out.push(`hello world: **FAIL**: ${hello.failure}`);
  } else {
    const buildS = median(hello.builds), runMs = median(hello.kiln) * 1e3, nodeMs = median(hello.node) * 1e3;
    const baseMs = median(hello.baseline) * 1e3;
    out.push(`| hello world | node | kiln | kiln/node | bar | met |`);
    out.push('|---|---|---|---|---|---|');
    out.push(`| \`kiln build hello.js ${optLevel}\` (median of ${hello.builds.length}) | | ${buildS.toFixed(3)} s | | < 1 s | ${buildS < 1 ? 'yes' : '**no**'} |`);
    out.push(`| run, spawn to exit (median of ${hello.kiln.length}) | ${nodeMs.toFixed(2)} ms | ${runMs.toFixed(2)} ms | ${(runMs / nodeMs).toFixed(3)}x | < 5 ms | ${runMs < 5 ? 'yes' : '**no**'} |`);
    out.push(`| the same, less spawning /bin/true (${baseMs.toFixed(2)} ms) | ${(nodeMs - baseMs).toFixed(2)} ms | ${(runMs - baseMs).toFixed(2)} ms | | | |`);
    out.push(`| peak RSS | ${mib(hello.nodeRssKb).toFixed(1)} MB | ${mib(hello.kilnRssKb).toFixed(1)} MB | ${(hello.kilnRssKb / hello.nodeRssKb).toFixed(2)}x | | |`);
    out.push(`| binary size | | ${(hello.build.size / 1e6).toFixed(2)} MB | | | |`);
  }
}
console.log(out.join('\n'));

if (keep) log(`binaries kept in ${workDir}`);
else fs.rmSync(workDir, { recursive: true, force: true });
const failed = results.some((r) => r.node.failure || r.compiled.failure) || (hello && hello.failure);
process.exitCode = failed ? 1 : 0;
