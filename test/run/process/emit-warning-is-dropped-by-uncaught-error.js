// An uncaught exception ends the program before node's next tick: the pending warning is lost.
// RUN: %kiln build %s -o %t && not %t 2> %t.err; not grep -q Warning %t.err
// RUN: %runcompare %s

process.emitWarning('never shown');
throw new RangeError('stops here');
