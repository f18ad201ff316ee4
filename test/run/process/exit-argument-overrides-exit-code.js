// an explicit process.exit(n) wins over an earlier process.exitCode
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

process.exitCode = 6;
console.log('exitCode', process.exitCode);
process.exit(2);
