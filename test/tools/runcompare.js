#!/usr/bin/env node
// Differential run test: compiles a program with kiln, runs it, runs the same program with node,
// and compares what a user sees: stdout byte for byte, the exit status (or the signal that ended
// it), and the error line on stderr (the `Name: message` line of an uncaught exception: the first
// non-empty line after node's caret line, or the first non-empty line when there is no caret line).
//
//   runcompare.js [--kiln PATH] [--runner CMD] [--qemu-ld-prefix DIR] [--opt-levels LIST]
//                 [kiln build options...] FILE [-- ARGS...]
// --runner runs the compiled program through a command (e.g. "qemu-aarch64"), split at spaces.
// --qemu-ld-prefix sets QEMU_LD_PREFIX for the run: where qemu-user finds the target's dynamic
//   loader and libraries (a sysroot, like qemu's -L).
// --opt-levels (e.g. "2") builds only at those -O levels (no -O option means -O2): a run asking for
//   another level is skipped, exits 0 and says so. The cross suites use it to halve their time.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '../..');
let kiln = path.join(process.env.KILN_BUILD_DIR || path.join(root, 'build'), 'bin', 'kiln');
let runner = null;
let ldPrefix = null;
let optLevels = null;
const buildOptions = [];
let file = null;
let programArgs = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--kiln') kiln = argv[++i];
  else if (a === '--runner') runner = argv[++i];
  else if (a === '--qemu-ld-prefix') ldPrefix = argv[++i];
  else if (a === '--opt-levels') optLevels = argv[++i].split(',');
  else if (a === '--') { programArgs = argv.slice(i + 1); break; }
  else if (a.startsWith('-')) buildOptions.push(a);
  else file = a;
}
if (!file) {
  console.error('usage: runcompare.js [--kiln PATH] [--runner CMD] [--qemu-ld-prefix DIR] [--opt-levels LIST] [options] FILE [-- ARGS...]');
  process.exit(2);
}
if (optLevels) {
  const o = buildOptions.filter((a) => /^-O[0-3]$/.test(a)).pop();
  const level = o ? o.slice(2) : '2';
  if (!optLevels.includes(level)) {
    console.log(`runcompare: ${path.basename(file)}: -O${level} skipped (only -O${optLevels.join(', -O')} here)`);
    process.exit(0);
  }
}

function errorLine(stderr) {
  const lines = stderr.split('\n');
  let start = 0;
  const caret = lines.findIndex((l) => /^\s*\^+\s*$/.test(l));
  if (caret >= 0) start = caret + 1;
  for (let i = start; i < lines.length; i++) if (lines[i].trim() !== '') return lines[i];
  return '';
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-run-'));
try {
  const exe = path.join(dir, 'program');
  const build = spawnSync(kiln, ['build', ...buildOptions, file, '-o', exe], { encoding: 'utf8' });
  if (build.status !== 0) {
    process.stdout.write(build.stdout);
    process.stderr.write(build.stderr);
    console.error(`runcompare: kiln build failed with status ${build.status}`);
    process.exit(1);
  }
  const command = runner ? runner.split(' ').concat([exe]) : [exe];
  const env = ldPrefix ? { ...process.env, QEMU_LD_PREFIX: ldPrefix } : process.env;
  const kilnRun = spawnSync(command[0], [...command.slice(1), ...programArgs], { encoding: 'utf8', timeout: 60000, env });
  const nodeRun = spawnSync(process.execPath, [file, ...programArgs], { encoding: 'utf8', timeout: 60000 });
  let failed = false;
  if (kilnRun.error) {
    console.error(`runcompare: running the program failed: ${kilnRun.error.message}`);
    process.exit(1);
  }
  if (kilnRun.stdout !== nodeRun.stdout) {
    failed = true;
    const k = kilnRun.stdout.split('\n'), n = nodeRun.stdout.split('\n');
    let line = 0;
    while (line < k.length && line < n.length && k[line] === n[line]) line++;
    console.error(`stdout differs at line ${line + 1}:`);
    console.error(`  node: ${JSON.stringify(n[line])}`);
    console.error(`  kiln: ${JSON.stringify(k[line])}`);
  }
  // A program killed by a signal (process.abort, process.kill of itself) has no status, only it.
  const exitStatus = (run) => (run.signal ? `signal ${run.signal}` : run.status);
  const kStatus = exitStatus(kilnRun), nStatus = exitStatus(nodeRun);
  if (kStatus !== nStatus) {
    failed = true;
    console.error(`exit status differs: node ${nStatus}, kiln ${kStatus}`);
  }
  const kError = errorLine(kilnRun.stderr), nError = errorLine(nodeRun.stderr);
  if (kError !== nError) {
    failed = true;
    console.error(`error line differs:\n  node: ${JSON.stringify(nError)}\n  kiln: ${JSON.stringify(kError)}`);
  }
  if (failed) {
    console.error('--- kiln stderr ---\n' + kilnRun.stderr);
    process.exit(1);
  }
  console.log(`runcompare: ${path.basename(file)}: same output as node (${nodeRun.stdout.length} bytes, status ${nStatus})`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
