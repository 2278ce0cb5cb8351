#!/usr/bin/env python3
"""svn's cost per commit, the two ways the svn backend has committed, interleaved in one run.

Before: `svnmucc` made the revision, then `svn propset --revprop` set its date (two processes, not atomic).
Now: one `svnadmin load` of a one-revision dump stream carrying the date, author and message (atomic).
Usage: python3 bench/svn-commit-cost.py [commits]   (needs svn, svnmucc, svnadmin; works in a temporary directory)
"""
import hashlib, os, statistics, subprocess, sys, tempfile, time

DATE = b"2009-08-24T14:16:26.000000Z"


def run(args, data=None):
    return subprocess.run(args, input=data, check=True, capture_output=True).stdout


def create(path):
    run(["svnadmin", "create", path])
    hook = os.path.join(path, "hooks", "pre-revprop-change")
    with open(hook, "w") as f:
        f.write("#!/bin/sh\nexit 0\n")
    os.chmod(hook, 0o755)
    run(["svnmucc", "--root-url", "file://" + path, "-m", "init", "mkdir", "trunk"])


def content(i):
    return f"content {i}\n".encode() * 50


def before(path, i, scratch):
    url = "file://" + path
    file = os.path.join(scratch, "content")
    with open(file, "wb") as f:
        f.write(content(i))
    out = run(["svnmucc", "--non-interactive", "--no-auth-cache", "--root-url", url, "--message", f"commit {i}",
               "--username", "A <a@example.invalid>", "--extra-args", "-"], f"put\n{file}\ntrunk/file{i}.txt\n".encode())
    revision = out.split()[0][1:].decode()
    run(["svn", "--non-interactive", "--no-auth-cache", "propset", "--revprop", "--revision", revision, "svn:date",
         DATE.decode(), url])


def properties(pairs):
    return b"".join(b"K %d\n%s\nV %d\n%s\n" % (len(k), k, len(v), v) for k, v in pairs) + b"PROPS-END\n"


def now(path, i, revision):
    text = content(i)
    revprops = properties([(b"svn:log", b"commit %d" % i), (b"svn:author", b"A <a@example.invalid>"), (b"svn:date", DATE)])
    nodeprops = properties([])
    dump = b"SVN-fs-dump-format-version: 3\n\n"
    dump += b"Revision-number: %d\nProp-content-length: %d\nContent-length: %d\n\n%s\n" % (
        revision, len(revprops), len(revprops), revprops)
    dump += (b"Node-path: trunk/file%d.txt\nNode-kind: file\nNode-action: add\nProp-content-length: %d\n"
             b"Text-content-length: %d\nText-content-md5: %s\nContent-length: %d\n\n%s%s\n\n") % (
        i, len(nodeprops), len(text), hashlib.md5(text).hexdigest().encode(), len(nodeprops) + len(text), nodeprops, text)
    run(["svnadmin", "load", "--quiet", path], dump)


def main():
    commits = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    with tempfile.TemporaryDirectory() as scratch:
        old, new = os.path.join(scratch, "before"), os.path.join(scratch, "now")
        create(old)
        create(new)
        times_before, times_now = [], []
        for i in range(commits):
            started = time.perf_counter()
            before(old, i, scratch)
            times_before.append(time.perf_counter() - started)
            started = time.perf_counter()
            now(new, i, i + 2)
            times_now.append(time.perf_counter() - started)
        b, n = statistics.median(times_before) * 1000, statistics.median(times_now) * 1000
        print(f"svnmucc + svn propset: {b:.1f} ms; svnadmin load: {n:.1f} ms; now / before = {n / b:.2f} "
              f"(median of {commits} commits each, interleaved)")


if __name__ == "__main__":
    main()
