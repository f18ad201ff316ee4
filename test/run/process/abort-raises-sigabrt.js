// process.abort flushes what was printed, writes node's stack-trace heading and dies of SIGABRT.
// RUN: %runcompare %s

console.log('before abort');
process.abort();
console.log('not reached');
