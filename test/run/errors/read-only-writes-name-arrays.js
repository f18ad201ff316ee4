// V8 names an array as [object Array] in the messages of failed writes and deletes, other objects
// as #<Constructor>.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
'use strict';
const cases = [
  () => { const a = [1, 2]; Object.defineProperty(a, 0, { get() { return 1; } }); a[0] = 5; },
  () => { delete Object.freeze([1])[0]; },
  () => { Object.freeze([1])[0] = 2; },
  () => { const o = {}; Object.defineProperty(o, 'x', { get() { return 1; } }); o.x = 2; },
  () => { delete Object.freeze({ a: 1 }).a; },
  () => { Object.freeze({ a: 1 }).a = 2; },
];
for (const f of cases) { try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
