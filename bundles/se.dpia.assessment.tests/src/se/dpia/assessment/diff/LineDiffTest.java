package se.dpia.assessment.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.dpia.assessment.approval.FolderContent;

/** The rule files' line diff: removals before additions, and memory that grows with the file, not its square. */
class LineDiffTest {

	@Test
	void showsRemovedThenAddedLinesAndNothingForEqualTexts() {
		List<String> before = List.of("regel a", "om x", "slut", "regel b");
		List<String> after = List.of("regel a", "om y", "slut", "regel b", "regel c");

		assertEquals(List.of("- om x", "+ om y", "+ regel c"), LineDiff.between(before, after));
		assertEquals(List.of(), LineDiff.between(before, before));
		assertEquals(List.of("+ regel a"), LineDiff.between(List.of(), List.of("regel a")));
	}

	/**
	 * {@code diff --since approved} on a 25,000-line rule file (a third of the 1 MB limit) with one changed line:
	 * the quadratic table this replaced needed 2.5 GB. Every byte the diff allocates is counted, so staying under
	 * 512 MiB of allocation means it fits in a 512 MiB heap whatever the collector does.
	 */
	@Test
	void aLargeRuleFileWithOneChangedLineComparesWithinHalfAGigabyte() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 25_000; i++) {
			text.append("  regel r").append(i).append(" gäller när teknik är kamera\n");
		}
		String before = text.toString();
		String after = before.replace("regel r12345 gäller", "regel r12345 gäller inte");
		FolderContent old = new FolderContent(Map.of("stor.regler", before.getBytes(StandardCharsets.UTF_8)));
		FolderContent now = new FolderContent(Map.of("stor.regler", after.getBytes(StandardCharsets.UTF_8)));

		long start = allocatedBytes();
		FolderDiff diff = FolderDiff.between(old, now);
		long allocated = allocatedBytes() - start;

		assertEquals(1, diff.files().size());
		assertEquals(List.of("-   regel r12345 gäller när teknik är kamera", "+   regel r12345 gäller inte när teknik är kamera"),
				diff.files().get(0).lines());
		assertTrue(allocated < 512L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MiB");
	}

	/** Bytes allocated so far by this thread (HotSpot's com.sun.management.ThreadMXBean, through its interface). */
	private static long allocatedBytes() throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean", true, ClassLoader.getPlatformClassLoader());
		return (long) hotspot.getMethod("getCurrentThreadAllocatedBytes").invoke(threads);
	}
}
