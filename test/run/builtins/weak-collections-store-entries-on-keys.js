// WeakMap/WeakSet entries live on their keys but stay invisible: reflection, JSON, inspect, freeze and spread never see them
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const frozen = Object.freeze({ x: 1 });
const sealed = Object.seal({ y: 2 });
const locked = Object.preventExtensions([1, 2]);
const wm = new WeakMap([[frozen, 'f'], [sealed, 's'], [locked, 'l']]);
const ws = new WeakSet([frozen, locked]);
console.log(wm.get(frozen), wm.get(sealed), wm.get(locked), ws.has(frozen), ws.has(locked), ws.has(sealed));
console.log(Object.isFrozen(frozen), Object.isSealed(sealed), Object.isExtensible(locked), Object.isFrozen(Object.freeze(locked)));
const key = { visible: true };
const fn = { named() {} }.named;
for (let i = 0; i < 5; i++) { new WeakMap().set(key, i); new WeakSet().add(key); new WeakMap().set(fn, i); }
wm.set(key, { value: 'hidden' });
console.log(Object.keys(key), Object.getOwnPropertyNames(key), Object.getOwnPropertySymbols(key));
console.log(JSON.stringify(key), key, { ...key }, Object.assign({}, key), Object.entries(key));
const keysSeen = [];
for (const k in key) keysSeen.push(k);
console.log(keysSeen, Object.getOwnPropertyDescriptors(key), fn, Object.getOwnPropertyNames(fn));
Object.freeze(key);
console.log(Object.isFrozen(key), wm.get(key).value, wm.delete(key), wm.has(key), Object.isFrozen(key));
// an object used in many collections, and many objects in one collection
const many = new WeakMap();
const objects = [];
for (let i = 0; i < 2000; i++) { const o = { i }; objects.push(o); many.set(o, i * 2); }
let sum = 0;
for (const o of objects) sum += many.get(o);
for (let i = 0; i < 2000; i += 2) many.delete(objects[i]);
let present = 0;
for (const o of objects) if (many.has(o)) present++;
console.log(sum, present, many.get(objects[1]), many.get(objects[0]));
const maps = [];
const target = {};
for (let i = 0; i < 100; i++) { const m = new WeakMap(); m.set(target, i); maps.push(m); }
console.log(maps[0].get(target), maps[99].get(target), maps.every((m, i) => m.get(target) === i), Object.keys(target).length);
// a value referring back to its key
const node = { name: 'node' };
const meta = new WeakMap();
meta.set(node, { owner: node });
console.log(meta.get(node).owner === node, meta.get(node));
// symbols as keys
const s1 = Symbol('s1');
meta.set(s1, 'symbol value');
console.log(meta.get(s1), meta.has(s1), Object.getOwnPropertyNames(Object(s1)), s1.description);
