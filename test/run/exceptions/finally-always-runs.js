// finally runs after normal completion, after a caught throw, and while an exception passes through
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  console.log('try 1');
} finally {
  console.log('finally 1');
}
try {
  throw 'x';
} catch (e) {
  console.log('catch 2', e);
} finally {
  console.log('finally 2');
}
function passThrough() {
  try {
    throw new TypeError('passes');
  } finally {
    console.log('finally 3 while unwinding');
  }
}
try {
  passThrough();
} catch (e) {
  console.log('outer caught', e.name, e.message);
}
function returns() {
  try {
    return 'returned';
  } finally {
    console.log('finally 4 before return completes');
  }
}
console.log(returns());
