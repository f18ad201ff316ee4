// 'for await' is allowed at the top level of a module
// RUN: %astdiff %s

for await (const x of source) {}
for await (x of source);
for await (let { a, b } of source) {}
