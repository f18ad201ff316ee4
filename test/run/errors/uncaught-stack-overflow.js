// Uncaught unbounded recursion ends the program as node does: the output so far, status 1 and
// "RangeError: Maximum call stack size exceeded".
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
function recurse(n) {
  return recurse(n + 1) + 1;
}
console.log('before');
recurse(0);
