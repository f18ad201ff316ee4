// any value can be thrown and caught unchanged: numbers, strings, objects, null, undefined, functions
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var values = [42, 'text', true, null, undefined, { code: 7 }, [1, 2], -0];
for (var i = 0; i < values.length; i++) {
  try {
    throw values[i];
  } catch (e) {
    console.log(typeof e, e, e === values[i]);
  }
}
try {
  throw function thrown() { return 'called after catch'; };
} catch (f) {
  console.log(f());
}
try {
  throw { name: 'Custom', message: 'plain object' };
} catch (e) {
  console.log(e.name + ': ' + e.message, e instanceof Error);
}
