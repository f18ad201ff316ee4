// a let initializer that reads the variable being declared is in the temporal dead zone, even if an outer one exists
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let x = 1;
{
  try {
    let x = x + 1;
    console.log('unreachable', x);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
function f() {
  try {
    const n = n * 2;
    return n;
  } catch (e) {
    return e.message;
  }
}
console.log(f(), x);
