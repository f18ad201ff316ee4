// An uncaught TypeError thrown by a built-in called on null ends the program with node's report and status 1
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const list = [3, 1, 2].sort();
console.log(list);
Array.prototype.forEach.call(null, (x) => x);
console.log('not reached');
