// Iterating something that is not iterable: for-of, array spread and array destructuring name the
// expression; a call's result blames the callee; spread arguments, destructuring assignment and
// built-ins name the value by its type; bad iterator protocols.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
var n = null, u, five = 5, o = {}, a = 1;
function g() { return 5; }
function nothing() {}
t(() => { for (const x of five) {} });
t(() => { for (const x of o) {} });
t(() => { for (const x of n) {} });
t(() => { for (const x of o.p) {} });
t(() => { for (const x of 5) {} });
t(() => { for (const x of g()) {} });
t(() => { for (const x of new Object()) {} });
t(() => [...five]);
t(() => [...o]);
t(() => [...u]);
t(() => [...true]);
t(() => [...g()]);
t(() => [...(a ? 1 : 2)]);
t(() => [...{ [Symbol.iterator]: 1 }]);
t(() => { const [x] = five; });
t(() => { const [x] = o; });
t(() => { const [x] = n; });
t(() => { const [x] = {}; });
t(() => { const [x] = g(); });
t(() => { const [x] = nothing(); });
t(() => { let x; [x] = o; });
t(() => { let x; [x] = u; });
t(() => { function f([x]) {} f(); });
t(() => Math.max(...five));
t(() => Math.max(...o));
t(() => Math.max(...u));
t(() => Math.max(...n));
t(() => Math.max(...undefined));
t(() => Math.max(...o.p));
t(() => Math.max(...nothing()));
t(() => Math.max(1, ...u));
t(() => Math.max(1, ...o));
t(() => Math.max(...u, 1));
t(() => Math.max(...o, 1));
t(() => Math.max(...[1], ...o));
t(() => new Array(...u));
t(() => new Array(...o));
t(() => o.m(...u));
t(() => new Map(5));
t(() => new Set(5));
t(() => new WeakMap(5));
t(() => new Map([1]));
t(() => Object.fromEntries(5));
t(() => Object.fromEntries([1]));
t(() => Array.from(null));
t(() => Array.from({ [Symbol.iterator]: 1 }));
t(() => Array.from({ [Symbol.iterator]: () => 1 }));
t(() => { for (const x of { [Symbol.iterator]: () => ({}) }) {} });
t(() => { for (const x of { [Symbol.iterator]: () => ({ next: () => 1 }) }) {} });
