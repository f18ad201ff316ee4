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
# Features:       qemu-aarch64, qemu-arm when those emulators are installed (for REQUIRES:);
#                 runtime-aarch64-linux-gnu, runtime-armv7-linux-gnueabihf when that runtime is built.
#
# Cross runs: --param kiln_target=TRIPLE (aarch64-linux-gnu or armv7-linux-gnueabihf) makes
# %runcompare build with --target=TRIPLE and run the program under qemu-user (the target's
# sysroot, if it has one, as QEMU_LD_PREFIX), at -O2 only (-O0 RUN lines are skipped and pass;
# --param kiln_target_opt_levels=0,2 runs both, `all` every RUN line).
# Run it on test/run, e.g. `lit.py test/run --param kiln_target=aarch64-linux-gnu` (scripts/
# run-tests.sh's cross-aarch64 and cross-armv7 suites). It adds the features `cross`,
# `target-TRIPLE` and, on 32-bit targets, `ptr32`, for `UNSUPPORTED:` lines (give the reason).
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
runcompare = f"{node} {os.path.join(repo_root, 'test', 'tools', 'runcompare.js')} --kiln {kiln}"
cross_targets = {  # triple: (emulator, 32-bit pointers)
    'aarch64-linux-gnu': ('qemu-aarch64', False),
    'armv7-linux-gnueabihf': ('qemu-arm', True),
}
kiln_target = lit_config.params.get('kiln_target')
if kiln_target:
    if kiln_target not in cross_targets:
        lit_config.fatal(f'kiln_target={kiln_target}: not one of {", ".join(cross_targets)}')
    emulator, ptr32 = cross_targets[kiln_target]
    if not shutil.which(emulator):
        lit_config.fatal(f'kiln_target={kiln_target} needs {emulator} (scripts/install-deps.sh installs qemu-user)')
    target_lib = os.path.join(build_dir, 'lib', kiln_target)
    if not os.path.exists(os.path.join(target_lib, 'libkiln_rt.a')):
        lit_config.fatal(f'no runtime for {kiln_target} in {target_lib} (scripts/build.sh builds it)')
    config.name = f'kiln-{kiln_target}'
    config.test_exec_root = os.path.join(build_dir, 'test', kiln_target)
    runcompare += f' --target={kiln_target} --runner {emulator}'
    opt_levels = lit_config.params.get('kiln_target_opt_levels', '2')
    if opt_levels != 'all':
        runcompare += f' --opt-levels {opt_levels}'
    sysroot = os.path.join(target_lib, 'sysroot')
    if os.path.isdir(sysroot):
        runcompare += f' --qemu-ld-prefix {os.path.realpath(sysroot)}'
    config.available_features.update(['cross', f'target-{kiln_target}'] + (['ptr32'] if ptr32 else []))
# GC stress: --param kiln_gc_stress=N runs the compiled programs with KILN_GC_STRESS=N (the runtime
# collects at every N-th allocation), at -O2 only; scripts/run-tests.sh's gc-stress suite.
gc_stress = lit_config.params.get('kiln_gc_stress')
if gc_stress:
    config.environment['KILN_GC_STRESS'] = gc_stress
    config.name += f'-gc-stress-{gc_stress}'
    config.test_exec_root = os.path.join(build_dir, 'test', f'gc-stress-{gc_stress}')
    if ' --opt-levels ' not in runcompare:
        runcompare += ' --opt-levels 2'
config.substitutions.append(('%runcompare', runcompare))
config.substitutions.append(('%node', node))

for emulator in ['qemu-aarch64', 'qemu-arm']:
    if shutil.which(emulator):
        config.available_features.add(emulator)
# runtime-TRIPLE: the runtime for that cross target is built (scripts/build-cross-runtimes.sh).
for triple in cross_targets:
    if os.path.exists(os.path.join(build_dir, 'lib', triple, 'libkiln_rt.a')):
        config.available_features.add(f'runtime-{triple}')
