// strings inside arrays and objects are quoted, preferring single quotes and escaping control characters
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(['plain']);
console.log(['']);
console.log(["it's"]);
console.log(['say "hi"']);
console.log(["it's \"both\""]);
console.log(["it's \"all\" `three`"]);
console.log(['line\nbreak', 'tab\t', 'back\\slash']);
console.log({ s: 'value', t: "o'clock" });
console.log(['\u0001', '\u001f', '\u007f']);
