#!/usr/bin/env bash
# The hostile-environment job: the conformance matrix under poisoned user configuration must be identical (every
# cell's outcome; times aside) to the matrix in a clean environment. Poison: ~/.gitconfig with failing hooks,
# gpgsign, autocrlf, init.defaultBranch, an alias for commit; ~/.hgrc with failing hooks and defaults;
# ~/.subversion with auto-props; a non-UTF-8 locale; a time zone far from UTC; umask 077.
# Usage: tools/hostile-check.sh [clean matrix.json]   (without one, a clean run is made first)
# Needs the build (./build.sh build). Exit 0 only when the two matrices have the same outcomes.
set -euo pipefail
cd "$(dirname "$0")/.."
cli() { dotnet artifacts/bin/Anyvc.Cli/release/Anyvc.Cli.dll "$@"; }

clean=${1:-}
if [ -z "$clean" ]; then
    cli check --output artifacts/hostile/clean >/dev/null || true
    clean=artifacts/hostile/clean/matrix.json
fi

home=$(mktemp -d)
trap 'chmod -R u+w "$home"; rm -rf "$home"' EXIT
mkdir -p "$home/hooks" "$home/.subversion"
printf '#!/bin/sh\necho "poisoned hook ran" >&2\nexit 1\n' > "$home/hooks/fail"
chmod +x "$home/hooks/fail"
for hook in pre-commit commit-msg post-commit pre-receive; do cp "$home/hooks/fail" "$home/hooks/$hook"; done
cat > "$home/.gitconfig" <<GIT
[user]
    name = Poisoned User
    email = poison@example.invalid
[core]
    autocrlf = true
    hooksPath = $home/hooks
    fileMode = false
    symlinks = false
[commit]
    gpgsign = true
[tag]
    gpgsign = true
[gpg]
    program = /bin/false
[init]
    defaultBranch = poisoned
[alias]
    commit = !false
GIT
cat > "$home/.hgrc" <<HG
[ui]
username = Poisoned User <poison@example.invalid>
[hooks]
pretxncommit = false
precommit = false
pretag = false
[defaults]
commit = --close-branch
log = --limit 1
[extensions]
eol =
HG
cat > "$home/.subversion/config" <<SVN
[miscellany]
enable-auto-props = yes
global-ignores = *.txt *.c
[auto-props]
* = svn:eol-style=CRLF;svn:needs-lock=*
SVN

export HOME=$home XDG_CONFIG_HOME=$home/.config LC_ALL=C LANG=C TZ=Pacific/Kiritimati
umask 077
status=0
cli check --output artifacts/hostile/poisoned >/dev/null || status=$?
echo "hostile: the poisoned run exited $status; comparing outcomes with $clean"
cli compare --same-outcomes "$clean" artifacts/hostile/poisoned/matrix.json
