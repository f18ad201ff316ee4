// 11 MB of one statement repeated 1,000,000 times parses in well under a second in a release build
// (about 0.3 s); the timeout catches anything superlinear, which would take hours.
// RUN: python3 -c "import sys; sys.stdout.write('x = x + 1;\n' * 1000000)" > %t.js
// RUN: timeout 60 %kiln parse %t.js
