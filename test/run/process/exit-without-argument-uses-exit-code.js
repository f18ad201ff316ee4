// process.exit() without an argument uses process.exitCode
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

process.exitCode = 6;
console.log('about to exit');
process.exit();
console.log('never printed');
