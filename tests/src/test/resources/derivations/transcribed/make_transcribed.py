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


# Where the text of each derivation was checked against a stored copy of the source; the others
# were transcribed from the source as recalled (no stored copy was found), and say so.
CHECKED = {
    "nndl3-learning-slowdown": "chap3.html of github.com/mnielsen/nnadl_site",
    "nndl3-cross-entropy-gradient": "chap3.html of github.com/mnielsen/nnadl_site",
    "nndl3-cross-entropy-origin": "chap3.html of github.com/mnielsen/nnadl_site",
    "nndl3-l2-weight-decay": "readers' copies of eqs. (87)-(92) of the book",
    "nndl3-weight-init": "readers' copies of the section's prose (the exercise's displays are a reader's)",
    "nndl3-tanh-rescaled-sigmoid": "readers' copies of eqs. (110)-(112) of the book",
    "nndl5-vanishing-cascade": "chap5.html of github.com/mnielsen/nnadl_site",
    "nndl2-bp1-bp2-proof": "readers' copies of eqs. (36)-(45) of the book",
    "cs231n-simple-expressions": "optimization-2.md of github.com/cs231n/cs231n.github.io",
    "cs231n-sigmoid-gates": "optimization-2.md of github.com/cs231n/cs231n.github.io",
    "cs231n-hinge-loss-numbers": "copies of linear-classify.md (the display; the values 0 and 8 are the notes' prose)",
    "cs231n-variance-calibration": "copies of neural-networks-2.md",
    "cs231n-backward-flow-patterns": "optimization-2.md of github.com/cs231n/cs231n.github.io (the prose; the values from its figure)",
    "cs231n-tanh-scaled-sigmoid": "copies of neural-networks-1.md",
    "mazur-forward-pass": "a stored copy of the post with its LaTeX sources",
    "mazur-output-layer": "a stored copy of the post with its LaTeX sources",
    "mazur-hidden-layer": "a stored copy of the post with its LaTeX sources",
    "mazur-delta-rule": "a stored copy of the post with its LaTeX sources",
}

for part in ('sources.py', 'sources_d2l_cs231n.py', 'sources_held_out5.py', 'sources_held_out6.py',
             'sources_held_out7.py', 'sources_held_out8.py',
             'sources_held_out9.py', 'sources_held_out10.py', 'sources_held_out11.py',
             'sources_held_out12.py', 'sources_held_out13.py', 'sources_held_out14.py',
             'sources_held_out15.py', 'sources_held_out16.py', 'sources_held_out17.py',
             'sources_held_out18.py'):
    exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), part)).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out18b.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out19.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out19b.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out20.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out20b.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out21.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out21b.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user37.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out24.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user38.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out25.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out26.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user39.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out27.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user40.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out28.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user41.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out29.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user42.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out30.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user43.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out31.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user44.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user45.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out32.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user46.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out33.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user47.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out34.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user48.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out35.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_held_out36.py')).read())
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources_user49.py')).read())

out = sys.argv[1]
rows = []
for name, src, address, note, text, find, repl, error in C:
    text_from = ("checked against " + CHECKED[name] if name in CHECKED else
                 "recalled from the source (no stored copy was found); not copied")
    header = ("<!-- source: " + src + "\n     address: " + address
              + ("\n     transcription: " + note if note else "")
              + "\n     text: " + text_from + " -->\n")
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
