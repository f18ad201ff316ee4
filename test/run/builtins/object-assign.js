// Object.assign copies own enumerable string and symbol properties through [[Get]] and [[Set]]
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s = Symbol('s');
const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, null, undefined, { a: 3, [s]: 4 }, 'xy', 5, true);
console.log(result === target, target);
// setters on the target run; getters on the source run
const log = [];
const t2 = { set v(x) { log.push('set ' + x); } };
Object.assign(t2, { get v() { log.push('get'); return 7; } });
console.log(log);
// non-enumerable and inherited properties are not copied
const src = Object.create({ inherited: 1 });
Object.defineProperty(src, 'hidden', { value: 1, enumerable: false });
src.own = 2;
console.log(Object.assign({}, src));
// primitives as target are wrapped
const n = Object.assign(1, { x: 1 });
console.log(typeof n, n.x);
// read-only target property throws
const frozen = Object.freeze({ a: 1 });
try { Object.assign(frozen, { a: 2 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.assign(null, {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.assign(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
// an exception in a getter stops the copy midway
const partial = {};
try {
  Object.assign(partial, { first: 1, get second() { throw new Error('boom'); }, third: 3 });
} catch (e) { console.log(e.message, partial); }
console.log(Object.assign.length);
