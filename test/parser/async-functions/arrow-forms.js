// async arrow functions: bare and parenthesized parameters, expression and block bodies, nesting
// RUN: %astdiff %s

const bare = async x => await x;
const parenthesized = async (x, y) => { await x; return y; };
const empty = async () => await (async () => 1)();
const patterns = async ({ p }, [q], ...r) => p + q;
const defaults = async (a = 1, b = a) => a + b;
const curried = async a => async b => await a + await b;
