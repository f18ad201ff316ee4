// reading an undeclared name throws "x is not defined"; typeof of it is 'undefined'
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

try {
  console.log(missingName);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  var r = 1 + notThereEither;
  console.log(r);
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}
function useIt() {
  return alsoMissing * 2;
}
try {
  useIt();
} catch (e) {
  console.log(e.message);
}
console.log(typeof missingName);
