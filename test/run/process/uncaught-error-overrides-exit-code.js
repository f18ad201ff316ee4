// an uncaught exception exits with status 1 even when process.exitCode was set
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

process.exitCode = 5;
console.log('exitCode is', process.exitCode);
throw new Error('uncaught wins');
