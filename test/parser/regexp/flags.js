// every RegExp flag alone and in combination, including 'd' (ES2022) and 'v' (ES2024)
// RUN: %astdiff %s

/a/d;
/a/g;
/a/i;
/a/m;
/a/s;
/a/u;
/a/v;
/a/y;
/a/dgimsuy;
/a/dgimsvy;
/a/yg;
