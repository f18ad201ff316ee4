// each iteration of for (let ...) gets a fresh binding, so closures see the value of their own iteration
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var fns = [];
for (let i = 0; i < 4; i++) {
  fns[i] = function () { return i; };
}
console.log(fns[0](), fns[1](), fns[2](), fns[3]());
var arrows = [];
for (let i = 0, j = 10; i < 3; i++, j--) {
  arrows[i] = () => i + ':' + j;
}
console.log(arrows[0](), arrows[1](), arrows[2]());
var inner = [];
for (let i = 0; i < 2; i++) {
  for (let k = 0; k < 2; k++) {
    inner[inner.length] = () => '' + i + k;
  }
}
console.log(inner[0](), inner[1](), inner[2](), inner[3]());
