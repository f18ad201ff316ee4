// process.exit(n) ends the program with status n after what was already printed
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('printed before exit');
process.exit(3);
console.log('never printed');
