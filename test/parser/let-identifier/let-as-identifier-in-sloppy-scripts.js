// in sloppy scripts 'let' is an identifier wherever no declaration can start
// RUN: %astdiff %s

var let = 1;
let = 2;
let + 1;
let.x;
let();
for (let in obj);
for (let.x in obj);
for (let; ;) break;
let: for (;;) break let;
function f(let) { return let; }
