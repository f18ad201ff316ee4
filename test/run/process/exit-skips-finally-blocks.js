// process.exit does not unwind: enclosing finally blocks and catch handlers do not run
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  try {
    console.log('in try');
    process.exit(4);
  } catch (e) {
    console.log('catch: not printed');
  } finally {
    console.log('finally: not printed');
  }
} finally {
  console.log('outer finally: not printed');
}
