// Prints the global object's own property names, one per line, sorted.
console.log(Object.getOwnPropertyNames(globalThis).sort().join('\n'));
