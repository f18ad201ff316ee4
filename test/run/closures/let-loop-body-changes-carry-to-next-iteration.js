// changes to a for (let ...) variable inside the body carry into the next iteration and are seen by that iteration's closures
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var fns = [];
for (let i = 0; i < 10; i++) {
  fns[fns.length] = () => i;
  i += 2;
}
console.log(fns.length, fns[0](), fns[1](), fns[2](), fns[3]());
var bumpers = [];
for (let n = 0; n < 3; n++) {
  bumpers[n] = () => ++n;
}
console.log(bumpers[0](), bumpers[0](), bumpers[1](), bumpers[2]());
var captureBeforeUpdate = [];
for (let i = 0; i < 3; captureBeforeUpdate[i] = () => i, i++) {}
console.log(captureBeforeUpdate[0](), captureBeforeUpdate[1](), captureBeforeUpdate[2]());
