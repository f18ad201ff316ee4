// A .mjs file is an ES module, as node runs it: strict code, `this` undefined at the top level and
// in plain calls, assignments to undeclared names throw.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
console.log(this, typeof globalThis);
function f() {
  return this;
}
console.log(f());
try {
  undeclaredName = 1;
} catch (e) {
  console.log(e.name, e.message);
}
