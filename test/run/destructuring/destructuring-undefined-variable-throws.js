// destructuring a variable that holds undefined is an uncaught TypeError naming the variable and property
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let settings;
console.log('reading settings');
const { theme } = settings;
console.log('not printed', theme);
