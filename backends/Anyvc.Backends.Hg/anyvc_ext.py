"""Anyvc's Mercurial extension: commits without a working copy.

Loaded by the hg backend with ``--config extensions.anyvc=<this file>``; it adds one command,
``anyvc-commit SPEC``, which builds a ``memctx`` from a JSON spec file and commits it in one round trip
through the command server. The spec (written by HgCommitSpec.cs) is::

    {"parent": "<40 hex>" | null, "parent2": "<40 hex>" | null, "branch": str, "close": bool, "message": str, "user": str, "date": [unixtime, seconds_west_of_utc],
     "files": [{"path": str, "content": "<local file>" | null, "source": str | null, "copy": str | null,
                "link": bool, "exec": bool}],
     "removed": [str, ...]}

``content`` is a local file holding the new bytes; when it is null the bytes are the parent's file at
``source``. ``copy`` records copy/rename metadata so ``hg log --follow`` follows the file. Repository paths
arrive as JSON text and are stored as UTF-8 bytes (hg file names are bytes). ``parent2`` makes a merge (its
tree is the parent's plus the listed changes); ``close`` marks the changeset as closing its branch. When the
branch has open heads, ``parent`` must be one of them: another writer may have moved it. Prints the new node.
"""

import json

from mercurial import context, error, registrar
from mercurial.node import hex, bin

cmdtable = {}
command = registrar.command(cmdtable)

testedwith = b'6.3.2'


def _b(text):
    return text.encode('utf-8')


@command(b'anyvc-commit', [], b'SPEC')
def anyvc_commit(ui, repo, spec, **opts):
    """commit the changes described by the JSON file SPEC without a working copy"""
    with open(spec, 'rb') as handle:
        request = json.loads(handle.read().decode('utf-8'))

    parent = request['parent']
    parent2 = request['parent2']
    branch = _b(request['branch'])
    openheads = repo.branchheads(branch, closed=False) if branch in repo.branchmap() else []
    if openheads and (not parent or bin(_b(parent)) not in openheads):
        raise error.Abort(b'branch %s moved: its heads are %s, not %s'
                          % (branch, b', '.join(hex(h) for h in openheads), _b(parent or 'none')))
    files = {}
    for change in request['files']:
        files[_b(change['path'])] = change
    removed = {_b(path) for path in request['removed']}

    # Parent content is read lazily, only for files whose bytes did not travel in a local file.
    parentctx = repo[bin(_b(parent))] if parent else None

    def filectxfn(repo, memctx, path):
        if path in removed:
            return None
        change = files[path]
        if change['content'] is not None:
            with open(change['content'], 'rb') as content:
                data = content.read()
        else:
            if parentctx is None:
                raise error.Abort(b'%s has no content and there is no parent' % path)
            data = parentctx[_b(change['source'])].data()
        copy = _b(change['copy']) if change['copy'] else None
        return context.memfilectx(repo, memctx, path, data, islink=change['link'], isexec=change['exec'],
                                  copysource=copy)

    when, offset = request['date']
    ctx = context.memctx(
        repo,
        (parentctx.node() if parentctx is not None else None, repo[bin(_b(parent2))].node() if parent2 else None),
        _b(request['message']),
        sorted(set(files) | removed),
        filectxfn,
        user=_b(request['user']),
        date=(int(when), int(offset)),
        branch=branch,
        extra={b'branch': branch, b'close': b'1'} if request['close'] else None,
    )
    node = ctx.commit()
    if node is None:
        raise error.Abort(b'nothing was committed')
    ui.write(hex(node) + b'\n')
    return 0
