// reading an undeclared variable is an uncaught "ReferenceError: x is not defined"
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var total = 10;
console.log('total', total);
console.log('typeof count is', typeof count);
console.log('count', count);
