// calling a variable that holds a number is an uncaught "TypeError: x is not a function"
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var handler = function () { return 'called'; };
console.log(handler());
handler = 42;
console.log('calling handler again');
handler();
