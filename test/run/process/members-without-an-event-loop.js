// process members that need no event loop: version shape, arch, release, execArgv, credentials,
// uptime, hrtime, memoryUsage, cpuUsage, umask, chdir, kill (signal 0) and their argument checks,
// with node's error codes and messages. Values that differ between runs are printed as shapes.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const show = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.errno, e.syscall, e.path, e.dest, Object.keys(e));
  }
};
console.log(process.version.startsWith("v20."), process.version.split(".").length, process.versions.node === process.version.slice(1), typeof process.versions);
// The architecture differs under qemu for the cross suites (node runs on the host): its spelling only.
console.log(['x64', 'arm64', 'arm'].includes(process.arch), process.release.name, process.execArgv, typeof process.title, Number.isInteger(process.ppid));
console.log(process.getuid(), process.geteuid(), process.getgid(), process.getegid(), process.getgroups());
const t0 = process.uptime();
const h0 = process.hrtime();
const b0 = process.hrtime.bigint();
let sum = 0;
for (let i = 0; i < 1e5; i++) sum += i;
const d = process.hrtime(h0);
console.log(typeof t0, t0 >= 0, process.uptime() >= t0, h0.length, Number.isInteger(h0[0]), d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
console.log(typeof b0, process.hrtime.bigint() >= b0);
const m = process.memoryUsage();
console.log(Object.keys(m), Object.values(m).every((v) => typeof v === 'number'), m.rss > 0, m.heapUsed <= m.heapTotal, typeof process.memoryUsage.rss());
const c = process.cpuUsage();
const c2 = process.cpuUsage(c);
console.log(Object.keys(c), c.user >= 0, c2.user >= 0, c2.system >= 0);
show(() => process.hrtime(5));
show(() => process.hrtime([1]));
show(() => process.hrtime('ab'));
show(() => process.cpuUsage(5));
show(() => process.cpuUsage({ user: 'a', system: 1 }));
show(() => process.cpuUsage({ user: -1, system: 1 }));
show(() => process.cpuUsage({ user: 1 }));
show(() => process.cpuUsage([]));
const original = process.umask();
show(() => process.umask('abc'));
show(() => process.umask(1.5));
show(() => process.umask(-1));
show(() => process.umask(2 ** 40));
show(() => process.umask({}));
show(() => process.umask(null));
show(() => process.umask('077') === original);
show(() => process.umask(0o22));
show(() => process.umask(original));
show(() => process.umask() === original);
show(() => process.kill('x'));
show(() => process.kill(1.5));
show(() => process.kill(null));
show(() => process.kill(process.pid, 0));
show(() => process.kill(String(process.pid), 0));
show(() => process.kill(process.pid, 'SIGFOO'));
show(() => process.kill(process.pid, {}));
show(() => process.kill(process.pid, 1.5));
show(() => process.kill(process.pid, 9999));
show(() => process.kill(2 ** 30, 0));
show(() => process.chdir(5));
show(() => process.chdir('/nonexistent-directory-for-kiln-test'));
show(() => process.chdir('/etc/passwd'));
show(() => process.chdir('/') + ' ' + process.cwd());
const lengths = ['uptime', 'hrtime', 'memoryUsage', 'cpuUsage', 'getuid', 'getgroups', 'umask', 'kill', 'abort', 'chdir', 'emitWarning'];
console.log(lengths.map((n) => n + '/' + process[n].length + '/' + process[n].name).join(' '));
console.log(process.hrtime.bigint.name, process.memoryUsage.rss.name);
