// a default expression runs only when needed, left to right, and may use earlier bindings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function fallback(label) {
  console.log('evaluating default for', label);
  return label + '!';
}
const { a = fallback('a'), b = fallback('b'), c = fallback('c') } = { b: 'given b' };
console.log(a, b, c);
const [x = fallback('x'), y = x + ' again', w = y.length] = [];
console.log(x, y, w);
const { first = 1, second = first * 10, third = second + first } = { first: 5 };
console.log(first, second, third);
let calls = 0;
function counted() {
  calls++;
  return calls;
}
for (let i = 0; i < 3; i++) {
  const { v = counted() } = i === 1 ? { v: 'present' } : {};
  console.log(i, v);
}
console.log('calls', calls);
