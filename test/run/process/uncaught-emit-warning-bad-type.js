// Uncaught, an error node raises in a process method shows the same heading (with its code) as in node.
// RUN: %runcompare %s

console.log('before');
process.emitWarning('x', 5);
