// process.kill of the program's own pid with SIGTERM ends it by that signal, after what it printed.
// RUN: %runcompare %s

console.log('before kill');
process.kill(process.pid, 'SIGTERM');
console.log('not reached');
