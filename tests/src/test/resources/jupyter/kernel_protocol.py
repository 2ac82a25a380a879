"""Drives the gradlab kernel through its installed kernelspec with jupyter_client.

Run by KernelProtocolTest with JUPYTER_DATA_DIR set to a temporary folder. Prints one line per
check ("ok: ...") and exits 1 at the first failed check with "FAIL: ...".
"""
import base64
import os
import sys
import time

from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

TIMEOUT = 90
# The first Python cell starts GraalPy inside the kernel; on a loaded 2-core machine that alone
# took over 90 s (clean-clone CI of e70007d9, six builds beside it). A protocol test, not a timing.
FIRST_GUEST_TIMEOUT = 240


def fail(what):
    print("FAIL: " + what, flush=True)
    sys.exit(1)


def check(cond, what):
    if not cond:
        fail(what)
    print("ok: " + what, flush=True)


def reply_to(kc, msg_id, timeout=TIMEOUT):
    deadline = time.time() + timeout
    while time.time() < deadline:
        m = kc.get_shell_msg(timeout=max(0.1, deadline - time.time()))
        if m["parent_header"].get("msg_id") == msg_id:
            return m["content"]
    fail("no reply to " + msg_id)


def execute(kc, code, timeout=TIMEOUT):
    """The execute reply and the IOPub messages of one request, up to its idle status."""
    msg_id = kc.execute(code)
    outputs = []
    deadline = time.time() + timeout
    while True:
        m = kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            break
        outputs.append((m["msg_type"], m["content"]))
    return reply_to(kc, msg_id, timeout), outputs


def of_type(outputs, kind):
    return [c for t, c in outputs if t == kind]


def start(km_log):
    km = KernelManager(kernel_name="gradlab")
    started = time.time()
    km.start_kernel(stderr=km_log)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=TIMEOUT)
    return km, kc, time.time() - started


def descendants(pid):
    out = []
    try:
        for task in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/children" % (pid, task)) as f:
                for child in f.read().split():
                    out.append(int(child))
                    out.extend(descendants(int(child)))
    except OSError:
        pass
    return out


def alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().split()[2] != "Z"
    except OSError:
        return False


def main():
    log_path = sys.argv[1]
    with open(log_path, "w") as log:
        km, kc, seconds = start(log)
        print("ok: kernel ready after %.1f s" % seconds, flush=True)

        msg_id = kc.kernel_info()
        info = reply_to(kc, msg_id)
        check(info["protocol_version"] == "5.3" and info["language_info"]["name"] == "gradlab",
              "kernel_info: protocol 5.3, language gradlab")

        reply, out = execute(kc, "diff(sigma(w*x+b), b)")
        results = of_type(out, "execute_result")
        check(reply["status"] == "ok" and reply["execution_count"] == 1, "math: execution_count 1")
        check(len(of_type(out, "execute_input")) == 1, "math: execute_input broadcast")
        check(results and results[0]["data"]["text/plain"] == "σ′(b + w·x)",
              "math: text/plain is the Unicode form σ′(b + w·x)")
        check("\\sigma" in results[0]["data"].get("text/latex", ""), "math: text/latex given")

        reply, out = execute(kc, "int k = 3;\nSystem.out.println(\"k = \" + k);")
        streams = of_type(out, "stream")
        check(reply["status"] == "ok" and any(s["name"] == "stdout" and "k = 3" in s["text"]
                                              for s in streams), "java: stdout as a stream")
        reply, out = execute(kc, "Math.sqrt(16)")
        results = of_type(out, "execute_result")
        # the protocol's counter counts execute requests (this is the third), not results
        check(results and results[0]["execution_count"] == 3 and "4.0" in
              results[0]["data"]["text/plain"], "java: execution_count 3, one per request")
        reply, out = execute(kc, "$1.unicode()")
        check("σ′(b + w·x)" in of_type(out, "execute_result")[0]["data"]["text/plain"],
              "java: a math result is an Expr in Java")

        for code, what in [(":plot sigma(x), x, -6, 6", ":plot"),
                           ("plot(figure(\"s\", \"x\", \"y\").withFunction(\"s\", fn(\"sigma(x)\", "
                            "\"x\"), -6, 6, 50), \"from-java.png\");", "plot(...) from Java")]:
            reply, out = execute(kc, code)
            images = [d["data"]["image/png"] for d in of_type(out, "display_data")
                      + of_type(out, "execute_result") if "image/png" in d["data"]]
            check(reply["status"] == "ok" and len(images) == 1 and
                  base64.b64decode(images[0])[:8] == b"\x89PNG\r\n\x1a\n", what + ": image/png")

        execute(kc, "z1 = w1*x + b1\nC = (sigma(z1) - y)^2/2")
        reply, out = execute(kc, ":audit C")
        tables = of_type(out, "display_data")
        check(tables and "<table>" in tables[0]["data"].get("text/html", "")
              and "agree" in tables[0]["data"]["text/plain"], ":audit: text/html and text/plain")
        reply, out = execute(kc, ":check D(sigma(x), x) = sigma(x)*(1 - sigma(x))")
        tables = of_type(out, "display_data")
        check(tables and "<table>" in tables[0]["data"].get("text/html", "")
              and "1 proved" in tables[0]["data"]["text/plain"], ":check: a table, step proved")

        reply, out = execute(kc, "integrat(x, x)")
        errors = of_type(out, "error")
        check(reply["status"] == "error" and errors and errors[0]["ename"] ==
              "Error" and "integrate" in errors[0]["evalue"]
              and len(errors[0]["traceback"]) == 1, "error: ename, evalue, a short traceback")

        reply, out = execute(kc, "%%py\nprint(6 * 7)", FIRST_GUEST_TIMEOUT)
        check(any("42" in s["text"] for s in of_type(out, "stream")), "%%py: Python's output")

        reply, out = execute(kc, "solve(sin(x) == 0, x)")
        check(any("note: sin is periodic" in s["text"] for s in of_type(out, "stream")),
              "notes: the engine's notes under the result, as a stream")

        content = reply_to(kc, kc.complete("dif", 3))
        check("diff" in content["matches"] and content["cursor_start"] == 0
              and content["cursor_end"] == 3, "complete: dif → diff, cursor 0..3")
        content = reply_to(kc, kc.inspect("diff", 2))
        check(content["found"] and "∂f/∂x" in content["data"]["text/plain"], "inspect: ?diff")
        statuses = [reply_to(kc, kc.is_complete(c))["status"] for c in
                    ["diff(x", "diff(x, x)", "for (int i = 0; i < 3; i++) {"]]
        check(statuses == ["incomplete", "complete", "incomplete"],
              "is_complete: the console's continuation rule " + str(statuses))

        for code, what in [("%%java\nlong n = 0;\nwhile (true) { n++; }", "a busy Java loop"),
                           ("factor(expand((a+b+c+d+e+f)^16) + 1)", "a long factorisation")]:
            msg_id = kc.execute(code)
            time.sleep(3)
            began = time.time()
            km.interrupt_kernel()
            reply = reply_to(kc, msg_id, 30)
            waited = time.time() - began
            check(reply["status"] == "error" and waited < 10,
                  "interrupt stops %s (%.1f s after the request; %s)" % (what, waited,
                                                                          reply.get("evalue")))
            reply, out = execute(kc, "1 + 1")
            check(of_type(out, "execute_result")[0]["data"]["text/plain"] == "2",
                  "after interrupting %s the next cell runs" % what)

        bad = Session(key=b"not-the-key", username="intruder")
        bad_msg = bad.send(kc.shell_channel.socket, "execute_request",
                           {"code": "intruder = 1", "silent": False, "store_history": True,
                            "user_expressions": {}, "allow_stdin": False})
        time.sleep(2)
        answered = False
        while True:
            try:
                m = kc.get_shell_msg(timeout=0.5)
                answered |= m["parent_header"].get("msg_id") == bad_msg["header"]["msg_id"]
            except Exception:
                break
        reply, out = execute(kc, ":vars")
        shown = " ".join(d["data"]["text/plain"] for d in of_type(out, "display_data"))
        log.flush()
        with open(log_path) as f:
            logged = "dropped a message on shell: bad signature" in f.read()
        check(not answered and "intruder" not in shown and logged,
              "a wrongly signed message is dropped, not answered, and logged")

        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=TIMEOUT)
        reply, out = execute(kc, "diff(x^2, x)")
        check(reply["execution_count"] == 1 and
              of_type(out, "execute_result")[0]["data"]["text/plain"] == "2x",
              "restart: a fresh session numbers from $1")

        pid = km.provisioner.process.pid
        family = [pid] + descendants(pid)
        kc.stop_channels()
        km.shutdown_kernel(now=False)
        deadline = time.time() + 10
        while time.time() < deadline and any(alive(p) for p in family):
            time.sleep(0.2)
        check(not any(alive(p) for p in family),
              "shutdown leaves no process behind (%d processes checked)" % len(family))


if __name__ == "__main__":
    main()
