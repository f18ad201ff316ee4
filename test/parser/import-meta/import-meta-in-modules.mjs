// import.meta anywhere in module code: top level, functions, arrows, and as an assignment base
// RUN: %astdiff %s

const url = import.meta.url;
import.meta.resolve('./x.js');
function f() { return import.meta; }
const arrow = () => import.meta.dirname;
import.meta.custom = 1;
import.meta['key'];
