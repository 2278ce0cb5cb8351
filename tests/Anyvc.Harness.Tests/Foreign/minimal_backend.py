#!/usr/bin/env python3
"""A minimal Anyvc backend child in Python: proof that a backend written in another language works.

It speaks the wire protocol of docs/protocol.md (version 1) on stdin/stdout, standard library only, so the
small MessagePack subset the protocol allows is encoded and decoded here. On purpose it implements only the
handshake, the command channel (object table, poisoned ids, deferred errors, $noop/$reset/$release) and
repo.create/open/head/count/history for repositories that never have commits. Every other command fails
cleanly with code "unknown-command"; data channels are never claimed; there is no ANYVC_TRACE tracing.
The name comes from ANYVC_BACKEND_NAME (default "pyvc"). Exit code 0 after Goodbye or end of input, 3 on a
protocol error (message on stderr). Nothing but frames ever reaches stdout.
"""
import os
import platform
import struct
import sys
import traceback

HELLO, GOODBYE, OPEN, MESSAGE, DATA, CREDIT, CLOSE, CLOSE_WITH_ERROR = range(1, 9)
MAGIC, VERSION, MAX_PAYLOAD, MAX_DEPTH = 0xA7, 1, 4 * 1024 * 1024, 64
NAME = os.environ.get("ANYVC_BACKEND_NAME") or "pyvc"
LEAKED = []


class ProtocolError(Exception):
    """The peer broke the protocol: reported on stderr, exit code 3."""


class CommandError(Exception):
    """A command failed with a wire code; `wire` is set when re-raising an original (poisoning) error."""

    def __init__(self, code, message, wire=None):
        super().__init__(message)
        self.code, self.wire = code, wire


# --- MessagePack: nil, bool, int, float, str, bin, array, map with str keys; nothing else ---

def pack(v, out):
    if v is None or isinstance(v, bool):
        out.append({None: 0xC0, False: 0xC2, True: 0xC3}[v])
    elif isinstance(v, int):
        if -32 <= v < 128:
            out += struct.pack(">b", v) if v < 0 else bytes([v])
        else:
            out += struct.pack(">Bq", 0xD3, v) if v < 2**63 else struct.pack(">BQ", 0xCF, v)
    elif isinstance(v, float):
        out += struct.pack(">Bd", 0xCB, v)
    elif isinstance(v, (str, bytes)):
        data, short, codes = (v.encode(), 0xA0, (0xD9, 0xDA, 0xDB)) if isinstance(v, str) else (v, None, (0xC4, 0xC5, 0xC6))
        pack_length(len(data), short, 32, codes, out)
        out += data
    elif isinstance(v, (list, tuple)):
        pack_length(len(v), 0x90, 16, (None, 0xDC, 0xDD), out)
        for item in v:
            pack(item, out)
    elif isinstance(v, dict):
        pack_length(len(v), 0x80, 16, (None, 0xDE, 0xDF), out)
        for key, item in v.items():
            pack(str(key), out)
            pack(item, out)
    else:
        raise TypeError(f"a {type(v).__name__} cannot cross a channel")


def pack_length(n, short, short_limit, codes, out):
    if short is not None and n < short_limit:
        out.append(short | n)
    elif codes[0] is not None and n < 2**8:
        out += struct.pack(">BB", codes[0], n)
    elif n < 2**16:
        out += struct.pack(">BH", codes[1], n)
    else:
        out += struct.pack(">BI", codes[2], n)


NUMBERS = {0xCA: ">f", 0xCB: ">d", 0xCC: ">B", 0xCD: ">H", 0xCE: ">I", 0xCF: ">Q",
           0xD0: ">b", 0xD1: ">h", 0xD2: ">i", 0xD3: ">q"}
SIZED = {0xC4: ("bin", ">B"), 0xC5: ("bin", ">H"), 0xC6: ("bin", ">I"), 0xD9: ("str", ">B"),
         0xDA: ("str", ">H"), 0xDB: ("str", ">I"), 0xDC: ("array", ">H"), 0xDD: ("array", ">I"),
         0xDE: ("map", ">H"), 0xDF: ("map", ">I")}


def unpack(payload):
    """Decodes exactly one value filling `payload`."""
    reader = Reader(payload)
    value = reader.value(0)
    if reader.pos != len(payload):
        raise ProtocolError(f"{len(payload) - reader.pos} trailing bytes after a MessagePack value")
    return value


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def take(self, n):
        if n > len(self.data) - self.pos:
            raise ProtocolError(f"MessagePack value needs {n} bytes but only {len(self.data) - self.pos} are left")
        self.pos += n
        return self.data[self.pos - n:self.pos]

    def value(self, depth):
        code = self.take(1)[0]
        if code <= 0x7F or code >= 0xE0:
            return code if code <= 0x7F else code - 0x100
        if code in (0xC0, 0xC2, 0xC3):
            return {0xC0: None, 0xC2: False, 0xC3: True}[code]
        if code in NUMBERS:
            return struct.unpack(NUMBERS[code], self.take(struct.calcsize(NUMBERS[code])))[0]
        if code in SIZED:
            kind, fmt = SIZED[code]
            n = struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]
        elif code <= 0x9F:
            kind, n = ("map" if code <= 0x8F else "array"), code & 0x0F
        elif code <= 0xBF:
            kind, n = "str", code & 0x1F
        else:
            raise ProtocolError(f"MessagePack type 0x{code:02X} does not cross a channel")
        if kind == "bin":
            return bytes(self.take(n))
        if kind == "str":
            try:
                return bytes(self.take(n)).decode("utf-8")
            except UnicodeDecodeError as e:
                raise ProtocolError(f"invalid UTF-8 in a MessagePack string: {e}") from None
        if depth >= MAX_DEPTH:
            raise ProtocolError(f"MessagePack nesting deeper than {MAX_DEPTH}")
        if n > len(self.data) - self.pos:  # every item takes at least one byte
            raise ProtocolError(f"MessagePack {kind} of {n} items in {len(self.data) - self.pos} bytes")
        if kind == "array":
            return [self.value(depth + 1) for _ in range(n)]
        result = {}
        for _ in range(n):
            key = self.value(depth + 1)
            if not isinstance(key, str) or key in result:
                raise ProtocolError(f"map keys must be distinct strings, got {key!r}")
            result[key] = self.value(depth + 1)
        return result


# --- Frames ---

class Wire:
    def __init__(self, inp, out_fd):
        self.inp, self.out_fd, self.pending = inp, out_fd, bytearray()

    def send(self, kind, channel, payload=b""):
        self.pending += struct.pack("<BBIi", MAGIC, kind, channel, len(payload)) + payload

    def send_value(self, kind, channel, value):
        payload = bytearray()
        pack(value, payload)
        self.send(kind, channel, bytes(payload))

    def flush(self):
        data, self.pending = bytes(self.pending), bytearray()
        while data:
            data = data[os.write(self.out_fd, data):]

    def read_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.inp.read(n - len(data))
            if not chunk:
                break
            data += chunk
        return data

    def read_frame(self):
        """Returns (kind, channel, payload), or None at end of input between frames."""
        self.flush()  # about to block: everything we owe the parent leaves first
        header = self.read_exact(10)
        if not header:
            return None
        if len(header) < 10:
            raise ProtocolError(f"input ended inside a frame header ({len(header)} of 10 bytes)")
        magic, kind, channel, length = struct.unpack("<BBIi", header)
        if magic != MAGIC:
            raise ProtocolError(f"bad frame magic 0x{magic:02X} (expected 0x{MAGIC:02X})")
        if not HELLO <= kind <= CLOSE_WITH_ERROR:
            raise ProtocolError(f"unknown frame kind 0x{kind:02X}")
        if not 0 <= length <= MAX_PAYLOAD:
            raise ProtocolError(f"frame length {length} is outside 0..{MAX_PAYLOAD}")
        payload = self.read_exact(length)
        if len(payload) < length:
            raise ProtocolError(f"input ended inside a frame ({len(payload)} of {length} payload bytes)")
        return kind, channel, payload


# --- Commands ---

def wire_error(e):
    """The [type, message, stack, code] of a failed command: e.g. "pyvc.NotFound" for code "not-found"."""
    if isinstance(e, CommandError):
        return e.wire or ["pyvc." + e.code.title().replace("-", ""), str(e), traceback.format_exc(), e.code]
    return [f"python.{type(e).__name__}", str(e), traceback.format_exc(), "error"]


class Backend:
    def __init__(self):
        self.objects, self.poisoned, self.deferred = {}, {}, None  # deferred: (command, error) of a failed post

    def on_command(self, wire, channel, payload):
        msg = unpack(payload)
        if not (isinstance(msg, list) and len(msg) == 5 and all(isinstance(x, int) and not isinstance(x, bool) for x in (msg[0], msg[2], msg[3]))
                and isinstance(msg[1], str) and isinstance(msg[4], list)):
            raise ProtocolError("a command must be [callId, command, targetId, resultId, [args]]")
        call_id, command, target, result, args = msg
        if call_id and self.deferred and not command.startswith("$"):
            (name, error), self.deferred = self.deferred, None
            wire.send_value(MESSAGE, channel, [call_id, False, [error[0], f"posted command '{name}' failed earlier: {error[1]}", *error[2:]]])
            return
        try:
            value = self.run(command, target, result, args)
            if call_id:
                wire.send_value(MESSAGE, channel, [call_id, True, value])
        except Exception as e:  # noqa: BLE001 - every failure of a command goes back to the parent as data
            error = wire_error(e)
            if result:
                self.poisoned[result] = error
            if call_id:
                wire.send_value(MESSAGE, channel, [call_id, False, error])
            elif not result and self.deferred is None:
                self.deferred = (command, error)

    def run(self, command, target, result, args):
        if command == "$noop":
            return None
        if command == "$reset":
            self.__init__()
            return None
        if command == "$release":
            for id_ in args:
                self.objects.pop(id_, None)
                self.poisoned.pop(id_, None)
            return None
        if target in self.poisoned:  # built-ins above ignore their target; everything else inherits the original error
            raise CommandError("", "", wire=self.poisoned[target])
        if command in ("repo.create", "repo.open"):
            if len(args) != 1 or not isinstance(args[0], str):
                raise CommandError("bad-argument", f"command '{command}' takes [directory], got {args!r}")
            directory = args[0]
            if not os.path.isabs(directory):
                raise CommandError("invalid-path", f"'{directory}' is not an absolute path")
            if command == "repo.create":
                if os.path.exists(directory) and (not os.path.isdir(directory) or os.listdir(directory)):
                    raise CommandError("already-exists", f"'{directory}' already exists and is not an empty directory")
                os.makedirs(directory, exist_ok=True)
            elif not os.path.isdir(directory):
                raise CommandError("not-found", f"no repository at '{directory}': the directory does not exist")
            if result == 0 or result in self.objects:
                raise CommandError("bad-argument", f"command '{command}' needs a new result id, got {result}")
            self.objects[result] = {"directory": directory}
            return None
        if command == "pyvc.leak":  # a test hook: keeps descriptors open for good, for the harness's leak check
            LEAKED.extend(os.open(os.devnull, os.O_RDONLY) for _ in range(args[0]))
            return None
        if command in ("repo.head", "repo.count", "repo.history"):
            if target not in self.objects:
                raise CommandError("unknown-id", f"command '{command}' names object {target}, which does not exist")
            return {"repo.head": None, "repo.count": 0, "repo.history": []}[command]
        raise CommandError("unknown-command", f"the {NAME} backend (a minimal Python child) does not know the command '{command}'")


# --- Serving ---

def take_protocol_streams():
    """Serves on private duplicates of fds 0/1 (close-on-exec), with fd 0 on /dev/null and fd 1 on stderr,
    so nothing printed by accident can corrupt the frames; dies with the parent on Linux."""
    inp, out = os.dup(0), os.dup(1)  # Python's dup is non-inheritable
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    if sys.platform.startswith("linux"):
        import ctypes
        ctypes.CDLL(None).prctl(1, 9, 0, 0, 0)  # PR_SET_PDEATHSIG, SIGKILL
    if os.environ.get("ANYVC_PARENT_PID", str(os.getppid())) != str(os.getppid()):
        sys.exit(0)  # the parent died before the signal was armed
    return os.fdopen(inp, "rb"), out


def serve(wire):
    wire.send_value(HELLO, 0, [VERSION, os.getpid(), f"anyvc-{NAME}", {
        "backend": NAME, "tool": "python", "toolVersion": platform.python_version(), "features": ["Teleport"],
        "limits": {}, "reserved": [], "unavailable": None,
        # Unknown keys and feature names (a newer backend's) must be ignored by the parent:
        "pyvcExperimental": True}])
    frame = wire.read_frame()
    if frame is None:
        return 0
    hello = unpack(frame[2]) if frame[0] == HELLO else None
    if not (isinstance(hello, list) and len(hello) >= 4 and isinstance(hello[0], int)):
        raise ProtocolError(f"the parent's first frame must be a hello [version, pid, program, {{properties}}], got kind {frame[0]}")
    if hello[0] != VERSION:
        raise ProtocolError(f"protocol version mismatch: this child speaks version {VERSION}, the parent {hello[2]!r} (pid {hello[1]}) speaks version {hello[0]}")
    backend, channels = Backend(), {}  # open channel id -> {"service": name, "closed": whether we closed our side}
    while (frame := wire.read_frame()) is not None:
        kind, ch, payload = frame
        if kind == GOODBYE:
            wire.flush()
            return 0
        if kind == HELLO:
            raise ProtocolError("a second hello arrived after the handshake")
        if kind == OPEN:
            service = unpack(payload)
            if ch % 2 != 1 or ch in channels or service not in ("commands", "data"):
                raise ProtocolError(f"bad open of channel {ch} for service {service!r} (odd, unused ids; 'commands' or 'data')")
            channels[ch] = {"service": service, "closed": False}
            continue
        state = channels.get(ch)
        if state is None:
            raise ProtocolError(f"frame kind {kind} for channel {ch}, which is not open")
        if kind == CREDIT:
            if not (isinstance(grant := unpack(payload), int) and grant >= 0):
                raise ProtocolError(f"invalid credit {grant!r} on channel {ch}")
        elif kind in (CLOSE, CLOSE_WITH_ERROR):
            if kind == CLOSE_WITH_ERROR:
                unpack(payload)
            if not state["closed"]:
                wire.send(CLOSE, ch)
            del channels[ch]  # both sides have closed it now
        elif state["service"] == "commands" and kind == MESSAGE:
            backend.on_command(wire, ch, payload)
        elif state["service"] == "data" and kind == DATA:
            if not state["closed"]:
                state["closed"] = True
                wire.send_value(CLOSE_WITH_ERROR, ch, ["pyvc.Unclaimed", f"data channel {ch} was not claimed by any command (the command that should use it failed or never ran)", "", "bad-argument"])
        else:
            raise ProtocolError(f"frame kind {kind} does not belong on {state['service']} channel {ch}")
    return 0


def main():
    inp, out = take_protocol_streams()
    try:
        return serve(Wire(inp, out))
    except ProtocolError as e:
        print(f"anyvc-{NAME}: protocol error: {e}", file=sys.stderr)
        return 3
    except (BrokenPipeError, ConnectionResetError):
        return 0  # the parent is gone; nobody is left to tell


if __name__ == "__main__":
    sys.exit(main())
