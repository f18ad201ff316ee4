#!/usr/bin/env node
// Parse-throughput benchmark: kiln's parser against acorn on node, in the same run, on
//   typescript.js  (one 9 MB script), and
//   mixed          (every .js/.cjs/.mjs file of the pinned npm packages, parsed file by file).
//
// kiln runs as `kiln parse FILE --GOAL --stats` (no AST dump); its time is the parse-ms it reports,
// i.e. parsing without process start-up or file reading. acorn 8.15 runs in this process with
// the options of kiln's AST contract (ecmaVersion 2024, locations), timed around acorn.parse only.
// Should kiln lack --stats, its whole-process wall-clock time is used instead (and said so).
// Peak memory is kiln's maximum resident set (--stats peak-rss-kb, else /usr/bin/time -f %M) and
// the part of it parsing added (parse-rss-kb). A corpus is parsed by one kiln process per goal.
// One untimed warm-up round (page cache, acorn's JIT), then N rounds; medians are reported.
//
//   node bench/parse/run.js [--reps N] [--kiln PATH] [--corpus typescript|mixed]
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const astdiff = require('../../test/tools/astdiff.js');

const packages = path.resolve(__dirname, '../../tools/npm/node_modules');
const acorn = require(path.join(packages, 'acorn'));

let reps = 5, kiln = astdiff.defaultKiln(), only = null;
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--reps') reps = Number(process.argv[++i]);
  else if (a === '--kiln') kiln = process.argv[++i];
  else if (a === '--corpus') only = process.argv[++i];
  else { console.error(`usage: run.js [--reps N] [--kiln PATH] [--corpus typescript|mixed]`); process.exit(2); }
}
if (!fs.existsSync(kiln)) { console.error(`run.js: no kiln at ${kiln}`); process.exit(2); }

// Each corpus is a list of {file, goal, source, bytes}; goals as in test/differential.
function corpus(paths) {
  return astdiff.collectFiles(paths, []).map((file) => {
    const source = fs.readFileSync(file, 'utf8');
    const goal = astdiff.acornParse(source, astdiff.goalFor(file, 'auto')).goal;
    return { file, goal, source, bytes: fs.statSync(file).size };
  });
}
const corpora = {
  'typescript.js': () => corpus([path.join(packages, 'typescript/lib/typescript.js')]),
  mixed: () => corpus(['typescript/lib', 'acorn', 'lodash', 'esprima', 'prettier'].map((p) => path.join(packages, p))),
};

const probe = spawnSync(kiln, ['parse', path.join(packages, 'acorn/dist/acorn.js'), '--stats'], { encoding: 'utf8' });
const hasStats = probe.status === 0 && /parse-ms=/.test(probe.stderr);

// One kiln process parsing `files` (all of one goal) one after the other, as a whole-program build
// does: {ms, wallMs, rssKb, parseRssKb}. parse-rss-kb is the memory parsing added on top of kiln's
// start-up footprint (the statically linked LLVM), so it is what scales with the source.
function runKiln(files) {
  const goal = files[0].goal;
  const args = ['parse', '--' + goal, ...files.map((f) => f.file)];
  const [cmd, argv] = hasStats ? [kiln, [...args, '--stats']] : ['/usr/bin/time', ['-f', 'peak-rss-kb=%M', kiln, ...args]];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`kiln failed (status ${r.status}, signal ${r.signal}): ${r.stderr}`);
  const stat = (key) => Number((new RegExp(`${key}=([0-9.]+)`).exec(r.stderr) || [])[1]);
  return { ms: hasStats ? stat('parse-ms') : wallMs, wallMs, rssKb: stat('peak-rss-kb'), parseRssKb: stat('parse-rss-kb') };
}

// The corpus split by goal: one kiln process per goal.
function runKilnCorpus(files) {
  const groups = {};
  for (const f of files) (groups[f.goal] = groups[f.goal] || []).push(f);
  return Object.values(groups).map(runKiln);
}

function timeAcorn({ source, goal }) {
  const start = process.hrtime.bigint();
  acorn.parse(source, { ecmaVersion: 2024, sourceType: goal, locations: true });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const mb = (bytes) => bytes / 1e6;

console.log(`kiln ${kiln}; acorn ${acorn.version} on node ${process.version}; median of ${reps} runs after one warm-up`);
console.log(`kiln time: ${hasStats ? 'parse-ms from --stats (parsing only)' : 'wall clock of the whole process (kiln has no --stats)'}; MB = 10^6 bytes`);
const header = ['corpus', 'files', 'MB', 'kiln ms', 'kiln MB/s', 'acorn ms', 'acorn MB/s', 'kiln/acorn', 'kiln wall ms', 'kiln peak RSS MB', 'parse RSS MB', 'parse RSS/source'];
const rows = [header];
for (const [name, load] of Object.entries(corpora)) {
  if (only && !name.startsWith(only)) continue;
  const files = load();
  const bytes = sum(files.map((f) => f.bytes));
  const kilnMs = [], wallMs = [], acornMs = [];
  let peakRssKb = 0, parseRssKb = 0;
  for (let round = 0; round <= reps; round++) {
    const k = runKilnCorpus(files);
    const a = files.map(timeAcorn);
    if (round === 0) continue; // warm-up
    kilnMs.push(sum(k.map((r) => r.ms))); wallMs.push(sum(k.map((r) => r.wallMs))); acornMs.push(sum(a));
    for (const r of k) { peakRssKb = Math.max(peakRssKb, r.rssKb); parseRssKb = Math.max(parseRssKb, r.parseRssKb); }
  }
  const [km, am] = [median(kilnMs), median(acornMs)];
  rows.push([name, files.length, mb(bytes).toFixed(2), km.toFixed(1), (mb(bytes) / (km / 1e3)).toFixed(1), am.toFixed(1),
    (mb(bytes) / (am / 1e3)).toFixed(1), (am / km).toFixed(2) + 'x', median(wallMs).toFixed(1),
    (peakRssKb / 1024).toFixed(1), (parseRssKb / 1024).toFixed(1), (parseRssKb * 1024 / bytes).toFixed(1) + 'x']);
}
const widths = header.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
for (const r of rows) console.log(r.map((v, c) => String(v)[c ? 'padStart' : 'padEnd'](widths[c])).join('  '));
console.log('kiln/acorn: throughput ratio (above 1: kiln is faster). kiln parses a corpus in one process per goal, as a');
console.log('whole-program build does; acorn parses the same files in this process. Peak RSS: the whole kiln process (its');
console.log('start-up footprint, ~27 MB, is the statically linked LLVM); parse RSS: what reading and parsing added to it.');
