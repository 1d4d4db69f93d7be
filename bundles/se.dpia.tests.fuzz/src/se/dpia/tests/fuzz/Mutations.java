package se.dpia.tests.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Turns valid inputs into odd ones for fuzz tests: a few random edits of a seed (replace, delete, duplicate or
 * repeat a span, insert a token of the input's language, truncate, splice in another seed). Seeded, so a failing
 * input is found again from the seed and the try's number.
 */
public final class Mutations {

	/** Characters that tend to break parsers. */
	private static final String ODD = "<>&\"':;{}[]()/\\=#%!?-–_.,*\n\r\t \u0000\u00a0\u2028\ufeffåäöÅÄÖ0123456789";

	private final Random random;
	private final List<String> seeds;
	private final List<String> tokens;

	public Mutations(long seed, List<String> seeds, List<String> tokens) {
		this.random = new Random(seed);
		this.seeds = seeds;
		this.tokens = tokens;
	}

	/** The number of tries: {@code -Ddpia.fuzz.tries=N}, else the given default (short, for CI). */
	public static int tries(int fallback) {
		return Integer.getInteger("dpia.fuzz.tries", fallback);
	}

	/** The random seed: {@code -Ddpia.fuzz.seed=N}, else a fixed one, so CI runs are repeatable. */
	public static long seed() {
		return Long.getLong("dpia.fuzz.seed", 20261125L);
	}

	/** The next input: a seed with one to six random edits. */
	public String next() {
		StringBuilder text = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
		int edits = 1 + random.nextInt(6);
		for (int i = 0; i < edits; i++) {
			edit(text);
		}
		return text.toString();
	}

	private void edit(StringBuilder text) {
		int length = text.length();
		int at = length == 0 ? 0 : random.nextInt(length + 1);
		int end = Math.min(length, at + 1 + random.nextInt(Math.max(1, Math.min(80, length / 4 + 1))));
		switch (random.nextInt(8)) {
			case 0 -> text.insert(at, ODD.charAt(random.nextInt(ODD.length())));
			case 1 -> {
				if (at < length) {
					text.setCharAt(at, ODD.charAt(random.nextInt(ODD.length())));
				}
			}
			case 2 -> text.delete(at, end);
			case 3 -> text.insert(random.nextInt(text.length() + 1), text.substring(at, end));
			case 4 -> text.insert(at, tokens.get(random.nextInt(tokens.size())));
			case 5 -> text.setLength(at);
			case 6 -> {
				String other = seeds.get(random.nextInt(seeds.size()));
				int from = random.nextInt(other.length() + 1);
				text.insert(at, other.substring(from, Math.min(other.length(), from + random.nextInt(400))));
			}
			default -> text.insert(at, text.substring(at, end).repeat(2 + random.nextInt(random.nextBoolean() ? 5 : 200)));
		}
	}
}
