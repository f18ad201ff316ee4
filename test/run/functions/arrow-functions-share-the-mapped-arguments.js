// An arrow function has no arguments object of its own: `arguments` is its enclosing function's,
// mapped to that function's parameters.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function outer(a, b) {
  const setFirst = (v) => { arguments[0] = v; };
  const readSecond = () => arguments[1];
  setFirst('from arrow');
  b = 'written';
  console.log(a, readSecond());
  const nested = () => () => { a = 'nested'; return arguments.length; };
  console.log(nested()(), arguments[0]);
}
outer(1, 2);

const top = (...xs) => {
  function inner(p) {
    const arrow = () => { p = 'p'; return arguments[0]; };
    return arrow();
  }
  return inner(xs[0]);
};
console.log(top('value'));
