// a throw inside try transfers control to catch with the thrown value; code after the throw is skipped
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  console.log('before throw');
  throw new Error('something broke');
  console.log('not printed');
} catch (e) {
  console.log('caught:', e.message, e.name, e instanceof Error);
}
console.log('continues after try');
function safeDivide(a, b) {
  try {
    if (b === 0) throw new RangeError('division by zero');
    return a / b;
  } catch (err) {
    return 'error: ' + err.message;
  }
}
console.log(safeDivide(10, 4), safeDivide(1, 0));
try {
  console.log('no throw');
} catch (e) {
  console.log('not printed');
}
