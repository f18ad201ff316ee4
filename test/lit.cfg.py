# lit configuration for kiln's FileCheck suites: every folder under test/ holding .js/.mjs tests
# (parser, errors, and later ir, codegen, run, ...). Runners that are not lit tests (unit,
# conformance, differential, fuzz) and the helper scripts in tools/ are excluded.
#
# Run: python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv test/   (scripts/run-tests.sh does this)
# The build directory is the lit param kiln_build_dir, else $KILN_BUILD_DIR, else <repo>/build.
#
# Substitutions:  %kiln     the kiln binary
#                 %astdiff  test/tools/astdiff.js (compares kiln's AST with acorn's) run by node
#                 %node     node
#                 %runcompare  test/tools/runcompare.js: builds a program with kiln, runs it and
#                              node, compares stdout, exit status and the error line
# Features:       qemu-aarch64, qemu-arm when those emulators are installed (for REQUIRES:).
import os
import shutil

import lit.formats

config.name = 'kiln'
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.js', '.mjs']
config.excludes = ['unit', 'conformance', 'differential', 'fuzz', 'tools', 'node_modules', 'Inputs']

repo_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
build_dir = os.path.abspath(lit_config.params.get('kiln_build_dir')
                            or os.environ.get('KILN_BUILD_DIR')
                            or os.path.join(repo_root, 'build'))
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = os.path.join(build_dir, 'test')  # %t files go here, not in the source tree

kiln = os.path.join(build_dir, 'bin', 'kiln')
if not os.access(kiln, os.X_OK):
    lit_config.fatal(f'no kiln binary at {kiln}; build first (scripts/run-tests.sh does)')
node = shutil.which('node')
if not node:
    lit_config.fatal('node not found on PATH')

# LLVM's tools (FileCheck, not, count, split-file) come first on PATH.
config.environment['PATH'] = os.pathsep.join(['/usr/lib/llvm-19/bin', config.environment['PATH']])

astdiff = os.path.join(repo_root, 'test', 'tools', 'astdiff.js')
config.substitutions.append(('%kiln', kiln))
config.substitutions.append(('%astdiff', f'{node} {astdiff} --kiln {kiln}'))
config.substitutions.append(('%runcompare', f"{node} {os.path.join(repo_root, 'test', 'tools', 'runcompare.js')} --kiln {kiln}"))
config.substitutions.append(('%node', node))

for emulator in ['qemu-aarch64', 'qemu-arm']:
    if shutil.which(emulator):
        config.available_features.add(emulator)
