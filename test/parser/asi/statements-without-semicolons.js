// ASI before '}', at the end of input, after do-while, and between lines that cannot join
// RUN: %astdiff %s

var a = 1
let b = 2
const c = 3
do {} while (false) a = 4
{ b = 5 }
throw new Error()
a
