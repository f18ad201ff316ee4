// a for-in head can declare with var, let or const, or assign to an existing variable or property
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const obj = { x: 1, y: 2 };
for (var v in obj);
console.log('var keeps the last key:', v);
let outer = 'unchanged';
for (let outer in obj);
console.log(outer);
let existing;
for (existing in obj) console.log('assigned', existing);
const holder = {};
for (holder.key in obj);
console.log(holder);
const fns = [];
for (const k in obj) fns.push(() => k);
console.log(fns[0](), fns[1]());
let emptyKey = 'still unchanged';
for (emptyKey in {});
console.log(emptyKey);
