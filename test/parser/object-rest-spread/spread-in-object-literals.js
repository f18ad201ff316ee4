// object spread: any assignment expression after '...', mixed with ordinary properties
// RUN: %astdiff %s

const merged = { ...a, b: 1, ...(c ? d : e), ...f(), ...g.h };
const copy = { ...source };
const empty = { ...null, ...undefined };
const last = { a: 1, ...rest, };
const nested = { ...{ ...inner } };
const call = f({ ...options, override: true });
