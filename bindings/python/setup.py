"""Build the pii._pii extension against libpii.

Where libpii comes from, in order:
  1. PII_BUILD_DIR=/path/to/meson/build: a meson build tree of libpii (headers
     from the source tree's include/ and from the build dir, the library from
     BUILD/lib); the extension gets an rpath to BUILD/lib.
  2. pkg-config libpii (an installed libpii; set PKG_CONFIG_PATH for a
     non-standard prefix); the extension gets an rpath to its libdir.
"""
import json
import os
import shlex
import subprocess
import sys

from setuptools import Extension, setup

HERE = os.path.dirname(os.path.abspath(__file__))


def from_build_dir(build):
    build = os.path.abspath(build)
    source = None
    info = os.path.join(build, "meson-info", "meson-info.json")
    if os.path.exists(info):
        with open(info, encoding="utf-8") as f:
            source = json.load(f).get("directories", {}).get("source")
    if not source:
        source = os.path.dirname(build)
    libdir = os.path.join(build, "lib")
    for d, what in ((os.path.join(source, "include"), "pii.h"), (build, "pii_version.h"),
                    (libdir, "libpii.so")):
        if not os.path.exists(os.path.join(d, what)):
            sys.exit(f"setup.py: PII_BUILD_DIR={build}: no {what} in {d} (run meson compile?)")
    return dict(include_dirs=[os.path.join(source, "include"), build],
                library_dirs=[libdir], libraries=["pii"], runtime_library_dirs=[libdir])


def pkg_config(*args):
    try:
        out = subprocess.run(["pkg-config", *args, "libpii"], check=True, capture_output=True,
                             text=True).stdout
    except FileNotFoundError:
        sys.exit("setup.py: pkg-config not found (apt-get install pkg-config), or set PII_BUILD_DIR")
    except subprocess.CalledProcessError as e:
        sys.exit("setup.py: pkg-config cannot find libpii: install libpii (meson install) and set "
                 "PKG_CONFIG_PATH, or set PII_BUILD_DIR to a meson build directory\n" + e.stderr)
    return shlex.split(out)


def from_pkg_config():
    cflags, libs = pkg_config("--cflags"), pkg_config("--libs")
    libdir = pkg_config("--variable=libdir")
    return dict(include_dirs=[f[2:] for f in cflags if f.startswith("-I")],
                extra_compile_args=[f for f in cflags if not f.startswith("-I")],
                library_dirs=[f[2:] for f in libs if f.startswith("-L")],
                libraries=[f[2:] for f in libs if f.startswith("-l")],
                extra_link_args=[f for f in libs if not f.startswith(("-L", "-l"))],
                runtime_library_dirs=libdir[:1])


build_dir = os.environ.get("PII_BUILD_DIR")
opts = from_build_dir(build_dir) if build_dir else from_pkg_config()
opts.setdefault("extra_compile_args", [])
opts["extra_compile_args"] += ["-std=c11", "-Wall", "-Wextra", "-Wno-missing-field-initializers",
                               "-Wno-cast-function-type"]

setup(ext_modules=[Extension("pii._pii", sources=["pii/_pii.c"], **opts)])
