// Array.prototype.sort is V8's TimSort: the comparator sees the same calls in the same order, even when inconsistent
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; }
let h = 0;
for (const n of [0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 500, 1000, 2500, 5000]) {
  for (const kind of ['random', 'sorted', 'reversed', 'fewvalues', 'runs', 'inconsistent']) {
    const a = [];
    for (let i = 0; i < n; i++) {
      if (kind === 'sorted') a.push(i);
      else if (kind === 'reversed') a.push(n - i);
      else if (kind === 'fewvalues') a.push(rnd() % 4);
      else if (kind === 'runs') a.push((i % 50) + (rnd() % 3));
      else a.push(rnd() % 1000);
    }
    let calls = 0;
    let trace = 0;
    const cmp = kind === 'inconsistent'
      ? (x, y) => { calls++; trace = (trace * 31 + x * 7 + y) % 1000003; return (rnd() % 3) - 1; }
      : (x, y) => { calls++; trace = (trace * 31 + x * 7 + y) % 1000003; return x - y; };
    a.sort(cmp);
    h = (h * 17 + a.reduce((s, v, i) => (s * 31 + v * (i + 1)) % 1000003, 0)) % 1000003;
    console.log(n, kind, calls, trace, h);
  }
}
const strs = [];
for (let i = 0; i < 300; i++) strs.push(String(rnd() % 5000));
strs.sort();
console.log(strs.slice(0, 10).join(), strs.slice(-3).join());
const objs = [];
for (let i = 0; i < 300; i++) objs.push({ k: rnd() % 10, i });
objs.sort((a, b) => a.k - b.k);
console.log(objs.map((o) => o.i).join(',').length, objs.slice(0, 20).map((o) => o.i).join());
