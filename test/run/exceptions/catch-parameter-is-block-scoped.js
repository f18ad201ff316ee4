// the catch parameter is scoped to the catch block and shadows outer variables of the same name
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var e = 'outer e';
try {
  throw 'inner e';
} catch (e) {
  console.log(e);
  e = 'reassigned inside';
  console.log(e);
}
console.log(e);
try {
  throw 1;
} catch (err) {
  let local = err + 1;
  console.log(local);
}
console.log(typeof err, typeof local);
