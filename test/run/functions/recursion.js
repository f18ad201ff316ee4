// functions call themselves recursively: factorial, Fibonacci, Ackermann and a power set count
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function factorial(n) {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
function hanoi(n, from, to, via) {
  if (n === 0) return 0;
  return hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from);
}
console.log(factorial(5), factorial(20), factorial(170), factorial(171));
console.log(fib(10), fib(25));
console.log(ackermann(2, 3), ackermann(3, 3));
console.log(hanoi(10, 'a', 'c', 'b'));
function depth(n) {
  return n === 0 ? 0 : 1 + depth(n - 1);
}
console.log(depth(5000));
