// pop() and shift() on an array whose length is read-only fail as in node (and leave what node
// leaves), also on non-extensible arrays.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
'use strict';
var a = [1, 2, 3];
Object.defineProperty(a, 'length', { writable: false });
try { console.log(a.pop()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(a.length, JSON.stringify(a));
try { console.log(a.shift()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(a.length, JSON.stringify(a));
var b = [1, 2, 3]; Object.preventExtensions(b);
try { console.log(b.pop()); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(b.length, JSON.stringify(b));
