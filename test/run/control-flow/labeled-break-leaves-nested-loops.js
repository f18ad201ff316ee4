// break with a label exits the labeled loop from inside nested loops
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var found = null;
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (i * j === 6) {
      found = [i, j];
      break outer;
    }
  }
}
console.log(found, i, j);
var log = '';
search: while (true) {
  var n = 0;
  do {
    n++;
    if (n === 3) break search;
    log += n;
  } while (true);
}
console.log(log);
var visited = 0;
a: for (let x = 0; x < 3; x++) {
  b: for (let y = 0; y < 3; y++) {
    visited++;
    if (y === 1) break b;
    if (x === 2) break a;
  }
}
console.log('visited', visited);
