// Hello world: the build-time and start-up measurement (kiln build wall time; the binary's run
// time against node's start-up).
console.log('hello, world');
