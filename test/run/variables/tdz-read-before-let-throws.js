// reading a let or const binding before its declaration runs throws a ReferenceError (temporal dead zone), even under typeof
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  console.log(value);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
let value = 1;
console.log(value);
try {
  console.log(limit + 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const limit = 10;
{
  try {
    inner = 5;
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
  let inner;
  console.log(inner);
}
console.log(typeof neverDeclared);
try {
  console.log(typeof later);
} catch (e) {
  console.log('typeof in the dead zone:', e.message);
}
let later = 'now';
console.log(typeof later);
