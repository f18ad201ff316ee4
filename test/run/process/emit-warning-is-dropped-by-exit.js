// A pending warning is never printed when the program exits first (process.exit here; an uncaught
// exception does the same), as in node, where warnings wait for the next tick.
// RUN: %kiln build %s -o %t && %t 2> %t.err; test ! -s %t.err
// RUN: %node %s 2> %t.node.err; test ! -s %t.node.err
// RUN: %runcompare %s

process.emitWarning('never shown');
console.log('exiting');
process.exit(0);
