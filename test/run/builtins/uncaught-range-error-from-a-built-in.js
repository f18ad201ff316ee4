// An uncaught RangeError thrown by a built-in (toFixed(101)) ends the program with node's report and status 1
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log((1.25).toFixed(1), 'abc'.repeat(2));
try { 'x'.repeat(-1); } catch (e) { console.log('caught', e instanceof RangeError, e.message); }
(1).toFixed(101);
console.log('not reached');
