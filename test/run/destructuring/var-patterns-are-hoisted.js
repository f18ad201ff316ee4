// var patterns hoist their bindings to the function, undefined until the destructuring runs
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function demo(flag) {
  console.log(typeof a, typeof b, typeof rest);
  if (flag) {
    var { a, b: [b], ...rest } = { a: 1, b: [2], c: 3 };
  }
  return [a, b, rest];
}
console.log(demo(true));
console.log(demo(false));
