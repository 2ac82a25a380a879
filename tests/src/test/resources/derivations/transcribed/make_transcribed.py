"""Writes the transcribed corpus: STEM.md (as the source writes it), STEM.broken.md (one step
changed the way students err) and expected.tsv (the broken file's first wrong line), in the
format of ../published/make_corpus.py. Each file opens with an HTML comment naming the source,
the section and the address it was transcribed from; the comment holds no dollar sign.

Run: python3 make_transcribed.py .   (from this folder)
"""
import os, sys

C = []


def add(name, src, address, note, text, find, repl, error):
    """name: file stem; src: source and section; address: where the text was read; note: what
    was changed in transcription; text: the derivation; the first line containing find gets
    repl (the planted error, described by error)."""
    C.append((name, src, address, note, text.strip('\n') + '\n', find, repl, error))


exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources.py')).read())

out = sys.argv[1]
rows = []
for name, src, address, note, text, find, repl, error in C:
    header = ("<!-- source: " + src + "\n     address: " + address
              + ("\n     transcription: " + note if note else "") + " -->\n")
    assert '$' not in header, name
    full = header + text
    lines = full.split('\n')
    idx = next(i for i, l in enumerate(lines) if find in l)
    broken = lines[:]
    broken[idx] = broken[idx].replace(find, repl, 1)
    assert broken != lines, name
    open(os.path.join(out, name + '.md'), 'w').write(full)
    open(os.path.join(out, name + '.broken.md'), 'w').write('\n'.join(broken))
    rows.append(f"{name}\t{idx + 1}\t{src} [planted: {error}]")
open(os.path.join(out, 'expected.tsv'), 'w').write(
    "# file stem, line of the planted error in STEM.broken.md (STEM.md is correct), source\n"
    + '\n'.join(rows) + '\n')
print(len(rows))
