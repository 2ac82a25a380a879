"""Prints a text digest of an executed notebook for a golden comparison: per code cell its first
line, then each output's kind and text (stream text, text/plain; an image as its MIME type and
PNG signature check; an HTML table as the number of its rows; an error's name and value).

    python3 notebook_digest.py EXECUTED.ipynb
"""
import base64
import json
import sys


def digest(path):
    with open(path, encoding="utf-8") as f:
        nb = json.load(f)
    lines = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        lines.append("In: " + source.splitlines()[0])
        for out in cell.get("outputs", []):
            kind = out["output_type"]
            if kind == "stream":
                text = "".join(out["text"]) if isinstance(out["text"], list) else out["text"]
                lines.append("  " + out["name"] + ":")
                lines.extend("    " + l for l in text.rstrip("\n").split("\n"))
            elif kind in ("execute_result", "display_data"):
                data = out["data"]
                text = data.get("text/plain", "")
                text = "".join(text) if isinstance(text, list) else text
                lines.append("  " + kind + " " + ", ".join(sorted(data)) + ":")
                lines.extend("    " + l for l in text.rstrip("\n").split("\n"))
                if "image/png" in data:
                    png = base64.b64decode("".join(data["image/png"]))
                    lines.append("    (a PNG image: %s)" % (png[:8] == b"\x89PNG\r\n\x1a\n"))
                if "text/html" in data:
                    html = "".join(data["text/html"])
                    lines.append("    (an HTML table of %d rows)" % html.count("<tr>"))
            elif kind == "error":
                lines.append("  error %s: %s" % (out["ename"], out["evalue"]))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(digest(sys.argv[1]))
