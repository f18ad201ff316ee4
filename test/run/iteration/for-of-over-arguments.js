// the arguments object is iterable, so for-of visits every argument passed
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function joinAll() {
  let out = '';
  for (const arg of arguments) out += '[' + arg + ']';
  return out;
}
console.log(joinAll(1, 'two', null, undefined));
console.log(joinAll());
function sum() {
  let total = 0;
  for (const n of arguments) total += n;
  return total;
}
console.log(sum(1, 2, 3, 4));
