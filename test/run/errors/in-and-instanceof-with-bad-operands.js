// `in` with a primitive on the right, and `instanceof` with a right side that is not callable or
// whose Symbol.hasInstance is not a function.
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
var o = { a: null }, s = Symbol('s'), u;
t(() => 'x' in 5);
t(() => 'x' in 'str');
t(() => 0 in null);
t(() => s in u);
t(() => 'a' in true);
t(() => ({}) instanceof 5);
t(() => ({}) instanceof {});
t(() => 1 instanceof o.a);
t(() => ({}) instanceof (() => 1));
t(() => ({}) instanceof { [Symbol.hasInstance]: 1 });
