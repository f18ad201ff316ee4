// an exception unwinds through every call frame until a try catches it; unfinished frames do no more work
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function level3(n) {
  if (n > 2) throw new RangeError('too deep: ' + n);
  return n;
}
function level2(n) {
  var r = level3(n);
  console.log('level2 got', r);
  return r;
}
function level1(n) {
  try {
    return 'ok ' + level2(n);
  } finally {
    console.log('level1 cleanup for', n);
  }
}
console.log(level1(1));
try {
  console.log(level1(5));
} catch (e) {
  console.log('top caught', e.name, e.message);
}
function recurse(n) {
  if (n === 0) throw new Error('bottom');
  return recurse(n - 1) + 1;
}
try {
  recurse(100);
} catch (e) {
  console.log('from depth 100:', e.message);
}
