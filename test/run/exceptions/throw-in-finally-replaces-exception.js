// an exception thrown in finally replaces the one that was propagating
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  try {
    throw new Error('first');
  } finally {
    throw new TypeError('second');
  }
} catch (e) {
  console.log(e.name, e.message);
}
function f() {
  try {
    return 'would return';
  } finally {
    throw new RangeError('finally throws instead');
  }
}
try {
  console.log(f());
} catch (e) {
  console.log(e.name, e.message);
}
try {
  try {
    throw 1;
  } catch (x) {
    throw 2;
  } finally {
    console.log('finally after catch threw');
  }
} catch (y) {
  console.log('got', y);
}
