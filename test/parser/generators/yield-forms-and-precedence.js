// yield with and without an operand, yield*, yield as an argument and as an operand of the conditional
// RUN: %astdiff %s

function* g() {
  yield;
  yield 1;
  yield* h();
  x = yield;
  f(yield, yield a);
  yield yield 1;
  const y = (yield) ? 1 : 2;
  yield a, b;
  [yield];
  ({ [yield]: 1 });
  yield
  value;
}
