# Seed 000, exercise 2, "Learning Python", run as real Python (GraalPy) with `gradlab run`.
# There is no NumPy in GraalPy offline, so the facade `lab` provides the array operations:
# lab.array, lab.sort and lab.linspace, and lab.plot for the plot of (d).
seed = 2023
print("seed =", seed)

# (a) random integers in [1, 200] until 100 is drawn or more than 200 numbers were drawn
rng = lab.random(seed)  # java.util.Random: the same numbers as the .jsh version
numbers = []
while True:
    numbers.append(rng.randint(1, 200))
    if numbers[-1] == 100 or len(numbers) > 200:
        break
print("(a) drew", len(numbers), "numbers; last =", numbers[-1],
      "(stopped because", "100 was drawn)" if numbers[-1] == 100 else "more than 200 were drawn)")
print("    first ten:", numbers[:10])

# (b) an array, sorted ascending
arr = lab.sort(lab.array(numbers))
print("(b) sorted: first ten", [arr[i] for i in range(10)], "... last", arr[len(arr) - 1])

# (c) odd elements minus 1, even elements plus 1
mapped = [a - 1 if a % 2 == 1 else a + 1 for a in arr]
print("(c) mapped: first ten", mapped[:10])

# (d) an even-length linspace, plotted to PNG
data = lab.linspace(0.0, 1.0, 10)
print("(d) linspace(0, 1, 10) has", len(data), "points; plot written:",
      lab.plot("linspace(0, 1, 10)", data, "linspace.png"))
