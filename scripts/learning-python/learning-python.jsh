// Seed 000, exercise 2, "Learning Python", the same steps in Java for comparison with
// learning-python.py: java.util.Random with the same seed draws the same numbers.
long seed = 2023;
System.out.println("seed = " + seed);

// (a) random integers in [1, 200] until 100 is drawn or more than 200 numbers were drawn
var rng = new Random(seed);
var numbers = new ArrayList<Integer>();
do {
  numbers.add(1 + rng.nextInt(200));
} while (numbers.get(numbers.size() - 1) != 100 && numbers.size() <= 200);
int last = numbers.get(numbers.size() - 1);
System.out.println("(a) drew " + numbers.size() + " numbers; last = " + last + " (stopped because "
    + (last == 100 ? "100 was drawn)" : "more than 200 were drawn)"));
System.out.println("    first ten: " + numbers.subList(0, Math.min(10, numbers.size())));

// (b) an array, sorted ascending
int[] arr = numbers.stream().mapToInt(Integer::intValue).sorted().toArray();
System.out.println("(b) sorted: first ten " + Arrays.toString(Arrays.copyOf(arr, 10)) + " ... last " + arr[arr.length - 1]);

// (c) odd elements minus 1, even elements plus 1
int[] mapped = Arrays.stream(arr).map(a -> a % 2 == 1 ? a - 1 : a + 1).toArray();
System.out.println("(c) mapped: first ten " + Arrays.toString(Arrays.copyOf(mapped, 10)));

// (d) an even-length linspace, plotted to PNG
double[] data = new double[10];
for (int i = 0; i < 10; i++) data[i] = i / 9.0;
double[] index = new double[10];
for (int i = 0; i < 10; i++) index[i] = i;
var file = plot(figure("linspace(0, 1, 10)", "index", "value")
    .withSeries(new Figure.Series("linspace(0, 1, 10)", index, data)), "linspace-jsh.png");
System.out.println("(d) linspace(0, 1, 10) has " + data.length + " points; plot written: " + file);
