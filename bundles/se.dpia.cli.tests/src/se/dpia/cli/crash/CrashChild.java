package se.dpia.cli.crash;

import java.nio.file.Path;
import java.util.List;

import se.dpia.documents.DocumentSet;
import se.dpia.documents.Language;
import se.dpia.model.Assessment;
import se.dpia.model.io.AssessmentFiles;

/**
 * The work {@link CrashSafetyTest} kills: run in a child JVM on a plain class path. {@code generate OUT TEMPLATES
 * MODEL_A MODEL_B} writes the documents of A, then of B, then of A..., into OUT; {@code save FILE NAME_A NAME_B}
 * saves the model in FILE under name A, then B, then A... Both go on until killed, or stop after one round with
 * {@code --once}, which the test times to choose its kill delays.
 */
public final class CrashChild {

	private CrashChild() {
	}

	/** Tells the test that start-up is over and the work begins, so its kill delays fall on the work. */
	private static void ready() {
		System.out.println("ready");
		System.out.flush();
	}

	public static void main(String[] args) throws Exception {
		boolean once = List.of(args).contains("--once");
		if (args[0].equals("generate")) {
			Path out = Path.of(args[1]);
			DocumentSet documents = new DocumentSet(Path.of(args[2]), Language.SV);
			Assessment a = AssessmentFiles.load(Path.of(args[3]));
			Assessment b = AssessmentFiles.load(Path.of(args[4]));
			ready();
			do {
				documents.generate(a, out, file -> {
				});
				documents.generate(b, out, file -> {
				});
			} while (!once);
		} else {
			Path file = Path.of(args[1]);
			Assessment model = AssessmentFiles.load(file);
			ready();
			do {
				model.setName(args[2]);
				AssessmentFiles.save(model.eResource(), file);
				model.setName(args[3]);
				AssessmentFiles.save(model.eResource(), file);
			} while (!once);
		}
	}
}
