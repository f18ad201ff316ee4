// Cached writes: adding a property (a shape transition) stops being cached when a setter or a
// read-only property appears on the prototype chain, or when the object is not extensible;
// writes to frozen objects fail (silently in sloppy code, with TypeError in strict code).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
function put(o, v) { o.v = v; return o; }
const proto = {};
const log = [];
for (let i = 0; i < 6; i++) {
  const o = put(Object.create(proto), i);
  log.push(Object.keys(o).join(','), o.v);
  if (i === 1) Object.defineProperty(proto, 'v', { set(v) { log.push('setter ' + v); }, get() { return 'g'; }, configurable: true });
  if (i === 3) Object.defineProperty(proto, 'v', { value: 'ro', writable: false, configurable: true });
}
console.log(log);

const ne = Object.preventExtensions({});
const sealed = Object.seal({ v: 1 });
const frozen = Object.freeze({ v: 1 });
for (const o of [{}, {}, ne, sealed, frozen, {}]) console.log(put(o, 'x'));

function strictPut(o) { 'use strict'; o.v = 2; }
for (const o of [{}, { v: 0 }, frozen, ne]) {
  try { strictPut(o); console.log('ok', o); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}

// Arrays: `length` writes truncate; named properties on arrays are ordinary.
function setLength(a, n) { a.length = n; return a; }
console.log(setLength([1, 2, 3, 4], 2), setLength([1], 3));
function setName(a) { a.name = 'n'; return a; }
console.log(setName([1]), setName([2, 3]));

// Constructors add the same properties in the same order: one transition chain.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
let total = 0;
for (let i = 0; i < 1000; i++) { const p = new Point(i, 1); p.x += p.y; total += p.x; }
console.log(total);
