// A cached read stays right when the objects it went through change: a method replaced on the
// prototype, a property added to (or deleted from) an object in the middle of the chain, a
// prototype swapped, an accessor replacing a data property, and reads of absent properties that
// later appear.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
function read(o) { return o.f; }
const base = { f: 'base' };
const mid = Object.create(base);
const leaf = Object.create(mid);
const seen = [];
for (let i = 0; i < 8; i++) {
  seen.push(read(leaf));
  if (i === 1) mid.f = 'mid';
  if (i === 2) leaf.f = 'leaf';
  if (i === 3) delete leaf.f;
  if (i === 4) delete mid.f;
  if (i === 5) Object.defineProperty(base, 'f', { get() { return 'getter ' + (this === leaf); }, configurable: true });
  if (i === 6) Object.setPrototypeOf(mid, { f: 'swapped' });
}
console.log(seen);

const proto = { m() { return 1; } };
const c = Object.create(proto);
const calls = [];
for (let i = 0; i < 4; i++) {
  calls.push(c.m());
  if (i === 1) proto.m = function () { return 2; };
}
console.log(calls);

function maybe(o) { return o.later; }
const target = { a: 1 };
const absent = [];
for (let i = 0; i < 5; i++) {
  absent.push(maybe(target));
  if (i === 1) Object.getPrototypeOf(target).later = 'on Object.prototype';
  if (i === 3) target.later = 'own';
}
delete Object.prototype.later;
console.log(absent, maybe({}));

// Deep chains (deeper than the cache records) and class hierarchies.
class A { who() { return 'A'; } get kind() { return 'k' + this.n; } }
class B extends A {}
class C extends B {}
class D extends C {}
class E extends D { constructor() { super(); this.n = 5; } }
const e = new E();
const deep = [];
for (let i = 0; i < 4; i++) {
  deep.push(e.who(), e.kind);
  if (i === 1) C.prototype.who = function () { return 'C'; };
  if (i === 2) E.prototype.who = function () { return 'E'; };
}
console.log(deep);
