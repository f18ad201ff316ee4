// assigning to a const is an uncaught "TypeError: Assignment to constant variable."
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const retries = 3;
let attempts = 0;
while (attempts < retries) attempts++;
console.log('attempts', attempts);
retries = 4;
console.log('not printed');
