caught = []
for e in ["SystemDialog()", "1 +* 2", "diff(x^3, x)"]:
    try:
        caught.append(lab.eval(e))
    except ValueError as err:
        caught.append("caught: " + str(err).splitlines()[0])
print(caught)
try:
    lab.plot("t", [1, 2], "/tmp/gradlab-catches-a-lab-error.png")
except PermissionError as err:
    print("refused")
lab.eval("SystemDialog()")
